// The embed's words in English and Arabic. Pure data: the names of places, actors and sources come from the API
// (name, name_ar), the English name standing in where there is no Arabic one.

const UI = {
  en: {
    fullMap: 'View full map', legend: 'Legend', disputed: 'Disputed: sources disagree', silent: 'No claim in force',
    allSources: 'All sources (majority)', vs: 'vs', asOf: 'as reported by', play: 'Play', pause: 'Pause',
    date: 'Date', source: 'Source', loading: 'Loading the map…', failed: 'The map could not load its data.',
    according: 'according to', sourcesAgree: (n, m) => `${n} of ${m} sources with a claim in force`,
    attribution: 'Outlines: Natural Earth', map: 'Map of territorial control',
  },
  ar: {
    fullMap: 'عرض الخريطة كاملة', legend: 'مفتاح الخريطة', disputed: 'متنازع عليه: المصادر مختلفة',
    silent: 'لا يوجد ادعاء سارٍ', allSources: 'كل المصادر (الأغلبية)', vs: 'مقابل', asOf: 'كما أُعلن حتى',
    play: 'تشغيل', pause: 'إيقاف', date: 'التاريخ', source: 'المصدر', loading: 'جارٍ تحميل الخريطة…',
    failed: 'تعذّر تحميل بيانات الخريطة.', according: 'بحسب',
    sourcesAgree: (n, m) => `${n} من ${m} مصادر لها ادعاء سارٍ`,
    attribution: 'الحدود: Natural Earth', map: 'خريطة السيطرة على الأراضي',
  },
};

export const LANGS = ['en', 'ar'];

/** The words of `lang` ('en' or 'ar'), with names for actors, sources, places and days. */
export function labels(lang) {
  const ar = lang === 'ar';
  const dayFormat = new Intl.DateTimeFormat(ar ? 'ar' : 'en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  return {
    lang: ar ? 'ar' : 'en',
    dir: ar ? 'rtl' : 'ltr',
    ...UI[ar ? 'ar' : 'en'],
    actor: a => (ar && a.name_ar) || a.name,
    source: s => (ar && s.name_ar) || s.name,
    place: p => (ar && p.name_ar) || p.name,
    day: iso => dayFormat.format(new Date(iso + 'T00:00:00Z')),
  };
}

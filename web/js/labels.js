// The embed's words in English and Arabic. Pure data: place names come from the API (name, name_ar); actor and
// source names in Arabic are ours, falling back to the API's English name for anything not listed here.

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

const ACTORS_AR = {
  'isis': 'تنظيم الدولة الإسلامية (داعش)',
  'syrian-government': 'الحكومة السورية وحلفاؤها',
  'sdf': 'قوات سوريا الديمقراطية (قسد)',
  'hts': 'هيئة تحرير الشام',
  'opposition': 'المعارضة المسلحة',
  'turkish-backed': 'تركيا والفصائل المدعومة منها',
  'contested': 'متنازع عليه / محاصر',
  'not-isis': 'ليس داعش (الجهة المسيطرة غير مذكورة)',
};

const SOURCES_AR = {
  'afp': 'وكالة فرانس برس',
  'crss-blog': 'مدونة CRSS',
  'daily-sheeple': 'ذا ديلي شيبل (إعادة نشر)',
  'diyaruna': 'ديارنا',
  'kremlin': 'الرئاسة الروسية (الكرملين)',
  'russia-mod': 'وزارة الدفاع الروسية / هيئة الأركان العامة',
  'sdf': 'قوات سوريا الديمقراطية (قسد)',
  'sohr': 'المرصد السوري لحقوق الإنسان',
  'the-duran': 'ذا دوران',
  'un-envoy': 'المبعوث الأممي إلى سوريا (ستافان دي ميستورا)',
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
    actor: a => (ar && ACTORS_AR[a.id]) || a.name,
    source: s => (ar && SOURCES_AR[s.id]) || s.name,
    place: p => (ar && p.name_ar) || p.name,
    day: iso => dayFormat.format(new Date(iso + 'T00:00:00Z')),
  };
}

// The words of the map page and the embed, in English and Arabic: one place for how a holder, a dispute, a start the
// source did not give, "no majority" and the legend are said. Pure data and string building: names of places, actors
// and sources come from the API (name, name_ar), the English name standing in where there is no Arabic one.

const UI = {
  en: {
    fullMap: 'View full map', legend: 'Legend', disputed: 'Disputed: sources disagree', silent: 'No claim in force',
    allSources: 'All sources (majority)', vs: 'vs', asOf: 'as reported by', play: 'Play', pause: 'Pause',
    date: 'Date', source: 'Source', loading: 'Loading the map…', failed: 'The map could not load its data.',
    according: 'according to', attribution: 'Outlines: Natural Earth', map: 'Map of territorial control',
    method: 'How to read this map', noMajority: 'No majority: the sources split evenly',
    partLegend: 'Striped: holds part of the place', presenceLegend: 'Dotted outline: present, not in control',
    disputedLegend: 'Disputed (hatched, labelled)', silentLegend: 'No claim in force',
    sourcesAgree: (n, m) => `${n} of ${m} source${m === 1 ? '' : 's'}`,
    partOf: (actor, place) => `${actor} holds part of ${place}`,
    holds: (actor, place) => `${actor} holds ${place}`,
    presentIn: (actor, place) => `${actor} is present in ${place} (presence, not control)`,
    noMajorityIn: (n, m) => `No majority: the sources split evenly (${n} of ${m} for each side)`,
    disputedLabel: place => `${place} — disputed`,
    versus: (place, names) => `${place} — ${names.join(' vs ')}`,
    since: (from, until) => from
      ? `since ${from}${until ? `, until ${until}` : ''}`
      : until ? `until ${until}, since a date the source did not give` : 'since a date the source did not give',
    places: 'Places on the map: arrow keys move between places, Enter opens the quotes, + and - zoom',
  },
  ar: {
    fullMap: 'عرض الخريطة كاملة', legend: 'مفتاح الخريطة', disputed: 'متنازع عليه: المصادر مختلفة',
    silent: 'لا يوجد ادعاء سارٍ', allSources: 'كل المصادر (الأغلبية)', vs: 'مقابل', asOf: 'كما أُعلن حتى',
    play: 'تشغيل', pause: 'إيقاف', date: 'التاريخ', source: 'المصدر', loading: 'جارٍ تحميل الخريطة…',
    failed: 'تعذّر تحميل بيانات الخريطة.', according: 'بحسب',
    attribution: 'الحدود: Natural Earth', map: 'خريطة السيطرة على الأراضي',
    method: 'كيف تُقرأ هذه الخريطة', noMajority: 'لا أغلبية: المصادر منقسمة بالتساوي',
    partLegend: 'مخطط: يسيطر على جزء من المكان', presenceLegend: 'حدود منقطة: وجود لا سيطرة',
    disputedLegend: 'متنازع عليه (مظلل ومسمّى)', silentLegend: 'لا يوجد ادعاء سارٍ',
    sourcesAgree: (n, m) => `${n} من ${m} مصادر`,
    partOf: (actor, place) => `${actor} يسيطر على جزء من ${place}`,
    holds: (actor, place) => `${actor} يسيطر على ${place}`,
    presentIn: (actor, place) => `${actor} موجود في ${place} (وجود لا سيطرة)`,
    noMajorityIn: (n, m) => `لا أغلبية: المصادر منقسمة بالتساوي (${n} من ${m} لكل طرف)`,
    disputedLabel: place => `${place} — متنازع عليه`,
    versus: (place, names) => `${place} — ${names.join(' مقابل ')}`,
    since: (from, until) => from
      ? `منذ ${from}${until ? `، حتى ${until}` : ''}`
      : until ? `حتى ${until}، منذ تاريخ لم يذكره المصدر` : 'منذ تاريخ لم يذكره المصدر',
    places: 'الأماكن على الخريطة: الأسهم للتنقل، Enter لفتح الاقتباسات',
  },
};

export const LANGS = ['en', 'ar'];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** The words of `lang` ('en' or 'ar'), with names for actors, sources, places and days. */
export function labels(lang) {
  const ar = lang === 'ar';
  const arDays = ar ? new Intl.DateTimeFormat('ar', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}) : null;
  const day = iso => {
    if (arDays) return arDays.format(new Date(iso + 'T00:00:00Z'));
    const [y, m, d] = iso.split('-').map(Number);
    return `${d} ${MONTHS_EN[m - 1]} ${y}`;
  };
  const arMonths = ar ? new Intl.DateTimeFormat('ar', {month: 'long', year: 'numeric', timeZone: 'UTC'}) : null;
  /** A day as precisely as the source gave it: "October 2017", "approximately 15 October 2017". */
  const dayAs = (iso, precision) => {
    if (precision === 'month') {
      if (arMonths) return arMonths.format(new Date(iso + 'T00:00:00Z'));
      const [y, m] = iso.split('-').map(Number);
      return `${MONTHS_EN[m - 1]} ${y}`;
    }
    return precision === 'approximate' ? `${ar ? 'نحو' : 'approximately'} ${day(iso)}` : day(iso);
  };
  const ui = UI[ar ? 'ar' : 'en'];
  const w = {
    lang: ar ? 'ar' : 'en',
    dir: ar ? 'rtl' : 'ltr',
    ...ui,
    actor: a => (ar && a.name_ar) || a.name,
    source: s => (ar && s.name_ar) || s.name,
    /** A source's name short enough for a label on the map: "SOHR", "Russian Ministry of Defence". */
    shortSource: s => {
      if (ar && s.name_ar) return s.name_ar;
      const abbr = /\(([^()]{2,8})\)$/.exec(s.name);
      return abbr && abbr[1] === abbr[1].toUpperCase() ? abbr[1] : s.name.split(/ \/ | \(/)[0];
    },
    place: p => (ar && p.name_ar) || p.name,
    day,
  };
  /**
   * One line about a place's holder on a map (answers.js holder): who holds it, whole or part, or present, or no
   * majority; with one source, since when (never an invented start); with all sources, how many agree.
   * @param names {actor: id → name, place: the place's name, source: the map's source name or null}
   */
  w.describe = (h, names) => {
    if (!h) return `${ui.silent}${names.source ? ` — ${ui.according} ${names.source}` : ''}`;
    if (h.noMajority) return h.of == null ? ui.noMajority : ui.noMajorityIn(h.votes, h.of);
    const actor = names.actor(h.actor);
    const what = h.presence ? ui.presentIn(actor, names.place) : h.part ? ui.partOf(actor, names.place)
      : ui.holds(actor, names.place);
    if (names.source) {
      return `${what}, ${ui.since(h.since ? dayAs(h.since, h.precision) : null, h.until ? day(h.until) : null)} — ${ui.according} ${names.source}`;
    }
    return h.presence || h.of == null ? what : `${what} — ${ui.sourcesAgree(h.votes, h.of)}`;
  };
  /** The label of a disputed place: "Palmyra — disputed", or with the sources in conflict named. */
  w.disputeLabel = (place, sourceNames) => (sourceNames?.length ? ui.versus(place, sourceNames) : ui.disputedLabel(place));
  return w;
}

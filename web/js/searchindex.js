// Finding places and towns by name as the reader types: English or Arabic, any accents or Arabic marks, from the
// start of the name or of any word in it ("deir ez" → Deir ez-Zor, "زور" → دير الزور, "Tadmur" → Palmyra by its
// other names). Pure: no DOM, tested with node --test.

const LATIN_MARKS = /[\u0300-\u036f]/g;
/** Arabic short vowels, shadda, sukun, dagger alef, Quranic marks, and the tatweel that stretches words. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/**
 * The form names are compared in: lower case, Latin accents and Arabic marks dropped, the Arabic letters that are
 * written several ways made one (alef with hamza or madda → alef, alef maqsura → ya, ta marbuta → ha, hamza on
 * waw/ya → waw/ya), punctuation and hyphens as spaces.
 */
export function normalise(text) {
  return String(text ?? '')
    .normalize('NFD').replace(LATIN_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي')
    .replace(/ı/g, 'i').replace(/[ʿʾ‘’'`´]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The forms a name is found by: the whole name and each word onwards, each also without its Arabic article. */
function keys(name) {
  const words = normalise(name).split(' ').filter(Boolean);
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    out.push({text: rest, whole: i === 0});
    if (words[i].startsWith('ال') && words[i].length > 3) out.push({text: rest.slice(2), whole: i === 0});
    if (/^(al|el|ar|as|ad|at|az|an|ash)$/.test(words[i]) && i + 1 < words.length) out.push({text: words.slice(i + 1).join(' '), whole: i === 0});
  }
  return out;
}

/**
 * An index of entries to search. @param entries [{id, kind ('place' | 'town'), name, nameAr, alt: [other names],
 * rank (larger first among equal matches), ...anything the caller wants back}]
 */
export function buildIndex(entries) {
  return entries.map(entry => ({
    entry,
    keys: [entry.name, entry.nameAr, ...(entry.alt ?? [])].filter(Boolean).flatMap(name => keys(name)),
  }));
}

/**
 * The entries matching `query`, best first: a name equal to the query, then one starting with it, then a word in a
 * name starting with it; among those our own places before the gazetteer's towns, then by rank. Empty for an
 * empty query. @returns up to `limit` entries
 */
export function search(index, query, limit = 8) {
  const q = normalise(query);
  if (!q) return [];
  const hits = [];
  for (const item of index) {
    let score = 0;
    for (const k of item.keys) {
      if (k.text === q && k.whole) score = Math.max(score, 3);
      else if (k.text.startsWith(q)) score = Math.max(score, k.whole ? 2 : 1);
    }
    if (score) hits.push({score, item});
  }
  hits.sort((a, b) => b.score - a.score
    || (a.item.entry.kind === 'place' ? 0 : 1) - (b.item.entry.kind === 'place' ? 0 : 1)
    || (b.item.entry.rank ?? 0) - (a.item.entry.rank ?? 0)
    || a.item.entry.name.localeCompare(b.item.entry.name));
  const seen = new Set();
  const out = [];
  for (const {item} of hits) {
    if (seen.has(item.entry.id)) continue;
    seen.add(item.entry.id);
    out.push(item.entry);
    if (out.length === limit) break;
  }
  return out;
}

/** [minLon, minLat, maxLon, maxLat] of a GeoJSON geometry's coordinates (null for none). */
export function bboxOf(geometry) {
  if (!geometry) return null;
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = c => {
    if (typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
    } else c.forEach(walk);
  };
  walk(geometry.coordinates);
  return b[0] === Infinity ? null : b;
}

/**
 * The search entries of our places (GeoJSON features of /api/places) and of the gazetteer's towns (features of
 * /api/gazetteer), each with the box to show: a place's own, a town's point.
 */
export function entriesOf(places, gazetteerFeatures) {
  const out = places.map(f => ({id: f.id, kind: 'place', name: f.properties.name, nameAr: f.properties.name_ar,
    alt: [], rank: 0, bbox: bboxOf(f.geometry)}));
  for (const f of gazetteerFeatures) {
    if (f.properties.kind !== 'town') continue;
    const [lng, lat] = f.geometry.coordinates;
    out.push({id: f.id, kind: 'town', name: f.properties.name, nameAr: f.properties.name_ar, alt: f.properties.alt,
      rank: f.properties.population ?? 0, bbox: [lng, lat, lng, lat]});
  }
  return out;
}

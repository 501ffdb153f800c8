// node --test src/test/js: the search box's matching (web/js/searchindex.js) on the real gazetteer and places.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {buildIndex, entriesOf, normalise, search, bboxOf} from '../../../web/js/searchindex.js';

const read = file => JSON.parse(readFileSync(new URL('../../../data/geojson/' + file, import.meta.url), 'utf8'));
const places = read('places.geojson').features;
const gazetteer = read('gazetteer.geojson').features;
const index = buildIndex(entriesOf(places, gazetteer));
const first = q => search(index, q)[0];

test('Latin accents, case, hyphens and apostrophes do not matter', () => {
  assert.equal(normalise('Ḩamāh'), 'hamah');
  assert.equal(normalise('Deir ez-Zor'), 'deir ez zor');
  assert.equal(normalise('I‘zāz'), 'izaz');
  assert.equal(normalise('  DEIR   EZ '), 'deir ez');
});

test('Arabic marks, tatweel and the several ways of writing alef, ya, ta marbuta are one', () => {
  assert.equal(normalise('دَيْرُ الزُّوْر'), normalise('دير الزور'));
  assert.equal(normalise('الرقـــة'), normalise('الرقة'));
  assert.equal(normalise('إدلب'), normalise('ادلب'));
  assert.equal(normalise('أريحا'), normalise('اريحا'));
  assert.equal(normalise('حماة'), normalise('حماه'));
  assert.equal(normalise('مصطفى'), normalise('مصطفي'));
});

test('"deir ez" finds Deir ez-Zor, our places first', () => {
  const hits = search(index, 'deir ez');
  assert.ok(hits.length >= 2, JSON.stringify(hits.map(h => h.name)));
  assert.equal(hits[0].kind, 'place');
  assert.match(hits[0].name, /Deir ez-?zor/i, "our place (the seed spells it Deir Ezzor)");
  assert.ok(hits.some(h => h.kind === 'town' && h.name === 'Deir ez-Zor'));
});

test('an Arabic name finds the place, with or without its marks or article', () => {
  assert.ok(search(index, 'دير الزور').some(h => h.kind === 'town' && h.name === 'Deir ez-Zor'));
  assert.ok(search(index, 'دَيْر الزُّور').some(h => h.name === 'Deir ez-Zor'));
  assert.ok(search(index, 'الرقة').some(h => h.name === 'Raqqa'));
  assert.ok(search(index, 'رقة').some(h => h.name === 'Raqqa'), 'without the article');
  assert.ok(search(index, 'تدمر').some(h => h.name === 'Palmyra'));
});

test('"Tadmur" finds Palmyra by its other name', () => {
  const hits = search(index, 'Tadmur');
  assert.ok(hits.some(h => h.name === 'Palmyra'), JSON.stringify(hits.map(h => h.name)));
  assert.ok(search(index, 'tadm').some(h => h.name === 'Palmyra'), 'a prefix is enough');
});

test('a word inside a name matches from its start, and the bigger town comes first among equals', () => {
  assert.ok(search(index, "zor").some(h => /Deir ez-Zor/.test(h.name)));
  assert.ok(search(index, 'raqqah').some(h => h.name === 'Raqqa'), 'GeoNames spelling "Ar Raqqah"');
  const d = search(index, 'da').filter(h => h.kind === 'town');
  assert.equal(d[0].name, 'Damascus');
});

test('an exact name beats a longer one that starts with it', () => {
  const hits = search(index, 'homs');
  assert.match(hits[0].name, /^Homs/);
});

test('nothing is found for nothing, and the limit holds', () => {
  assert.deepEqual(search(index, ''), []);
  assert.deepEqual(search(index, ' - '), []);
  assert.deepEqual(search(index, 'qqqqzzz'), []);
  assert.equal(search(index, 'a', 5).length, 5);
});

test('each entry carries the box to show: a place its shape\'s, a town its point', () => {
  const raqqaCity = search(index, 'raqqa').find(h => h.kind === 'place');
  const [w, s, e, n] = raqqaCity.bbox;
  assert.ok(w < e && s < n && w > 38.5 && e < 39.5 && s > 35.5 && n < 36.5, String(raqqaCity.bbox));
  const town = search(index, 'damascus').find(h => h.kind === 'town');
  assert.equal(town.bbox[0], town.bbox[2]);
  assert.deepEqual(bboxOf({type: 'MultiPolygon', coordinates: [[[[1, 2], [3, 4], [0, 5], [1, 2]]]]}), [0, 2, 3, 5]);
  assert.equal(bboxOf(null), null);
});

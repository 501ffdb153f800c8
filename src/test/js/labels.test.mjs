// node --test src/test/js: how holders, starts not given and disputes are worded (web/js/labels.js, citation.js).

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {citationText, speakerLine} from '../../../web/js/citation.js';
import {labels} from '../../../web/js/labels.js';

const en = labels('en');
const names = {actor: id => ({isis: 'ISIS', sdf: 'SDF'})[id] ?? id, place: 'Raqqa', source: 'SOHR'};
const h = more => ({actor: 'isis', part: false, presence: false, noMajority: false, votes: 1, of: 1, since: '2016-03-01',
  until: null, ...more});

test('a start the source did not give is said so, never invented', () => {
  assert.equal(en.describe(h({since: null, until: '2017-10-15'}), names),
    'ISIS holds Raqqa, until 15 October 2017, since a date the source did not give — according to SOHR');
  assert.equal(en.describe(h({since: null}), names), 'ISIS holds Raqqa, since a date the source did not give — according to SOHR');
  assert.equal(en.describe(h({}), names), 'ISIS holds Raqqa, since 1 March 2016 — according to SOHR');
});

test('a start is said as precisely as the source gave it', () => {
  assert.match(en.describe(h({since: '2017-10-15', precision: 'approximate'}), names), /since approximately 15 October 2017/);
  assert.match(en.describe(h({since: '2016-12-01', precision: 'month'}), names), /since December 2016 —/);
});

test('part and presence are worded as such', () => {
  assert.match(en.describe(h({part: true}), names), /^ISIS holds part of Raqqa/);
  assert.match(en.describe(h({presence: true}), names), /^ISIS is present in Raqqa \(presence, not control\)/);
});

test('all sources: counts, and no majority on a tie', () => {
  const all = {...names, source: null};
  assert.equal(en.describe(h({votes: 2, of: 3}), all), 'ISIS holds Raqqa — 2 of 3 sources');
  assert.equal(en.describe(h({actor: null, noMajority: true, votes: 1, of: 2}), all),
    'No majority: the sources split evenly (1 of 2 for each side)');
});

test('dispute labels name the place, and the sources in conflict when one is chosen', () => {
  assert.equal(en.disputeLabel('Palmyra', []), 'Palmyra — disputed');
  assert.equal(en.disputeLabel('Palmyra', ['SOHR', 'Russian Ministry of Defence']), 'Palmyra — SOHR vs Russian Ministry of Defence');
  assert.equal(en.shortSource({name: 'Syrian Observatory for Human Rights (SOHR)'}), 'SOHR');
  assert.equal(en.shortSource({name: 'Russian Ministry of Defence / General Staff'}), 'Russian Ministry of Defence');
});

test('Arabic words for the same', () => {
  const ar = labels('ar');
  assert.match(ar.describe(h({since: null}), {...names, source: 'المرصد'}), /منذ تاريخ لم يذكره المصدر/);
});

test('a citation as a newspaper prints it: speaker, outlet, title, date, quote, link; never our copy', () => {
  const source = {name: 'Mohammed al-Abdullah', kind: 'journalist', affiliation: 'Diyaruna'};
  const c = {source: 'mohammed-al-abdullah', speaker: null, publisher: 'Diyaruna', published_on: '2018-01-26',
    article: 'ISIS remnants', quote: 'ISIS is still present in parts of al-Yarmouk camp', url: 'https://example.org/a',
    article_ref: 'data/articles/diyaruna.txt'};
  assert.equal(speakerLine(c, source), 'Mohammed al-Abdullah (journalist)');
  const text = citationText(c, source);
  assert.equal(text, 'Mohammed al-Abdullah (journalist), quoted by Diyaruna, “ISIS remnants”, 26 January 2018: '
    + '“ISIS is still present in parts of al-Yarmouk camp” https://example.org/a');
  assert.ok(!text.includes('data/'));
  const viaAfp = citationText({...c, url: 'javascript:alert(1)', speaker: 'Lt-Gen X'}, {name: 'Russian MoD', kind: 'military'});
  assert.ok(!viaAfp.includes('javascript:'), 'only http(s) links');
  assert.ok(viaAfp.startsWith('Lt-Gen X, Russian MoD, quoted by Diyaruna'));
});

// node --test src/test/js: the map tiles of a large archive read without the DOM (web/js/tileanswers.js): the look
// in force on a day, cells' rings, features shared by tiles, and a day step that lists only what changed.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {TileAnswers, cellRing, codeAt, epochDay, holderOf, isoDay} from '../../../web/js/tileanswers.js';

test('days count from 1970-01-01 both ways', () => {
  assert.equal(epochDay('1970-01-02'), 1);
  assert.equal(isoDay(epochDay('2017-12-08')), '2017-12-08');
  assert.equal(epochDay('2016-03-01') - epochDay('2016-02-28'), 2); // a leap year
});

test('the code in force on a day is that of the last run started on or before it', () => {
  const runs = [10, 0, 15, -1, 20, 1];
  assert.equal(codeAt(runs, 9), -1, 'before the first run: nothing');
  assert.equal(codeAt(runs, 10), 0);
  assert.equal(codeAt(runs, 14), 0);
  assert.equal(codeAt(runs, 15), -1, 'a run of nothing drawn');
  assert.equal(codeAt(runs, 19), -1);
  assert.equal(codeAt(runs, 20), 1);
  assert.equal(codeAt(runs, 9999), 1);
});

test('a cell is a sixteenth of its tile, its corners in lon/lat', () => {
  const ring = cellRing([1, 0, 0], 2, [0, 0]);
  assert.deepEqual(ring[0].map(v => Math.round(v * 1000) / 1000), [-180, 66.513]);
  assert.deepEqual(ring[2].map(v => Math.round(v * 1000) / 1000), [-90, 85.051]);
  assert.deepEqual(ring[0], ring[4], 'closed');
});

test('a look becomes a holder as answers.js makes them', () => {
  assert.equal(holderOf(null), null);
  const h = holderOf({actor: 'isis', kind: 'part'});
  assert.equal(h.part, true);
  assert.equal(h.presence, false);
  assert.equal(h.of, null, 'no source count on a tile: the tooltip leaves it out');
  assert.equal(holderOf({actor: null, kind: 'no-majority', votes: 3, of: 6, places: 7, disputes: 2}).cell.places, 7);
});

const tile = (x, places) => ({tile: [10, x, 400], first: '2017-01-01', looks: [{actor: 'isis', kind: 'whole'},
  {actor: 'sdf', kind: 'whole', disputed: true, against: ['a', 'b']}], places});
const place = (id, r) => ({id, name: id, geometry: {type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]]}, r});

test('a place in two tiles is held once, until neither holds it', () => {
  const t = new TileAnswers();
  assert.equal(t.add('a', tile(1, [place('p1', [0, 0]), place('p2', [0, 0])])).length, 2);
  assert.deepEqual(t.add('b', tile(2, [place('p2', [0, 0]), place('p3', [0, 1])])).map(f => f.id), ['p3']);
  assert.deepEqual(t.remove('a'), ['p1'], 'p2 is still in tile b');
  assert.deepEqual(t.remove('b').sort(), ['p2', 'p3']);
  assert.equal(t.features.size, 0);
});

test('a day step lists only the features whose look changed, and the timeline gets their change days', () => {
  const t = new TileAnswers();
  // p1: isis from the start, sdf (disputed) from 2017-01-11; p2: isis throughout
  t.add('a', tile(1, [place('p1', [0, 0, 10, 1]), place('p2', [0, 0])]));
  const first = t.viewFor('2017-01-05');
  assert.equal(first.changed, null, 'a first view draws every feature');
  assert.equal(first.holders.get('p1').actor, 'isis');
  const same = t.viewFor('2017-01-08', first);
  assert.deepEqual([...same.changed], []);
  const step = t.viewFor('2017-01-11', same);
  assert.deepEqual([...step.changed], ['p1']);
  assert.equal(step.since, same.serial);
  assert.equal(step.holders.get('p1').actor, 'sdf');
  assert.deepEqual([...step.disputed], ['p1']);
  assert.deepEqual(step.against.get('p1'), ['a', 'b']);
  assert.deepEqual(t.changeDays(), ['2017-01-11']);
});

// node --test src/test/js: the pure rules of web/js against hand-made claims (the claim model of the design contract:
// stance, extent, a valid_from the source did not give). Run by NodeModulesTest in the Maven build.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {byPrecedence, changeDates, claimsConflict, indexClaims, inForce, isDisputed, majority, opponents, winner}
  from '../../../web/js/asof.js';

const actors = new Map([
  ['isis', {id: 'isis', negates: null}], ['sdf', {id: 'sdf', negates: null}],
  ['syrian-government', {id: 'syrian-government', negates: null}], ['not-isis', {id: 'not-isis', negates: 'isis'}]]);

let n = 0;
const claim = (source, actor, more = {}) => ({id: `c${++n}`, place: 'raqqa', source, actor, valid_from: '2017-01-01',
  valid_to: null, reported_on: '2017-12-08', recorded: n, ...more});

test('a claim whose start the source did not give is in force from the start of the data', () => {
  const c = claim('daily-sheeple', 'isis', {valid_from: null, valid_to: '2017-10-15'});
  assert.equal(inForce(c, '1900-01-01'), true);
  assert.equal(inForce(c, '2017-10-14'), true);
  assert.equal(inForce(c, '2017-10-15'), false);
});

test('a start not given sorts earliest: any dated claim of the same source wins over it', () => {
  const open = claim('s', 'isis', {valid_from: null});
  const dated = claim('s', 'sdf', {valid_from: '2014-01-01'});
  assert.equal([open, dated].sort(byPrecedence)[0], dated);
  const index = indexClaims([open, dated]);
  assert.equal(winner(index, 'raqqa', 's', '2013-06-01').id, open.id, 'before the dated claim: the open one');
  assert.equal(winner(index, 'raqqa', 's', '2015-06-01').id, dated.id);
});

test('no change day is made up for a start not given', () => {
  assert.deepEqual(changeDates([claim('s', 'isis', {valid_from: null, valid_to: '2017-10-15'})]), ['2017-10-15']);
});

test('presence never disputes; part against part does not; whole against part does', () => {
  const whole = claim('a', 'isis');
  const present = claim('b', 'syrian-government', {stance: 'presence'});
  const partA = claim('c', 'sdf', {extent: 'part'});
  const partB = claim('d', 'isis', {extent: 'part'});
  assert.equal(claimsConflict(actors, whole, present), false, 'presence is not control');
  assert.equal(claimsConflict(actors, partA, partB), false, 'two parts can both be true');
  assert.equal(claimsConflict(actors, whole, partA), true, 'whole vs part');
  assert.equal(claimsConflict(actors, claim('e', 'not-isis'), claim('f', 'sdf')), false, 'not-isis only conflicts with isis');
  assert.equal(isDisputed(actors, [present, partA, partB]), false);
  assert.equal(isDisputed(actors, [whole, partA]), true);
});

test('opponents: with one source chosen, only the sources that conflict with it', () => {
  const winners = new Map([['sohr', claim('sohr', 'isis')], ['russia-mod', claim('russia-mod', 'not-isis')],
    ['afp', claim('afp', 'isis', {stance: 'presence'})], ['duran', claim('duran', 'sdf')]]);
  assert.deepEqual(opponents(actors, winners, 'sohr'), ['russia-mod', 'duran']);
  assert.deepEqual(opponents(actors, winners, 'afp'), [], 'a presence disputes nothing');
  assert.deepEqual(opponents(actors, winners, 'nobody'), []);
});

test('majority: a tie between conflicting actors is no majority, with the counts', () => {
  const m = majority([claim('a', 'isis'), claim('b', 'not-isis')], actors);
  assert.deepEqual({actor: m.actor, tie: m.tie, votes: m.votes, of: m.of}, {actor: null, tie: true, votes: 1, of: 2});
});

test('majority: more sources win; presence does not vote but is listed', () => {
  const m = majority([claim('a', 'isis'), claim('b', 'isis'), claim('c', 'sdf'),
    claim('d', 'syrian-government', {stance: 'presence'})], actors);
  assert.deepEqual({actor: m.actor, tie: m.tie, votes: m.votes, of: m.of, presence: m.presence},
    {actor: 'isis', tie: false, votes: 2, of: 3, presence: ['syrian-government']});
});

test('majority: tied actors that do not conflict are no split, the named holder wins', () => {
  const m = majority([claim('a', 'not-isis'), claim('b', 'sdf')], actors);
  assert.equal(m.actor, 'sdf');
  assert.equal(m.tie, false);
});

test('majority: part only when every claim naming the actor is about part of the place', () => {
  assert.equal(majority([claim('a', 'isis', {extent: 'part'})], actors).part, true);
  assert.equal(majority([claim('a', 'isis', {extent: 'part'}), claim('b', 'isis')], actors).part, false);
});

test('majority: only presence in force means no one in control', () => {
  const m = majority([claim('a', 'isis', {stance: 'presence'})], actors);
  assert.equal(m.actor, null);
  assert.equal(m.of, 0);
  assert.deepEqual(m.presence, ['isis']);
});

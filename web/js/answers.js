// One day's answers for the whole page, computed in the browser from the claim timings: who each source says
// held each place, which places are disputed, and what each map draws. No request: this runs on every slider step.

import {changeDates, claimsConflict, control, isPart, isPresence, majority, opponents, placeWinners, placesByChangeDay}
  from './asof.js';

/**
 * @param ctx {index, actors (Map), sources (Map), shapes (Map claim id → geometry)}
 * @param s the page state ({date, source, compare, asOf})
 * @returns {all: Map place → Map source → claim (every source), disputed: Set of place ids, against: Map place →
 *           the source ids in conflict there (see disputeOf), a: map view of s.source, b: map view of s.compare or
 *           null}; a map view is {holders: Map place → holder (see holder), disputed, against, source, who, serial (a
 *           number of its own), since, changed}: the places whose holder or dispute may differ from the view
 *           numbered `since` (null: any place)
 */
export function answersFor(ctx, s) {
  const all = control(ctx.index, s.date, null, s.asOf);
  const disputed = new Set();
  const against = new Map();
  for (const [place, winners] of all) {
    const sides = disputeOf(ctx, winners, s);
    if (sides) {
      disputed.add(place);
      against.set(place, sides);
    }
  }
  return {all, disputed, against, a: mapView(ctx, all, disputed, against, s.source),
    b: s.compare ? mapView(ctx, all, disputed, against, s.compare) : null};
}

/** Numbers the map views, so that a map can tell whether a patched view follows the one it drew last. */
let views = 0;

/** Above this share of the places changing between two days, a day is computed afresh rather than patched. */
const PATCH_LIMIT = 0.2;

/**
 * answersFor with a memory: moving the slider from one day to a nearby one only recomputes the places with a claim
 * starting or ending in between (tens out of thousands), and patches the last answers for them. Same results as
 * answersFor; anything but the day changing (sources, comparison, knowledge date, the data) computes afresh.
 */
export class DayAnswers {
  constructor(ctx) {
    this.ctx = ctx;
    this.byDay = placesByChangeDay(ctx.index.claims);
    this.days = changeDates(ctx.index.claims);
    this.last = null;
  }

  for(s) {
    const last = this.last;
    const touched = last && last.asOf === s.asOf && last.source === s.source && last.compare === s.compare
      ? this.between(last.date, s.date) : null;
    const answers = touched ? patch(this.ctx, s, last.answers, touched) : answersFor(this.ctx, s);
    this.last = {date: s.date, asOf: s.asOf, source: s.source, compare: s.compare, answers};
    return answers;
  }

  /** The places that may change between days a and b, or null when too many to patch. */
  between(a, b) {
    const [from, to] = a < b ? [a, b] : [b, a];
    const out = new Set();
    const limit = PATCH_LIMIT * this.ctx.index.byPlace.size;
    for (let i = lowerBound(this.days, from); i < this.days.length && this.days[i] <= to; i++) {
      if (this.days[i] === from) continue; // the answer on `from` already counts what starts then
      for (const place of this.byDay.get(this.days[i])) out.add(place);
      if (out.size > limit) return null;
    }
    return out;
  }
}

function lowerBound(days, day) {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The answers of `before` with the places in `touched` computed again for the day of `s`. */
function patch(ctx, s, before, touched) {
  const all = new Map(before.all);
  const disputed = new Set(before.disputed);
  const against = new Map(before.against);
  for (const place of touched) {
    const winners = placeWinners(ctx.index.byPlace.get(place) ?? new Map(), s.date, null, s.asOf);
    if (winners) all.set(place, winners); else all.delete(place);
    const sides = winners ? disputeOf(ctx, winners, s) : null;
    if (sides) {
      disputed.add(place);
      against.set(place, sides);
    } else {
      disputed.delete(place);
      against.delete(place);
    }
  }
  const view = (previous, source) => {
    const holders = new Map(previous.holders);
    for (const place of touched) {
      const h = all.has(place) ? holder(ctx, all.get(place), source) : null;
      if (h) holders.set(place, h); else holders.delete(place);
    }
    return {holders, disputed, against, source, who: whoOf(ctx, source), serial: ++views, since: previous.serial,
      changed: touched};
  };
  return {all, disputed, against, a: view(before.a, s.source), b: s.compare ? view(before.b, s.compare) : null};
}

/**
 * Whether a place is disputed in the state `s`, and between which sources: with one source chosen, only where THAT
 * source conflicts with another (those others are named); comparing two, only between them; with all sources, where
 * any two conflict. @returns the sources in conflict (the chosen one first), or null when not disputed
 */
function disputeOf(ctx, winners, s) {
  if (s.source && s.compare) {
    const a = winners.get(s.source);
    const b = winners.get(s.compare);
    return a && b && claimsConflict(ctx.actors, a, b) ? [s.source, s.compare] : null;
  }
  if (s.source) {
    const others = opponents(ctx.actors, winners, s.source);
    return others.length ? [s.source, ...others] : null;
  }
  const list = [...winners];
  const sides = new Set();
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (claimsConflict(ctx.actors, list[i][1], list[j][1])) sides.add(list[i][0]).add(list[j][0]);
    }
  }
  return sides.size ? [...sides] : null;
}

function whoOf(ctx, source) {
  return source ? ctx.sources.get(source)?.name ?? source : 'all sources';
}

/** What one map draws: each place's holder per `source`, or the majority of all sources when source is null. */
function mapView(ctx, all, disputed, against, source) {
  const holders = new Map();
  for (const [place, winners] of all) {
    const h = holder(ctx, winners, source);
    if (h) holders.set(place, h);
  }
  return {holders, disputed, against, source, who: whoOf(ctx, source), serial: ++views, since: null, changed: null};
}

/**
 * One place's holder on one map, from its winners; null when the map's source has none. A holder is
 * {actor (null: no majority), claim (the claim id with one source), part (holds part of the place), presence (a
 * presence, not control), noMajority, votes, of (with all sources: how many name the actor, of how many with a
 * control claim), shape (the claim's own polygon or null), since/until/precision (with one source), present (actor
 * ids said to be present, with all sources)}.
 */
function holder(ctx, winners, source) {
  if (source) {
    const c = winners.get(source);
    return c ? {actor: c.actor, claim: c.id, part: isPart(c), presence: isPresence(c), noMajority: false,
      votes: 1, of: 1, shape: ctx.shapes.get(c.id) ?? null, since: c.valid_from ?? null, until: c.valid_to ?? null,
      precision: c.date_precision ?? null, present: []} : null;
  }
  const m = majority(winners.values(), ctx.actors);
  const presenceOnly = m.of === 0;
  return {actor: presenceOnly ? m.presence[0] : m.actor, claim: null, part: m.part, presence: presenceOnly,
    noMajority: m.tie, votes: m.votes, of: m.of, shape: null, since: null, until: null, precision: null,
    present: m.presence};
}

// One day's answers for the whole page, computed in the browser from the claim timings: who each source says
// held each place, which places are disputed, and what each map draws. No request: this runs on every slider step.

import {changeDates, control, disputes, isDisputed, majority, placeWinners, placesByChangeDay} from './asof.js';

/**
 * @param ctx {index, actors (Map), sources (Map), shapes (Map claim id → geometry)}
 * @param s the page state ({date, source, compare, asOf})
 * @returns {all: Map place → Map source → claim (every source), disputed: Set of place ids,
 *           a: map view of s.source, b: map view of s.compare or null}; a map view is {holders: Map place → holder,
 *           disputed, who, serial (a number of its own), since, changed}: the places whose holder or dispute may
 *           differ from the view numbered `since` (null: any place)
 */
export function answersFor(ctx, s) {
  const all = control(ctx.index, s.date, null, s.asOf);
  const among = s.source && s.compare ? new Set([s.source, s.compare]) : null;
  const disputed = new Set(disputes(ctx.actors, among ? restrict(all, among) : all).keys());
  return {all, disputed, a: mapView(ctx, all, disputed, s.source), b: s.compare ? mapView(ctx, all, disputed, s.compare) : null};
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
  const among = s.source && s.compare ? new Set([s.source, s.compare]) : null;
  const disputed = new Set(before.disputed);
  for (const place of touched) {
    const winners = placeWinners(ctx.index.byPlace.get(place) ?? new Map(), s.date, null, s.asOf);
    if (winners) all.set(place, winners); else all.delete(place);
    const taking = winners && among ? new Map([...winners].filter(([source]) => among.has(source))) : winners;
    if (taking && taking.size >= 2 && isDisputed(ctx.actors, taking.values())) disputed.add(place);
    else disputed.delete(place);
  }
  const view = (previous, source) => {
    const holders = new Map(previous.holders);
    const name = source ? ctx.sources.get(source)?.name ?? source : 'all sources';
    for (const place of touched) {
      const h = all.has(place) ? holder(ctx, all.get(place), source, name) : null;
      if (h) holders.set(place, h); else holders.delete(place);
    }
    return {holders, disputed, who: name, serial: ++views, since: previous.serial, changed: touched};
  };
  return {all, disputed, a: view(before.a, s.source), b: s.compare ? view(before.b, s.compare) : null};
}

function restrict(all, sources) {
  const out = new Map();
  for (const [place, winners] of all) {
    const kept = new Map([...winners].filter(([source]) => sources.has(source)));
    if (kept.size) out.set(place, kept);
  }
  return out;
}

/** What one map draws: each place's holder per `source`, or the majority of all sources when source is null. */
function mapView(ctx, all, disputed, source) {
  const holders = new Map();
  const name = source ? ctx.sources.get(source)?.name ?? source : 'all sources';
  for (const [place, winners] of all) {
    const h = holder(ctx, winners, source, name);
    if (h) holders.set(place, h);
  }
  return {holders, disputed, who: name, serial: ++views, since: null, changed: null};
}

/** One place's holder on one map, from its winners; null when the map's source has none. */
function holder(ctx, winners, source, name) {
  if (source) {
    const c = winners.get(source);
    return c ? {actor: c.actor, claim: c.id, detail: `according to ${name}`, shape: ctx.shapes.get(c.id) ?? null} : null;
  }
  const list = [...winners.values()];
  const actor = majority(list);
  const agree = list.filter(c => c.actor === actor).length;
  return {actor, claim: null, shape: null,
    detail: `${agree} of ${list.length} source${list.length === 1 ? '' : 's'} with a claim in force`};
}

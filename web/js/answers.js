// One day's answers for the whole page, computed in the browser from the claim timings: who each source says
// held each place, which places are disputed, and what each map draws. No request: this runs on every slider step.

import {control, disputes, majority} from './asof.js';

/**
 * @param ctx {index, actors (Map), sources (Map), shapes (Map claim id → geometry)}
 * @param s the page state ({date, source, compare, asOf})
 * @returns {all: Map place → Map source → claim (every source), disputed: Set of place ids,
 *           a: map view of s.source, b: map view of s.compare or null}
 */
export function answersFor(ctx, s) {
  const all = control(ctx.index, s.date, null, s.asOf);
  const among = s.source && s.compare ? new Set([s.source, s.compare]) : null;
  const disputed = new Set(disputes(ctx.actors, among ? restrict(all, among) : all).keys());
  return {all, disputed, a: mapView(ctx, all, disputed, s.source), b: s.compare ? mapView(ctx, all, disputed, s.compare) : null};
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
    if (source) {
      const c = winners.get(source);
      if (c) holders.set(place, {actor: c.actor, claim: c.id, detail: `according to ${name}`, shape: ctx.shapes.get(c.id) ?? null});
    } else {
      const list = [...winners.values()];
      const actor = majority(list);
      const agree = list.filter(c => c.actor === actor).length;
      holders.set(place, {actor, claim: null, shape: null,
        detail: `${agree} of ${list.length} source${list.length === 1 ? '' : 's'} with a claim in force`});
    }
  }
  return {holders, disputed, who: name};
}

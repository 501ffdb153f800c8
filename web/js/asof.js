// The as-of rule of DESIGN.md, in the browser, over the claim timings of GET /api/changes. Pure: no DOM, no fetch.
//
// For source S, day D and knowledge day K: S's claims about a place in force on D (valid_from <= D < valid_to, an
// open valid_to being forever), and reported on or before K when K is given; the one with the latest valid_from
// wins, then the latest reported_on, then the latest recorded. A place S said nothing in force about is absent.
// Days are ISO strings, which compare correctly as strings.

/** Orders claims winner first: latest valid_from, then latest reported_on, then latest recorded. */
export function byPrecedence(a, b) {
  if (a.valid_from !== b.valid_from) return a.valid_from < b.valid_from ? 1 : -1;
  if (a.reported_on !== b.reported_on) return a.reported_on < b.reported_on ? 1 : -1;
  return b.recorded - a.recorded;
}

/** True when claim c is in force on day: valid_from <= day < valid_to. */
export function inForce(c, day) {
  return c.valid_from <= day && (c.valid_to == null || day < c.valid_to);
}

/**
 * Indexes claim timings for fast answers: place id → source id → that source's claims about it, winner first.
 * @param {Array} claims the `claims` of GET /api/changes (retracted claims are not in it)
 */
export function indexClaims(claims) {
  const byPlace = new Map();
  for (const c of claims) {
    let bySource = byPlace.get(c.place);
    if (!bySource) byPlace.set(c.place, bySource = new Map());
    let list = bySource.get(c.source);
    if (!list) bySource.set(c.source, list = []);
    list.push(c);
  }
  for (const bySource of byPlace.values()) for (const list of bySource.values()) list.sort(byPrecedence);
  return {byPlace, claims};
}

/** The winning claim among one source's claims about one place (sorted by byPrecedence), or null. */
export function winnerOf(sorted, day, asOf) {
  if (!sorted) return null;
  for (const c of sorted) {
    if (inForce(c, day) && (asOf == null || c.reported_on <= asOf)) return c;
  }
  return null;
}

/** The winning claim of `source` about `place` on `day` as known on `asOf` (null: everything known), or null. */
export function winner(index, place, source, day, asOf = null) {
  const bySource = index.byPlace.get(place);
  return bySource ? winnerOf(bySource.get(source), day, asOf) : null;
}

/**
 * Every source's winners on `day`: place id → Map(source id → claim), only places with at least one winner.
 * @param sources an array or Set of source ids taking part, or null for every source
 */
export function control(index, day, sources = null, asOf = null) {
  const wanted = sources == null ? null : new Set(sources);
  const out = new Map();
  for (const [place, bySource] of index.byPlace) {
    const winners = placeWinners(bySource, day, wanted, asOf);
    if (winners) out.set(place, winners);
  }
  return out;
}

/** One place's winners on `day` (Map source id → claim), or null when no source has one; `wanted`: a Set or null. */
export function placeWinners(bySource, day, wanted = null, asOf = null) {
  let winners = null;
  for (const [source, sorted] of bySource) {
    if (wanted && !wanted.has(source)) continue;
    const w = winnerOf(sorted, day, asOf);
    if (w) (winners ??= new Map()).set(source, w);
  }
  return winners;
}

/**
 * The places whose answers may change on each day: day → Set of place ids with a claim starting or ending then
 * (with every claim known). Between two days, only the places listed on the days in between can change.
 */
export function placesByChangeDay(claims) {
  const out = new Map();
  const add = (day, place) => {
    let set = out.get(day);
    if (!set) out.set(day, set = new Set());
    set.add(place);
  };
  for (const c of claims) {
    add(c.valid_from, c.place);
    if (c.valid_to != null) add(c.valid_to, c.place);
  }
  return out;
}

/**
 * Whether one source saying actor a and another saying actor b disagree: never when equal; an actor that negates
 * another (not-isis) only conflicts with the one it negates, and two negating actors never conflict; an actor we do
 * not know conflicts with every other. Same rule as the server's Actor.conflictsWith.
 * @param actors Map of actor id → actor ({id, negates})
 */
export function conflicts(actors, a, b) {
  if (a === b) return false;
  const x = actors.get(a);
  const y = actors.get(b);
  if (!x || !y) return true;
  if (x.negates && y.negates) return false;
  if (x.negates) return x.negates === b;
  if (y.negates) return y.negates === a;
  return true;
}

/** True when the actors of at least two of the winning claims conflict. */
export function isDisputed(actors, winners) {
  const list = [...winners];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (conflicts(actors, list[i].actor, list[j].actor)) return true;
    }
  }
  return false;
}

/**
 * The places disputed on `day` (same rule as GET /api/disputes): place id → the taking-part sources' winners.
 * @param controlled the answer of control() for the sources taking part
 */
export function disputes(actors, controlled) {
  const out = new Map();
  for (const [place, winners] of controlled) {
    if (winners.size >= 2 && isDisputed(actors, winners.values())) out.set(place, winners);
  }
  return out;
}

/**
 * The actor most of the winners name. A tie goes to the actor with the latest valid_from among its claims, then to
 * the smaller id, so the answer does not depend on the order of sources; ties are disputed places anyway.
 */
export function majority(winners) {
  const votes = new Map();
  for (const c of winners) {
    const v = votes.get(c.actor) ?? {actor: c.actor, count: 0, latest: ''};
    v.count += 1;
    if (c.valid_from > v.latest) v.latest = c.valid_from;
    votes.set(c.actor, v);
  }
  let best = null;
  for (const v of votes.values()) {
    if (!best || v.count > best.count || (v.count === best.count && (v.latest > best.latest
        || (v.latest === best.latest && v.actor < best.actor)))) {
      best = v;
    }
  }
  return best ? best.actor : null;
}

/**
 * The days on which an answer of the given sources may change: every valid_from and valid_to of their claims
 * (known by asOf when given), ascending, without repeats. With sources null, every source (GET /api/changes dates).
 */
export function changeDates(claims, sources = null, asOf = null) {
  const wanted = sources == null ? null : new Set(sources);
  const days = new Set();
  for (const c of claims) {
    if (wanted && !wanted.has(c.source)) continue;
    if (asOf != null && c.reported_on > asOf) continue;
    days.add(c.valid_from);
    if (c.valid_to != null) days.add(c.valid_to);
  }
  return [...days].sort();
}

/** The first of the ascending `days` after `day`, or null. */
export function nextChange(days, day) {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1; else hi = mid;
  }
  return lo < days.length ? days[lo] : null;
}

/** The last of the ascending `days` before `day`, or null. */
export function previousChange(days, day) {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? days[lo - 1] : null;
}

// The as-of rule of DESIGN.md, in the browser, over the claim timings of GET /api/changes. Pure: no DOM, no fetch.
//
// For source S, day D and knowledge day K: S's claims about a place in force on D (valid_from <= D < valid_to, an
// open valid_to being forever, a null valid_from (the source did not say since when) being the start of the data),
// and reported on or before K when K is given; the one with the latest valid_from wins (null the earliest), then the
// latest reported_on, then the latest recorded. A place S said nothing in force about is absent.
// A claim's stance ("control", or "presence": not control) and extent ("whole", or "part" of the place) do not change
// which claim wins; they change what is disputed (conflicting) and how the map draws it. Absent means control/whole.
// Days are ISO strings, which compare correctly as strings.

/** Orders claims winner first: latest valid_from (a start not given the earliest), latest reported_on, latest recorded. */
export function byPrecedence(a, b) {
  if (a.valid_from !== b.valid_from) {
    if (a.valid_from == null) return 1;
    if (b.valid_from == null) return -1;
    return a.valid_from < b.valid_from ? 1 : -1;
  }
  if (a.reported_on !== b.reported_on) return a.reported_on < b.reported_on ? 1 : -1;
  return b.recorded - a.recorded;
}

/** True when claim c is in force on day: valid_from <= day < valid_to (no valid_from: from the start of the data). */
export function inForce(c, day) {
  return (c.valid_from == null || c.valid_from <= day) && (c.valid_to == null || day < c.valid_to);
}

/** True when the source says the actor is present there (positions, pockets, cells), not that it holds the place. */
export function isPresence(c) {
  return c.stance === 'presence';
}

/** True when the source says the actor holds part of the place ("parts of", "areas in"), not all of it. */
export function isPart(c) {
  return c.extent === 'part';
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
    if (c.valid_from != null) add(c.valid_from, c.place);
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

/**
 * Whether two sources' winning claims about one place on one day disagree: neither is a presence (presence is not
 * control), their actors conflict, and they are not both about part of the place (two sources each saying an actor
 * holds part of it can both be right). Whole against whole, and whole against part, conflict.
 */
export function claimsConflict(actors, a, b) {
  if (isPresence(a) || isPresence(b)) return false;
  if (isPart(a) && isPart(b)) return false;
  return conflicts(actors, a.actor, b.actor);
}

/** True when at least two of the winning claims conflict (claimsConflict). */
export function isDisputed(actors, winners) {
  const list = [...winners];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (claimsConflict(actors, list[i], list[j])) return true;
    }
  }
  return false;
}

/**
 * The sources whose winning claims conflict with `source`'s on one place: what a map of that one source hatches.
 * @param winners Map source id → that source's winning claim about the place
 * @returns an array of source ids, in the order of `winners` (empty when `source` has no claim or nobody disagrees)
 */
export function opponents(actors, winners, source) {
  const mine = winners.get(source);
  if (!mine) return [];
  const out = [];
  for (const [other, c] of winners) if (other !== source && claimsConflict(actors, mine, c)) out.push(other);
  return out;
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
 * The majority rule of "All sources" (the one place it is written in the browser; the server's is query.Majority,
 * compared with this one on the same data by a test): among the winning claims that say who CONTROLS the place
 * (presence claims do not vote), the actor named by more sources than any other. When actors that conflict share the top count there is no majority: actor is
 * null and `tie` is true. Tied actors that do not conflict (a "not ISIS" and an "SDF") are no split: the one that
 * names a holder wins. A place where only presence claims are in force has no controlling actor (of 0); `presence`
 * then lists the actors said to be present.
 * @param winners the winning claims (one per source) about one place on one day
 * @param actors Map of actor id → actor ({negates}), for which actors conflict
 * @returns {actor (id or null), votes (sources naming it, or the top count on a tie), of (sources with a control
 *           claim), tie (boolean), part (true when every claim naming the actor is about part of the place),
 *           presence (actor ids of the presence claims)}
 */
export function majority(winners, actors) {
  const votes = new Map();
  const presence = [];
  let of = 0;
  for (const c of winners) {
    if (isPresence(c)) {
      if (!presence.includes(c.actor)) presence.push(c.actor);
      continue;
    }
    of += 1;
    const v = votes.get(c.actor) ?? {actor: c.actor, count: 0, whole: false};
    v.count += 1;
    v.whole ||= !isPart(c);
    votes.set(c.actor, v);
  }
  const top = Math.max(0, ...[...votes.values()].map(v => v.count));
  const tied = [...votes.values()].filter(v => v.count === top).sort((a, b) => (a.actor < b.actor ? -1 : 1));
  let tie = false;
  for (let i = 0; i < tied.length; i++) {
    for (let j = i + 1; j < tied.length; j++) tie ||= conflicts(actors, tied[i].actor, tied[j].actor);
  }
  const best = tie ? null : tied.find(v => !actors.get(v.actor)?.negates) ?? tied[0] ?? null;
  return {actor: best ? best.actor : null, votes: top, of, tie, part: Boolean(best && !best.whole), presence};
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
    if (c.valid_from != null) days.add(c.valid_from);
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

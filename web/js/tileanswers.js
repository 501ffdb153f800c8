// The map tiles of a large archive (GET /api/map/{z}/{x}/{y}.json), read without the DOM: each tile lists its places
// (or, where they are too small to see, grid cells of them) with how each is drawn from day to day, as runs of
// [day, look]. Pure: what a map draws on a day is found by a binary search per feature, and a slider step only looks
// at the features whose look differs between the two days. No fetch here (maptiles.js asks for the tiles).

const DAY_MS = 86400000;
/** Numbers the views of every map, so that a map can tell whether a view follows the one it drew last. */
let serials = 0;

/** Days from 1970-01-01 of an ISO day. */
export function epochDay(iso) {
  return Math.round(Date.parse(iso + 'T00:00:00Z') / DAY_MS);
}

/** The ISO day `n` days from 1970-01-01. */
export function isoDay(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The index into `runs` ([day, code, day, code, …], days ascending) of the code in force on `day`, or -1. */
export function codeAt(runs, day) {
  let lo = 0;
  let hi = runs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid * 2] <= day) lo = mid + 1; else hi = mid;
  }
  return lo === 0 ? -1 : runs[(lo - 1) * 2 + 1];
}

/** The lon/lat ring of cell [i, j] of a tile [z, x, y] cut into `grid` × `grid` cells (Web Mercator). */
export function cellRing([z, x, y], grid, [i, j]) {
  const n = 2 ** z * grid;
  const lon = c => (c / n) * 360 - 180;
  const lat = r => (Math.atan(Math.sinh(Math.PI * (1 - (2 * r) / n))) * 180) / Math.PI;
  const [x0, x1, y0, y1] = [x * grid + i, x * grid + i + 1, y * grid + j, y * grid + j + 1];
  return [[lon(x0), lat(y1)], [lon(x1), lat(y1)], [lon(x1), lat(y0)], [lon(x0), lat(y0)], [lon(x0), lat(y1)]];
}

/**
 * A holder as answers.js makes them, from a tile's look: {actor, part, presence, noMajority, votes, of, cell}
 * (cell: {places, disputes} for a cell of places, else null). Null look: nothing drawn.
 */
export function holderOf(look) {
  if (!look) return null;
  return {actor: look.actor ?? null, claim: null, part: look.kind === 'part', presence: look.kind === 'presence',
    noMajority: look.kind === 'no-majority', votes: look.votes ?? null, of: look.of ?? null, shape: null, since: null,
    until: null, precision: null, present: [], cell: look.places ? {places: look.places, disputes: look.disputes} : null};
}

/**
 * One tile's features as the map adds them: [{id, feature (GeoJSON, properties: the place's names or the cell's
 * place count), runs, cell}], days in runs made absolute (days from 1970-01-01).
 */
export function tileFeatures(tile) {
  const base = epochDay(tile.first ?? '1970-01-01');
  const abs = r => r.map((v, k) => (k % 2 === 0 ? v + base : v));
  if (tile.grid) {
    const [z, x, y] = tile.tile;
    return tile.cells.map(c => ({id: `cell:${z}/${x}/${y}/${c.c[0]}/${c.c[1]}`, cell: true, runs: abs(c.r),
      feature: {type: 'Feature', id: `cell:${z}/${x}/${y}/${c.c[0]}/${c.c[1]}`, properties: {cell: true},
        geometry: {type: 'Polygon', coordinates: [cellRing(tile.tile, tile.grid, c.c)]}}}));
  }
  return tile.places.map(p => ({id: p.id, cell: false, runs: abs(p.r),
    feature: {type: 'Feature', id: p.id, properties: {id: p.id, name: p.name, name_ar: p.name_ar ?? null},
      geometry: p.geometry}}));
}

/**
 * The features of the tiles a map holds now, and what they draw on a day: tiles come and go as the view moves; a
 * feature shared by tiles (a place across a tile edge) is held once, while any of them holds it.
 */
export class TileAnswers {
  constructor() {
    /** tile key → {features: [ids], looks} */
    this.tiles = new Map();
    /** feature id → {runs, looks, feature, cell, count (tiles holding it)} */
    this.features = new Map();
  }

  /** Takes a tile's answer; returns the features new to the map. */
  add(key, tile) {
    if (this.tiles.has(key)) return [];
    const fresh = [];
    const ids = [];
    for (const f of tileFeatures(tile)) {
      ids.push(f.id);
      const held = this.features.get(f.id);
      if (held) {
        held.count += 1;
        continue;
      }
      const entry = {...f, looks: tile.looks, count: 1};
      this.features.set(f.id, entry);
      fresh.push(entry);
    }
    this.tiles.set(key, {ids});
    return fresh;
  }

  /** Lets a tile go; returns the ids of the features no tile holds any more. */
  remove(key) {
    const t = this.tiles.get(key);
    if (!t) return [];
    this.tiles.delete(key);
    const gone = [];
    for (const id of t.ids) {
      const f = this.features.get(id);
      if (f && --f.count === 0) {
        this.features.delete(id);
        gone.push(id);
      }
    }
    return gone;
  }

  /** The look of feature `f` on `day` (days from 1970-01-01), or null. */
  lookOf(f, day) {
    const code = codeAt(f.runs, day);
    return code < 0 ? null : f.looks[code];
  }

  /**
   * A map view as answers.js makes them, for the features held, on ISO day `date`: {holders, disputed, against,
   * serial, since, changed}. With `previous` (the view drawn last), only the features whose look differs from its
   * day, plus `added`, are listed as changed.
   */
  viewFor(date, previous = null, added = null) {
    const day = epochDay(date);
    const holders = new Map();
    const disputed = new Set();
    const against = new Map();
    const changed = previous ? new Set(added ?? []) : null;
    for (const [id, f] of this.features) {
      const look = this.lookOf(f, day);
      if (changed && previous.day != null && look !== this.lookOf(f, previous.day)) changed.add(id);
      if (!look) continue;
      holders.set(id, holderOf(look));
      if (look.disputed) {
        disputed.add(id);
        against.set(id, look.against ?? []);
      }
    }
    return {holders, disputed, against, day, serial: ++serials, since: previous?.serial ?? null, changed};
  }

  /** Every day on which something held changes look, ascending ISO days: the timeline's change dates in view. */
  changeDays() {
    const days = new Set();
    for (const f of this.features.values()) for (let k = 2; k < f.runs.length; k += 2) days.add(f.runs[k]);
    return [...days].sort((a, b) => a - b).map(isoDay);
  }
}

// The view lives in the URL: ?date=&source=&compare=&as_of=&lat=&lng=&z=&view=&tiles=
// Opening such a URL restores that view; moving replaces the history entry, deliberate changes push a new one.

import {isDay, formatDay} from './dates.js';

const ID = /^[a-z0-9][a-z0-9_-]{0,99}$/;

/**
 * The state a query string asks for. Anything malformed is dropped (null), never guessed: the caller fills defaults.
 * @returns {{date, source, compare, asOf, lat, lng, z, view, tiles}}
 */
export function parseState(search) {
  const q = new URLSearchParams(search);
  const id = name => (ID.test(q.get(name) ?? '') ? q.get(name) : null);
  const num = (name, min, max) => {
    const raw = q.get(name);
    if (raw === null || raw.trim() === '') return null;
    const n = Number(raw);
    return Number.isFinite(n) && n >= min && n <= max ? n : null;
  };
  const source = id('source');
  return {
    date: isDay(q.get('date')) ? q.get('date') : null,
    source: source === 'all' ? null : source,
    compare: id('compare'),
    asOf: isDay(q.get('as_of')) ? q.get('as_of') : null,
    lat: num('lat', -90, 90),
    lng: num('lng', -180, 180),
    z: num('z', 0, 22),
    view: q.get('view') === 'table' ? 'table' : 'map',
    tiles: tileTemplate(q.get('tiles')),
  };
}

/** A tile URL template ({z}/{x}/{y}) when it is an http(s) address, else null. */
export function tileTemplate(raw) {
  if (!raw || !/\{z\}/.test(raw) || !/\{x\}/.test(raw) || !/\{y\}/.test(raw)) return null;
  return /^https?:\/\//.test(raw) ? raw : null;
}

/** The query string of a state, parameters in a fixed order, empty ones left out. */
export function toSearch(s) {
  const q = new URLSearchParams();
  if (s.date) q.set('date', s.date);
  if (s.source) q.set('source', s.source);
  if (s.compare) q.set('compare', s.compare);
  if (s.asOf) q.set('as_of', s.asOf);
  if (s.lat != null) q.set('lat', s.lat.toFixed(4));
  if (s.lng != null) q.set('lng', s.lng.toFixed(4));
  if (s.z != null) q.set('z', String(Math.round(s.z * 100) / 100));
  if (s.view === 'table') q.set('view', 'table');
  if (s.tiles) q.set('tiles', s.tiles);
  return '?' + q.toString().replace(/%7B/g, '{').replace(/%7D/g, '}');
}

/** "ControlMap — 8 December 2017 — SOHR vs Russian MoD (as reported by 7 December 2017)". */
export function pageTitle(s, sourceName) {
  const who = s.source ? sourceName(s.source) : 'all sources';
  const vs = s.compare ? ` vs ${sourceName(s.compare)}` : '';
  const known = s.asOf ? ` (as reported by ${formatDay(s.asOf)})` : '';
  return `ControlMap — ${s.date ? formatDay(s.date) : ''} — ${who}${vs}${known}`;
}

/**
 * Writes the state to the address bar: push for a deliberate change (Back returns to the previous view), replace
 * while the user moves. Does nothing when the URL would not change.
 */
export function writeState(s, {push = false} = {}) {
  const search = toSearch(s);
  if (search === location.search) return;
  const url = location.pathname + search + location.hash;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

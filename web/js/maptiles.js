// A large archive's map, tile by tile: a Leaflet grid layer that asks GET /api/map/{z}/{x}/{y}.json for the tiles in
// view (each holding every day of its places, so scrubbing asks nothing), hands their places or cells to the map
// (map.js addFeatures/removeFeatures) and redraws the day. Tiles already fetched for the same view are kept (a
// bounded memory), so panning back or switching back costs no request.

import {TileAnswers} from './tileanswers.js';

const L = window.L;
/** Tiles' answers kept per URL (about 60 KB each at most). */
const KEEP = 160;
const kept = new Map();

function fetchTile(url) {
  let p = kept.get(url);
  if (p) {
    kept.delete(url);
    kept.set(url, p); // most recently used last
    return p;
  }
  p = fetch(url, {headers: {Accept: 'application/json'}}).then(r => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  });
  p.catch(() => kept.delete(url));
  kept.set(url, p);
  while (kept.size > KEEP) kept.delete(kept.keys().next().value);
  return p;
}

/** The query of a map's tiles: its source, the compared one, the knowledge date, the year. */
export function tileQuery({source, compare, asOf, year}) {
  const q = new URLSearchParams();
  if (source) q.set('source', source);
  if (source && compare) q.set('compare', compare);
  if (asOf) q.set('as_of', asOf);
  if (year) q.set('year', year);
  const s = q.toString();
  return s ? '?' + s : '';
}

/**
 * Feeds `view` (a MapView) the tiles of what it shows. `onChange()` is called when features came or went (the day
 * is then drawn again for them) and `onSettled()` once every tile in view is there and drawn.
 */
export class MapTiles {
  constructor(view, {onChange, onLoading, onSettled}) {
    this.view = view;
    this.answers = new TileAnswers();
    this.query = null;
    this.pending = 0;
    this.onChange = onChange;
    this.onLoading = onLoading;
    this.onSettled = onSettled;
    const self = this;
    const Layer = L.GridLayer.extend({
      createTile(coords, done) {
        const div = document.createElement('div');
        self.load(coords, done, div);
        return div;
      },
    });
    this.layer = new Layer({tileSize: 256, updateWhenZooming: false, keepBuffer: 1, minZoom: 3, maxZoom: 14,
      maxNativeZoom: 14, minNativeZoom: 3, pane: 'tilePane', className: 'map-tiles'});
    this.layer.on('tileunload', e => this.unload(this.keyOf(e.coords)));
    this.layer.on('load', () => this.settle());
  }

  keyOf(c) {
    return `${c.z}/${c.x}/${c.y}`;
  }

  /** Starts showing the tiles of `query` (tileQuery); a new query replaces every feature. */
  show(query) {
    if (query === this.query) return false;
    this.query = query;
    const gone = [...this.answers.features.keys()];
    this.answers = new TileAnswers();
    if (gone.length) this.view.removeFeatures(gone);
    if (!this.view.map.hasLayer(this.layer)) this.layer.addTo(this.view.map);
    else this.layer.redraw();
    return true;
  }

  load(coords, done, div) {
    const key = this.keyOf(coords);
    const query = this.query;
    if (this.pending++ === 0) this.onLoading();
    fetchTile(`/api/map/${key}.json${query}`).then(tile => {
      this.pending -= 1;
      // still wanted: the same view, the tile still in the layer
      if (query === this.query && this.layer._tiles[this.layer._tileCoordsToKey(coords)]) {
        const fresh = this.answers.add(key, tile);
        if (fresh.length) {
          this.view.addFeatures(fresh.map(f => f.feature));
          this.onChange(fresh.map(f => f.id));
        }
      }
      done(null, div);
      this.settle();
    }, e => {
      this.pending -= 1;
      console.warn('map tile could not be loaded:', e.message);
      done(e, div);
    });
  }

  /** Asks ahead for the tiles in view of another query (the next year's, as the slider nears it). */
  prefetch(query) {
    for (const key of this.answers.tiles.keys()) fetchTile(`/api/map/${key}.json${query}`);
  }

  unload(key) {
    const gone = this.answers.remove(key);
    if (gone.length) {
      this.view.removeFeatures(gone);
      this.onChange([]);
    }
  }

  settle() {
    if (this.pending === 0) this.onSettled();
  }

  /** True when no tile in view is still on its way. */
  get settled() {
    return this.pending === 0;
  }
}

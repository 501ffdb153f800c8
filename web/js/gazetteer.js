// What orients a reader on the offline map (GET /api/gazetteer): the main rivers as blue lines under the places,
// and over them the names of countries, rivers and towns, the larger towns first and more of them as the map zooms
// in, none written over another. Names are text nodes only. Knows nothing of claims: it draws the same on every map.

import {el} from './dom.js';

const L = window.L;

let loading = null;

/** The gazetteer, asked for once per page (both maps and the search box share it). */
export function gazetteer() {
  loading ??= fetch('/api/gazetteer', {headers: {Accept: 'application/geo+json'}}).then(r => {
    if (!r.ok) throw new Error(`/api/gazetteer: ${r.status}`);
    return r.json();
  });
  loading.catch(() => { loading = null; });
  return loading;
}

const RIVER = {color: '#5b8fc7', weight: 1.6, opacity: 0.9, interactive: false, lineCap: 'round'};
/** Room kept free around each name, in pixels. */
const GAP = 3;
/** A river's name is put where the river crosses this middle part of the view. */
const INNER = 0.15;

let measure = null;
/** Text width in pixels for a CSS font, measured on a canvas: no page layout is read while the map moves. */
function textWidth(text, font) {
  measure ??= document.createElement('canvas').getContext('2d');
  measure.font = font;
  return measure.measureText(text).width;
}

const FONTS = {
  country: '600 12px system-ui, sans-serif',
  river: 'italic 11px system-ui, sans-serif',
  town: '11px system-ui, sans-serif',
  townAr: '10px system-ui, sans-serif',
};

/** The two names of a feature in the page's order: [first, second or null]. */
function names(props, lang) {
  const ar = props.name_ar || null;
  return lang === 'ar' ? [ar ?? props.name, ar ? props.name : null] : [props.name, ar];
}

/**
 * Adds the gazetteer to a Leaflet map: rivers in a pane under the places, names in a pane over them (never taking
 * clicks). @param opts {lang: 'en' | 'ar' (which name comes first)}
 * @returns a promise of {features, redraw} once drawn
 */
export function addGazetteer(map, {lang = 'en'} = {}) {
  const riverPane = map.createPane('gazetteer-rivers');
  riverPane.style.zIndex = 300;
  riverPane.style.pointerEvents = 'none';
  const namePane = map.createPane('gazetteer-names');
  namePane.style.zIndex = 420;
  namePane.style.pointerEvents = 'none';
  namePane.classList.add('gazetteer-names');
  return gazetteer().then(fc => {
    const renderer = L.svg({pane: 'gazetteer-rivers', padding: 0.5});
    const labels = [];
    for (const f of fc.features) {
      const kind = f.properties.kind;
      if (kind === 'river') {
        const line = L.geoJSON(f, {renderer, style: () => RIVER, interactive: false}).addTo(map);
        line.eachLayer(l => l.getElement()?.setAttribute('data-gz-river', f.id));
      }
      labels.push(makeLabel(f, lang));
    }
    for (const l of labels) namePane.append(l.node);
    const redraw = () => place(map, labels);
    map.on('zoomend moveend viewreset resize', redraw);
    map.on('zoomstart', () => namePane.classList.add('moving'));
    map.on('zoomend', () => namePane.classList.remove('moving'));
    redraw();
    return {features: fc.features, redraw};
  }).catch(e => {
    console.warn('the gazetteer could not be loaded:', e.message);
    return {features: [], redraw: () => {}};
  });
}

function makeLabel(f, lang) {
  const p = f.properties;
  const [first, second] = names(p, lang);
  const kind = p.kind;
  const attrs = {'data-gz-kind': kind, 'data-gz': f.id, lang: lang === 'ar' && p.name_ar ? 'ar' : 'en'};
  let node;
  let width;
  let height;
  if (kind === 'river') {
    const text = second ? `${first} · ${second}` : first;
    node = el('div', {className: 'gz-label gz-river', attrs}, text);
    width = textWidth(text, FONTS.river);
    height = 14;
  } else if (kind === 'country') {
    node = el('div', {className: 'gz-label gz-country', attrs}, el('span', {}, first),
      second ? el('span', {className: 'gz-second'}, second) : null);
    width = Math.max(textWidth(first, FONTS.country), second ? textWidth(second, FONTS.townAr) : 0);
    height = second ? 28 : 15;
  } else {
    node = el('div', {className: 'gz-label gz-town' + (p.capital ? ' gz-capital' : ''), attrs},
      el('span', {className: 'gz-dot'}), el('span', {className: 'gz-text'}, el('span', {}, first),
        second ? el('span', {className: 'gz-second'}, second) : null));
    width = 8 + Math.max(textWidth(first, FONTS.town), second ? textWidth(second, FONTS.townAr) : 0);
    height = second ? 26 : 14;
  }
  node.hidden = true;
  const rank = kind === 'country' ? 0 : kind === 'river' ? 1 : 2;
  return {f, node, kind, width, height, rank, minZoom: p.min_zoom ?? 0,
    latLng: p.kind === 'river' ? null : L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0])};
}

/**
 * Shows the names the view has room for: countries, then rivers, then towns from the largest, each only if it
 * does not touch one already shown; positions from the projection, sizes measured once.
 */
function place(map, labels) {
  const zoom = map.getZoom();
  const size = map.getSize();
  const taken = [];
  const free = r => !taken.some(k => r.left < k.right + GAP && r.right > k.left - GAP && r.top < k.bottom + GAP
    && r.bottom > k.top - GAP);
  for (const l of labels) {
    let at = null;
    let box = null;
    let angle = 0;
    if (l.kind === 'town' && l.minZoom > zoom) {
      l.node.hidden = true;
      continue;
    }
    if (l.kind === 'river') {
      const spot = riverSpot(map, l.f.geometry, size);
      if (spot) {
        at = spot.point;
        angle = spot.angle;
        box = {left: at.x - l.width / 2, right: at.x + l.width / 2, top: at.y - l.height, bottom: at.y};
      }
    } else {
      at = map.latLngToContainerPoint(l.latLng);
      box = l.kind === 'country'
        ? {left: at.x - l.width / 2, right: at.x + l.width / 2, top: at.y - l.height / 2, bottom: at.y + l.height / 2}
        : {left: at.x - 4, right: at.x + l.width, top: at.y - l.height / 2, bottom: at.y + l.height / 2};
    }
    const inView = box && box.left >= 0 && box.top >= 0 && box.right <= size.x && box.bottom <= size.y;
    const show = inView && free(box);
    l.node.hidden = !show;
    if (!show) continue;
    taken.push(box);
    const layer = map.containerPointToLayerPoint(at);
    L.DomUtil.setPosition(l.node, layer);
    l.node.style.setProperty('--gz-angle', `${angle}deg`);
  }
}

/**
 * Where to write a river's name: its vertex nearest the middle of the view (inside the view's inner part), with the
 * river's direction there, turned so the text never reads upside down. Null when the river is not in that part.
 */
function riverSpot(map, geometry, size) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const cx = size.x / 2;
  const cy = size.y / 2;
  let best = null;
  for (const line of lines) {
    const pts = line.map(([lng, lat]) => map.latLngToContainerPoint([lat, lng]));
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i];
      if (p.x < size.x * INNER || p.x > size.x * (1 - INNER) || p.y < size.y * INNER || p.y > size.y * (1 - INNER)) continue;
      const d = (p.x - cx) ** 2 + (p.y - cy) ** 2;
      if (best && d >= best.d) continue;
      const a = pts[Math.max(0, i - 2)];
      const b = pts[Math.min(pts.length - 1, i + 2)];
      let angle = Math.atan2(b.y - a.y, b.x - a.x) * 180 / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      best = {d, point: p, angle: Math.round(angle)};
    }
  }
  return best;
}

// What orients a reader on the offline map (GET /api/gazetteer): the main rivers as thin blue lines over the places,
// and the names of countries, rivers and towns, the larger towns first and more of them as the map zooms
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
/** Where a town's text starts, right of its point (pixels; the dot and margin of gazetteer.css). */
const TOWN_TEXT_OFFSET = 8;
/** How long the map's content must rest before the names are placed again around its new dots and labels. */
const RESETTLE_MS = 120;
/** How close (pixels) one of our labels with a town's name must be for the town's own name to be left out. */
const NEAR = 60;
/** Half the middle of a place's dot that no name may cover, in pixels. */
const DOT_CORE = 2.5;
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
  capital: '700 11px system-ui, sans-serif',
  townAr: '10px system-ui, sans-serif',
};

/** The two names of a feature in the page's order: [first, second or null]. */
function names(props, lang) {
  const ar = props.name_ar || null;
  return lang === 'ar' ? [ar ?? props.name, ar ? props.name : null] : [props.name, ar];
}

/**
 * Adds the gazetteer to a Leaflet map: rivers and names in panes over the places, under every label of ours, never
 * taking clicks. @param opts {lang: 'en' | 'ar' (which name comes first)}
 * @returns a promise of {features, redraw} once drawn
 */
export function addGazetteer(map, {lang = 'en'} = {}) {
  // a thin line over the places' fills and the dispute hatch: whether a place lies east or west of the Euphrates is
  // what many claims turn on, so the river stays visible through a disputed place
  const riverPane = map.createPane('gazetteer-rivers');
  riverPane.style.zIndex = 455;
  riverPane.style.pointerEvents = 'none';
  // over the places' fills and the dispute hatch (a name stays readable there), under every label and tooltip of
  // ours (Leaflet's tooltip pane); a name is never put over a dispute label or a place's dot (see place)
  const namePane = map.createPane('gazetteer-names');
  namePane.style.zIndex = 460;
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
    labels.sort((a, b) => a.rank - b.rank);
    for (const l of labels) namePane.append(l.node);
    // data-settled: 'true' once the names are placed for what the map shows now (the browser tests wait for it)
    let timer = null;
    const redraw = () => {
      place(map, labels);
      if (timer === null) namePane.dataset.settled = 'true';
    };
    map.on('zoomend moveend viewreset resize', redraw);
    map.on('movestart zoomstart', () => { namePane.dataset.settled = 'false'; });
    // the dots and dispute labels a name must leave free come and go with the day shown: place again once they rest
    const later = () => {
      clearTimeout(timer);
      namePane.dataset.settled = 'false';
      timer = setTimeout(() => {
        timer = null;
        redraw();
      }, RESETTLE_MS);
    };
    map.on('layeradd layerremove', later);
    new MutationObserver(later).observe(map.getPane('tooltipPane'), {subtree: true, childList: true,
      attributeFilter: ['class']});
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
    node = el('div', {className: 'gz-river'}, text);
    width = textWidth(text, FONTS.river) + 6; // with its padding (gazetteer.css)
    height = 14;
  } else if (kind === 'country') {
    node = el('div', {className: 'gz-country'}, el('span', {}, first),
      second ? el('span', {className: 'gz-second'}, second) : null);
    // written in capitals, spaced by .12em (gazetteer.css)
    width = Math.max(textWidth(first.toUpperCase(), FONTS.country) + 0.12 * 12 * first.length,
      second ? textWidth(second, FONTS.townAr) : 0);
    height = second ? 28 : 15;
  } else {
    node = el('div', {className: 'gz-town' + (p.capital ? ' gz-capital' : '')},
      el('span', {className: 'gz-dot'}), el('span', {className: 'gz-text'}, el('span', {}, first),
        second ? el('span', {className: 'gz-second'}, second) : null));
    width = TOWN_TEXT_OFFSET + Math.max(textWidth(first, p.capital ? FONTS.capital : FONTS.town), second ? textWidth(second, FONTS.townAr) : 0);
    height = second ? 26 : 14;
  }
  // Leaflet positions the outer element (with a transform of its own); the inner one is laid out around the point
  node = el('div', {className: 'gz-label', attrs, hidden: true}, node);
  // who gets the room first: the towns named from the widest views (Syria's before its neighbours', the larger
  // first), the Euphrates, the other rivers, the countries, then the towns of closer views
  const rank = f.id === 'euphrates' ? 5.5 : kind === 'river' ? 6 : kind === 'country' ? 6.5
    : (p.min_zoom ?? 0) + 1 - Math.min(p.population ?? 0, 1e7) / 1e7;
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
  const blocked = obstacles(map);
  const taken = [];
  const hits = (r, k, gap) => r.left < k.right + gap && r.right > k.left - gap && r.top < k.bottom + gap
    && r.bottom > k.top - gap;
  const inView = r => r.left >= 0 && r.top >= 0 && r.right <= size.x && r.bottom <= size.y;
  const free = r => inView(r) && !taken.some(k => hits(r, k, GAP)) && !blocked.some(k => hits(r, k, 0));
  // zoomed in, the towns around come before the rivers' names (the river's line still shows where it runs)
  const order = l => (l.kind === 'river' ? l.rank + Math.max(0, zoom - 7) : l.rank);
  for (const l of [...labels].sort((a, b) => order(a) - order(b))) {
    let at = null;
    let box = null;
    let angle = 0;
    let side = 'right';
    if (l.kind === 'town' && l.minZoom > zoom) {
      l.node.hidden = true;
      continue;
    }
    if (l.kind === 'river') {
      for (const spot of riverSpots(map, l.f.geometry, size)) {
        const b = turnedBox(spot.point, l.width, l.height, spot.angle);
        if (!free(b)) continue;
        at = spot.point;
        angle = spot.angle;
        box = b;
        break;
      }
    } else if (l.kind === 'country') {
      at = map.latLngToContainerPoint(l.latLng);
      box = {left: at.x - l.width / 2, right: at.x + l.width / 2, top: at.y - l.height / 2, bottom: at.y + l.height / 2};
    } else {
      // a town's text beside its dot: right, left, below or above, the first with room; the dot itself may sit
      // under the dot of our place of the same name
      at = map.latLngToContainerPoint(l.latLng);
      if (namedByUs(blocked, at, l.f.properties.name)) {
        l.node.hidden = true;
        continue;
      }
      for (const [name, b] of townBoxes(at, l)) {
        side = name;
        box = b;
        if (free(b)) break;
      }
    }
    const show = box !== null && free(box);
    l.node.hidden = !show;
    if (l.kind === 'town') l.node.dataset.side = side;
    if (!show) continue;
    taken.push(box);
    const layer = map.containerPointToLayerPoint(at);
    L.DomUtil.setPosition(l.node, layer);
    l.node.style.setProperty('--gz-angle', `${angle}deg`);
  }
}

/**
 * The boxes a town's text may take around its point `at`, in the order they are tried (gazetteer.css lays the
 * label out for each side).
 */
function townBoxes(at, l) {
  const text = l.width - TOWN_TEXT_OFFSET;
  const half = l.height / 2;
  const right = {left: at.x + TOWN_TEXT_OFFSET, right: at.x + l.width};
  const left = {left: at.x - l.width, right: at.x - TOWN_TEXT_OFFSET};
  const centred = {left: at.x - text / 2, right: at.x + text / 2};
  const below = {top: at.y + TOWN_TEXT_OFFSET, bottom: at.y + TOWN_TEXT_OFFSET + l.height};
  const above = {top: at.y - TOWN_TEXT_OFFSET - l.height, bottom: at.y - TOWN_TEXT_OFFSET};
  const middle = {top: at.y - half, bottom: at.y + half};
  return [
    ['right', {...right, ...middle}], ['left', {...left, ...middle}],
    ['below', {...centred, ...below}], ['above', {...centred, ...above}],
    ['right-below', {...right, ...below}], ['right-above', {...right, ...above}],
    ['left-below', {...left, ...below}], ['left-above', {...left, ...above}],
  ];
}

/**
 * The upright box around a w × h label standing on `at` (the middle of its bottom edge) turned by `angle` degrees
 * about that point, as gazetteer.css turns a river's name.
 */
function turnedBox(at, w, h, angle) {
  const a = angle * Math.PI / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const corners = [[-w / 2, 0], [w / 2, 0], [-w / 2, -h], [w / 2, -h]]
    .map(([x, y]) => [at.x + x * cos - y * sin, at.y + x * sin + y * cos]);
  const xs = corners.map(c => c[0]);
  const ys = corners.map(c => c[1]);
  return {left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys)};
}

/**
 * Where a river's name may go, best first: its vertices inside the view's inner part, near the middle and where
 * the river runs flat first, each with the river's direction there, turned so the text never reads upside down.
 */
function riverSpots(map, geometry, size) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const cx = size.x / 2;
  const cy = size.y / 2;
  const spots = [];
  for (const line of lines) {
    const pts = line.map(([lng, lat]) => map.latLngToContainerPoint([lat, lng]));
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i];
      if (p.x < size.x * INNER || p.x > size.x * (1 - INNER) || p.y < size.y * INNER || p.y > size.y * (1 - INNER)) continue;
      const a = pts[Math.max(0, i - 2)];
      const b = pts[Math.min(pts.length - 1, i + 2)];
      let angle = Math.atan2(b.y - a.y, b.x - a.x) * 180 / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      // nearer the middle first, and flatter: a name along a steep stretch is hard to read
      const d = Math.hypot(p.x - cx, p.y - cy) * (1 + Math.abs(angle) / 30);
      spots.push({d, point: p, angle: Math.round(angle)});
    }
  }
  return spots.sort((x, y) => x.d - y.d);
}

/** Our own labels on the map (places' names, disputes): a gazetteer name never covers one. */
const OUR_LABELS = '.leaflet-tooltip.dispute-label, .leaflet-tooltip.place-label';

/**
 * What a name must not cover, in container pixels: our labels shown, and the middle of each dot of a place too
 * small to draw as a shape (a name may touch a dot's rim, never hide it). Each with the label's text, if any. Read
 * from the page once per move or change, a few dozen elements at most.
 */
function obstacles(map) {
  const box = map.getContainer().getBoundingClientRect();
  const out = [];
  for (const n of map.getContainer().querySelectorAll(`${OUR_LABELS}, path[data-marker]`)) {
    if (n.classList.contains('off') || n.classList.contains('crowded')) continue;
    const r = n.getBoundingClientRect();
    if (r.width === 0 || getComputedStyle(n).display === 'none' || getComputedStyle(n).visibility === 'hidden') continue;
    const dot = n.tagName.toLowerCase() === 'path';
    const inset = dot ? Math.max(0, r.width / 2 - DOT_CORE) : 0;
    out.push({left: r.left - box.left + inset, right: r.right - box.left - inset, top: r.top - box.top + inset,
      bottom: r.bottom - box.top - inset, text: dot ? '' : n.textContent.toLowerCase()});
  }
  return out;
}

/** True when one of our labels near the town already says its name ("Raqqa" beside our place Raqqa). */
function namedByUs(blocked, at, name) {
  const n = name.toLowerCase();
  return blocked.some(k => k.text && k.text.includes(n) && k.left - NEAR < at.x && at.x < k.right + NEAR
    && k.top - NEAR < at.y && at.y < k.bottom + NEAR);
}

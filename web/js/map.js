// One Leaflet map of places filled in their holder's colour, over an offline outline basemap, with the disputes
// overlay (hatched, labelled) and an optional OpenStreetMap layer. Knows nothing of the as-of rule: it draws what
// main.js computed. Restyles only the places whose answer changed, so scrubbing costs a few attribute writes.

import {el} from './dom.js';
import {addGazetteer} from './gazetteer.js';
import {RegionCanvas} from './regioncanvas.js';

const L = window.L;

/** The OpenStreetMap tile layer offered in the layer control (off by default); ?tiles= overrides it. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const BASEMAP_ATTRIBUTION = 'Outlines: Natural Earth';

const LABEL_ZOOM = 5;
/** Above this many places the map draws on a canvas (one element instead of one per shape) and labels fewer disputes. */
export const LARGE_PLACES = 1500;
/** With that many places, dispute labels wait until the places are large on screen. */
const LARGE_LABEL_ZOOM = 10;
const MIN_POLYGON_PX = 10;
const POINT = {radius: 5, weight: 1.5, opacity: 1};
const HELD = {stroke: true, color: '#333333', weight: 1, opacity: 0.9, dashArray: null, fill: true, fillOpacity: 0.62};
const SILENT = {stroke: true, color: '#6b6b6b', weight: 1, opacity: 0.8, dashArray: '4 3', fill: true,
  fillColor: '#ffffff', fillOpacity: 0};
const OWN_SHAPE = {...SILENT, fillOpacity: 0, dashArray: '2 4'};
const HATCHED = {stroke: true, color: '#9b0d1a', weight: 2, opacity: 1, dashArray: '6 3', fill: true,
  fillColor: 'url(#hatch)', fillOpacity: 1};
const HIDDEN = {stroke: false, fill: false};
const COUNTRY = {color: '#8a8a8a', weight: 0.8, fillColor: '#f3f0e8', fillOpacity: 1};
const SYRIA = {color: '#4d4d4d', weight: 1.6, fillColor: '#fbfaf6', fillOpacity: 1};

/** The hatch of disputed places for a canvas: the SVG pattern of index.html drawn as a repeating canvas pattern. */
function hatchPattern() {
  const tile = document.createElement('canvas');
  tile.width = 9;
  tile.height = 9;
  const g = tile.getContext('2d');
  const stripe = (color, width) => {
    g.strokeStyle = color;
    g.lineWidth = width;
    for (const o of [-9, 0, 9]) {
      g.beginPath();
      g.moveTo(o, 9);
      g.lineTo(o + 9, 0);
      g.stroke();
    }
  };
  stripe('rgba(255,255,255,0.9)', 4);
  stripe('#9b0d1a', 2);
  return g.createPattern(tile, 'repeat');
}

/** A canvas renderer whose repaints (Leaflet defers them to an animation frame) add to window.controlmap.paintMs. */
function timed(renderer) {
  const redraw = renderer._redraw;
  renderer._redraw = function () {
    const t0 = performance.now();
    redraw.call(this);
    if (window.controlmap) window.controlmap.paintMs += performance.now() - t0;
  };
  return renderer;
}

export class MapView {
  /**
   * @param container the element to draw in
   * @param opts {places (GeoJSON), basemap (GeoJSON), actors (Map id → actor), tiles (template or null),
   *              onPlaceClick(placeId, view), onMove(view), legend (DOM node or null)}
   */
  constructor(container, opts) {
    this.opts = opts;
    this.large = opts.places.features.length > LARGE_PLACES;
    // ?renderer=svg|canvas overrides the choice (the browser benchmark compares the two)
    this.canvas = opts.renderer === 'canvas' || (opts.renderer !== 'svg' && this.large);
    this.labelZoom = this.large ? LARGE_LABEL_ZOOM : LABEL_ZOOM;
    this.hatched = this.canvas ? {...HATCHED, fillColor: hatchPattern()} : HATCHED;
    this.actors = opts.actors;
    this.placeLayers = new Map();
    this.hatchLayers = new Map();
    this.shapeLayers = new Map();
    this.names = new Map(opts.places.features.map(f => [f.id, f.properties.name]));
    this.placeFeatures = new Map(opts.places.features.map(f => [f.id, f]));
    this.lastStyle = new Map();
    this.current = {holders: new Map(), disputed: new Set(), who: ''};
    this.syncing = false;

    // a canvas is repainted whole on most steps: keep it little larger than the view (Leaflet's default padding)
    this.renderer = this.canvas ? timed(new RegionCanvas({padding: 0.1})) : L.svg({padding: 0.5});
    this.map = L.map(container, {zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 4, maxZoom: 14, renderer: this.renderer,
      attributionControl: true});
    this.map.attributionControl.setPrefix(false);
    this.map.createPane('basemap').style.zIndex = 250;
    this.map.createPane('disputes').style.zIndex = 450;
    this.map.getPane('disputes').style.pointerEvents = 'none';

    const outlines = L.geoJSON(opts.basemap, {pane: 'basemap', interactive: false,
      style: f => (f.properties.name === 'Syria' ? SYRIA : COUNTRY), attribution: BASEMAP_ATTRIBUTION});
    this.outlines = outlines;
    const osm = L.tileLayer(opts.tiles || OSM_TILES, {maxZoom: 18, attribution: OSM_ATTRIBUTION});
    this.tiles = osm;
    outlines.addTo(this.map);
    this.gazetteer = addGazetteer(this.map);
    this.home = L.latLngBounds([]);
    outlines.eachLayer(layer => {
      if (layer.feature.properties.name === 'Syria') this.home.extend(layer.getBounds());
    });

    this.places = L.geoJSON(opts.places, {style: () => SILENT, onEachFeature: (f, layer) => this.initPlace(f, layer)});
    this.places.addTo(this.map);
    this.shapes = L.layerGroup().addTo(this.map);
    this.points = L.layerGroup().addTo(this.map);
    this.pointLayers = new Map();
    for (const [id, layer] of this.placeLayers) this.pointLayers.set(id, this.initPoint(id, layer.getBounds()));

    // on a canvas the hatch is drawn on the places' own canvas, after them, and only for disputed places (a hidden
    // shape would still be traced on every repaint); in SVG every place has its hatch path, shown or hidden by style
    this.hatch = L.geoJSON(opts.places, {pane: this.canvas ? 'overlayPane' : 'disputes', interactive: false,
      style: () => (this.canvas ? this.hatched : HIDDEN),
      filter: () => !this.canvas,
      onEachFeature: (f, layer) => {
        this.hatchLayers.set(f.id, layer);
        layer.on('add', () => layer.getElement()?.setAttribute('data-dispute', f.id));
      }});
    this.labels = L.layerGroup();
    this.initLabels();
    this.disputes = L.layerGroup([this.hatch, this.labels]).addTo(this.map);
    this.disputes.on('add', () => this.declutter());

    L.control.layers({'Outline map (offline)': outlines, 'OpenStreetMap': osm},
      {'Disputed places (hatched)': this.disputes}, {collapsed: true}).addTo(this.map);
    L.control.scale({imperial: false, maxWidth: 120}).addTo(this.map);
    if (opts.legend) this.addLegend(opts.legend);

    this.map.on('moveend', () => opts.onMove?.(this));
    // dispute labels only once zoomed in far enough for them not to pile up over the small places
    const labelRoom = () => {
      container.classList.toggle('zoomed-out', this.map.getZoom() < this.labelZoom);
      this.declutter();
    };
    this.map.on('zoomend', labelRoom);
    this.map.whenReady(labelRoom);
    this.map.on('zoomend', () => this.updatePoints());
    this.map.whenReady(() => this.updatePoints());
  }

  initPlace(f, layer) {
    this.placeLayers.set(f.id, layer);
    layer.on('add', () => {
      const path = layer.getElement();
      if (path) path.setAttribute('data-place', f.id);
    });
    layer.on('click', () => this.opts.onPlaceClick(f.id, this));
    layer.bindTooltip(() => this.tooltipFor(f.id), {sticky: true, className: 'place-tooltip'});
  }

  /** A dot for the place, shown instead when its polygon is too small to see or click at the current zoom. */
  initPoint(id, bounds) {
    const point = L.circleMarker(bounds.getCenter(), {...POINT, ...SILENT});
    point.bounds = bounds;
    point.on('add', () => point.getElement()?.setAttribute('data-marker', id));
    point.on('click', () => this.opts.onPlaceClick(id, this));
    point.bindTooltip(() => this.tooltipFor(id), {sticky: true, className: 'place-tooltip'});
    return point;
  }

  updatePoints() {
    for (const [id, point] of this.pointLayers) {
      const sw = this.map.project(point.bounds.getSouthWest());
      const ne = this.map.project(point.bounds.getNorthEast());
      const small = Math.max(Math.abs(ne.x - sw.x), Math.abs(ne.y - sw.y)) < MIN_POLYGON_PX;
      if (small && !this.points.hasLayer(point)) {
        this.points.addLayer(point);
        point.getElement()?.setAttribute('data-actor', this.lastStyle.get(id)?.replace('own:', '') ?? '');
      } else if (!small && this.points.hasLayer(point)) {
        this.points.removeLayer(point);
      }
    }
  }

  addLegend(node) {
    const Legend = L.Control.extend({
      options: {position: 'bottomleft'},
      onAdd: () => {
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
        return node;
      },
    });
    new Legend().addTo(this.map);
  }

  tooltipFor(placeId) {
    const h = this.current.holders.get(placeId);
    const disputed = this.current.disputed.has(placeId);
    const actor = h ? this.actors.get(h.actor) : null;
    return el('div', {},
      el('strong', {}, this.names.get(placeId) ?? placeId),
      el('div', {}, h ? `${actor ? actor.name : h.actor} — ${h.detail}` : `No claim in force — ${this.current.who}`),
      disputed ? el('div', {className: 'tooltip-disputed'}, 'Disputed: sources disagree on this date') : null);
  }

  /**
   * Draws one day's answer.
   * @param view {holders: Map place → {actor, detail, shape (GeoJSON geometry of the claim's own polygon or null)},
   *              disputed: Set of place ids, who: whose answer this is (for "no claim" tooltips),
   *              serial, since, changed: see answers.js (only `changed` is looked at when `since` is the last view)}
   */
  render(view) {
    // a view patched from the one drawn last differs from it only in the places the step touched
    const ids = view.changed && view.since === this.current.serial ? view.changed : null;
    this.current = view;
    for (const id of ids ?? this.placeLayers.keys()) {
      const layer = this.placeLayers.get(id);
      const h = view.holders.get(id);
      const key = h ? (h.shape ? 'own:' : '') + h.actor : '';
      if (!layer || this.lastStyle.get(id) === key) continue;
      this.lastStyle.set(id, key);
      const actor = h ? this.actors.get(h.actor) : null;
      const style = !h ? SILENT : h.shape ? OWN_SHAPE : {...HELD, fillColor: actor?.color ?? '#999999'};
      layer.setStyle(style);
      const point = this.pointLayers.get(id);
      point.setStyle(h ? {...style, ...POINT} : {...style, ...POINT, radius: 3, weight: 1, dashArray: null});
      for (const node of [layer.getElement(), point.getElement()]) node?.setAttribute('data-actor', h ? h.actor : '');
    }
    this.renderShapes(view);
    this.renderDisputes(view.disputed, ids);
  }

  /** Claims that carry their own polygon are drawn with it, in their actor's colour, over the place's outline. */
  renderShapes(view) {
    const wanted = new Map();
    for (const [place, h] of view.holders) if (h.shape && h.claim) wanted.set(h.claim, {place, h});
    for (const [claim, layer] of this.shapeLayers) {
      if (!wanted.has(claim)) {
        this.shapes.removeLayer(layer);
        this.shapeLayers.delete(claim);
      }
    }
    for (const [claim, {place, h}] of wanted) {
      if (this.shapeLayers.has(claim)) continue;
      const color = this.actors.get(h.actor)?.color ?? '#999999';
      const layer = L.geoJSON(h.shape, {style: () => ({...HELD, fillColor: color})});
      layer.on('click', () => this.opts.onPlaceClick(place, this));
      layer.bindTooltip(() => this.tooltipFor(place), {sticky: true, className: 'place-tooltip'});
      this.shapes.addLayer(layer);
      layer.eachLayer(part => part.getElement()?.setAttribute('data-claim', claim));
      this.shapeLayers.set(claim, layer);
    }
  }

  /**
   * Hatches the disputed places and shows their labels. Every place has its label from the start (hidden), so a
   * redraw only flips classes: no element is created and no layout is read while the slider moves.
   * @param ids the places whose dispute may have changed since the last call (null: any place)
   */
  renderDisputes(disputed, ids) {
    const before = this.disputedNow ?? new Set();
    this.disputedNow = disputed;
    // only the places whose state changed are restyled: a day usually changes a few of thousands
    let changed = false;
    const flip = (id, on) => {
      changed = true;
      if (on) this.showHatch(id); else this.hideHatch(id);
    };
    if (ids) {
      for (const id of ids) if (before.has(id) !== disputed.has(id)) flip(id, disputed.has(id));
    } else {
      for (const id of before) if (!disputed.has(id)) flip(id, false);
      for (const id of disputed) if (!before.has(id)) flip(id, true);
    }
    if (changed) this.declutter();
  }

  showHatch(id) {
    if (!this.canvas) {
      this.hatchLayers.get(id)?.setStyle(this.hatched);
      return;
    }
    let layer = this.hatchLayers.get(id);
    if (!layer) {
      const f = this.placeFeatures.get(id);
      if (!f) return;
      layer = L.GeoJSON.geometryToLayer(f, {interactive: false, style: () => this.hatched});
      layer.setStyle(this.hatched);
      this.hatchLayers.set(id, layer);
    }
    this.hatch.addLayer(layer);
  }

  hideHatch(id) {
    const layer = this.hatchLayers.get(id);
    if (!layer) return;
    if (this.canvas) this.hatch.removeLayer(layer);
    else layer.setStyle(HIDDEN);
  }

  initLabels() {
    this.labelFor = new Map();
    if (!this.large) for (const id of this.placeLayers.keys()) this.label(id);
  }

  /** The label of a place, made the first time it is needed (for every place at once when there are few). */
  label(id) {
    let label = this.labelFor.get(id);
    if (!label) {
      label = L.tooltip({permanent: true, direction: 'center', interactive: false, className: 'dispute-label off'})
        .setLatLng(this.placeLayers.get(id).getBounds().getCenter()).setContent(el('span', {}, 'disputed'));
      label.place = id;
      this.labelFor.set(id, label);
      this.labels.addLayer(label);
    }
    return label;
  }

  /**
   * Shows the labels of the disputed places, leaving out any that would cover one shown before it (the hatch still
   * marks those places). Positions come from the projection and the size measured once, not from the page layout.
   */
  declutter() {
    const kept = [];
    const disputed = this.disputedNow ?? new Set();
    if (this.large) {
      if (this.map.getZoom() < this.labelZoom || !this.map.hasLayer(this.disputes)) return; // labels hidden anyway
      for (const id of disputed) this.label(id);
    }
    for (const [id, label] of this.labelFor) {
      const node = label.getElement();
      if (!node) continue;
      const on = disputed.has(id);
      node.dataset.place = id;
      node.classList.toggle('off', !on);
      if (!on) continue;
      label.size ??= [node.offsetWidth, node.offsetHeight];
      const p = this.map.latLngToContainerPoint(label.getLatLng());
      const [w, h] = label.size;
      const r = {left: p.x - w / 2, right: p.x + w / 2, top: p.y - h / 2, bottom: p.y + h / 2};
      const hit = kept.some(k => r.left < k.right + 2 && r.right > k.left - 2 && r.top < k.bottom + 2 && r.bottom > k.top - 2);
      node.classList.toggle('crowded', hit);
      if (!hit) kept.push(r);
    }
  }

  /**
   * Moves `other` whenever this map moves, and back: pan and zoom go together. While dragging, the other map pans
   * to whole pixels; when the move ends it takes exactly the same centre and zoom.
   */
  linkTo(other) {
    const follow = (from, to) => {
      const go = options => {
        if (from.syncing) return;
        to.syncing = true;
        to.map.setView(from.map.getCenter(), from.map.getZoom(), options);
        to.syncing = false;
      };
      from.map.on('move', () => go({animate: false}));
      from.map.on('moveend', () => go({reset: true}));
    };
    follow(this, other);
    follow(other, this);
  }

  /** Shows exactly this centre and zoom (no animation, no rounding to whole pixels). */
  setView(lat, lng, z) {
    this.map.setView([lat, lng], z, {reset: true});
  }

  /** Shows the whole of Syria and every place of the data (bbox: minLon, minLat, maxLon, maxLat). */
  fitBbox(bbox) {
    const bounds = L.latLngBounds(this.home.isValid() ? [this.home.getSouthWest(), this.home.getNorthEast()] : []);
    if (bbox) bounds.extend([[bbox[1], bbox[0]], [bbox[3], bbox[2]]]);
    this.map.fitBounds(bounds, {padding: [8, 8], animate: false});
  }

  /**
   * Takes other shapes for the places (the same places at another level of detail), keeping every style and
   * binding. @param places GeoJSON FeatureCollection with the same feature ids
   */
  reshape(places) {
    this.placeFeatures = new Map(places.features.map(f => [f.id, f]));
    for (const f of places.features) {
      const depth = f.geometry?.type === 'MultiPolygon' ? 2 : 1;
      if (!f.geometry) continue;
      const latLngs = L.GeoJSON.coordsToLatLngs(f.geometry.coordinates, depth);
      this.placeLayers.get(f.id)?.setLatLngs(latLngs);
      this.hatchLayers.get(f.id)?.setLatLngs(latLngs);
    }
  }

  /** Takes the country outlines at another level of detail. @param basemap GeoJSON FeatureCollection */
  rebase(basemap) {
    this.outlines.clearLayers();
    this.outlines.addData(basemap);
  }

  invalidateSize() {
    this.map.invalidateSize({animate: false});
  }

  remove() {
    this.map.remove();
  }
}

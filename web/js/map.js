// One Leaflet map of places drawn for their holders (look.js: whole, part, presence, no majority, none), over an
// offline outline basemap, with the disputes hatched, every place named where it fits (maplabels.js), the day written
// large on the map, keyboard access (mapkeys.js) and an optional OpenStreetMap layer. The map page and /embed both
// draw with it. Knows nothing of the as-of rule: it draws what answers.js computed. Restyles only the places whose
// answer changed, so scrubbing costs a few attribute writes.

import {el} from './dom.js';
import {Look, STYLES, drawKind, safeColor} from './look.js';
import {PlaceKeys} from './mapkeys.js';
import {PlaceLabels} from './maplabels.js';
import {RegionCanvas} from './regioncanvas.js';

const L = window.L;

/** The OpenStreetMap tile layer offered in the layer control (off by default); ?tiles= overrides it. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const BASEMAP_ATTRIBUTION = 'Outlines: Natural Earth';

const LABEL_ZOOM = 5;
/** Above this many places the map draws on a canvas (one element instead of one per shape) and labels fewer places. */
export const LARGE_PLACES = 1500;
/** With that many places, labels wait until the places are large on screen. */
const LARGE_LABEL_ZOOM = 10;
const MIN_POLYGON_PX = 10;

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
   * @param opts {places (GeoJSON), basemap (GeoJSON), actors (Map id → actor), words (labels.js), placeNames (Map
   *              id → props), tiles (template or null), renderer ('svg'|'canvas'|null), controls (true: zoom, layers,
   *              scale), scrollWheelZoom, onPlaceClick(placeId, view), onMove(view), onDrawn(view)}
   */
  constructor(container, opts) {
    this.opts = opts;
    this.words = opts.words;
    // a tiled map (maptiles.js) holds only what is in view, of an archive too large to hold whole
    this.tiled = Boolean(opts.tiled);
    this.large = this.tiled || opts.places.features.length > LARGE_PLACES;
    // ?renderer=svg|canvas overrides the choice (the browser benchmark compares the two)
    this.canvas = opts.renderer === 'canvas' || (opts.renderer !== 'svg' && this.large);
    this.labelZoom = this.large ? LARGE_LABEL_ZOOM : LABEL_ZOOM;
    this.look = new Look(this.canvas);
    this.hatched = this.look.hatched;
    this.actors = opts.actors;
    this.placeLayers = new Map();
    this.hatchLayers = new Map();
    this.shapeLayers = new Map();
    this.placeFeatures = new Map(opts.places.features.map(f => [f.id, f]));
    this.lastStyle = new Map();
    this.current = {holders: new Map(), disputed: new Set(), against: new Map(), who: '', source: null};
    this.syncing = false;
    const controls = opts.controls !== false;

    // a canvas is repainted whole on most steps: keep it little larger than the view (Leaflet's default padding)
    this.renderer = this.canvas ? timed(new RegionCanvas({padding: 0.1})) : L.svg({padding: 0.5});
    this.map = L.map(container, {zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 4, maxZoom: 14, renderer: this.renderer,
      attributionControl: true, zoomControl: controls, keyboard: false,
      scrollWheelZoom: opts.scrollWheelZoom !== false});
    this.map.attributionControl.setPrefix(false);
    if (this.words.dir === 'rtl') this.map.attributionControl.setPosition('bottomleft');
    this.map.createPane('basemap').style.zIndex = 250;
    this.map.createPane('disputes').style.zIndex = 450;
    this.map.getPane('disputes').style.pointerEvents = 'none';

    const outlines = L.geoJSON(opts.basemap, {pane: 'basemap', interactive: false,
      style: f => (f.properties.name === 'Syria' ? STYLES.focus : STYLES.country),
      attribution: opts.attribution ?? BASEMAP_ATTRIBUTION});
    this.outlines = outlines;
    const osm = L.tileLayer(opts.tiles || OSM_TILES, {maxZoom: 18, attribution: OSM_ATTRIBUTION});
    this.tiles = osm;
    outlines.addTo(this.map);
    this.gazetteer = null; // towns and rivers: added once the first day is drawn (addNames)
    this.home = L.latLngBounds([]);
    outlines.eachLayer(layer => {
      if (layer.feature.properties.name === 'Syria') this.home.extend(layer.getBounds());
    });

    this.places = L.geoJSON(opts.places, {style: () => STYLES.silent, onEachFeature: (f, layer) => this.initPlace(f, layer)});
    this.places.addTo(this.map);
    this.centres = new Map([...this.placeLayers].map(([id, layer]) => [id, layer.getBounds().getCenter()]));
    this.labelPoints = new Map();
    this.shapes = L.layerGroup().addTo(this.map);
    this.points = L.layerGroup().addTo(this.map);
    this.pointLayers = new Map();
    for (const [id, layer] of this.placeLayers) this.pointLayers.set(id, this.initPoint(id, layer.getBounds()));

    // on a canvas the hatch is drawn on the places' own canvas, after them, and only for disputed places (a hidden
    // shape would still be traced on every repaint); in SVG every place has its hatch path, shown or hidden by style
    this.hatch = L.geoJSON(opts.places, {pane: this.canvas ? 'overlayPane' : 'disputes', interactive: false,
      style: () => (this.canvas ? this.hatched : STYLES.hidden),
      filter: () => !this.canvas,
      onEachFeature: (f, layer) => {
        this.hatchLayers.set(f.id, layer);
        layer.on('add', () => layer.getElement()?.setAttribute('data-dispute', f.id));
      }});
    this.disputes = L.layerGroup([this.hatch]).addTo(this.map);
    this.labelLayer = L.layerGroup().addTo(this.map);
    this.labels = new PlaceLabels(this, this.labelLayer);

    if (!controls && opts.zoom) {
      // the embed's zoom buttons: bottom left, over the sea; the legend takes the other corner
      L.control.zoom({position: this.words.dir === 'rtl' ? 'bottomright' : 'bottomleft'}).addTo(this.map);
    }
    if (controls) {
      L.control.layers({'Outline map (offline)': outlines, 'OpenStreetMap': osm},
        {'Disputed places (hatched)': this.disputes, 'Place names': this.labelLayer}, {collapsed: true}).addTo(this.map);
      L.control.scale({imperial: false, maxWidth: 120}).addTo(this.map);
    }
    // the day shown, written large on the map itself (and so in every screenshot of it)
    this.dayBox = L.DomUtil.create('p', 'map-day', container);
    this.dayBox.setAttribute('aria-hidden', 'true');
    this.keys = new PlaceKeys(this);

    this.map.on('moveend', () => {
      opts.onMove?.(this);
      this.declutter();
      opts.onDrawn?.(this);
    });
    this.map.on('zoomend', () => container.classList.toggle('zoomed-out', this.map.getZoom() < this.labelZoom));
    this.map.on('zoomend', () => this.updatePoints());
    this.map.whenReady(() => this.updatePoints());
    this.map.whenReady(() => this.declutter());
  }

  /**
   * Adds the towns, rivers and country names (gazetteer.js), asked for only now: the map's first answer does not
   * wait for them, and a reader who leaves at once does not fetch them.
   */
  addNames() {
    if (this.gazetteer) return;
    this.gazetteer = import('./gazetteer.js').then(g => g.addGazetteer(this.map, {lang: this.words.lang}))
      .catch(e => console.warn('the names of towns and rivers could not be loaded:', e.message));
  }

  placeName(id) {
    const props = this.placeFeatures.get(id)?.properties;
    if (props?.cell) return 'places too small to see here';
    return props ? this.words.place(props) : id;
  }

  centreOf(id) {
    return this.centres.get(id);
  }

  /** Where a place's name goes on its shape: the centroid of its outline (computed once). */
  labelPoint(id) {
    let p = this.labelPoints.get(id);
    if (!p) {
      const layer = this.placeLayers.get(id);
      try {
        p = layer.getCenter();
      } catch {
        p = this.centres.get(id); // an empty or odd ring: the box's middle
      }
      this.labelPoints.set(id, p);
    }
    return p;
  }

  initPlace(f, layer) {
    this.placeLayers.set(f.id, layer);
    layer.on('add', () => {
      const path = layer.getElement();
      if (path) {
        path.setAttribute('data-place', f.id);
        path.setAttribute('aria-label', this.placeName(f.id));
      }
    });
    // a cell of places too small to see: a click zooms in on it
    layer.on('click', () => (f.properties?.cell ? this.map.setView(layer.getBounds().getCenter(), this.map.getZoom() + 2)
      : this.opts.onPlaceClick(f.id, this)));
    layer.bindTooltip(() => this.tooltipFor(f.id), {sticky: true, className: 'place-tooltip'});
  }

  /** Adds places or cells (GeoJSON features) that came into view on a tiled map; drawn at the next render. */
  addFeatures(features) {
    for (const f of features) this.placeFeatures.set(f.id, f);
    this.places.addData(features);
    for (const f of features) {
      const bounds = this.placeLayers.get(f.id).getBounds();
      this.centres.set(f.id, bounds.getCenter());
      if (f.properties.cell) continue;
      const point = this.initPoint(f.id, bounds);
      this.pointLayers.set(f.id, point);
      this.updatePoint(f.id, point);
    }
  }

  /** Takes away places or cells gone out of view on a tiled map. */
  removeFeatures(ids) {
    for (const id of ids) {
      const layer = this.placeLayers.get(id);
      if (layer) this.places.removeLayer(layer);
      const point = this.pointLayers.get(id);
      if (point) this.points.removeLayer(point);
      const hatch = this.hatchLayers.get(id);
      if (hatch) this.hatch.removeLayer(hatch);
      for (const m of [this.placeLayers, this.pointLayers, this.hatchLayers, this.placeFeatures, this.centres,
        this.labelPoints, this.lastStyle]) m.delete(id);
      this.disputedNow?.delete(id);
      this.labels.forget(id);
    }
  }

  /** A dot for the place, shown instead when its polygon is too small to see or click at the current zoom. */
  initPoint(id, bounds) {
    const point = L.circleMarker(bounds.getCenter(), {...STYLES.point, ...STYLES.silent});
    point.bounds = bounds;
    point.on('add', () => {
      point.getElement()?.setAttribute('data-marker', id);
      point.getElement()?.setAttribute('aria-label', this.placeName(id));
    });
    point.on('click', () => this.opts.onPlaceClick(id, this));
    point.bindTooltip(() => this.tooltipFor(id), {sticky: true, className: 'place-tooltip'});
    return point;
  }

  /** True when the place is drawn as a dot at this zoom (updatePoints decides). */
  showsDot(id) {
    return this.points.hasLayer(this.pointLayers.get(id));
  }

  updatePoints() {
    for (const [id, point] of this.pointLayers) this.updatePoint(id, point);
  }

  updatePoint(id, point) {
    const sw = this.map.project(point.bounds.getSouthWest());
    const ne = this.map.project(point.bounds.getNorthEast());
    const small = Math.max(Math.abs(ne.x - sw.x), Math.abs(ne.y - sw.y)) < MIN_POLYGON_PX;
    if (small && !this.points.hasLayer(point)) {
      this.points.addLayer(point);
      this.tag(point.getElement(), id);
    } else if (!small && this.points.hasLayer(point)) {
      this.points.removeLayer(point);
    }
  }

  /** The day shown, large on the map. */
  setDay(text) {
    if (this.dayBox.textContent !== text) this.dayBox.textContent = text;
  }

  /** A place's holder in words, as its tooltip says it (the keyboard's live region speaks it too). */
  describe(placeId) {
    const h = this.current.holders.get(placeId);
    const names = {actor: id => (this.actors.get(id) ? this.words.actor(this.actors.get(id)) : id),
      place: this.placeName(placeId), source: this.current.source ? this.current.who : null};
    const dispute = this.current.disputed.has(placeId) ? ` ${this.disputeText(placeId)}.` : '';
    return `${this.placeName(placeId)}: ${this.words.describe(h, names)}.${dispute}`;
  }

  disputeText(placeId) {
    const sides = this.sourceNames(this.current.against.get(placeId));
    return sides.length ? `${this.words.disputed} (${sides.join(` ${this.words.vs} `)})` : this.words.disputed;
  }

  sourceNames(ids, short = false) {
    return (ids ?? []).map(id => this.opts.sources?.get(id)).filter(Boolean)
      .map(s => (short ? this.words.shortSource(s) : this.words.source(s)));
  }

  tooltipFor(placeId) {
    const h = this.current.holders.get(placeId);
    if (this.placeFeatures.get(placeId)?.properties?.cell) return this.cellText(h);
    const names = {actor: id => (this.actors.get(id) ? this.words.actor(this.actors.get(id)) : id),
      place: this.placeName(placeId), source: this.current.source ? this.current.who : null};
    const disputed = this.current.disputed.has(placeId);
    return el('div', {},
      el('strong', {}, this.placeName(placeId)),
      el('div', {}, this.words.describe(h, names)),
      disputed ? el('div', {className: 'tooltip-disputed'}, this.disputeText(placeId)) : null);
  }

  /** What a cell of places too small to see says: how many, drawn for whom, how many disputed. */
  cellText(h) {
    if (!h?.cell) return this.words.describe(null, {source: null});
    const who = h.noMajority ? this.words.noMajority ?? 'no majority'
      : this.actors.get(h.actor) ? this.words.actor(this.actors.get(h.actor)) : h.actor;
    return `${h.cell.places} places, too small to see here: ${who} (${h.votes} of ${h.of}); `
      + `${h.cell.disputes} disputed. Click to zoom in.`;
  }

  /**
   * Draws one day's answer.
   * @param view a map view of answers.js ({holders, disputed, against, who, source, serial, since, changed}: only
   *             `changed` is looked at when `since` is the last view)
   */
  render(view) {
    // a view patched from the one drawn last differs from it only in the places the step touched
    const ids = view.changed && view.since === this.current.serial ? view.changed : null;
    this.current = view;
    for (const id of ids ?? this.placeLayers.keys()) {
      const layer = this.placeLayers.get(id);
      const h = view.holders.get(id);
      const {kind, key, style} = this.look.placeStyle(h, this.actors);
      if (!layer || this.lastStyle.get(id) === key) continue;
      this.lastStyle.set(id, key);
      layer.setStyle(style);
      const point = this.pointLayers.get(id); // none for a cell of places
      point?.setStyle(kind === 'none' ? {...style, ...STYLES.point, radius: 3, weight: 1, dashArray: null}
        : {...style, ...STYLES.point, ...(kind === 'presence' ? {weight: 2.5, dashArray: '1 3'} : {})});
      this.tag(layer.getElement(), id);
      this.tag(point?.getElement(), id);
    }
    this.renderShapes(view);
    this.renderDisputes(view.disputed, ids);
    this.opts.onDrawn?.(this);
  }

  /** data-actor (the holder, '' for none) and data-draw (how it is drawn: look.js kinds) for tests and styling. */
  tag(node, id) {
    if (!node) return;
    const h = this.current.holders.get(id);
    node.setAttribute('data-actor', h?.actor ?? '');
    node.setAttribute('data-draw', drawKind(h));
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
      const color = safeColor(this.actors.get(h.actor)?.color);
      const fill = h.part ? this.look.partFill(color) : color;
      const layer = L.geoJSON(h.shape, {style: () => ({...STYLES.held, fillColor: fill, ...(h.part ? {fillOpacity: 1} : {})})});
      layer.on('click', () => this.opts.onPlaceClick(place, this));
      layer.bindTooltip(() => this.tooltipFor(place), {sticky: true, className: 'place-tooltip'});
      this.shapes.addLayer(layer);
      layer.eachLayer(part => part.getElement()?.setAttribute('data-claim', claim));
      this.shapeLayers.set(claim, layer);
    }
  }

  /**
   * Hatches the disputed places and labels them. Only the places whose dispute changed are restyled.
   * @param ids the places whose dispute may have changed since the last call (null: any place)
   */
  renderDisputes(disputed, ids) {
    const before = this.disputedNow ?? new Set();
    this.disputedNow = disputed;
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
    const labelled = this.labelledAgainst;
    const against = this.current.against;
    if (changed || labelled !== against) {
      this.labelledAgainst = against;
      const names = new Map();
      for (const id of disputed) names.set(id, this.current.source ? this.sourceNames(against.get(id), true) : []);
      this.labels.setDisputes(names);
      this.scheduleDeclutter();
    }
  }

  /** Places the labels once the slider rests a moment (reading label sizes costs a layout). */
  scheduleDeclutter() {
    clearTimeout(this.declutterTimer);
    this.declutterTimer = setTimeout(() => this.declutter(), 60);
  }

  declutter() {
    clearTimeout(this.declutterTimer);
    this.declutterTimer = null;
    if (this.map.hasLayer(this.labelLayer)) this.labels.place();
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
    else layer.setStyle(STYLES.hidden);
  }

  /**
   * What is drawn in the part of the map on screen, for the legend: {actors: Set of actor ids drawn whole, part or
   * present, part, presence, noMajority, disputed, silent (booleans: any place so drawn in view)}.
   */
  drawnInView() {
    const bounds = this.map.getBounds();
    const out = {actors: new Set(), part: false, presence: false, noMajority: false, disputed: false, silent: false};
    for (const [id, centre] of this.centres) {
      if (!bounds.contains(centre)) continue;
      const h = this.current.holders.get(id);
      const kind = drawKind(h);
      if (kind === 'none') out.silent = true;
      else if (kind === 'no-majority') out.noMajority = true;
      else out.actors.add(h.actor);
      if (kind === 'part' || (kind === 'own' && h.part)) out.part = true;
      if (kind === 'presence') out.presence = true;
      if (this.current.disputed.has(id)) out.disputed = true;
    }
    return out;
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
    this.labelPoints.clear();
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

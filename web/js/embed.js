// The embed: one map (two when comparing) of one view, for an iframe in someone else's article. Same URL state as
// the map page (state.js) plus controls=none|time|full, legend=0|1 and lang=en|ar. Reuses only the pure modules
// (the as-of rule, answers, dates, state, API reads); its layout is embed.html's own, so the main page may change.

import {loadAll, ownGeometries} from './api.js';
import {answersFor} from './answers.js';
import {changeDates, indexClaims, nextChange} from './asof.js';
import {dayNumber, fromDayNumber} from './dates.js';
import {clear, el, swatch} from './dom.js';
import {addGazetteer} from './gazetteer.js';
import {labels} from './labels.js';
import {embedUrl, updateDiscovery} from './share.js';
import {parseState, toSearch} from './state.js';

const L = window.L;
const $ = id => document.getElementById(id);
window.controlmap = {ready: false, redraws: 0};

const MIN_POLYGON_PX = 10;
const HELD = {stroke: true, color: '#333333', weight: 1, opacity: 0.9, dashArray: null, fill: true, fillOpacity: 0.62};
const SILENT = {stroke: true, color: '#6b6b6b', weight: 1, opacity: 0.8, dashArray: '4 3', fill: true, fillOpacity: 0};
const HATCHED = {stroke: true, color: '#9b0d1a', weight: 2, opacity: 1, dashArray: '6 3', fill: true,
  fillColor: 'url(#hatch)', fillOpacity: 1};
const HIDDEN = {stroke: false, fill: false};
const COUNTRY = {color: '#8a8a8a', weight: 0.8, fillColor: '#f3f0e8', fillOpacity: 1};
const SYRIA = {color: '#4d4d4d', weight: 1.6, fillColor: '#fbfaf6', fillOpacity: 1};

/** The embed's own options, as given (null when absent or not one of the allowed values). */
function embedOptions(search) {
  const q = new URLSearchParams(search);
  const pick = (name, allowed) => (allowed.includes(q.get(name)) ? q.get(name) : null);
  return {controls: pick('controls', ['none', 'time', 'full']), legend: pick('legend', ['0', '1']),
    lang: pick('lang', ['en', 'ar'])};
}

/** One Leaflet map of places in their holders' colours over the outline basemap, disputes hatched. */
class EmbedMap {
  constructor(container, data, words, tooltip, withControls) {
    this.map = L.map(container, {zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 4, maxZoom: 12, scrollWheelZoom: false,
      renderer: L.svg({padding: 0.5}), zoomControl: false, attributionControl: withControls});
    // the legend takes the reading side's corner; zoom and attribution the other
    const corner = words.dir === 'rtl' ? 'bottomleft' : 'bottomright';
    if (withControls) {
      this.map.attributionControl.setPrefix(false);
      this.map.attributionControl.setPosition(corner);
      L.control.zoom({position: corner}).addTo(this.map);
    }
    this.map.createPane('basemap').style.zIndex = 250;
    this.map.createPane('disputes').style.zIndex = 450;
    this.map.getPane('disputes').style.pointerEvents = 'none';
    const outlines = L.geoJSON(data.basemap, {pane: 'basemap', interactive: false, attribution: words.attribution,
      style: f => (f.properties.name === 'Syria' ? SYRIA : COUNTRY)}).addTo(this.map);
    addGazetteer(this.map, {lang: words.lang});
    this.home = L.latLngBounds([]);
    outlines.eachLayer(l => l.feature.properties.name === 'Syria' && this.home.extend(l.getBounds()));
    this.layers = new Map();
    this.hatches = new Map();
    this.dots = new Map();
    this.keys = new Map();
    L.geoJSON(data.places, {style: () => SILENT, onEachFeature: (f, layer) => {
      this.layers.set(f.id, layer);
      layer.on('add', () => layer.getElement()?.setAttribute('data-place', f.id));
      layer.bindTooltip(() => tooltip(f.id, this), {sticky: true, className: 'place-tooltip'});
    }}).addTo(this.map);
    this.shapes = L.layerGroup().addTo(this.map);
    this.dotLayer = L.layerGroup().addTo(this.map);
    for (const [id, layer] of this.layers) {
      const dot = L.circleMarker(layer.getBounds().getCenter(), {...SILENT, radius: 3, dashArray: null});
      dot.bounds = layer.getBounds();
      dot.on('add', () => dot.getElement()?.setAttribute('data-marker', id));
      dot.bindTooltip(() => tooltip(id, this), {sticky: true, className: 'place-tooltip'});
      this.dots.set(id, dot);
    }
    L.geoJSON(data.places, {pane: 'disputes', interactive: false, style: () => HIDDEN,
      onEachFeature: (f, layer) => this.hatches.set(f.id, layer)}).addTo(this.map);
    this.map.on('zoomend', () => this.updateDots());
    this.view = {holders: new Map(), disputed: new Set()};
  }

  /** Draws a map view of answers.js ({holders, disputed}); restyles only places whose answer changed. */
  render(view, actors) {
    this.view = view;
    for (const [id, layer] of this.layers) {
      const h = view.holders.get(id);
      const key = h ? `${h.actor}${h.shape ? ':own' : ''}` : '';
      if (this.keys.get(id) === key) continue;
      this.keys.set(id, key);
      const fill = actors.get(h?.actor)?.color ?? '#999999';
      layer.setStyle(!h ? SILENT : h.shape ? {...SILENT, dashArray: '2 4'} : {...HELD, fillColor: fill});
      this.dots.get(id).setStyle(h ? {...HELD, fillColor: fill, radius: 5} : {...SILENT, radius: 3, dashArray: null});
      for (const node of [layer.getElement(), this.dots.get(id).getElement()]) node?.setAttribute('data-actor', h ? h.actor : '');
    }
    this.shapes.clearLayers();
    for (const h of view.holders.values()) {
      if (h.shape) this.shapes.addLayer(L.geoJSON(h.shape, {interactive: false,
        style: () => ({...HELD, fillColor: actors.get(h.actor)?.color ?? '#999999'})}));
    }
    for (const [id, layer] of this.hatches) {
      layer.setStyle(view.disputed.has(id) ? HATCHED : HIDDEN);
      layer.getElement()?.setAttribute('data-dispute', view.disputed.has(id) ? id : '');
    }
  }

  /** A dot for each place too small to see at this zoom. */
  updateDots() {
    for (const [id, dot] of this.dots) {
      const sw = this.map.project(dot.bounds.getSouthWest());
      const ne = this.map.project(dot.bounds.getNorthEast());
      const small = Math.max(Math.abs(ne.x - sw.x), Math.abs(ne.y - sw.y)) < MIN_POLYGON_PX;
      if (small && !this.dotLayer.hasLayer(dot)) {
        this.dotLayer.addLayer(dot);
        dot.getElement()?.setAttribute('data-actor', this.keys.get(id)?.replace(':own', '') ?? '');
      } else if (!small && this.dotLayer.hasLayer(dot)) {
        this.dotLayer.removeLayer(dot);
      }
    }
  }

  fit(bbox) {
    const b = L.latLngBounds(this.home.isValid() ? [this.home.getSouthWest(), this.home.getNorthEast()] : []);
    if (bbox) b.extend([[bbox[1], bbox[0]], [bbox[3], bbox[2]]]);
    this.map.fitBounds(b, {padding: [6, 6], animate: false});
  }
}

class Embed {
  constructor(data, shapes, options, words) {
    this.data = data;
    this.options = options;
    this.words = words;
    this.actors = new Map(data.actors.map(a => [a.id, a]));
    this.sources = new Map(data.sources.map(s => [s.id, s]));
    this.places = new Map(data.places.features.map(f => [f.id, f.properties]));
    this.ctx = {index: indexClaims(data.changes.claims), actors: this.actors, sources: this.sources, shapes};
    this.state = this.stateFromUrl();
    const tooltip = (id, m) => this.tooltip(id, m);
    this.mapA = new EmbedMap($('map-a'), data, words, tooltip, !this.state.compare);
    if (this.state.compare) {
      const pane = el('div', {className: 'pane'}, el('div', {id: 'map-b', className: 'map', attrs: {dir: 'ltr'}}),
        el('p', {className: 'pane-title', id: 'title-b'}));
      $('maps').insertBefore(pane, $('caption'));
      this.mapB = new EmbedMap($('map-b'), data, words, tooltip, true);
      $('maps').classList.add('comparing');
      this.link(this.mapA, this.mapB);
      this.link(this.mapB, this.mapA);
    }
    const s = this.state;
    for (const m of [this.mapA, this.mapB].filter(Boolean)) {
      if (s.lat != null && s.lng != null && s.z != null) m.map.setView([s.lat, s.lng], s.z, {animate: false});
      else m.fit(data.extent.bbox);
      m.updateDots();
    }
    $('full-map').textContent = words.fullMap;
    const controls = options.controls ?? 'none';
    if (controls === 'full') this.sourcePicker();
    if (controls !== 'none') this.timeline();
    $('legend').hidden = options.legend === '0';
  }

  stateFromUrl() {
    const s = parseState(location.search);
    const {first, last} = this.data.extent;
    const known = id => id && this.sources.has(id);
    s.date = s.date ? (s.date < first ? first : s.date > last ? last : s.date) : last;
    s.source = known(s.source) ? s.source : null;
    s.compare = known(s.compare) && s.compare !== s.source ? s.compare : null;
    s.view = 'map';
    s.tiles = null;
    return s;
  }

  link(from, to) {
    from.map.on('move', () => {
      if (this.syncing) return;
      this.syncing = true;
      to.map.setView(from.map.getCenter(), from.map.getZoom(), {animate: false});
      this.syncing = false;
    });
  }

  who(id) {
    return id ? this.words.source(this.sources.get(id)) : this.words.allSources;
  }

  redraw() {
    const s = this.state;
    const w = this.words;
    const answers = answersFor(this.ctx, s);
    this.answers = answers;
    this.mapA.render(answers.a, this.actors);
    if (this.mapB && answers.b) this.mapB.render(answers.b, this.actors);
    $('caption-day').textContent = w.day(s.date) + (s.asOf ? ` (${w.asOf} ${w.day(s.asOf)})` : '');
    if (!this.picker) $('caption-who').textContent = s.compare ? '' : `— ${this.who(s.source)}`;
    $('title-a').textContent = s.compare ? this.who(s.source) : '';
    if (this.mapB) $('title-b').textContent = this.who(s.compare);
    this.legend(answers);
    const title = `ControlMap — ${w.day(s.date)} — ${this.who(s.source)}${s.compare ? ` ${w.vs} ${this.who(s.compare)}` : ''}`;
    document.title = title;
    const search = this.search();
    if (search !== location.search && !(search === '?' && location.search === '')) {
      history.replaceState(null, '', location.pathname + search);
    }
    $('full-map').href = `${location.origin}/${toSearch(s)}`;
    updateDiscovery(title);
    window.controlmap.redraws += 1;
  }

  /** The embed's query: the map state, then its own options as given. */
  search() {
    const q = toSearch(this.state);
    const extra = new URLSearchParams();
    for (const name of ['controls', 'legend', 'lang']) if (this.options[name]) extra.set(name, this.options[name]);
    const rest = extra.toString();
    return rest ? `${q}${q === '?' ? '' : '&'}${rest}` : q;
  }

  /** The actors drawn (in the API's order), then disputed and no claim when the view has any. */
  legend(answers) {
    const w = this.words;
    const drawn = new Set();
    for (const v of [answers.a, answers.b].filter(Boolean)) for (const h of v.holders.values()) drawn.add(h.actor);
    const items = this.data.actors.filter(a => drawn.has(a.id))
      .map(a => el('li', {dataset: {actor: a.id}}, swatch(a.color), el('span', {}, w.actor(a))));
    if (answers.disputed.size) items.push(el('li', {}, swatch(null, 'swatch-disputed'), el('span', {}, w.disputed)));
    if (answers.a.holders.size < this.places.size) items.push(el('li', {}, swatch(null, 'swatch-silent'), el('span', {}, w.silent)));
    clear($('legend')).append(el('ul', {attrs: {'aria-label': w.legend}}, items));
  }

  tooltip(id, m) {
    const w = this.words;
    const h = m.view.holders.get(id);
    const actor = h ? this.actors.get(h.actor) : null;
    const whose = m === this.mapB ? this.state.compare : this.state.source;
    let detail = w.silent;
    if (h && whose) detail = `${actor ? w.actor(actor) : h.actor} — ${w.according} ${this.who(whose)}`;
    else if (h) {
      const winners = [...(this.answers.all.get(id)?.values() ?? [])];
      detail = `${actor ? w.actor(actor) : h.actor} — ${w.sourcesAgree(winners.filter(c => c.actor === h.actor).length, winners.length)}`;
    }
    return el('div', {}, el('strong', {}, w.place(this.places.get(id) ?? {name: id})), el('div', {}, detail),
      m.view.disputed.has(id) ? el('div', {className: 'tooltip-disputed'}, w.disputed) : null);
  }

  sourcePicker() {
    const w = this.words;
    const withClaims = new Set(this.data.changes.claims.map(c => c.source));
    const select = el('select', {id: 'embed-source', attrs: {'aria-label': w.source}},
      el('option', {value: ''}, w.allSources),
      this.data.sources.filter(s => withClaims.has(s.id)).map(s => el('option', {value: s.id}, w.source(s))));
    select.value = this.state.source ?? '';
    select.addEventListener('change', () => {
      this.state = {...this.state, source: select.value || null};
      if (this.state.compare === this.state.source) this.state.compare = null;
      this.setChanges();
      this.redraw();
    });
    this.picker = select;
    clear($('caption-who')).append('— ', select);
  }

  /** The tiny timeline: play/pause and a day slider over the data's extent. */
  timeline() {
    const w = this.words;
    const {first, last} = this.data.extent;
    const base = dayNumber(first);
    const slider = el('input', {type: 'range', id: 'embed-day', min: '0', max: String(dayNumber(last) - base), step: '1',
      attrs: {'aria-label': w.date}});
    const play = el('button', {type: 'button', id: 'embed-play', textContent: '▶', title: w.play, attrs: {'aria-label': w.play}});
    const show = () => {
      slider.value = String(dayNumber(this.state.date) - base);
      slider.setAttribute('aria-valuetext', w.day(this.state.date));
    };
    slider.addEventListener('input', () => {
      this.state = {...this.state, date: fromDayNumber(base + Number(slider.value))};
      show();
      this.redraw();
    });
    const stop = () => {
      clearInterval(this.playing);
      this.playing = null;
      play.textContent = '▶';
      play.title = w.play;
      play.setAttribute('aria-label', w.play);
    };
    play.addEventListener('click', () => {
      if (this.playing) return stop();
      if (!nextChange(this.changes, this.state.date)) {
        this.state = {...this.state, date: first};
        show();
        this.redraw();
      }
      play.textContent = '❚❚';
      play.title = w.pause;
      play.setAttribute('aria-label', w.pause);
      this.playing = setInterval(() => {
        const to = nextChange(this.changes, this.state.date);
        if (!to || to > last) return stop();
        this.state = {...this.state, date: to};
        show();
        this.redraw();
      }, 900);
    });
    this.setChanges();
    show();
    $('time').append(play, slider);
    $('time').hidden = false;
  }

  setChanges() {
    const s = this.state;
    this.changes = changeDates(this.data.changes.claims, s.source ? [s.source, ...(s.compare ? [s.compare] : [])] : null, s.asOf);
  }
}

async function main() {
  const options = embedOptions(location.search);
  const words = labels(options.lang);
  document.documentElement.lang = words.lang;
  document.documentElement.dir = words.dir;
  $('maps').setAttribute('aria-label', words.map);
  $('status').textContent = words.loading;
  const data = await loadAll();
  const shapes = await ownGeometries(data.changes);
  const embed = new Embed(data, shapes, options, words);
  embed.redraw();
  $('status').textContent = '';
  window.controlmap.embed = embed;
  window.controlmap.embedUrl = () => embedUrl(embed.search());
  window.controlmap.readyAt = performance.now();
  window.controlmap.ready = true;
  document.body.dataset.ready = 'true';
}

main().catch(e => {
  console.error(e);
  const status = $('status');
  status.classList.add('error');
  status.textContent = labels(embedOptions(location.search).lang).failed;
});

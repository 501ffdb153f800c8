// Wiring: loads the data once, keeps the page state, and redraws maps, table, panel and title from it.
// Scrubbing the timeline never asks the server: answers.js computes each day from the claim timings.

import {basemapAt, loadAll, ownGeometries, placesAt, shapeZoom} from './api.js';
import {Controls} from './controls.js';
import {formatDay} from './dates.js';
import {el, setText} from './dom.js';
import {EmbedDialog} from './embeddialog.js';
import {labels} from './labels.js';
import {LOOK} from './look.js';
import {MapCore} from './mapcore.js';
import {CitationPanel} from './panel.js';
import {SearchBox, showResult} from './search.js';
import {updateDiscovery} from './share.js';
import {pageTitle, parseState, toSearch, writeState} from './state.js';
import {renderTable} from './table.js';
import {Timeline} from './timeline.js';

const $ = id => document.getElementById(id);
const L = window.L;
/** ?renderer=svg|canvas: how the maps draw (default: canvas for many places); not part of the page state. */
const RENDERER = new URLSearchParams(location.search).get('renderer');

/** How long the slider rests before the address bar, the page title and the discovery link follow it. */
const REST_MS = 150;

/** Milliseconds each redraw took (state computation and DOM updates), for the browser test and the README. */
const timings = [];
window.controlmap = {timings, ready: false, redraws: 0, paintMs: 0, renderer: null};

class App {
  constructor(data, shapes, shapeLevel) {
    this.data = data;
    this.shapeLevel = shapeLevel;
    this.narrow = window.matchMedia('(max-width: 700px)');
    this.core = new MapCore(data, shapes, labels('en'), {legendOpen: !this.narrow.matches});
    const {actors, sources, withClaims} = this.core;
    this.ctx = this.core.ctx;
    this.places = this.core.places;
    this.sourceOrder = data.sources.map(s => s.id).filter(id => withClaims.has(id));
    this.first = this.core.first;
    this.last = this.core.last;
    this.panelSide = 'a';

    this.controls = new Controls({source: $('source'), compare: $('compare'), asOfOn: $('asof-on'), asOf: $('asof'),
      viewToggle: $('view-toggle'), form: $('controls')}, data.sources, withClaims, change => this.change(change),
    () => this.state.date);
    this.controls.setRange(this.first, this.last);
    this.timeline = new Timeline({slider: $('day-slider'), ticks: $('ticks'), years: $('years'), date: $('date'), prev: $('prev-change'),
      next: $('next-change'), play: $('play'), speed: $('speed')},
    {first: this.first, last: this.last, onDate: (day, {push}) => this.change({date: day}, push)});
    this.panel = new CitationPanel($('panel'), {sources, actors, index: this.ctx.index, places: this.places,
      sourceOrder: this.sourceOrder}, () => this.layout());
    this.mapA = this.newMap($('map-a'));
    // a tiled map's change dates are those of the tiles in view: the timeline follows the view
    this.core.onChangeDays = () => this.timeline.setChanges(this.core.changeDays(this.chosenSources(), this.state.asOf));
    this.placeLegend();
    this.narrow.addEventListener('change', () => this.placeLegend());
    window.controlmap.renderer = this.mapA.canvas ? 'canvas' : 'svg';
    this.mapA.fitBbox(data.extent.bbox);
    this.mapB = null;
    this.embedDialog = new EmbedDialog($('embed-open'), $('embed-dialog'), () => this.shareView());
    // a result is a view like any other: the move lands in the URL, over a copy of the view before it (Back)
    this.search = new SearchBox($('search'), data.places, r => {
      history.pushState(null, '', location.href);
      showResult(this.mapA.map, r);
    });
    window.addEventListener('popstate', () => this.apply(this.stateFromUrl(), true));
  }

  /** The URL's state with every gap filled and every unknown id dropped. */
  stateFromUrl() {
    return this.core.stateFrom(location.search);
  }

  newMap(container) {
    return this.core.newMap(container, {renderer: RENDERER,
      tiles: this.state?.tiles ?? parseState(location.search).tiles,
      onPlaceClick: (place, view) => this.openPanel(place, view === this.mapB ? 'b' : 'a'),
      onMove: view => this.moved(view)});
  }

  /** The legend: in the main map's corner on wide screens, below the maps on small ones (it hides no data there). */
  placeLegend() {
    const node = this.core.legend.node;
    if (this.narrow.matches) {
      this.legendControl?.remove();
      this.legendControl = null;
      $('legend-slot').append(node);
      node.open = false;
      return;
    }
    const Legend = L.Control.extend({
      // bottom right: over Iraq's and Jordan's desert at the country view, where no place of ours lies
      options: {position: 'bottomright'},
      onAdd: () => {
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
        return node;
      },
    });
    this.legendControl = new Legend().addTo(this.mapA.map);
  }

  /**
   * Shows a state: controls, maps, view, then a redraw. `fromUrl` restores the map centre too (or fits the data when
   * the URL has none). While restoring, the maps' own moves do not rewrite the state.
   */
  apply(s, fromUrl) {
    this.restoring = true;
    this.cancelPublish();
    this.state = s;
    this.controls.show(s);
    this.timeline.setChanges(this.core.changeDays(this.chosenSources(), s.asOf));
    this.timeline.show(s.date);
    this.showCompare();
    this.showView();
    this.redraw();
    this.showTitle();
    this.layout();
    if (fromUrl && s.lat != null && s.lng != null && s.z != null) this.mapA.setView(s.lat, s.lng, s.z);
    else if (fromUrl) this.mapA.fitBbox(this.data.extent.bbox);
    this.restoring = false;
  }

  chosenSources() {
    const s = this.state;
    return s.source ? [s.source, ...(s.compare ? [s.compare] : [])] : null;
  }

  /** A change made by the user: a deliberate one (push) gets its own history entry. */
  change(partial, push = true) {
    const s = {...this.state, ...partial};
    if (s.compare && s.compare === s.source) s.compare = null;
    const timing = 'source' in partial || 'compare' in partial || 'asOf' in partial;
    this.state = s;
    if (timing) {
      this.controls.show(s);
      this.timeline.setChanges(this.core.changeDays(this.chosenSources(), s.asOf));
    }
    if ('compare' in partial || 'source' in partial) this.showCompare();
    if ('view' in partial) {
      this.controls.show(s);
      this.showView();
    }
    this.redraw();
    this.publish(push);
  }

  /**
   * Writes the view where others read it: the address bar, the page title, the oEmbed discovery link. A deliberate
   * change does so at once; while the slider moves, once it rests: in Chromium each write costs milliseconds of the
   * frame, and an address bar rewritten on every frame is throttled.
   */
  publish(push) {
    clearTimeout(this.publishTimer);
    if (push) {
      // the day the slider rested on replaces the current entry first: Back after this change returns to it
      if (this.unpublished) writeState(this.unpublished);
      this.write(true);
    } else {
      this.unpublished = this.state;
      this.publishTimer = setTimeout(() => this.write(false), REST_MS);
    }
  }

  write(push) {
    this.unpublished = null;
    this.showTitle();
    writeState(this.state, {push});
  }

  cancelPublish() {
    clearTimeout(this.publishTimer);
    this.unpublished = null;
  }

  showTitle() {
    document.title = this.title();
    updateDiscovery(document.title, location.origin + '/' + this.shareView().search);
  }

  title() {
    return pageTitle(this.state, id => this.ctx.sources.get(id)?.name ?? id);
  }

  moved(view) {
    if (view === this.mapA) this.sharpen();
    if (!this.state || this.restoring || view !== this.mapA) return;
    const c = this.mapA.map.getCenter();
    this.state = {...this.state, lat: c.lat, lng: c.lng, z: this.mapA.map.getZoom()};
    writeState(this.state);
  }

  /** Once zoomed in past what the shapes were simplified for, asks for finer ones (once per level) and swaps them in. */
  sharpen() {
    const want = shapeZoom(this.mapA.map.getZoom());
    if (want <= this.shapeLevel) return;
    this.shapeLevel = want;
    // a tiled map's places come with their tiles, simplified for the zoom: only the outlines are asked for here
    const tiled = this.core.tiled;
    Promise.all([tiled ? null : placesAt(want), basemapAt(want)]).then(([places, basemap]) => {
      if (this.shapeLevel !== want) return;
      if (places) this.data.places = places;
      this.data.basemap = basemap;
      for (const map of [this.mapA, this.mapB]) {
        if (places) map?.reshape(places);
        map?.rebase(basemap);
      }
    }).catch(e => console.warn('finer shapes could not be loaded:', e.message));
  }

  showCompare() {
    const on = Boolean(this.state.compare) && this.state.view !== 'table';
    $('pane-b').hidden = !on;
    $('maps').classList.toggle('comparing', on);
    if (on && !this.mapB) {
      this.mapB = this.newMap($('map-b'));
      this.mapB.linkTo(this.mapA);
    }
    this.layout();
  }

  showView() {
    const table = this.state.view === 'table';
    $('maps').hidden = table;
    $('table-view').hidden = !table;
    $('legend-slot').hidden = table;
    if (!table) this.showCompare();
  }

  /** After the map area changed size: Leaflet measures again, the compare map takes the main map's view. */
  layout() {
    this.mapA.invalidateSize();
    const b = this.mapB && !$('pane-b').hidden ? this.mapB : null;
    if (b) {
      b.syncing = true; // the compare map's own resize must not move the main map
      b.invalidateSize();
      b.map.setView(this.mapA.map.getCenter(), this.mapA.map.getZoom(), {reset: true});
      b.syncing = false;
    }
  }

  redraw() {
    const t0 = performance.now();
    const s = this.state;
    const answers = this.core.draw(s, this.mapA, this.mapB);
    setText($('title-a'), this.mapTitle(s.source));
    setText($('title-b'), s.compare ? this.mapTitle(s.compare) : '');
    if (s.view === 'table') this.renderTable(answers);
    this.summary(answers);
    timings.push(performance.now() - t0);
    window.controlmap.redraws += 1;
    this.lastAnswers = answers;
    if (this.panel.isOpen) this.schedulePanel();
  }

  /** The view to share (embed, oEmbed): the map's state without the table view or a tile server. */
  shareView() {
    return {search: toSearch({...this.state, view: 'map', tiles: null}), title: this.title()};
  }

  mapTitle(source) {
    if (!source) return 'All sources: the holder most sources name (“no majority” where they split evenly)';
    const src = this.ctx.sources.get(source);
    return `${src.name} (${src.kind})`;
  }

  summary(answers) {
    const s = this.state;
    const name = id => this.ctx.sources.get(id).name;
    const count = (view, who) => `${who}: ${view.holders.size} place${view.holders.size === 1 ? '' : 's'} with a claim in force`;
    const parts = [count(answers.a, s.source ? name(s.source) : 'All sources')];
    if (answers.b) parts.push(count(answers.b, name(s.compare)));
    $('summary').textContent = `${formatDay(s.date)} — ${parts.join('; ')}; ${answers.disputed.size} disputed`
      + `${s.compare ? ' between them' : ''}${s.asOf ? `; as reported by ${formatDay(s.asOf)}` : ''}.`;
  }

  renderTable(answers) {
    const s = this.state;
    const first = [s.source, s.compare].filter(Boolean);
    const columns = [...first, ...this.sourceOrder.filter(id => !first.includes(id))];
    renderTable($('table-view'), {places: this.places, actors: this.ctx.actors, sources: this.ctx.sources},
      {day: s.date, dayText: formatDay(s.date), columns, control: answers.all, disputed: answers.disputed,
        onPlace: place => this.openPanel(place, 'a')});
  }

  openPanel(place, side) {
    this.panelSide = side;
    this.core.learnPlace(place, side === 'b' ? this.mapB : this.mapA)
      .then(() => this.panel.open(place, this.panelView())).then(() => this.layout());
  }

  panelView() {
    const s = this.state;
    return {day: s.date, asOf: s.asOf, source: this.panelSide === 'b' && s.compare ? s.compare : s.source};
  }

  /** The panel follows the date, a little after the slider stops, so dragging stays cheap. */
  schedulePanel() {
    clearTimeout(this.panelTimer);
    this.panelTimer = setTimeout(() => this.panel.update(this.panelView()), 150);
  }
}

/** The skip link puts the keyboard on the slider (a fragment link alone only scrolls to it). */
function skipToTimeline() {
  document.querySelector('.skip')?.addEventListener('click', e => {
    e.preventDefault();
    $('day-slider').focus();
  });
}

async function main() {
  skipToTimeline();
  const shapeLevel = shapeZoom(parseState(location.search).z ?? 7);
  const data = await loadAll(shapeLevel);
  const shapes = await ownGeometries(data.changes);
  const app = new App(data, shapes, shapeLevel);
  app.apply(app.stateFromUrl(), true);
  window.controlmap.app = app;
  window.controlmap.look = LOOK;
  window.controlmap.ready = true;
  document.body.dataset.ready = 'true';
}

main().catch(e => {
  console.error(e);
  $('summary').replaceChildren(el('strong', {className: 'error'}, 'The map could not load its data: ' + e.message));
});

// The embed: one map (two when comparing) of one view, for an iframe in someone else's article. Same URL state as
// the map page (state.js) plus controls=none|time|full, legend=0|1 and lang=en|ar. Draws with the map page's core
// (mapcore.js: maps, labels, legend, the day) and timeline (timeline.js); only its layout is its own (embed.html).

import {loadAll, ownGeometries} from './api.js';
import {clear, el} from './dom.js';
import {labels} from './labels.js';
import {MapCore} from './mapcore.js';
import {embedUrl, updateDiscovery} from './share.js';
import {toSearch} from './state.js';
import {Timeline} from './timeline.js';

const L = window.L;
const $ = id => document.getElementById(id);
window.controlmap = {ready: false, redraws: 0};

/** The embed's own options, as given (null when absent or not one of the allowed values). */
function embedOptions(search) {
  const q = new URLSearchParams(search);
  const pick = (name, allowed) => (allowed.includes(q.get(name)) ? q.get(name) : null);
  return {controls: pick('controls', ['none', 'time', 'full']), legend: pick('legend', ['0', '1']),
    lang: pick('lang', ['en', 'ar'])};
}

class Embed {
  constructor(data, shapes, options, words) {
    this.data = data;
    this.options = options;
    this.words = words;
    // in a small frame the legend starts folded: open it would cover the map
    this.core = new MapCore(data, shapes, words,
      {legendOpen: window.matchMedia('(min-width: 481px) and (min-height: 321px)').matches});
    this.sources = this.core.sources;
    this.core.onChangeDays = () => this.setChanges();
    this.places = this.core.places;
    this.state = this.stateFromUrl();
    const s = this.state;
    this.mapA = this.newMap($('map-a'), !s.compare);
    if (s.compare) {
      const pane = el('div', {className: 'pane'}, el('div', {id: 'map-b', className: 'map', attrs: {dir: 'ltr'}}),
        el('p', {className: 'pane-title', id: 'title-b'}));
      $('maps').insertBefore(pane, $('caption'));
      this.mapB = this.newMap($('map-b'), true);
      $('maps').classList.add('comparing');
      this.mapA.linkTo(this.mapB);
    }
    for (const m of [this.mapA, this.mapB].filter(Boolean)) {
      if (s.lat != null && s.lng != null && s.z != null) m.map.setView([s.lat, s.lng], s.z, {animate: false});
      else m.fitBbox(data.extent.bbox);
      m.updatePoints();
    }
    $('full-map').textContent = words.fullMap;
    $('method-link').textContent = words.method;
    const controls = options.controls ?? 'none';
    if (controls === 'full') this.sourcePicker();
    if (controls !== 'none') this.timeline();
    $('legend').append(this.core.legend.node);
    $('legend').hidden = options.legend === '0';
  }

  newMap(container, withControls) {
    return this.core.newMap(container, {renderer: 'svg', controls: false, scrollWheelZoom: false, zoom: withControls,
      onPlaceClick: () => {}});
  }

  stateFromUrl() {
    const s = this.core.stateFrom(location.search);
    s.view = 'map';
    s.tiles = null;
    return s;
  }

  who(id) {
    return id ? this.words.source(this.sources.get(id)) : this.words.allSources;
  }

  redraw() {
    const s = this.state;
    const w = this.words;
    this.answers = this.core.draw(s, this.mapA, this.mapB);
    $('caption-day').textContent = w.day(s.date) + (s.asOf ? ` (${w.asOf} ${w.day(s.asOf)})` : '');
    if (!this.picker) $('caption-who').textContent = s.compare ? '' : `— ${this.who(s.source)}`;
    $('title-a').textContent = s.compare ? this.who(s.source) : '';
    if (this.mapB) $('title-b').textContent = this.who(s.compare);
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

  sourcePicker() {
    const w = this.words;
    const withClaims = this.core.withClaims;
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

  /** The tiny timeline: play/pause and a day slider over the data's extent (timeline.js, as on the map page). */
  timeline() {
    const w = this.words;
    const slider = el('input', {type: 'range', id: 'embed-day', attrs: {'aria-label': w.date}});
    const play = el('button', {type: 'button', id: 'embed-play', textContent: '▶', title: w.play, attrs: {'aria-label': w.play}});
    this.time = new Timeline({slider, play}, {first: this.core.first, last: this.core.last, formatDay: w.day,
      playLabels: {play: '▶', pause: '❚❚'}, speed: 'changes',
      onDate: day => {
        this.state = {...this.state, date: day};
        this.redraw();
      }});
    this.setChanges();
    this.time.show(this.state.date);
    $('time').append(play, slider);
    $('time').hidden = false;
  }

  setChanges() {
    const s = this.state;
    this.time?.setChanges(this.core.changeDays(s.source ? [s.source, ...(s.compare ? [s.compare] : [])] : null, s.asOf));
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

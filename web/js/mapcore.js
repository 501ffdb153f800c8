// The map core of the map page and /embed: the data indexed once, one day's answers (answers.js), the maps
// (map.js) drawing them with the day written on them, and the legend (legend.js) of what is drawn on screen. The two
// pages differ only in their controls and layout around it. A large archive (data.tiled) is never held whole: each
// map holds the tiles in view (maptiles.js), which carry every day of their places, so the same drawing follows.
// Once a map shows the day asked for, whole, its container says so: data-drawn="YYYY-MM-DD".

import {claimsAbout} from './api.js';
import {DayAnswers} from './answers.js';
import {changeDates, indexClaims} from './asof.js';
import {Legend} from './legend.js';
import {MapView} from './map.js';
import {parseState} from './state.js';

export class MapCore {
  /**
   * @param data loadAll()'s answer
   * @param shapes the claims' own polygons (api.ownGeometries)
   * @param words labels.js words
   * @param opts {legendOpen: whether the legend starts open}
   */
  constructor(data, shapes, words, opts = {}) {
    this.data = data;
    this.words = words;
    this.actors = new Map(data.actors.map(a => [a.id, a]));
    this.sources = new Map(data.sources.map(s => [s.id, s]));
    this.places = new Map(data.places.features.map(f => [f.id, f.properties]));
    this.tiled = Boolean(data.tiled);
    // a tiled archive's sources are all taken to have claims (its claims are not read to find out)
    this.withClaims = new Set(this.tiled ? data.sources.map(s => s.id) : data.changes.claims.map(c => c.source));
    this.ctx = {index: indexClaims(data.changes.claims), actors: this.actors, sources: this.sources, shapes};
    this.dayAnswers = new DayAnswers(this.ctx);
    this.first = data.extent.first;
    this.last = data.extent.last;
    this.maps = [];
    this.legend = new Legend(words, data.actors, opts.legendOpen !== false);
  }

  /**
   * A map in `container`. @param opts MapView options besides the data's (renderer, tiles, controls,
   * scrollWheelZoom, onPlaceClick, onMove)
   */
  newMap(container, opts) {
    const view = new MapView(container, {places: this.data.places, basemap: this.data.basemap, actors: this.actors,
      sources: this.sources, words: this.words, attribution: this.words.attribution, ...opts,
      // thousands of shapes in view: a canvas, whatever the page asked for
      ...(this.tiled ? {tiled: true, renderer: opts.renderer === 'svg' ? null : opts.renderer} : {}),
      onDrawn: () => this.scheduleLegend()});
    if (this.tiled) {
      view.tileFeed = new this.data.tiles.MapTiles(view, {onChange: ids => this.tilesChanged(view, ids),
        onLoading: () => delete container.dataset.drawn, onSettled: () => this.markDrawn(view)});
    }
    this.maps.push(view);
    return view;
  }

  /** The days the answers of the chosen sources may change (in view only, on a tiled map), ascending. */
  changeDays(sources, asOf) {
    return this.tiled ? this.maps[0]?.tileFeed.answers.changeDays() ?? [] : changeDates(this.data.changes.claims, sources, asOf);
  }

  /** On a tiled map, reads a place's claims (for the panel) into the index when not there yet. */
  async learnPlace(place, view) {
    if (!this.tiled || this.ctx.index.byPlace.has(place)) return;
    const byId = await claimsAbout(place);
    const one = indexClaims([...byId.values()]);
    if (one.byPlace.has(place)) this.ctx.index.byPlace.set(place, one.byPlace.get(place));
    const props = view?.placeFeatures.get(place)?.properties;
    if (props && !this.places.has(place)) this.places.set(place, props);
  }

  /** Tiles came into view or went: the day drawn for them, the timeline told. */
  tilesChanged(view, added) {
    if (this.state) this.drawTiles(view, this.state.date, added);
    clearTimeout(this.daysTimer);
    this.daysTimer = setTimeout(() => this.onChangeDays?.(), 100);
  }

  drawTiles(view, date, added = null) {
    const previous = view.current.day != null && view.current.serial === view.tiledSerial ? view.current : null;
    const v = view.tileFeed.answers.viewFor(date, previous, added);
    v.source = view.tiledSource;
    v.who = view.tiledSource ? this.sources.get(view.tiledSource)?.name ?? view.tiledSource : 'all sources';
    view.tiledSerial = v.serial;
    view.render(v);
    this.markDrawn(view);
  }

  /** data-drawn on the map's container: the day drawn, once no tile in view is still coming. */
  markDrawn(view) {
    if (!this.state || (view.tileFeed && !view.tileFeed.settled)) return;
    view.map.getContainer().dataset.drawn = this.state.date;
    setTimeout(() => view.addNames(), 0);
    if (window.controlmap) window.controlmap.drawnAt ??= performance.now(); // the first map drawn, for benchmarks
  }

  /** A query string's state with every gap filled (the last day) and every unknown source dropped. */
  stateFrom(search) {
    const s = parseState(search);
    const known = id => id && this.sources.has(id);
    s.date = s.date ? (s.date < this.first ? this.first : s.date > this.last ? this.last : s.date) : this.last;
    s.source = known(s.source) ? s.source : null;
    s.compare = known(s.compare) && s.compare !== s.source ? s.compare : null;
    return s;
  }

  /**
   * Draws state `s` on map `a` (and `b` when comparing): the answers, the day on each map. Returns the answers.
   */
  draw(s, a, b) {
    this.state = s;
    const answers = this.tiled ? this.drawnTiles(s, a, b) : this.dayAnswers.for(s);
    const day = this.words.day(s.date) + (s.asOf ? ` (${this.words.asOf} ${this.words.day(s.asOf)})` : '');
    if (!this.tiled) a.render(answers.a);
    a.setDay(day);
    this.markDrawn(a);
    if (b && answers.b) {
      if (!this.tiled) b.render(answers.b);
      b.setDay(day);
      this.markDrawn(b);
    }
    this.shown = [a, answers.b ? b : null].filter(Boolean);
    return answers;
  }

  /** Draws the day on tiled maps (each asks for its own source's tiles); answers as answers.js gives them. */
  drawnTiles(s, a, b) {
    const sides = [[a, s.source, s.compare], ...(b && s.compare ? [[b, s.compare, s.source]] : [])];
    const year = Number(s.date.slice(0, 4));
    // near the end of a year, the tiles of the next one are asked for ahead (and of the last one near its start)
    const near = s.date.slice(5) >= '11-15' ? year + 1 : s.date.slice(5) <= '02-15' ? year - 1 : null;
    for (const [view, source, compare] of sides) {
      view.tiledSource = source;
      if (view.tileFeed.show(this.data.tiles.tileQuery({source, compare, asOf: s.asOf, year}))) delete view.map.getContainer().dataset.drawn;
      this.drawTiles(view, s.date);
      if (near && view.tileFeed.settled) view.tileFeed.prefetch(this.data.tiles.tileQuery({source, compare, asOf: s.asOf, year: near}));
    }
    const va = a.current;
    return {all: new Map(), disputed: va.disputed, against: va.against, a: va, b: b && s.compare ? b.current : null};
  }

  /** The legend follows what is drawn on screen, once a redraw or a move is over. */
  scheduleLegend() {
    if (this.legendTimer) return;
    this.legendTimer = setTimeout(() => {
      this.legendTimer = null;
      this.legend.show((this.shown ?? this.maps.slice(0, 1)).map(m => m.drawnInView()));
    }, 80);
  }
}

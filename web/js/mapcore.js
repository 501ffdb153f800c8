// The map core of the map page and /embed: the data indexed once, one day's answers (answers.js), the maps
// (map.js) drawing them with the day written on them, and the legend (legend.js) of what is drawn on screen. The two
// pages differ only in their controls and layout around it.

import {DayAnswers} from './answers.js';
import {indexClaims} from './asof.js';
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
    this.withClaims = new Set(data.changes.claims.map(c => c.source));
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
      onDrawn: () => this.scheduleLegend()});
    this.maps.push(view);
    return view;
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
    const answers = this.dayAnswers.for(s);
    const day = this.words.day(s.date) + (s.asOf ? ` (${this.words.asOf} ${this.words.day(s.asOf)})` : '');
    a.render(answers.a);
    a.setDay(day);
    if (b && answers.b) {
      b.render(answers.b);
      b.setDay(day);
    }
    this.shown = [a, answers.b ? b : null].filter(Boolean);
    return answers;
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

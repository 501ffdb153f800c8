// The legend: what is drawn in the part of the map on screen, and only that: each actor's colour with its name, then
// how "part of a place", "presence", "no majority", "disputed" and "no claim" look. Swatches are painted like the
// fills (same colours, same opacity over the same paper, same stripes; look.js). Colour is never alone: each swatch
// has its label, and disputes are hatched and labelled on the map too. Collapsible (a <details>); the map page moves
// it off the map on small screens.

import {clear, el} from './dom.js';
import {LOOK, safeColor, seenColor} from './look.js';

/** A swatch painted as the map paints `kind` (whole, part, presence, no-majority, disputed, none) in `color`. */
export function lookSwatch(kind, color) {
  const s = el('span', {className: `swatch swatch-${kind}`, attrs: {'aria-hidden': 'true'}});
  const c = safeColor(color);
  if (kind === 'whole') s.style.backgroundColor = seenColor(c);
  else if (kind === 'part') {
    const p = LOOK.part;
    s.style.backgroundImage = `repeating-linear-gradient(45deg, ${seenColor(c)} 0 ${p.width}px, `
      + `${LOOK.focus.fill} ${p.width}px ${p.period}px)`;
  } else if (kind === 'presence') s.style.borderColor = c;
  else if (kind === 'no-majority') s.style.backgroundColor = LOOK.noMajority;
  return s;
}

export class Legend {
  /**
   * @param words labels.js words
   * @param actors the array of GET /api/actors (their order is the legend's)
   * @param open whether it starts open
   */
  constructor(words, actors, open) {
    this.words = words;
    this.actors = actors;
    this.list = el('ul', {attrs: {'aria-label': words.legend}});
    this.node = el('details', {className: 'legend', open, attrs: {'aria-label': words.legend}},
      el('summary', {}, words.legend), this.list, el('p', {className: 'legend-method'},
        el('a', {href: '/methodology', target: '_blank', rel: 'noopener'}, words.method)));
    this.key = '';
  }

  /**
   * Lists what the maps draw on screen.
   * @param drawn the MapViews' drawnInView() results (two when comparing)
   */
  show(drawn) {
    const w = this.words;
    const any = name => drawn.some(d => d[name]);
    const actors = this.actors.filter(a => drawn.some(d => d.actors.has(a.id)));
    const key = [actors.map(a => a.id), ...['part', 'presence', 'noMajority', 'disputed', 'silent'].map(any)].join('|');
    if (key === this.key) return;
    this.key = key;
    const item = (kind, color, text, data) => el('li', {dataset: data ?? {}}, lookSwatch(kind, color), el('span', {}, text));
    const items = actors.map(a => item('whole', a.color, w.actor(a), {actor: a.id}));
    if (any('part')) items.push(item('part', '#555555', w.partLegend, {kind: 'part'}));
    if (any('presence')) items.push(item('presence', '#555555', w.presenceLegend, {kind: 'presence'}));
    if (any('noMajority')) items.push(item('no-majority', null, w.noMajority, {kind: 'no-majority'}));
    if (any('disputed')) items.push(item('disputed', null, w.disputedLegend, {kind: 'disputed'}));
    if (any('silent')) items.push(item('none', null, w.silentLegend, {kind: 'none'}));
    clear(this.list).append(...items);
  }
}

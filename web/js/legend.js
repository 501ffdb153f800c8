// The legend: every actor's colour with its name, how "no claim" and "disputed" look. Colour is never alone:
// each swatch has its label, and disputes are hatched and labelled on the map too.

import {el, swatch} from './dom.js';

/** The legend's DOM node (a <details>, open on wide screens) for the actors of GET /api/actors. */
export function legendNode(actors) {
  const narrow = window.matchMedia('(max-width: 600px)').matches;
  const items = actors.map(a => el('li', {}, swatch(a.color), el('span', {}, a.name)));
  items.push(el('li', {}, swatch(null, 'swatch-silent'), el('span', {}, 'No claim in force from this source')));
  items.push(el('li', {}, swatch(null, 'swatch-disputed'), el('span', {}, 'Disputed: sources disagree (hatched, labelled)')));
  return el('details', {className: 'legend', open: !narrow, attrs: {'aria-label': 'Legend'}},
    el('summary', {}, 'Legend'),
    el('ul', {}, items));
}

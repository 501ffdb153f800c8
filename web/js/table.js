// The table view: each place with the actor each source gives it on the chosen day, and whether it is disputed.
// The accessible twin of the map: every cell is text, and a place's name opens its citations.

import {isPart, isPresence, majority} from './asof.js';
import {clear, el} from './dom.js';
import {lookSwatch} from './legend.js';

/**
 * Fills `root` with the table.
 * @param data {places: Map id → props (name, name_ar), actors: Map id → actor, sources: Map id → source}
 * @param view {day, columns: source ids in display order, control: Map place → Map source → claim,
 *              disputed: Set of place ids, onPlace(placeId)}
 */
export function renderTable(root, data, view) {
  const head = el('tr', {}, el('th', {scope: 'col'}, 'Place'),
    view.columns.map(s => el('th', {scope: 'col'}, data.sources.get(s)?.name ?? s)),
    el('th', {scope: 'col'}, 'Most sources'),
    el('th', {scope: 'col'}, 'Disputed'));
  const body = el('tbody');
  const ids = [...data.places.keys()].sort((a, b) => data.places.get(a).name.localeCompare(data.places.get(b).name));
  for (const id of ids) {
    const props = data.places.get(id);
    const winners = view.control.get(id);
    const open = el('button', {type: 'button', className: 'linklike'}, props.name);
    open.addEventListener('click', () => view.onPlace(id));
    const cells = view.columns.map(s => {
      const c = winners?.get(s);
      if (!c) return el('td', {className: 'none'}, '—');
      const actor = data.actors.get(c.actor);
      const kind = isPresence(c) ? 'presence' : isPart(c) ? 'part' : 'whole';
      return el('td', {dataset: {actor: c.actor, draw: kind}}, lookSwatch(kind, actor?.color), actor ? actor.name : c.actor,
        kind === 'part' ? ' (part of it)' : kind === 'presence' ? ' (presence, not control)' : '');
    });
    const m = winners ? majority(winners.values(), data.actors) : null;
    const most = !m || !m.of ? el('td', {className: 'none'}, '—')
      : m.tie ? el('td', {className: 'no-majority', dataset: {draw: 'no-majority'}}, lookSwatch('no-majority'),
        `No majority (${m.votes} of ${m.of} each)`)
        : el('td', {dataset: {actor: m.actor}}, lookSwatch(m.part ? 'part' : 'whole', data.actors.get(m.actor)?.color),
          data.actors.get(m.actor)?.name ?? m.actor, m.part ? ' (part of it)' : '', ` — ${m.votes} of ${m.of}`);
    body.append(el('tr', {dataset: {place: id}},
      el('th', {scope: 'row'}, open, props.name_ar ? el('span', {className: 'name-ar', lang: 'ar', dir: 'rtl'}, props.name_ar) : null),
      cells,
      most,
      el('td', {className: view.disputed.has(id) ? 'disputed' : ''}, view.disputed.has(id) ? 'disputed' : '')));
  }
  clear(root).append(el('table', {className: 'places-table'},
    el('caption', {}, `Who held each place on ${view.dayText}, source by source, and what most sources say (— : nothing in force)`),
    el('thead', {}, head), body));
}

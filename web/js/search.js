// The search box: a combobox that lists our places and the gazetteer's towns as the reader types (searchindex.js
// matches), moved through with the arrow keys, chosen with Enter or a click. Choosing calls onChoose with the
// entry ({id, kind, name, nameAr, bbox}); the caller moves the map. Results are text nodes only.

import {clear, el} from './dom.js';
import {gazetteer} from './gazetteer.js';
import {buildIndex, entriesOf, search} from './searchindex.js';

let serial = 0;

export class SearchBox {
  /**
   * @param container the element to build the box in
   * @param places GeoJSON FeatureCollection of our places
   * @param onChoose called with the chosen entry
   */
  constructor(container, places, onChoose) {
    const id = `search-results-${++serial}`;
    this.onChoose = onChoose;
    this.index = buildIndex(entriesOf(places.features, []));
    this.input = el('input', {type: 'search', id: `search-input-${serial}`, placeholder: 'Find a place or town',
      autocomplete: 'off', spellcheck: false,
      attrs: {role: 'combobox', 'aria-expanded': 'false', 'aria-controls': id, 'aria-autocomplete': 'list',
        'aria-label': 'Find a place or town (English or Arabic)'}});
    this.list = el('ul', {id, className: 'search-results', hidden: true, attrs: {role: 'listbox', 'aria-label': 'Places found'}});
    this.results = [];
    this.active = -1;
    container.classList.add('search');
    container.append(this.input, this.list);
    gazetteer().then(fc => {
      this.index = buildIndex(entriesOf(places.features, fc.features));
      if (this.input.value) this.update();
    }).catch(() => {}); // our own places stay searchable
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', e => this.key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  update() {
    this.results = search(this.index, this.input.value, 8);
    this.active = this.results.length ? 0 : -1;
    clear(this.list);
    this.results.forEach((r, i) => {
      const li = el('li', {id: `${this.list.id}-${i}`, attrs: {role: 'option', 'aria-selected': String(i === this.active)},
        dataset: {kind: r.kind, id: r.id}},
      el('span', {}, r.name), r.nameAr ? el('span', {className: 'search-ar', attrs: {lang: 'ar', dir: 'rtl'}}, r.nameAr) : null,
      el('span', {className: 'search-kind'}, r.kind === 'place' ? 'on this map' : 'town'));
      li.addEventListener('mousedown', e => {
        e.preventDefault(); // keep the focus in the box until the choice is made
        this.choose(i);
      });
      this.list.append(li);
    });
    const open = this.results.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.mark();
  }

  key(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.results.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  mark() {
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
      this.list.children[this.active].scrollIntoView?.({block: 'nearest'});
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  choose(i) {
    const r = this.results[i];
    if (!r) return;
    this.input.value = r.name;
    this.close();
    this.onChoose(r);
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

/**
 * Moves a Leaflet map to a search result: fits a place's shape, centres a town at a zoom where its neighbours are
 * named. The caller's usual move handling then writes the view to the URL.
 */
export function showResult(map, r, townZoom = 11) {
  const [w, s, e, n] = r.bbox;
  if (r.kind === 'town' || (w === e && s === n)) map.setView([s, w], Math.max(map.getZoom(), townZoom));
  else map.fitBounds([[s, w], [n, e]], {padding: [40, 40], maxZoom: 11});
}

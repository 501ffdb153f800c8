// The choices above the map: whose answer (one source or all), which source to compare with, the knowledge date
// ("as reported by"), and map or table. Tells main.js what changed; shows a state without telling anyone.

import {isDay} from './dates.js';
import {el} from './dom.js';

export class Controls {
  /**
   * @param els {source, compare, asOfOn, asOf, viewToggle, form}: the controls in index.html
   * @param sources the array of GET /api/sources
   * @param withClaims Set of the source ids that have claims
   * @param onChange called with a partial state ({source} / {compare} / {asOf} / {view}) on a deliberate change
   * @param currentDay returns the day shown: ticking "as reported by" starts from it
   */
  constructor(els, sources, withClaims, onChange, currentDay) {
    this.els = els;
    const label = s => `${s.name} — ${s.kind}${withClaims.has(s.id) ? '' : ' (no claims recorded)'}`;
    els.source.append(el('option', {value: ''}, 'All sources — majority colour, disputes marked'));
    els.compare.append(el('option', {value: ''}, 'No comparison'));
    for (const s of sources) {
      els.source.append(el('option', {value: s.id}, label(s)));
      els.compare.append(el('option', {value: s.id}, label(s)));
    }
    els.form.addEventListener('submit', e => e.preventDefault());
    els.source.addEventListener('change', () => onChange({source: els.source.value || null}));
    els.compare.addEventListener('change', () => onChange({compare: els.compare.value || null}));
    els.asOfOn.addEventListener('change', () => {
      els.asOf.disabled = !els.asOfOn.checked;
      if (els.asOfOn.checked && !isDay(els.asOf.value)) els.asOf.value = currentDay();
      onChange({asOf: els.asOfOn.checked && isDay(els.asOf.value) ? els.asOf.value : null});
    });
    els.asOf.addEventListener('change', () => {
      if (els.asOfOn.checked && isDay(els.asOf.value)) onChange({asOf: els.asOf.value});
    });
    els.viewToggle.addEventListener('click', () => {
      onChange({view: els.viewToggle.getAttribute('aria-pressed') === 'true' ? 'map' : 'table'});
    });
  }

  /** Sets the knowledge date's range (the data's first and last day). */
  setRange(first, last) {
    this.els.asOf.min = first;
    this.els.asOf.max = last;
  }

  /** Shows a state. */
  show(s) {
    this.els.source.value = s.source ?? '';
    this.els.compare.value = s.compare ?? '';
    this.els.asOfOn.checked = s.asOf != null;
    this.els.asOf.disabled = s.asOf == null;
    if (s.asOf) this.els.asOf.value = s.asOf;
    const table = s.view === 'table';
    this.els.viewToggle.setAttribute('aria-pressed', String(table));
    this.els.viewToggle.textContent = table ? 'Show map' : 'Show table';
  }
}

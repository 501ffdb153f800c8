// The citation panel: what each source said about one place on the chosen day, with the exact quote and the
// article, and how the place changed hands. Every string here comes from sources: textContent only.

import {claimsAbout, timelineOf} from './api.js';
import {winner, majority} from './asof.js';
import {formatDay, formatWithPrecision} from './dates.js';
import {clear, el, safeUrl, swatch} from './dom.js';

export class CitationPanel {
  /**
   * @param root the <aside> to fill
   * @param data {sources: Map id → source, actors: Map id → actor, index (asof.indexClaims), places: Map id → props,
   *              sourceOrder: source ids with claims, in display order}
   * @param onClose called when the user closes the panel
   */
  constructor(root, data, onClose) {
    this.root = root;
    this.data = data;
    this.onClose = onClose;
    this.place = null;
    this.seq = 0;
    root.addEventListener('keydown', e => {
      if (e.key === 'Escape') this.close();
    });
  }

  get isOpen() {
    return this.place !== null;
  }

  /** Opens the panel on a place for a view ({day, asOf, source: chosen source id or null for all}). */
  async open(place, view) {
    this.place = place;
    this.view = view;
    this.root.hidden = false;
    await this.render(true);
  }

  /** Re-renders for a new day or source when open (no request once the place's claims are loaded). */
  async update(view) {
    if (!this.isOpen) return;
    this.view = view;
    await this.render(false);
  }

  close() {
    if (!this.isOpen) return;
    this.place = null;
    this.root.hidden = true;
    clear(this.root);
    this.onClose?.();
  }

  async render(focus) {
    const seq = ++this.seq;
    const place = this.place;
    let details;
    let events;
    try {
      [details, events] = await Promise.all([claimsAbout(place), timelineOf(place)]);
    } catch (e) {
      if (seq !== this.seq) return;
      clear(this.root).append(this.closeButton(), el('p', {className: 'error'}, 'Could not load the claims: ' + e.message));
      return;
    }
    if (seq !== this.seq || this.place !== place) return;
    const {day, asOf, source} = this.view;
    const props = this.data.places.get(place) ?? {name: place};
    const winners = new Map();
    for (const s of this.data.sourceOrder) {
      const w = winner(this.data.index, place, s, day, asOf);
      if (w) winners.set(s, details.get(w.id) ?? w);
    }
    const title = el('h2', {id: 'panel-title', tabIndex: -1}, props.name);
    clear(this.root).append(
      this.closeButton(),
      title,
      props.name_ar ? el('p', {className: 'name-ar', lang: 'ar', dir: 'rtl'}, props.name_ar) : null,
      el('p', {className: 'panel-when'}, `On ${formatDay(day)}`,
        asOf ? `, as reported by ${formatDay(asOf)}` : ', with everything reported since'),
      this.chosen(source, winners),
      this.others(source, winners),
      this.timeline(events));
    if (focus) title.focus();
  }

  closeButton() {
    const b = el('button', {type: 'button', className: 'panel-close', attrs: {'aria-label': 'Close the citation panel'}}, '×');
    b.addEventListener('click', () => this.close());
    return b;
  }

  sourceName(id) {
    const s = this.data.sources.get(id);
    return s ? s.name : id;
  }

  chosen(source, winners) {
    if (source) {
      const c = winners.get(source);
      return el('section', {className: 'chosen'},
        el('h3', {}, `According to ${this.sourceName(source)}`),
        c ? this.claim(c) : el('p', {className: 'silent'},
          `${this.sourceName(source)} said nothing about this place that is in force on this date.`));
    }
    const all = [...winners.values()];
    if (!all.length) return el('section', {className: 'chosen'}, el('p', {className: 'silent'}, 'No source said anything about this place that is in force on this date.'));
    const top = majority(all);
    const count = all.filter(c => c.actor === top).length;
    return el('section', {className: 'chosen'},
      el('h3', {}, 'Most sources'),
      el('p', {className: 'holder'}, swatch(this.data.actors.get(top)?.color),
        el('strong', {}, this.actorName(top)), ` — ${count} of ${all.length} sources with a claim in force`));
  }

  others(source, winners) {
    const list = el('ul', {className: 'other-claims'});
    for (const [s, c] of winners) {
      if (s === source) continue;
      list.append(el('li', {}, el('h4', {}, this.sourceName(s), el('span', {className: 'kind'}, ` (${this.data.sources.get(s)?.kind ?? 'source'})`)), this.claim(c)));
    }
    const silent = this.data.sourceOrder.filter(s => s !== source && !winners.has(s)).map(s => this.sourceName(s));
    return el('section', {className: 'others'},
      el('h3', {}, source ? 'What the other sources said on this date' : 'What each source said on this date'),
      list.children.length ? list : el('p', {}, 'No other source has a claim in force.'),
      silent.length ? el('p', {className: 'silent'}, 'Nothing in force from: ' + silent.join(', ') + '.') : null);
  }

  actorName(id) {
    return this.data.actors.get(id)?.name ?? id;
  }

  /** One claim: holder, since when (with its precision), the quote, the article. */
  claim(c) {
    const url = safeUrl(c.url);
    const article = c.article ?? 'untitled article';
    const cite = url
      ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer'}, article)
      : el('span', {}, article, c.article_ref ? el('span', {className: 'ref'}, ` (no web address; our copy: ${c.article_ref})`) : null);
    const until = c.valid_to ? ` until ${formatDay(c.valid_to)}` : '';
    return el('div', {className: 'claim', dataset: {claim: c.id}},
      el('p', {className: 'holder'}, swatch(this.data.actors.get(c.actor)?.color), el('strong', {}, this.actorName(c.actor))),
      el('p', {className: 'since'}, `Since ${formatWithPrecision(c.valid_from, c.date_precision)}${until}`,
        c.reported_on ? ` · said ${formatWithPrecision(c.reported_on, c.reported_on_precision ?? 'day')}` : ''),
      c.basis === 'blanket' ? el('p', {className: 'basis'}, 'Inferred from a statement about a wider area (blanket claim), not naming this place.') : null,
      c.quote ? el('blockquote', {className: 'quote'}, c.quote) : null,
      el('p', {className: 'cite'}, '— ', cite, c.speaker ? `, ${c.speaker}` : ''));
  }

  timeline(events) {
    const list = el('ol', {className: 'place-timeline'});
    for (const e of events) {
      const change = e.actor == null
        ? `${this.actorName(e.previous_actor)} → nothing in force`
        : e.previous_actor ? `${this.actorName(e.previous_actor)} → ${this.actorName(e.actor)}` : this.actorName(e.actor);
      list.append(el('li', {}, el('span', {className: 'when'}, formatWithPrecision(e.date, e.date_precision ?? 'day')),
        ` ${this.sourceName(e.source)}: ${change}`));
    }
    return el('section', {className: 'timeline-of-place'},
      el('h3', {}, 'How this place changed hands'),
      events.length ? list : el('p', {}, 'No changes recorded.'));
  }
}

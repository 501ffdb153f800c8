// The citation panel: what each source said about one place on the chosen day, with the exact quote and the
// article, and how the place changed hands. Every string here comes from sources: textContent only.

import {claimsAbout, timelineOf} from './api.js';
import {isPart, isPresence, majority, winner} from './asof.js';
import {formatDay, formatWithPrecision} from './dates.js';
import {clear, el, safeUrl} from './dom.js';
import {citationText, speakerLine} from './citation.js';
import {copyText} from './share.js';
import {lookSwatch} from './legend.js';

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
    this.returnTo = null;
  }

  get isOpen() {
    return this.place !== null;
  }

  /** Opens the panel on a place for a view ({day, asOf, source: chosen source id or null for all}). */
  async open(place, view) {
    // Escape (or ×) gives the focus back where it was: the map, or the table's button
    if (!this.root.contains(document.activeElement)) this.returnTo = document.activeElement;
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
    const back = this.returnTo;
    this.returnTo = null;
    if (back && document.contains(back)) back.focus();
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
    const m = majority(all, this.data.actors);
    const present = m.presence.length
      ? el('p', {className: 'presence-note'}, 'Also said to be present (presence, not control): ',
        m.presence.map(a => this.actorName(a)).join(', '), '.') : null;
    if (!m.of) return el('section', {className: 'chosen'}, el('h3', {}, 'Most sources'), present);
    const line = m.tie
      ? el('p', {className: 'holder no-majority'}, lookSwatch('no-majority'), el('strong', {}, 'No majority'),
        ` — the sources split evenly (${m.votes} of ${m.of} for each side)`)
      : el('p', {className: 'holder'}, lookSwatch(m.part ? 'part' : 'whole', this.data.actors.get(m.actor)?.color),
        el('strong', {}, this.actorName(m.actor)), m.part ? ' (part of the place)' : '',
        ` — ${m.votes} of ${m.of} source${m.of === 1 ? '' : 's'} with a claim of control in force`);
    return el('section', {className: 'chosen'}, el('h3', {}, 'Most sources'), line, present);
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

  /** One claim: holder (whole, part, or presence), since when (never an invented start), the quote, the citation. */
  claim(c) {
    const url = safeUrl(c.url);
    const place = this.data.places.get(c.place)?.name ?? 'the place';
    const color = this.data.actors.get(c.actor)?.color;
    const kind = isPresence(c) ? 'presence' : isPart(c) ? 'part' : 'whole';
    const what = kind === 'presence' ? `present in ${place} — presence, not control`
      : kind === 'part' ? `holds part of ${place}` : `holds ${place}`;
    const until = c.valid_to ? formatDay(c.valid_to) : null;
    const since = c.valid_from
      ? `Since ${formatWithPrecision(c.valid_from, c.date_precision)}${until ? ` until ${until}` : ''}`
      : until ? `Until ${until}, since a date the source did not give` : 'Since a date the source did not give';
    const source = this.data.sources.get(c.source);
    const copy = el('button', {type: 'button', className: 'copy-citation'}, 'Copy citation');
    const status = el('span', {className: 'copy-status', attrs: {role: 'status'}});
    copy.addEventListener('click', () => {
      const text = citationText(c, source);
      const field = el('textarea', {value: text, readOnly: true, className: 'copy-field', rows: 3});
      copyText(text, status, field);
    });
    return el('div', {className: 'claim', dataset: {claim: c.id, draw: kind}},
      el('p', {className: 'holder'}, lookSwatch(kind, color), el('strong', {}, this.actorName(c.actor)), ` ${what}`),
      el('p', {className: 'since'}, since,
        c.reported_on ? ` · said ${formatWithPrecision(c.reported_on, c.reported_on_precision ?? 'day')}` : ''),
      c.basis === 'blanket' ? el('p', {className: 'basis'}, 'Inferred from a statement about a wider area (blanket claim), not naming this place.') : null,
      c.quote ? el('blockquote', {className: 'quote'}, c.quote) : null,
      el('p', {className: 'cite'}, '— ', speakerLine(c, source), c.article ? ', in ' : '',
        c.article ? (url ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer'}, c.article)
          : el('cite', {}, c.article)) : null,
        c.publisher ? `, ${c.publisher}` : '',
        c.published_on ? `, ${formatDay(c.published_on)}` : ''),
      el('p', {className: 'copy-line'}, copy, ' ', status));
  }

  timeline(events) {
    const list = el('ol', {className: 'place-timeline'});
    for (const e of events) {
      const how = e.stance === 'presence' ? ' (present, not in control)' : e.extent === 'part' ? ' (part of it)' : '';
      const change = e.actor == null
        ? `${this.actorName(e.previous_actor)} → nothing in force`
        : (e.previous_actor ? `${this.actorName(e.previous_actor)} → ${this.actorName(e.actor)}` : this.actorName(e.actor)) + how;
      // an undated first event: the source did not say since when
      const when = e.date ? formatWithPrecision(e.date, e.date_precision ?? 'day') : 'Since a date the source did not give';
      list.append(el('li', {}, el('span', {className: 'when'}, when), ` ${this.sourceName(e.source)}: ${change}`));
    }
    return el('section', {className: 'timeline-of-place'},
      el('h3', {}, 'How this place changed hands'),
      events.length ? list : el('p', {}, 'No changes recorded.'));
  }
}


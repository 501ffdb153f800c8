// The map page's "Embed" dialog: the iframe code and the oEmbed address of the view on screen, with the embed's
// options (controls, legend, language) and copy buttons. Built with DOM APIs; the code is shown as text.

import {el} from './dom.js';
import {copyText, embedUrl, iframeCode, oembedUrl, snapshotUrl} from './share.js';

const CONTROLS = [['none', 'Map only'], ['time', 'Map and a small timeline'], ['full', 'Timeline and source choice']];

export class EmbedDialog {
  /**
   * @param button the button that opens the dialog
   * @param dialog an empty <dialog>
   * @param view returns the view on screen: {search: "?date=…" (the map's state), title}
   */
  constructor(button, dialog, view) {
    this.dialog = dialog;
    this.view = view;
    this.controls = el('select', {id: 'embed-controls'}, CONTROLS.map(([v, t]) => el('option', {value: v}, t)));
    this.legend = el('input', {type: 'checkbox', id: 'embed-legend', checked: true});
    this.lang = el('select', {id: 'embed-lang'}, el('option', {value: 'en'}, 'English'), el('option', {value: 'ar'}, 'العربية (Arabic)'));
    this.code = el('textarea', {id: 'embed-code', readOnly: true, rows: 4, spellcheck: false});
    this.oembed = el('input', {type: 'text', id: 'embed-oembed', readOnly: true, spellcheck: false});
    this.preview = el('a', {id: 'embed-preview', target: '_blank', rel: 'noopener'}, 'Preview the embed');
    this.picture = el('a', {id: 'embed-picture', target: '_blank', rel: 'noopener'}, 'Picture (PNG, 1200 × 630)');
    this.status = el('p', {className: 'embed-status', attrs: {role: 'status', 'aria-live': 'polite'}});
    const close = el('button', {type: 'button', className: 'embed-close', attrs: {'aria-label': 'Close'}}, '×');
    dialog.append(
      close,
      el('h2', {id: 'embed-title'}, 'Embed this map'),
      el('p', {className: 'embed-help'}, 'Paste the code into an article: it shows this view (day, sources, knowledge date, '
        + 'centre and zoom) as wide as the article\'s column, at 3:2, with a link to the full map. Sites that read '
        + 'oEmbed need only the address.'),
      el('div', {className: 'embed-options'},
        el('label', {}, 'Controls ', this.controls),
        el('label', {}, this.legend, ' Legend'),
        el('label', {}, 'Language ', this.lang)),
      el('label', {className: 'embed-field', htmlFor: 'embed-code'}, 'Iframe code'),
      this.code,
      el('button', {type: 'button', id: 'embed-copy-code'}, 'Copy code'),
      el('label', {className: 'embed-field', htmlFor: 'embed-oembed'}, 'oEmbed address'),
      this.oembed,
      el('button', {type: 'button', id: 'embed-copy-oembed'}, 'Copy address'),
      el('p', {className: 'embed-links'}, this.preview, ' · ', this.picture),
      this.status);
    dialog.setAttribute('aria-labelledby', 'embed-title');
    button.addEventListener('click', () => this.open());
    close.addEventListener('click', () => dialog.close());
    for (const input of [this.controls, this.legend, this.lang]) input.addEventListener('change', () => this.fill());
    dialog.querySelector('#embed-copy-code').addEventListener('click', () => this.copy(this.code));
    dialog.querySelector('#embed-copy-oembed').addEventListener('click', () => this.copy(this.oembed));
  }

  open() {
    this.fill();
    this.status.textContent = '';
    if (!this.dialog.open) this.dialog.showModal();
    this.code.focus();
    this.code.select();
  }

  /** Writes the code and addresses for the view on screen and the chosen options. */
  fill() {
    const {search, title} = this.view();
    const extra = new URLSearchParams();
    if (this.controls.value !== 'none') extra.set('controls', this.controls.value);
    if (!this.legend.checked) extra.set('legend', '0');
    if (this.lang.value !== 'en') extra.set('lang', this.lang.value);
    const rest = extra.toString();
    const query = rest ? `${search}${search === '?' ? '' : '&'}${rest}` : search;
    const src = embedUrl(query);
    this.code.value = iframeCode(src, title);
    this.oembed.value = oembedUrl(src);
    this.preview.href = src;
    this.picture.href = snapshotUrl(query);
  }

  /** Copies a field's text (share.copyText). */
  copy(field) {
    return copyText(field.value, this.status, field);
  }
}

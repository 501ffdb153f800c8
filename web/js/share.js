// Sharing a view: the oEmbed address, the iframe code and the discovery link in the page's head. Builds strings
// and sets attributes only (never markup from data).

/** The oEmbed answer's address for a page URL (absolute, on this origin). */
export function oembedUrl(pageUrl) {
  return `${location.origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/** The embed's address for a query string ("?date=…"), absolute. */
export function embedUrl(search) {
  return `${location.origin}/embed${search === '?' ? '' : search}`;
}

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text safe inside a quoted HTML attribute. */
export function escapeAttr(s) {
  return String(s).replace(/[&<>"']/g, c => ESCAPES[c]);
}

/**
 * The iframe code of an embed, as oEmbed's html gives it (api/embed/EmbedLinks.iframe): as wide as the article's
 * column at the aspect ratio of width × height (3:2 by default); the attributes stay for old browsers.
 */
export function iframeCode(src, title, width = 600, height = 400) {
  return `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" `
    + `style="width:100%;height:auto;aspect-ratio:${width}/${height};border:0" frameborder="0" loading="lazy" `
    + `title="${escapeAttr(title)}"></iframe>`;
}

/** The picture of a view ("?date=…&source=…"), drawn on the server: for print, social cards and no-script readers. */
export function snapshotUrl(search, width = 1200, height = 630) {
  const q = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const name of ['date', 'source', 'compare', 'as_of']) if (q.get(name)) keep.set(name, q.get(name));
  if (q.get('lang') === 'ar') keep.set('lang', 'ar');
  // where the map looks goes along whole or not at all (the server needs all three)
  if (['lat', 'lng', 'z'].every(name => q.get(name))) for (const name of ['lat', 'lng', 'z']) keep.set(name, q.get(name));
  keep.set('width', String(width));
  keep.set('height', String(height));
  return `${location.origin}/api/snapshot.png?${keep}`;
}

/** Points the page's oEmbed discovery link (created when missing) at `pageUrl` (the current view), titled `title`. */
export function updateDiscovery(title, pageUrl = location.href) {
  let link = document.head.querySelector('link[rel="alternate"][type="application/json+oembed"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/json+oembed';
    document.head.append(link);
  }
  const href = oembedUrl(pageUrl);
  if (link.href !== href) link.href = href;
  if (link.title !== title) link.title = title;
}

/**
 * Copies `text`: the clipboard API where allowed, else `field` (a textarea holding the text, shown in `status` when
 * not in the page yet) is selected for Ctrl+C / ⌘C. Says what happened in `status`.
 */
export async function copyText(text, status, field) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    if (!field.isConnected) status.replaceChildren(field);
    field.focus();
    field.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      // not allowed either: the selection stays for the reader to copy
    }
    const said = copied ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    if (status.contains(field)) status.append(' ', said); else status.textContent = said;
  }
}

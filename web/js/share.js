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

/** The iframe code of an embed, as oEmbed's html gives it (600 x 400 by default). */
export function iframeCode(src, title, width = 600, height = 400) {
  return `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" frameborder="0" loading="lazy" `
    + `title="${escapeAttr(title)}"></iframe>`;
}

/** Points the page's oEmbed discovery link (created when missing) at the current address, titled `title`. */
export function updateDiscovery(title) {
  let link = document.head.querySelector('link[rel="alternate"][type="application/json+oembed"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/json+oembed';
    document.head.append(link);
  }
  link.href = oembedUrl(location.href);
  link.title = title;
}

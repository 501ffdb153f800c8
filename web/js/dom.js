// Building DOM from data. Everything a source said is untrusted: text goes in through textContent only, never as
// HTML, and links only keep http(s) addresses.

/**
 * A new element: el('p', {className: 'x', dataset: {place: 'raqqa'}}, 'text', childNode, …).
 * Properties are assigned as properties (className, id, title, hidden…); `attrs` sets attributes; `dataset` data-*.
 * Children that are strings become text nodes; null and undefined children are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'attrs') {
      for (const [name, v] of Object.entries(value)) if (v !== undefined && v !== null) node.setAttribute(name, String(v));
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'style') {
      Object.assign(node.style, value);
    } else {
      node[key] = value;
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The address when it is an absolute http(s) URL, else null (no javascript:, data: or relative links from data). */
export function safeUrl(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A swatch of an actor's colour; decorative, the actor's name always goes beside it. */
export function swatch(color, extraClass = '') {
  const s = el('span', {className: ('swatch ' + extraClass).trim(), attrs: {'aria-hidden': 'true'}});
  if (typeof color === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(color)) s.style.backgroundColor = color;
  return s;
}

/** Removes every child of node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Sets the text of `node` unless it already reads so: an equal write still replaces the text and restyles. */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

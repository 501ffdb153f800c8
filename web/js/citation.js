// A citation as a newspaper prints it: who said it (the person or body that made the statement, with the person
// speaking for it), the article, the outlet that published it and when. Never our copy's path in the repository
// (article_ref is for checking quotes, not for readers). Pure: strings only.

import {formatDay} from './dates.js';

/** "Lt-Gen Sergei Rudskoi, Russian Ministry of Defence" / "Mohammed al-Abdullah (journalist, Diyaruna)". */
export function speakerLine(c, source) {
  const name = source?.name ?? c.source;
  const about = [source && ['journalist', 'analyst', 'official', 'expert'].includes(source.kind) ? source.kind : null,
    source?.affiliation && source.affiliation !== c.publisher ? source.affiliation : null].filter(Boolean);
  const who = about.length ? `${name} (${about.join(', ')})` : name;
  return c.speaker ? `${c.speaker}, ${who}` : who;
}

/**
 * The text "Copy citation" puts on the clipboard:
 * Syrian Observatory for Human Rights, quoted by AFP, "Title", 8 December 2017: "the quote". https://…
 */
export function citationText(c, source) {
  const who = speakerLine(c, source);
  const outlet = c.publisher && c.publisher !== source?.name ? `, quoted by ${c.publisher}` : '';
  const title = c.article ? `, “${c.article}”` : '';
  const day = c.published_on ?? c.reported_on;
  const when = day ? `, ${formatDay(day)}` : '';
  const quote = c.quote ? `: “${c.quote}”` : '';
  const url = /^https?:\/\//.test(c.url ?? '') ? ` ${c.url}` : '';
  return `${who}${outlet}${title}${when}${quote}${url}`;
}

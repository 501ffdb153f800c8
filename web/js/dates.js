// ISO 8601 days ("2017-12-07") as the API speaks them. Days compare as strings; arithmetic goes through UTC day
// numbers so no time zone can shift a date.

const MS_PER_DAY = 86400000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** True when s is YYYY-MM-DD and that day exists (2017-02-30 does not). */
export function isDay(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The ISO day of a day number. */
export function fromDayNumber(n) {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso, n) {
  return fromDayNumber(dayNumber(iso) + n);
}

/** "8 December 2017". */
export function formatDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "December 2017". */
export function formatMonth(iso) {
  const [y, m] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/**
 * A date as precisely as the source gave it: "15 October 2017" (day), "October 2017" (month),
 * "approximately 15 October 2017" (approximate: "mid-October 2017" is stored as the 15th).
 */
export function formatWithPrecision(iso, precision) {
  if (!iso) return '';
  if (precision === 'month') return formatMonth(iso);
  if (precision === 'approximate') return `approximately ${formatDay(iso)}`;
  return formatDay(iso);
}

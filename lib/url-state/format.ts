// One formatter per precision, made on first use: toLocaleString with options builds a new
// Intl.NumberFormat on every call.
const formatters = new Map<number, Intl.NumberFormat>();

/**
 * Whole numbers are grouped by hand. The first Intl formatter a page makes loads the locale's
 * data (about 15 ms, four times that on a phone), and most numbers a simulator shows are whole.
 */
function groupDigits(n: number): string {
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 || Object.is(n, -0) ? `-${digits}` : digits;
}

/** A number as people write it: 1,000 and 0.25, never 0.30000000000000004 or 1e+21. */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(n)) return '—';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return groupDigits(n);
  let format = formatters.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits });
    formatters.set(maximumFractionDigits, format);
  }
  return format.format(n);
}

/** A number for a URL: short, exact enough to round-trip, no thousands separators. */
export function encodeNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

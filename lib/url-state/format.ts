// One formatter per precision, made on first use: toLocaleString with options builds a new
// Intl.NumberFormat on every call.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', options);
    formatters.set(key, format);
  }
  return format;
}

/**
 * Whole numbers are grouped by hand. The first Intl formatter a page makes loads the locale's
 * data (about 15 ms, four times that on a phone), and most numbers a simulator shows are whole.
 */
function groupDigits(n: number): string {
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 || Object.is(n, -0) ? `-${digits}` : digits;
}

/**
 * A number as people write it: 1,000 and 0.25, never 0.30000000000000004 or 1e+21. A value too
 * small for `maximumFractionDigits` keeps two significant figures (0.000012, not 0), so a rate of
 * one request a day never reads as zero.
 */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(n)) return '—';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return groupDigits(n);
  if (n !== 0 && Math.abs(n) < 0.5 * 10 ** -maximumFractionDigits) {
    return formatter('sig2', { maximumSignificantDigits: 2 }).format(n);
  }
  return formatter(`fd${maximumFractionDigits}`, { maximumFractionDigits }).format(n);
}

/** A number for a URL: short, exact enough to round-trip, no thousands separators. */
export function encodeNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

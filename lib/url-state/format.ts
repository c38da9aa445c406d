/**
 * A number as people write it: 1,000 and 0.25, never 0.30000000000000004 or 1e+21. A value too
 * small for `maximumFractionDigits` keeps two significant figures (0.000012, not 0), so a rate of
 * one request a day never reads as zero.
 */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(n)) return '—';
  if (n !== 0 && Math.abs(n) < 0.5 * 10 ** -maximumFractionDigits) return n.toLocaleString('en-US', { maximumSignificantDigits: 2 });
  return n.toLocaleString('en-US', { maximumFractionDigits });
}

/** A number for a URL: short, exact enough to round-trip, no thousands separators. */
export function encodeNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

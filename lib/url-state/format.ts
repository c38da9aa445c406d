/** A number as people write it: 1,000 and 0.25, never 0.30000000000000004 or 1e+21. */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(n)) return '—';
  return n.toLocaleString('en-US', { maximumFractionDigits });
}

/** A number for a URL: short, exact enough to round-trip, no thousands separators. */
export function encodeNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A number for a URL: short, exact enough to round-trip, no thousands separators. */
export function encodeNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

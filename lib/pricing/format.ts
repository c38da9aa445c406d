/**
 * Money and traffic as a learner reads them. The model keeps full precision; only these round.
 */

/** Dollars rounded to the cent, half away from zero (as the pricing page rounds its examples). */
export function roundToCents(usd: number): number {
  // Scaling by 100 can land a hair under .5 (18.335 * 100 = 1833.4999...); the nudge restores it.
  const cents = Math.abs(usd) * 100;
  const rounded = Math.round(cents + cents * 1e-12) / 100;
  return usd < 0 ? -rounded : rounded;
}

/** "$18.67", "$1,234.50", "−$0.20" (a credit). */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  const rounded = roundToCents(usd);
  const text = Math.abs(rounded).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return rounded < 0 ? `−$${text}` : `$${text}`;
}

/** Small amounts with enough digits to see them: "$0.0000016667" per invocation. */
export function formatUsdPrecise(usd: number, significantDigits = 5): string {
  if (!Number.isFinite(usd)) return '—';
  if (usd === 0) return '$0';
  return `$${usd.toLocaleString('en-US', { maximumSignificantDigits: significantDigits, maximumFractionDigits: 20 })}`;
}

function trimmed(n: number): string {
  return Number(n.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "10,000", "3 million", "1.5 billion": requests as a sentence says them. */
export function formatRequests(requests: number): string {
  if (requests >= 1e9) return `${trimmed(requests / 1e9)} billion`;
  if (requests >= 1e6) return `${trimmed(requests / 1e6)} million`;
  return Math.round(requests).toLocaleString('en-US');
}

/** A rate to two significant figures: 12.4 -> "12", 0.532 -> "0.53", 1,234 -> "1,200". */
export function formatRps(rps: number): string {
  if (!Number.isFinite(rps)) return '—';
  if (rps === 0) return '0';
  return Number(rps.toPrecision(2)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "two" for 2, "15" for 15: small counts in words, as prose writes them. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : n.toLocaleString('en-US');
}

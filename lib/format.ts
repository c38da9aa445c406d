/**
 * Every number the course shows, written once: counts, environments, percentages, money,
 * durations and chart ticks. Built on Intl.NumberFormat in 'en-US' (the course writes 1,000.5),
 * with one formatter per option set, made on first use.
 *
 * The rules, so that no page has to think about them:
 * - Never "NaN", "Infinity" or "-0": a value that is not finite is "—", and zero is "0".
 * - A small value that is not zero never reads as zero: it keeps two significant figures
 *   (0.000012 requests/s, not 0), and a share never rounds to 0% or to 100% unless it is.
 * - Environments are whole: a fraction of one still needs one ("82 environments", never 81.8).
 * - Money: a bill is to the cent, half away from zero as AWS's pricing examples round ("$18.67");
 *   a unit price (per request, per GB-second) keeps the digits that make it ("$0.0000166667"), and
 *   so does what one simulated run costs when it is under half a cent ("$0.0037", never "$0.00").
 * - Durations: latencies in milliseconds ("3.2 ms", "1,240 ms"); spans of time in the largest
 *   units that read naturally ("45 s", "12 min 30 s", "2 h 8 min").
 */

const formatters = new Map<string, Intl.NumberFormat>();

function intl(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', options);
    formatters.set(key, format);
  }
  return format;
}

const NOT_A_NUMBER = '—';

/** Turns -0 (and anything that rounds to it) into 0, so no page shows "-0". */
const unsigned0 = (n: number) => (n === 0 ? 0 : n);

/**
 * Whole numbers are grouped by hand: the first Intl formatter a page makes loads the locale's data
 * (about 15 ms, four times that on a phone), and most numbers a simulator shows are whole.
 */
function groupDigits(n: number): string {
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/**
 * A number as people write it: "1,000", "0.25", never 0.30000000000000004 or 1e+21. A value too
 * small for `maximumFractionDigits` keeps two significant figures (0.000012, not 0).
 */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return groupDigits(unsigned0(n));
  if (Math.abs(n) < 0.5 * 10 ** -maximumFractionDigits) return intl({ maximumSignificantDigits: 2 }).format(n);
  const text = intl({ maximumFractionDigits }).format(n);
  return text === '-0' ? '0' : text;
}

/** A count of things, rounded to a whole one: "1,200"; with nouns, "1 environment", "3 environments". */
export function formatCount(n: number, nouns?: readonly [one: string, many: string]): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  const whole = unsigned0(Math.round(n));
  const text = groupDigits(whole);
  if (!nouns) return text;
  return `${text} ${whole === 1 ? nouns[0] : nouns[1]}`;
}

/**
 * Environments needed for a concurrency: a fraction of one is still one, so round up. The slack
 * keeps float noise (100 x 0.2 s = 20.000000000000004) from asking for one more, and the result is
 * never -0 (Math.ceil(-1e-9) is -0).
 */
export function wholeEnvironments(concurrency: number): number {
  return Math.max(0, Math.ceil(concurrency - 1e-9));
}

/** "82", or with `withNoun` "82 environments" / "1 environment". */
export function formatEnvironments(concurrency: number, withNoun = false): string {
  if (!Number.isFinite(concurrency)) return NOT_A_NUMBER;
  return formatCount(wholeEnvironments(concurrency), withNoun ? ['environment', 'environments'] : undefined);
}

/**
 * A share (0.12 for 12%) as a sentence says it: "12%", "0.4%", "under 0.1%", "99.7%", "250%".
 * Never rounds a share that is not zero to 0%, nor one short of all to 100%.
 */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  if (share <= 0) return share === 0 ? '0%' : `-${formatPercent(-share)}`;
  if (share < 0.001) return 'under 0.1%';
  if (share < 0.01) return `${formatNumber(share * 100, 1)}%`;
  if (share > 0.99 && share < 1) return share >= 0.9995 ? 'over 99.9%' : `${formatNumber(share * 100, 1)}%`;
  return `${formatCount(share * 100)}%`;
}

/** Dollars rounded to the cent, half away from zero (as AWS's pricing examples round). */
export function roundToCents(usd: number): number {
  // Scaling by 100 can land a hair under .5 (18.335 * 100 = 1833.4999...); the nudge restores it.
  const cents = Math.abs(usd) * 100;
  const rounded = Math.round(cents + cents * 1e-12) / 100;
  return usd < 0 ? -rounded : rounded;
}

/** A bill, to the cent: "$18.67", "$1,234.50", "$0.00", "−$0.20" (a credit, with a true minus sign). */
export function formatBill(usd: number): string {
  if (!Number.isFinite(usd)) return NOT_A_NUMBER;
  const rounded = unsigned0(roundToCents(usd));
  const text = intl({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(rounded));
  return rounded < 0 ? `−$${text}` : `$${text}`;
}

/**
 * What one simulated run costs, which can be a fraction of a cent: to the cent from half a cent
 * up ("$0.41", "$1.45"), two significant figures below it ("$0.0037", "$0.0000002"), so a run
 * that costs something never reads "$0.00".
 */
export function formatRunCost(usd: number): string {
  if (!Number.isFinite(usd)) return NOT_A_NUMBER;
  if (usd > 0 && usd < 0.005) return `$${intl({ maximumSignificantDigits: 2, maximumFractionDigits: 20 }).format(usd)}`;
  return formatBill(usd);
}

/**
 * A unit price as the price pages write it, with the digits that make it: "$0.20", "$0.0416",
 * "$0.0000166667" per GB-second (up to ten decimals; at least two, so "$0.20" never reads "$0.2").
 */
export function formatPrice(usd: number): string {
  if (!Number.isFinite(usd)) return NOT_A_NUMBER;
  if (usd === 0) return '$0';
  const text = intl({ minimumFractionDigits: 2, maximumFractionDigits: 10 }).format(Math.abs(usd));
  return usd < 0 ? `−$${text}` : `$${text}`;
}

function threeFigures(n: number): string {
  return formatNumber(Number(n.toPrecision(3)));
}

/** Requests as a sentence says them: "10,000", "3 million", "1.5 billion". */
export function formatRequests(requests: number): string {
  if (!Number.isFinite(requests)) return NOT_A_NUMBER;
  if (requests >= 1e9) return `${threeFigures(requests / 1e9)} billion`;
  if (requests >= 1e6) return `${threeFigures(requests / 1e6)} million`;
  return formatCount(requests);
}

/** A rate to two significant figures: 12.4 -> "12", 0.532 -> "0.53", 1,234 -> "1,200". */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return NOT_A_NUMBER;
  if (perSecond === 0) return '0';
  return formatNumber(Number(perSecond.toPrecision(2)), 8);
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "two" for 2, "15" for 15: small counts in words, as prose writes them. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : formatCount(n);
}

/** A latency: "3.2 ms" under 10 ms (a tenth still matters there), else "1,240 ms". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  return ms < 10 ? `${formatNumber(Math.max(0, ms), 1)} ms` : `${formatCount(ms)} ms`;
}

/** A span of time in seconds as people say it: "0.4 s", "45 s", "12 min 30 s", "2 h 8 min", "24 h". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return NOT_A_NUMBER;
  // Under 10 s a tenth of a second still matters (a one-minute run's slices are 0.2 s apart).
  if (seconds < 10) return `${formatNumber(Math.max(0, seconds), 1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return m === 0 ? `${formatCount(h)} h` : `${formatCount(h)} h ${m} min`;
}

/** Clock time into a run: "0:45", "12:05", or "1:02:05" past the hour (chart axes and players). */
export function formatClock(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const ss = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A short axis label for a latency: "0.5 ms", "40 ms", "1.5 s", "2 min". */
export function formatMsTick(ms: number): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  if (ms < 1) return `${formatNumber(Number(ms.toPrecision(1)), 3)} ms`;
  if (ms < 1000) return `${formatNumber(Number(ms.toPrecision(2)))} ms`;
  if (ms < 60_000) return `${formatNumber(Number((ms / 1000).toPrecision(2)))} s`;
  return `${formatNumber(Number((ms / 60_000).toPrecision(2)))} min`;
}

/** A chart tick, short enough for a phone: "950", "10K", "1.5M", "2B" (the tables give every number in full). */
export function formatCompact(n: number): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (n === 0) return '0';
  if (Math.abs(n) < 1) return formatNumber(Number(n.toPrecision(2)), 6);
  return intl({ notation: 'compact', maximumSignificantDigits: 3 }).format(n);
}

/** A money tick: "$0.001", "$0.50", "$18", "$1.2K". */
export function formatCompactUsd(usd: number): string {
  if (!Number.isFinite(usd)) return NOT_A_NUMBER;
  if (usd === 0) return '$0';
  if (usd < 0.01) return `$${formatNumber(Number(usd.toPrecision(1)), 6)}`;
  if (usd < 1) return formatBill(usd);
  return `$${formatCompact(usd)}`;
}

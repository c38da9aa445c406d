/**
 * Field readers for stored documents. Everything read back from the browser's storage (or from an
 * imported file) is untrusted: another version of the course, a hand edit, a half-written value or
 * a hostile file may have put anything there. Each reader checks one field; the `Repairs` tally
 * counts what had to be corrected or dropped, so the page can say so in a sentence.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A due date further ahead than this cannot come from the course: the longest wait is 16 days. */
export const MAX_AHEAD_MS = 365 * DAY_MS;
/** Clocks differ a little between devices (an imported file) and tabs; more than this is "in the future". */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;
/** No learner answers a question a million times: a larger count was written by something else. */
export const MAX_COUNT = 1_000_000;

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Ids (question ids, lesson slugs, topic ids) are kebab-case; anything else (say "__proto__") is not ours. */
export const validId = (x: string) => x.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x);

/** What reading one document had to change, counted per kind. */
export class Repairs {
  /** Entries that could not be read at all and were left out. */
  dropped = 0;
  /** Entries kept with an impossible value corrected (a date in the future, a count of 1e308). */
  repaired = 0;
  /** The document's shape is wrong (no records at all, a list where a map belongs): nothing can be kept. */
  unreadable = false;

  constructor(readonly now: number) {}

  /** True when anything was changed, so the corrected document should be written back. */
  get changed() {
    return this.unreadable || this.dropped > 0 || this.repaired > 0;
  }
}

/** A whole number of at least `min`, or null. Counts beyond MAX_COUNT are clamped, with a repair. */
export function readCount(x: unknown, repairs: Repairs, min = 0): number | null {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < min) return null;
  if (x > MAX_COUNT) {
    repairs.repaired++;
    return MAX_COUNT;
  }
  return Number.isInteger(x) ? x : null;
}

/** A time (ms since the epoch) no later than `latest`; a later one is impossible and becomes "now". */
function readTime(x: unknown, repairs: Repairs, latest: number): number | null {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) return null;
  if (x > latest) {
    repairs.repaired++;
    return repairs.now;
  }
  return x;
}

/** A moment that has already happened: a record of something done cannot be dated in the future. */
export const readPastTime = (x: unknown, repairs: Repairs) => readTime(x, repairs, repairs.now + CLOCK_SKEW_MS);

/**
 * A moment ahead (a due date). One more than a year ahead (1e308 included) would hide the entry
 * for ever; it becomes "now", so the question simply comes back for review.
 */
export const readFutureTime = (x: unknown, repairs: Repairs) => readTime(x, repairs, repairs.now + MAX_AHEAD_MS);

/**
 * Reads one entry with its own tally, so an entry counts once: dropped if it cannot be read, or
 * repaired once however many of its values were corrected.
 */
export function readEntry<R>(value: unknown, readOne: (value: unknown, repairs: Repairs) => R | null, repairs: Repairs): R | null {
  const own = new Repairs(repairs.now);
  const entry = readOne(value, own);
  if (entry === null) repairs.dropped++;
  else if (own.repaired > 0) repairs.repaired++;
  return entry;
}

/**
 * Reads a map of id to record: ids must be kebab-case and each record must read; the rest is
 * dropped and counted. Records are kept whether or not this page knows their id (a question or
 * lesson another page, or another version of the course, knows about).
 */
export function readRecordMap<R>(x: unknown, readOne: (value: unknown, repairs: Repairs) => R | null, repairs: Repairs): Record<string, R> {
  const out: Record<string, R> = {};
  if (!isObject(x)) return out;
  for (const [id, value] of Object.entries(x)) {
    if (!validId(id)) {
      repairs.dropped++;
      continue;
    }
    const record = readEntry(value, readOne, repairs);
    if (record !== null) out[id] = record;
  }
  return out;
}

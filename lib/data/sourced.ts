/**
 * Every figure the course quotes (a price, a limit, a cold-start time) is written once,
 * as a `Sourced` value, with the public page it comes from and the date it was checked.
 * Lessons, charts and quiz answers read the value from here, so a change is one edit.
 */
export interface Source {
  /** The page's own title, e.g. "AWS Lambda pricing". */
  title: string;
  url: string;
}

export interface Sourced<T> {
  value: T;
  /** Unit of `value`, in words a learner reads ("ms", "USD per GB-second"). */
  unit: string;
  source: Source;
  /** ISO date (YYYY-MM-DD) on which the value was last checked against `source`. */
  asOf: string;
  /** Why the value is what it is, or what changed and when. */
  note?: string;
}

export function sourced<T>(value: T, unit: string, source: Source, asOf: string, note?: string): Sourced<T> {
  return note === undefined ? { value, unit, source, asOf } : { value, unit, source, asOf, note };
}

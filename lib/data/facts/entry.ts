import type { Sourced } from '../sourced';

/**
 * A figure as a lesson quotes it: the Sourced value it comes from, and the text printed.
 * `<Fact id="lambda.maxTimeout" />` in MDX prints "15 minutes".
 */
export interface FactEntry {
  fact: Sourced<unknown>;
  text: string;
}

/** 1000000 -> "1,000,000" */
export const n = (x: number, maximumFractionDigits = 2) => x.toLocaleString('en-US', { maximumFractionDigits });

export const entry = <T>(fact: Sourced<T>, format: (v: T) => string): FactEntry => ({ fact, text: format(fact.value) });

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** 3 -> "three", as prose writes small counts; larger or fractional numbers stay digits. */
export const inWords = (x: number) => (Number.isInteger(x) && x >= 0 && x < words.length ? words[x]! : n(x));

/** "2023-11" -> "November 2023" */
export const monthYear = (ym: string) =>
  new Date(`${ym}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-08-04" -> "4 August 2025" */
export const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

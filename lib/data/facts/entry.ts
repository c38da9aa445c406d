import { formatNumber } from '../../format';
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
export const n = (x: number, maximumFractionDigits = 2) => formatNumber(x, maximumFractionDigits);

export const entry = <T>(fact: Sourced<T>, format: (v: T) => string): FactEntry => ({ fact, text: format(fact.value) });

import { simulateConcurrency, summariseConcurrency, type ConcurrencyResult } from '@/lib/sim/concurrency';
import type { ControlGroup } from '@/components/simulator/types';
import type { ConcurrencySchema, ConcurrencyState } from './schema';

export { concurrencySchema, type ConcurrencySchema, type ConcurrencyState } from './schema';
export { concurrencyPresets } from './presets';

/** The controls, grouped as the lesson introduces them; the rarely changed ones fold away. */
export const concurrencyControls: ControlGroup<ConcurrencySchema>[] = [
  { legend: 'Traffic', fields: ['pattern', 'base', 'peak', 'duration', 'window'] },
  { legend: 'Platform', fields: ['limit', 'reserved', 'provisioned', 'scaling'] },
  { legend: 'Invocation', fields: ['mode', 'batch', 'maxconc'] },
  { legend: 'Database', fields: ['dbconn', 'proxy'] },
  { legend: 'Advanced', collapsed: true, fields: ['coldstart', 'retries', 'backoff', 'maxage', 'asyncretries', 'maxreceive', 'visibility', 'querypct'] },
];

/** The scenario's fields are the model's inputs, name for name. */
export function runConcurrency(state: ConcurrencyState): ConcurrencyResult {
  return simulateConcurrency(state);
}

export function summariseConcurrencyScenario(_state: ConcurrencyState, result: ConcurrencyResult): string {
  return summariseConcurrency(result);
}

import type { ControlGroup } from '@/components/simulator/types';
import type { ConcurrencySchema } from '@/lib/sim/concurrency/schema';

/** The controls, grouped as the lesson introduces them; the rarely changed ones fold away. */
export const concurrencyControls: ControlGroup<ConcurrencySchema>[] = [
  { legend: 'Traffic', fields: ['pattern', 'base', 'peak', 'duration', 'window'] },
  { legend: 'Platform', fields: ['limit', 'reserved', 'provisioned', 'scaling'] },
  { legend: 'Invocation', fields: ['mode', 'batch', 'maxconc'] },
  { legend: 'Database', fields: ['dbconn', 'proxy'] },
  { legend: 'Advanced', collapsed: true, fields: ['coldstart', 'retries', 'backoff', 'maxage', 'asyncretries', 'maxreceive', 'visibility', 'querypct'] },
];

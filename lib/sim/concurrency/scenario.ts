import { formatCount } from '../../format';
import { defineScenario } from '../../simulators/scenario';
import { concurrencyPresets } from './presets';
import type { ConcurrencyResult } from './result';
import { concurrencySchema } from './schema';
import { simulateConcurrency } from './simulate';
import { summariseConcurrency } from './summary';

const requests = (v: number) => formatCount(v, ['request', 'requests']);

/** One function meets a traffic spike: the scaling rate, limits, queues and a database decide. */
export const concurrencyScenario = defineScenario({
  id: 'concurrency',
  title: 'Concurrency and scaling: a spike meets the limits',
  schema: concurrencySchema,
  presets: concurrencyPresets,
  run: simulateConcurrency,
  summarise: (_state, result: ConcurrencyResult) => summariseConcurrency(result),
  metrics: [
    { id: 'peak-concurrency', label: 'peak concurrency', unit: 'environments', read: (r) => r.totals.peakConcurrency, format: (v) => formatCount(v, ['environment', 'environments']) },
    { id: 'throttled', label: 'throttled requests', unit: 'requests', read: (r) => r.totals.throttledRequests, format: requests },
    { id: 'dlq', label: 'requests sent to the dead-letter queue', unit: 'requests', read: (r) => r.totals.deadLetterQueue, format: requests },
    { id: 'db-errors', label: 'database connection errors', unit: 'requests', read: (r) => r.totals.dbErrors, format: requests },
    { id: 'completed', label: 'completed requests', unit: 'requests', read: (r) => r.totals.completed, format: requests },
    { id: 'max-queue-depth', label: 'largest queue depth', unit: 'messages', read: (r) => r.totals.maxQueueDepth, format: (v) => formatCount(v, ['message', 'messages']) },
  ],
});

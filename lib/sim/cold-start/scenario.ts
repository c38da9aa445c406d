import { formatCount, formatDuration, formatMs, formatPercent } from '../../format';
import { defineScenario } from '../../simulators/scenario';
import { simulateColdStarts } from '../cold-start';
import { coldStartLimits } from './inputs';
import { coldStartPresets } from './presets';
import type { ColdStartResult } from './result';
import { coldStartSchema } from './schema';
import { describeColdStartResult } from './summary';

function summarise(r: ColdStartResult): string {
  const sentence = describeColdStartResult(r);
  if (r.truncatedAtSec === null) return sentence;
  return `${sentence} The run stopped at ${formatCount(coldStartLimits.maxRequests)} requests, ${formatDuration(r.truncatedAtSec)} into the window.`;
}

const latency = (id: 'p50' | 'p95' | 'p99') =>
  ({ id, label: `${id} latency`, unit: 'ms', read: (r: ColdStartResult) => r.latency.all[id], format: formatMs }) as const;

/** One function's traffic over a window: environments start cold, serve, idle and are reclaimed. Seeded by `seed`. */
export const coldStartScenario = defineScenario({
  id: 'cold-start',
  title: 'Cold starts under real traffic',
  schema: coldStartSchema,
  presets: coldStartPresets,
  run: simulateColdStarts,
  summarise: (_state, result: ColdStartResult) => summarise(result),
  metrics: [
    { id: 'cold-share', label: 'share of requests that started cold', unit: '%', read: (r) => r.coldStartShare * 100, format: (v) => formatPercent(v / 100) },
    latency('p50'),
    latency('p95'),
    latency('p99'),
    {
      id: 'max-envs',
      label: 'execution environments alive at once, at most',
      unit: 'environments',
      read: (r) => r.fleet.peakAlive,
      format: (v) => formatCount(v, ['environment', 'environments']),
    },
  ],
});

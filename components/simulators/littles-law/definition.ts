import { littlesLaw, type LittlesLawResult } from '@/lib/sim/littles-law';
import { formatNumber, numberField, type Preset, type ScenarioState } from '@/lib/url-state';
import { concurrencyLimits } from '@/lib/data/lambda-limits';

export const littlesLawSchema = {
  rps: numberField({ label: 'Request rate', unit: 'requests/s', min: 0.1, max: 100_000, step: 0.1, default: 100, scale: 'log' }),
  duration: numberField({ label: 'Average duration', unit: 'ms', min: 1, max: 900_000, step: 1, default: 200, integer: true, scale: 'log' }),
  limit: numberField({
    label: 'Concurrency limit',
    unit: 'environments',
    min: 1,
    max: 100_000,
    step: 1,
    default: concurrencyLimits.accountConcurrencyDefault.value,
    integer: true,
    scale: 'log',
    help: 'The account default is 1,000 per region; reserved concurrency sets a lower cap for one function.',
  }),
};

export type LittlesLawSchema = typeof littlesLawSchema;
export type LittlesLawState = ScenarioState<LittlesLawSchema>;

export const littlesLawPresets: Preset<LittlesLawSchema>[] = [
  { id: 'api', label: 'A typical API', description: '100 requests a second that each take 200 ms keep about 20 environments busy.', values: { rps: 100, duration: 200, limit: 1000 } },
  { id: 'slow-handler', label: 'Same traffic, slow handler', description: 'The same 100 requests a second at 2 seconds each need ten times the environments.', values: { rps: 100, duration: 2000, limit: 1000 } },
  { id: 'flash-sale', label: 'Flash sale over the limit', description: '10,000 requests a second at 200 ms need 2,000 environments: the default limit of 1,000 turns half away.', values: { rps: 10_000, duration: 200, limit: 1000 } },
  { id: 'reserved-cap', label: 'Reserved cap of 50', description: 'A function capped at 50 environments serves at most 250 requests a second when each takes 200 ms.', values: { rps: 400, duration: 200, limit: 50 } },
];

export function runLittlesLaw(state: LittlesLawState): LittlesLawResult {
  return littlesLaw({ requestsPerSecond: state.rps, durationMs: state.duration, concurrencyLimit: state.limit });
}

export function summariseLittlesLaw(state: LittlesLawState, r: LittlesLawResult): string {
  const need = `${formatNumber(state.rps)} requests a second at ${formatNumber(state.duration)} ms each keep ${formatNumber(r.requiredConcurrency, 1)} environments busy`;
  if (r.throttledShare === 0) {
    return `${need}, ${formatNumber(r.utilisation * 100, 0)}% of the limit of ${formatNumber(state.limit)}; nothing is throttled.`;
  }
  return `${need}, more than the limit of ${formatNumber(state.limit)}: about ${formatNumber(r.throttledShare * 100, 0)}% of requests are throttled, because the limit serves at most ${formatNumber(r.maxSustainableRps, 0)} requests a second.`;
}

import { concurrencyLimits } from '../../data/lambda-limits';
import { lambdaTimeoutMs } from '../../data/field-limits';
import { formatEnvironments, formatNumber, formatPercent, formatRate } from '../../format';
import { defineScenario } from '../../simulators/scenario';
import { numberField, type Preset } from '../../url-state';
import { littlesLaw, type LittlesLawInput, type LittlesLawResult } from '../littles-law';

/** The URL's fields, which are also the model's inputs. */
export const littlesLawSchema = {
  rps: numberField({ label: 'Request rate', unit: 'requests/s', min: 0.1, max: 100_000, step: 0.1, default: 100, scale: 'log' }),
  duration: numberField({
    label: 'Average duration',
    unit: 'ms',
    min: 1,
    // No invocation runs longer than Lambda's timeout limit.
    ...lambdaTimeoutMs,
    step: 1,
    default: 200,
    integer: true,
    scale: 'log',
  }),
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

const presets: Preset<LittlesLawSchema>[] = [
  { id: 'api', label: 'A typical API', description: '100 requests a second that each take 200 ms keep about 20 environments busy.', values: { rps: 100, duration: 200, limit: 1000 } },
  { id: 'slow-handler', label: 'Same traffic, slow handler', description: 'The same 100 requests a second at 2 seconds each need ten times the environments.', values: { rps: 100, duration: 2000, limit: 1000 } },
  { id: 'flash-sale', label: 'Flash sale over the limit', description: '10,000 requests a second at 200 ms need 2,000 environments: the default limit of 1,000 turns half away.', values: { rps: 10_000, duration: 200, limit: 1000 } },
  { id: 'reserved-cap', label: 'Reserved cap of 50', description: 'A function capped at 50 environments serves at most 250 requests a second when each takes 200 ms.', values: { rps: 400, duration: 200, limit: 50 } },
];

function summarise(state: LittlesLawInput, r: LittlesLawResult): string {
  const need = `${formatNumber(state.rps)} requests a second at ${formatNumber(state.duration)} ms each need ${formatEnvironments(r.requiredConcurrency, true)}`;
  if (r.throttledShare === 0) {
    return `${need}, ${formatPercent(r.utilisation)} of the limit of ${formatNumber(state.limit)}; nothing is throttled.`;
  }
  return `${need}, more than the limit of ${formatNumber(state.limit)}: ${formatPercent(r.throttledShare)} of requests are throttled, because the limit serves at most ${formatRate(r.maxSustainableRps)} requests a second.`;
}

/** Little's law as a simulator: rate x duration = environments, against a concurrency limit. */
export const littlesLawScenario = defineScenario({
  id: 'littles-law',
  title: "Little's law: how many environments?",
  schema: littlesLawSchema,
  presets,
  run: littlesLaw,
  summarise,
  metrics: [
    { id: 'required-concurrency', label: 'environments needed', unit: 'environments', read: (r) => r.requiredConcurrency, format: (v) => formatEnvironments(v, true) },
    { id: 'throttled-share', label: 'share of requests throttled', unit: '%', read: (r) => r.throttledShare * 100, format: (v) => formatPercent(v / 100) },
    { id: 'utilisation', label: 'share of the limit in use', unit: '%', read: (r) => r.utilisation * 100, format: (v) => formatPercent(v / 100) },
    { id: 'max-rps', label: 'most requests a second the limit serves', unit: 'requests/s', read: (r) => r.maxSustainableRps, format: (v) => `${formatRate(v)} requests/s` },
  ],
});

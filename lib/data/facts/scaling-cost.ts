import { apiGatewayPricing } from '../../pricing/aws-api-gateway';
import { EC2_ON_DEMAND_PAGE, ec2Instances, type Ec2InstanceType } from '../../pricing/aws-ec2';
import { LAMBDA_PRICING_PAGE, lambdaPricing } from '../../pricing/aws-lambda';
import { fleetMonthlyBill } from '../../pricing/fleet';
import { formatUsd, formatUsdPrecise } from '../../pricing/format';
import { frontDoorMonthlyCost } from '../../pricing/front-door';
import { requestCharge } from '../../pricing/lambda-charges';
import { lambdaMonthlyBill, type LambdaWorkload } from '../../pricing/lambda-cost';
import { maxVcpus, tuningPoint } from '../../pricing/memory-tuning';
import { HOURS_PER_MONTH, requestsPerMonthAt, sustainedRps } from '../../pricing/month';
import { notesFigures, ROUGH_GB_SECOND_PRICE } from '../../pricing/notes-figures';
import { callersAndDownstream, concurrencyLimits, scalingRate, sqsEventSource, asyncInvocation } from '../lambda-limits';
import { lambdaQuotas } from '../lambda-quotas';
import { sourced, type Source, type Sourced } from '../sourced';
import { entry, inWords, longDate, monthYear, n, type FactEntry } from './entry';

/**
 * Figures quoted by the lessons on concurrency and scaling, limits and constraints, and the cost
 * model (lessons 5 to 7).
 *
 * Lambda's concurrency figures live in ../lambda-limits.ts, its quotas in ../lambda-quotas.ts and
 * every price in lib/pricing; the entries below point at those. Two kinds of value are defined here:
 *
 * - Figures no other module holds (other providers' limits, the payload history), each a Sourced
 *   value with the page it was checked against. A TODO(merge) names the module that should own it.
 * - Worked examples the cost lesson quotes (the notes' 512 MB / 200 ms function, the 10,000 rps
 *   service, the crossover scenarios). They are COMPUTED from lib/pricing with the same functions
 *   the cost explorer uses, so a price change flows through to every sentence that quotes them.
 *   Their `source` is the price page the arithmetic rests on; the `note` gives the inputs.
 *
 * Checked 2026-11-22 against stored copies of the sources (no live page was fetched).
 */
const asOf = '2026-11-22';

// ---------------------------------------------------------------------------------------------
// Lesson 5: concurrency and scaling. All platform figures are in ../lambda-limits.ts.
// ---------------------------------------------------------------------------------------------


/** How many times faster the sustained scaling rate became in November 2023 (per minute, new vs old). */
const scalingSpeedup = sourced(
  (scalingRate.environmentsPerWindow.value * (60 / scalingRate.windowSeconds.value)) / scalingRate.legacyIncrementPerMinute.value,
  'times the old sustained rate (environments added per minute)',
  scalingRate.environmentsPerWindow.source,
  asOf,
  'Computed: 1,000 environments every 10 s is 6,000 a minute, against 500 a minute after the old initial burst. AWS\'s announcement headline says "12 times faster".',
);

// ---------------------------------------------------------------------------------------------
// Lesson 6: limits and constraints.
// ---------------------------------------------------------------------------------------------

const PAYLOADS_POST: Source = {
  title: 'AWS Compute Blog: More room to build: serverless services now support payloads up to 1 MB',
  url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/',
};

const SQS_MESSAGE_QUOTAS: Source = {
  title: 'Amazon SQS Developer Guide: Amazon SQS message quotas',
  url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
};

// TODO(merge): lib/data/lambda-quotas.ts (the previous asynchronous payload limit, beside today's).
// TODO(merge): a lib/data module for SQS and EventBridge limits.
export const payloadHistory = {
  asyncPayloadBeforeOct2025Kb: sourced(
    256,
    'KB, the asynchronous invocation payload limit until October 2025',
    PAYLOADS_POST,
    asOf,
    'Raised to 1 MB for asynchronous Lambda invocations in October 2025 (see lambdaQuotas.asyncPayloadKb).',
  ),
  sqsMessageMaxKb: sourced(
    1024,
    'KB, the largest SQS message',
    SQS_MESSAGE_QUOTAS,
    '2026-12-08',
    'Raised from 256 KB on 4 August 2025, for SQS messages and for SQS-triggered Lambda functions alike. Corrected 2026-12-08: the course said January 2026, which is the date of the Compute Blog round-up, not of the SQS change. The date is from the course reference list (AWS What\'s New, August 2025); the announcement page itself was not read here.',
  ),
  eventBridgeEventMaxKb: sourced(
    1024,
    'KB, the largest EventBridge event',
    PAYLOADS_POST,
    '2026-12-08',
    'Raised from 256 KB in January 2026 (AWS What\'s New); the Compute Blog post of 29 January 2026 rounds up all three increases. The post body was not read first-hand.',
  ),
  sqsLargerPayloadsSince: sourced('2025-08-04', 'date SQS messages (and the SQS event source) reached 1 MiB', SQS_MESSAGE_QUOTAS, '2026-12-08'),
  largerPayloadsSince: sourced('2026-01', 'year-month EventBridge events reached 1 MB', PAYLOADS_POST, '2026-12-08', 'EventBridge only; SQS changed in August 2025.'),
} as const;

const GCF_QUOTAS: Source = { title: 'Google Cloud: Cloud Run functions quotas', url: 'https://cloud.google.com/functions/quotas' };
const GCF_COMPARISON: Source = {
  title: 'Google Cloud: Cloud Run functions comparison (Cloud Functions v2 API and Cloud Run)',
  url: 'https://cloud.google.com/run/docs/functions/comparison',
};
const CLOUD_RUN_PRICING: Source = { title: 'Google Cloud: Cloud Run pricing', url: 'https://cloud.google.com/run/pricing' };
const CLOUD_RUN_CONCURRENCY: Source = {
  title: 'Google Cloud: Cloud Run, maximum concurrent requests per instance',
  url: 'https://cloud.google.com/run/docs/about-concurrency',
};

// TODO(merge): a lib/data/other-providers.ts module, if the course grows one.
export const cloudRunFunctions = {
  httpTimeoutMinutes: sourced(60, 'minutes, the longest an HTTP function may run (2nd gen)', GCF_QUOTAS, asOf),
  eventTimeoutMinutes: sourced(
    9,
    'minutes, the longest an event-driven function may run (created with the Cloud Functions v2 API)',
    GCF_COMPARISON,
    asOf,
    'From a 2026 transcription of the comparison page ("up to 9 minutes", 540 s). A stored translated copy of the quotas page lists 60 minutes for event-driven functions too, so this may have changed: check before relying on it.',
  ),
  maxMemoryGib: sourced(32, 'GiB per instance (2nd gen)', GCF_QUOTAS, asOf, '1st gen: 8 GiB.'),
  maxConcurrencyPerInstance: sourced(1000, 'concurrent requests per instance', CLOUD_RUN_CONCURRENCY, asOf, 'Configurable; 2nd gen functions run on Cloud Run and inherit its per-instance concurrency.'),
  billingGranularityMs: sourced(
    100,
    'ms: billable time is rounded up to the nearest 100 ms',
    CLOUD_RUN_PRICING,
    asOf,
    'Cloud Run functions are billed as Cloud Run (request-based billing by default), which rounds resource time up to the nearest 100 ms. The source note\'s "100 ms" is still right.',
  ),
  gen1SourceMb: sourced(
    100,
    'MB compressed source (500 MB uncompressed with modules), 1st gen only',
    GCF_QUOTAS,
    asOf,
    'The quotas page lists this limit for 1st gen and "N/A" for 2nd gen, whose source is built into a container image by Cloud Build.',
  ),
} as const;

const AZURE_HOSTING: Source = {
  title: 'Microsoft Learn: Azure Functions scale and hosting (service limits)',
  url: 'https://learn.microsoft.com/en-us/azure/azure-functions/functions-scale',
};
const AZURE_PRICING: Source = { title: 'Azure Functions pricing', url: 'https://azure.microsoft.com/en-us/pricing/details/functions/' };
const AZURE_FLEX: Source = {
  title: 'Microsoft Learn: Azure Functions Flex Consumption plan hosting',
  url: 'https://learn.microsoft.com/en-us/azure/azure-functions/flex-consumption-plan',
};

// TODO(merge): a lib/data/other-providers.ts module, if the course grows one.
export const azureFunctions = {
  consumptionDefaultTimeoutMinutes: sourced(5, 'minutes, default timeout (Consumption plan)', AZURE_HOSTING, asOf),
  consumptionMaxTimeoutMinutes: sourced(10, 'minutes, maximum timeout (Consumption plan)', AZURE_HOSTING, asOf),
  consumptionMemoryGb: sourced(1.5, 'GB per instance (Consumption plan)', AZURE_HOSTING, asOf),
  billingGranularityMs: sourced(
    1,
    'ms: execution time is rounded up to the nearest 1 ms (Consumption plan)',
    AZURE_PRICING,
    asOf,
    'With a minimum of 100 ms and 128 MB per execution; memory is rounded up to the nearest 128 MB.',
  ),
  minimumBilledMs: sourced(100, 'ms, the least one execution is billed for (Consumption plan)', AZURE_PRICING, asOf),
  flexDefaultTimeoutMinutes: sourced(30, 'minutes, default timeout (Flex Consumption and Premium)', AZURE_HOSTING, asOf, 'No enforced maximum ("unbounded"), though the platform can still recycle an instance.'),
  flexMaxMemoryMb: sourced(4096, 'MB, the largest instance memory on Flex Consumption', AZURE_FLEX, asOf, 'Chosen per app; 2,048 MB is the usual default, and smaller sizes exist.'),
  premiumMaxMemoryGb: sourced(14, 'GB per instance, the largest Premium plan size', AZURE_HOSTING, asOf),
  httpResponseLimitSeconds: sourced(
    230,
    's, the longest an HTTP-triggered function can take to answer, whatever its timeout',
    AZURE_HOSTING,
    asOf,
    'Set by the Azure Load Balancer idle timeout; Microsoft suggests the Durable Functions async pattern for longer work.',
  ),
} as const;

// ---------------------------------------------------------------------------------------------
// Lesson 7: the cost model. Every dollar figure below is computed from lib/pricing.
// ---------------------------------------------------------------------------------------------

const PRICING_NOTE = 'Computed from lib/pricing (us-east-1, on-demand, no free tier unless said)';
/** A value computed from the prices, attributed to the price page it rests on. */
const computed = <T>(value: T, unit: string, how: string, source: Source = LAMBDA_PRICING_PAGE): Sourced<T> =>
  sourced(value, unit, source, asOf, `${PRICING_NOTE}: ${how}`);

const notes = notesFigures();

// TODO(merge): lib/pricing/aws-lambda.ts (it records this only in the note on billingGranularityMs).
const billingGranularityBeforeDec2020 = sourced(
  100,
  'ms, the rounding of billed duration until December 2020',
  LAMBDA_PRICING_PAGE,
  asOf,
  'Lambda moved from 100 ms to 1 ms billing granularity in December 2020 (see lambdaPricing.billingGranularityMs).',
);
const armDiscount = computed(
  1 - lambdaPricing.durationTiers.arm.value[0]!.pricePerGbSecond / lambdaPricing.durationTiers.x86.value[0]!.pricePerGbSecond,
  'fraction below the x86 GB-second price',
  'first-tier Arm price / first-tier x86 price',
);
const x86Price = lambdaPricing.durationTiers.x86.value[0]!.pricePerGbSecond;

const lambdaMonth = (w: Partial<LambdaWorkload> & Pick<LambdaWorkload, 'memoryMb' | 'durationMs' | 'requests'>) =>
  lambdaMonthlyBill({ arch: 'x86', freeTier: false, ...w });
const lambdaPerRequest = (memoryMb: number, durationMs: number) => lambdaMonth({ memoryMb, durationMs, requests: 1e6 }).total / 1e6;
const instanceMonth = (type: Ec2InstanceType) => ec2Instances[type].hourlyUsd.value * HOURS_PER_MONTH;

/** A fleet of one instance type, sized for `peakRatio` x the average rate, never below `minUnits`. */
const fleetMonth = (type: Ec2InstanceType, requests: number, rpsPerUnit: number, minUnits: number, peakRatio: number) =>
  fleetMonthlyBill({ hourlyUsd: ec2Instances[type].hourlyUsd.value, rpsPerUnit, minUnits, requests, peakRatio, scaling: 'peak', savingsPercent: 0 });

/**
 * The three rules of thumb in the notes, each rebuilt: the traffic at which a function's bill equals
 * a fixed monthly floor (one or two instances). Above it the fleet's cost per request is far lower.
 */
export const crossoverScenarios = {
  notesVsOneMedium: { memoryMb: 512, durationMs: 200, floor: instanceMonth('t3.medium') },
  notesVsTwoMedium: { memoryMb: 512, durationMs: 200, floor: 2 * instanceMonth('t3.medium') },
  smallVsOneMedium: { memoryMb: 256, durationMs: 200, floor: instanceMonth('t3.medium') },
  /** The 256 MB function with its memory halved: the duration charge halves, the request charge does not. */
  halfVsOneMedium: { memoryMb: 128, durationMs: 200, floor: instanceMonth('t3.medium') },
  tinyVsTwoMedium: { memoryMb: 128, durationMs: 20, floor: 2 * instanceMonth('t3.medium') },
} as const;
type ScenarioId = keyof typeof crossoverScenarios;
const crossoverRequests = (id: ScenarioId) => {
  const s = crossoverScenarios[id];
  return s.floor / lambdaPerRequest(s.memoryMb, s.durationMs);
};

/** The notes' function at 500 million requests a month against a t3.medium fleet (100 rps each, sized for 3x the average, at least two). */
const at500M = {
  lambda: lambdaMonth({ memoryMb: 512, durationMs: 200, requests: 500e6 }).total,
  fleet: fleetMonth('t3.medium', 500e6, 100, 2, 3),
};

/** A steady 10,000 requests a second, all month, at 512 MB and 200 ms. */
const STEADY_RPS = 10_000;
const steadyRequests = requestsPerMonthAt(STEADY_RPS);
const steady = lambdaMonth({ memoryMb: 512, durationMs: 200, requests: steadyRequests });
/** Steady traffic: a fleet of c6g.large sized at 1.25x the rate for headroom, at two per-instance capacities. */
const STEADY_HEADROOM = 1.25;
const steadyFleet = (rpsPerInstance: number) => fleetMonth('c6g.large', steadyRequests, rpsPerInstance, 2, STEADY_HEADROOM);
const atFiveThousandRps = lambdaMonth({ memoryMb: 512, durationMs: 200, requests: requestsPerMonthAt(5000) }).total;

/** The memory-tuning example: 200 ms of single-threaded CPU work at 1,769 MB plus 20 ms of I/O. */
export const TUNING_EXAMPLE = { cpuBoundMsAt1769: 200, ioBoundMs: 20 } as const;
const tuning = (memoryMb: number) => tuningPoint(TUNING_EXAMPLE, memoryMb);

/** Ten 1 GB environments of provisioned concurrency, all month, before any request. */
const PC_EXAMPLE = { environments: 10, memoryMb: 1024 } as const;
const pcIdleMonth = lambdaMonth({ ...PC_EXAMPLE, durationMs: 1, requests: 0, provisionedConcurrency: PC_EXAMPLE.environments }).breakdown.provisionedConcurrency;
const pc = lambdaPricing.provisioned.x86;
/** Utilisation above which provisioned concurrency costs less per GB-second of work than on-demand. */
const pcBreakEven = pc.concurrencyPricePerGbSecond.value / (x86Price - pc.durationPricePerGbSecond.value);

const usd = (x: number) => formatUsd(x);
const millions = (r: number) => `${n(Math.round(r / 1e6))} million`;
const rps = (r: number) => (r < 100 ? n(Math.round(r)) : n(Math.round(r / 10) * 10));
const perMillion = (perRequest: number) => `${usd(perRequest * 1e6)} per million`;

export const scalingCostFacts = {
  // Lesson 5: concurrency and scaling
  'scaling.unreservedMinimum': entry(concurrencyLimits.unreservedMinimum, (c) => n(c)),
  'scaling.rate': entry(scalingRate.environmentsPerWindow, (e) => `${n(e)} execution environments every ${scalingRate.windowSeconds.value} seconds`),
  'scaling.ratePerWindow': entry(scalingRate.environmentsPerWindow, (e) => n(e)),
  'scaling.window': entry(scalingRate.windowSeconds, (s) => `${s} seconds`),
  'scaling.since': entry(scalingRate.currentRuleSince, monthYear),
  'scaling.speedup': entry(scalingSpeedup, (x) => `${inWords(x)} times`),
  'scaling.legacyBurstRange': entry(scalingRate.legacyBurstRange, (r) => `${n(r.min)} to ${n(r.max)}`),
  'scaling.legacyBurstLargest': entry(scalingRate.legacyBurstUsEast1, (b) => n(b)),
  'scaling.legacyIncrement': entry(scalingRate.legacyIncrementPerMinute, (e) => `${n(e)} more per minute`),
  'sqsScaling.initialBatches': entry(sqsEventSource.initialConcurrentBatches, (b) => inWords(b)),
  'sqsScaling.scaleUpPerMinute': entry(sqsEventSource.scaleUpPerMinute, (c) => `${n(c)} concurrent invocations a minute`),
  'sqsScaling.maxBatches': entry(sqsEventSource.maxConcurrentBatches, (b) => n(b)),
  'sqs.batchSizeDefault': entry(sqsEventSource.batchSizeDefault, (b) => inWords(b)),
  'sqs.batchSizeMax': entry(sqsEventSource.batchSizeMax, (b) => n(b)),
  'lambdaAsync.throttleBackoff': entry(asyncInvocation.throttleBackoffSeconds, (r) => `${r.min} second to ${r.max / 60} minutes`),
  'sdk.standardAttempts': entry(callersAndDownstream.sdkMaxAttemptsStandard, (a) => `${inWords(a)} attempts`),

  // Lesson 6: limits and constraints
  'lambda.zipUpload': entry(lambdaQuotas.zipPackageMb, (mb) => `${mb} MB`),
  'lambda.unzippedPackage': entry(lambdaQuotas.unzippedPackageMb, (mb) => `${mb} MB`),
  'lambda.containerImage': entry(lambdaQuotas.containerImageGb, (gb) => `${gb} GB`),
  'lambda.maxVcpus': entry(maxVcpus, (v) => `${inWords(v)} vCPUs`),
  'lambda.asyncPayloadBefore': entry(payloadHistory.asyncPayloadBeforeOct2025Kb, (kb) => `${kb} KB`),
  'sqs.maxMessage': entry(payloadHistory.sqsMessageMaxKb, (kb) => `${kb / 1024} MB`),
  'eventBridge.maxEvent': entry(payloadHistory.eventBridgeEventMaxKb, (kb) => `${kb / 1024} MB`),
  'sqs.largerMessagesSince': entry(payloadHistory.sqsLargerPayloadsSince, longDate),
  'eventBridge.largerEventsSince': entry(payloadHistory.largerPayloadsSince, monthYear),
  'cloudRunFunctions.httpTimeout': entry(cloudRunFunctions.httpTimeoutMinutes, (m) => `${m} minutes`),
  'cloudRunFunctions.eventTimeout': entry(cloudRunFunctions.eventTimeoutMinutes, (m) => `${m} minutes`),
  'cloudRunFunctions.maxMemory': entry(cloudRunFunctions.maxMemoryGib, (g) => `${g} GiB`),
  'cloudRunFunctions.maxConcurrency': entry(cloudRunFunctions.maxConcurrencyPerInstance, (c) => n(c)),
  'cloudRunFunctions.billingGranularity': entry(cloudRunFunctions.billingGranularityMs, (ms) => `${ms} ms`),
  'cloudRunFunctions.gen1Source': entry(cloudRunFunctions.gen1SourceMb, (mb) => `${mb} MB`),
  'azureFunctions.consumptionDefaultTimeout': entry(azureFunctions.consumptionDefaultTimeoutMinutes, (m) => `${m} minutes`),
  'azureFunctions.consumptionMaxTimeout': entry(azureFunctions.consumptionMaxTimeoutMinutes, (m) => `${m} minutes`),
  'azureFunctions.consumptionMemory': entry(azureFunctions.consumptionMemoryGb, (g) => `${g} GB`),
  'azureFunctions.billingGranularity': entry(azureFunctions.billingGranularityMs, (ms) => `${ms} ms`),
  'azureFunctions.minimumBilled': entry(azureFunctions.minimumBilledMs, (ms) => `${ms} ms`),
  'azureFunctions.flexDefaultTimeout': entry(azureFunctions.flexDefaultTimeoutMinutes, (m) => `${m} minutes`),
  'azureFunctions.flexMaxMemory': entry(azureFunctions.flexMaxMemoryMb, (mb) => `${n(mb)} MB`),
  'azureFunctions.premiumMaxMemory': entry(azureFunctions.premiumMaxMemoryGb, (g) => `${g} GB`),
  'azureFunctions.httpResponseLimit': entry(azureFunctions.httpResponseLimitSeconds, (s) => `${s} seconds`),

  // Lesson 7: prices
  'lambda.armGbSecondPrice': entry(lambdaPricing.durationTiers.arm, (tiers) => `$${tiers[0]!.pricePerGbSecond.toFixed(10)} per GB-second`),
  'lambda.billingGranularityBefore2020': entry(billingGranularityBeforeDec2020, (ms) => `${ms} ms`),
  'lambda.armDiscount': entry(armDiscount, (f) => `${Math.round(f * 100)}%`),
  'lambda.firstTier': entry(lambdaPricing.durationTiers.x86, (tiers) => `${n(tiers[0]!.upToGbSeconds / 1e9)} billion GB-seconds`),
  'lambda.provisionedDurationPrice': entry(pc.durationPricePerGbSecond, (p) => `$${p.toFixed(10)} per GB-second`),
  'lambda.ephemeralPrice': entry(lambdaPricing.ephemeralStoragePricePerGbSecond, (p) => `$${p.toFixed(10)} per GB-second`),
  'apiGateway.restPrice': entry(apiGatewayPricing.rest, (t) => `$${t[0]!.pricePerMillion.toFixed(2)} per million`),
  'apiGateway.httpPrice': entry(apiGatewayPricing.http, (t) => `$${t[0]!.pricePerMillion.toFixed(2)} per million`),
  'ec2.hoursPerMonth': entry(computed(HOURS_PER_MONTH, 'hours', 'AWS\'s calculator month: 365 days x 24 h / 12', EC2_ON_DEMAND_PAGE), (h) => `${h} hours`),
  'ec2.t3small.hourly': entry(ec2Instances['t3.small'].hourlyUsd, (p) => `$${p} an hour`),
  'ec2.t3small.monthly': entry(computed(instanceMonth('t3.small'), 'USD a month', 't3.small x 730 h', EC2_ON_DEMAND_PAGE), usd),
  'ec2.t3medium.hourly': entry(ec2Instances['t3.medium'].hourlyUsd, (p) => `$${p} an hour`),
  'ec2.t3medium.monthly': entry(computed(instanceMonth('t3.medium'), 'USD a month', 't3.medium x 730 h', EC2_ON_DEMAND_PAGE), usd),
  'ec2.c6glarge.monthly': entry(computed(instanceMonth('c6g.large'), 'USD a month', 'c6g.large x 730 h', EC2_ON_DEMAND_PAGE), usd),

  // Lesson 7: the notes' example, 512 MB for 200 ms
  'cost.notes.gbSecondsPerCall': entry(computed(notes.gbSecondsPerCall, 'GB-seconds per call', '512 MB / 1,024 x 0.2 s'), (g) => `${n(g)} GB-seconds`),
  'cost.notes.durationPerCall': entry(computed(notes.durationCostPerCall, 'USD per call', '0.1 GB-s x the first-tier x86 price'), (x) => formatUsdPrecise(x)),
  'cost.requestPerCall': entry(computed(requestCharge(1), 'USD per request', 'the request price / 1 million'), (x) => formatUsdPrecise(x)),
  'cost.notes.oneMillionDuration': entry(computed(notes.oneMillion.duration, 'USD', '1 million calls, duration'), usd),
  'cost.notes.oneMillionRequests': entry(computed(notes.oneMillion.requestCharge, 'USD', '1 million calls, requests'), usd),
  'cost.notes.oneMillionTotal': entry(computed(notes.oneMillion.total, 'USD', '1 million calls, total'), usd),
  'cost.notes.roughPrice': entry(computed(ROUGH_GB_SECOND_PRICE, 'USD per GB-second', 'the x86 price rounded to two significant figures'), (p) => `$${p.toFixed(6)}`),
  'cost.notes.roughOneMillion': entry(computed(notes.oneMillionDurationAtRoughPrice, 'USD', '1 million x 0.1 GB-s x $0.000017, no requests'), usd),
  'cost.notes.tenMillionDuration': entry(computed(notes.tenMillion.duration, 'USD', '10 million calls, duration'), usd),
  'cost.notes.tenMillionRequests': entry(computed(notes.tenMillion.requestCharge, 'USD', '10 million calls, requests'), usd),
  'cost.notes.tenMillionTotal': entry(computed(notes.tenMillion.total, 'USD', '10 million calls, total'), usd),
  'cost.notes.tenMillionFreeTier': entry(computed(notes.tenMillionWithFreeTier.total, 'USD', '10 million calls, free tier taken off'), usd),
  'cost.notes.tenMillionArm': entry(
    computed(lambdaMonth({ memoryMb: 512, durationMs: 200, requests: 1e7, arch: 'arm' }).total, 'USD', '10 million calls on Arm'),
    usd,
  ),
  'cost.notes.tenMillionRestApi': entry(computed(frontDoorMonthlyCost('rest', 1e7), 'USD', '10 million calls through an API Gateway REST API', apiGatewayPricing.rest.source), usd),
  'cost.webhook.month': entry(
    computed(lambdaMonth({ memoryMb: 512, durationMs: 200, requests: 3000, freeTier: true }).total, 'USD a month', '100 calls a day (3,000 a month) at 512 MB and 200 ms, free tier on'),
    usd,
  ),

  // Lesson 7: crossovers
  'cost.perMillion.notes': entry(computed(lambdaPerRequest(512, 200), 'USD per request', '512 MB, 200 ms'), perMillion),
  'cost.perMillion.small': entry(computed(lambdaPerRequest(256, 200), 'USD per request', '256 MB, 200 ms'), perMillion),
  'cost.perMillion.tiny': entry(computed(lambdaPerRequest(128, 20), 'USD per request', '128 MB, 20 ms'), perMillion),
  'cost.twoMedium.monthly': entry(computed(2 * instanceMonth('t3.medium'), 'USD a month', 'two t3.medium x 730 h', EC2_ON_DEMAND_PAGE), usd),
  'cost.crossover.notesVsOne': entry(computed(crossoverRequests('notesVsOneMedium'), 'requests a month', 'one t3.medium / the notes\' per-request cost'), millions),
  'cost.crossover.notesVsOneRps': entry(computed(sustainedRps(crossoverRequests('notesVsOneMedium')), 'requests a second, average', 'as above, spread over 730 h'), rps),
  'cost.crossover.notesVsTwo': entry(computed(crossoverRequests('notesVsTwoMedium'), 'requests a month', 'two t3.medium / the notes\' per-request cost'), millions),
  'cost.crossover.notesVsTwoRps': entry(computed(sustainedRps(crossoverRequests('notesVsTwoMedium')), 'requests a second, average', 'as above, spread over 730 h'), rps),
  'cost.crossover.smallVsOne': entry(computed(crossoverRequests('smallVsOneMedium'), 'requests a month', 'one t3.medium / (256 MB, 200 ms) per-request cost'), millions),
  'cost.perMillion.half': entry(computed(lambdaPerRequest(128, 200), 'USD per request', '128 MB, 200 ms'), perMillion),
  'cost.crossover.halfVsOne': entry(
    computed(crossoverRequests('halfVsOneMedium'), 'requests a month', 'one t3.medium / (128 MB, 200 ms) per-request cost: halving memory from 256 MB moves the crossover by less than 2x, because the request charge stays'),
    millions,
  ),
  'cost.millionAnHourRps': entry(computed(1e6 / 3600, 'requests a second', 'one million invocations an hour / 3,600 s'), rps),
  'cost.crossover.tinyVsTwo': entry(computed(crossoverRequests('tinyVsTwoMedium'), 'requests a month', 'two t3.medium / (128 MB, 20 ms) per-request cost'), millions),
  'cost.crossover.tinyVsTwoRps': entry(computed(sustainedRps(crossoverRequests('tinyVsTwoMedium')), 'requests a second, average', 'as above, spread over 730 h'), rps),
  'cost.at500M.lambda': entry(computed(at500M.lambda, 'USD a month', 'the notes\' function at 500 million requests'), usd),
  'cost.at500M.fleet': entry(computed(at500M.fleet.total, 'USD a month', 't3.medium fleet, 100 rps each, sized for 3x the average, at least two', EC2_ON_DEMAND_PAGE), usd),
  'cost.at500M.instances': entry(computed(at500M.fleet.unitsAtBusiest, 'instances', 'as above'), (u) => inWords(u)),

  // Lesson 7: a steady 10,000 requests a second
  'cost.steady.requests': entry(computed(steadyRequests, 'requests a month', '10,000 rps x 730 h'), (r) => `${n(r / 1e9)} billion`),
  'cost.steady.requestCharge': entry(computed(steady.breakdown.requests, 'USD a month', 'requests at 10,000 rps'), usd),
  'cost.steady.gbSeconds': entry(computed(steady.usage.onDemandGbSeconds, 'GB-seconds a month', '512 MB x 0.2 s x the requests'), (g) => `${n(g / 1e9, 3)} billion GB-seconds`),
  'cost.steady.durationCharge': entry(computed(steady.breakdown.duration, 'USD a month', 'duration at 10,000 rps'), usd),
  'cost.steady.total': entry(computed(steady.total, 'USD a month', 'Lambda at 10,000 rps, 512 MB, 200 ms'), usd),
  'cost.steady.fleetFast': entry(computed(steadyFleet(500).total, 'USD a month', 'c6g.large serving 500 rps each, 25% headroom', EC2_ON_DEMAND_PAGE), usd),
  'cost.steady.fleetFastInstances': entry(computed(steadyFleet(500).unitsAtBusiest, 'instances', 'as above'), (u) => n(u)),
  'cost.steady.fleetSlow': entry(computed(steadyFleet(100).total, 'USD a month', 'c6g.large serving 100 rps each, 25% headroom', EC2_ON_DEMAND_PAGE), usd),
  'cost.steady.fleetSlowInstances': entry(computed(steadyFleet(100).unitsAtBusiest, 'instances', 'as above'), (u) => n(u)),
  'cost.fiveThousandRps': entry(computed(atFiveThousandRps, 'USD a month', 'Lambda at 5,000 rps, 512 MB, 200 ms'), usd),

  // Lesson 7: memory tuning example (Power Tuning's view)
  ...Object.fromEntries(
    [512, 1024, 1769, 3008].flatMap((mb) => [
      [`cost.tuning.${mb}.duration`, entry(computed(tuning(mb).durationMs, 'ms', `200 ms CPU at 1,769 MB + 20 ms I/O, at ${mb} MB`), (ms) => `${n(Math.round(ms))} ms`)],
      [`cost.tuning.${mb}.perMillion`, entry(computed(tuning(mb).costPerMillion, 'USD per million', `as above, at ${mb} MB`), usd)],
    ]),
  ) as Record<`cost.tuning.${512 | 1024 | 1769 | 3008}.${'duration' | 'perMillion'}`, FactEntry>,

  // Lesson 7: provisioned concurrency
  'cost.provisioned.idleMonth': entry(computed(pcIdleMonth, 'USD a month', 'ten 1 GB environments configured for 730 h, no requests'), usd),
  'cost.provisioned.breakEven': entry(
    computed(pcBreakEven, 'share of the time the environments are busy', 'concurrency price / (on-demand price - provisioned duration price)'),
    (u) => `about ${Math.round(u * 100)}%`,
  ),
} satisfies Record<string, FactEntry>;

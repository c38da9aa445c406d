import { requestsPerMonthAt, type CostExplorerSchema } from '../../pricing';
import type { Preset } from '../../url-state';

/** 100 calls a day over the model's 730-hour month (30.4 days), rounded to a whole call. */
export const WEBHOOK_REQUESTS_A_MONTH = Math.round((100 * 730) / 24);
/** A steady 10,000 requests a second for the whole month. */
export const REQUESTS_PER_MONTH_AT_10K_RPS = requestsPerMonthAt(10_000);

/**
 * Scenarios that each make one point about cost, in numbers the learner can see. The figures in
 * the descriptions are the model's own (the e2e suite checks the notes' example and the shape of
 * the others); rpsPerInstance and rpsPerTask are assumptions, stated as such.
 */
export const costExplorerPresets: Preset<CostExplorerSchema>[] = [
  {
    id: 'notes-example',
    label: 'The notes’ example: 512 MB, 200 ms',
    description:
      '10 million calls of 512 MB for 200 ms: $16.67 of duration and $2.00 of requests make $18.67 a month, a third of what two t3.medium cost whether busy or idle.',
    values: { memory: 512, duration: 200, requests: 10_000_000, arch: 'x86', freeTier: false, front: 'none', instance: 't3.medium', minInstances: 2, peakRatio: 3 },
  },
  {
    id: 'webhook-100-a-day',
    label: 'A webhook with 100 calls a day',
    description:
      'About 3,000 calls a month cost Lambda less than a cent, even without the free tier; the smallest server, one t4g.small, costs $12.26 a month and sits idle almost all of it.',
    values: { requests: WEBHOOK_REQUESTS_A_MONTH, memory: 256, duration: 300, front: 'url', instance: 't4g.small', minInstances: 1, peakRatio: 3 },
  },
  {
    id: 'steady-10k-rps',
    label: 'Steady 10,000 requests/s',
    description:
      'A steady 10,000 requests a second (26 billion a month) on Arm: Lambda bills every one of them, about $14,000 a month, while 25 c6g.large at an assumed 400 requests/s each cost $1,241.',
    values: {
      requests: REQUESTS_PER_MONTH_AT_10K_RPS,
      peakRatio: 1,
      memory: 512,
      duration: 50,
      arch: 'arm',
      instance: 'c6g.large',
      rpsPerInstance: 400,
      rpsPerTask: 200,
    },
  },
  {
    id: 'flash-sale-shop',
    label: 'A flash-sale shop (peak 20× the average)',
    description:
      'Sized for a peak 20 times its average, the fleet needs eight t3.medium ($242.94) that idle most of the month; Lambda follows the traffic for $186.67 and stays cheaper at every traffic level. Set the peak to 1× to see the fleet win.',
    values: { requests: 100_000_000, peakRatio: 20, scaling: 'peak', front: 'url', memory: 512, duration: 200, instance: 't3.medium' },
  },
  {
    id: 'arm-vs-x86',
    label: 'Arm vs x86',
    description:
      'On Arm (Graviton) Lambda’s duration, Fargate and the t4g instances all cost about 20% less than on x86: every bill falls, so the crossover barely moves. Switch Architecture and instance back to compare.',
    values: { requests: 20_000_000, arch: 'arm', instance: 't4g.medium', memory: 512, duration: 200 },
  },
  {
    id: 'provisioned-api',
    label: 'Provisioned concurrency for a latency-sensitive API',
    description:
      'Five environments kept warm so no caller waits for a cold start: $54.75 a month before the first request, so Lambda’s line starts high like a server’s; the work run on them is billed at a lower price per GB-second.',
    values: { requests: 30_000_000, memory: 1024, duration: 100, provisioned: 5, front: 'http', coldShare: 1, initMs: 800 },
  },
];

import type { Preset } from '../../url-state';
import type { ConcurrencySchema } from './schema';

/**
 * Six scenarios, each telling one of the stories the concurrency lesson tells. Every preset
 * names all the values its story depends on, so a learner who changed a control and then picks
 * it again gets the story back. presets.test.ts checks that the model really shows each story.
 */
const flashSale = { pattern: 'spike', base: 100, duration: 200, window: 5, mode: 'sync', scaling: 'current' } as const;

export const concurrencyPresets: Preset<ConcurrencySchema>[] = [
  {
    id: 'flash-sale-limit',
    label: 'Flash sale hits the 1,000 limit',
    description:
      'A flash sale of 10,000 requests a second at 200 ms each needs 2,000 environments. The account allows 1,000, so callers get HTTP 429 for as long as the sale lasts. Raise the limit and watch the throttling shrink to the first seconds.',
    values: { ...flashSale, peak: 10_000, limit: 1000, reserved: 0, provisioned: 0, dbconn: 0 },
  },
  {
    id: 'scaling-rate-spike',
    label: 'The scaling rate, not the limit, throttles a spike',
    description:
      'The limit is 10,000, far above the 3,000 environments a jump to 15,000 requests a second needs. Yet the first 20 seconds are throttled: one function may add only 1,000 environments every 10 seconds.',
    values: { ...flashSale, peak: 15_000, limit: 10_000, reserved: 0, provisioned: 0, dbconn: 0 },
  },
  {
    id: 'db-100-connections',
    label: 'A database with 100 connections meets 3,000 environments',
    description:
      'Lambda scales to serve 15,000 requests a second, and every environment wants a database connection. The database has 100: beyond 100 invocations at a time, calls fail.',
    values: { ...flashSale, peak: 15_000, limit: 3000, reserved: 0, provisioned: 0, dbconn: 100, proxy: false },
  },
  {
    id: 'queue-protects-db',
    label: 'A queue and a concurrency cap protect the database',
    description:
      'Orders go to an SQS queue, and the event source’s maximum concurrency of 90 keeps the function under the database’s 100 connections. The queue grows during the sale and drains after it; nothing fails and nothing is lost.',
    values: { ...flashSale, mode: 'sqs', peak: 5000, window: 10, limit: 1000, reserved: 0, batch: 10, maxconc: 90, dbconn: 100, proxy: false },
  },
  {
    id: 'reserved-backpressure',
    label: 'Reserved concurrency as backpressure',
    description:
      'Reserved concurrency of 100 holds the function to what its 100-connection database can take. The events it cannot start yet wait in Lambda’s own queue, for minutes at the peak, and none is lost.',
    values: { ...flashSale, mode: 'async', peak: 1000, window: 10, limit: 1000, reserved: 100, dbconn: 100, proxy: false },
  },
  {
    id: 'async-dlq',
    label: 'Async retries land in the DLQ',
    description:
      'Asynchronous events that find the database full fail. Lambda retries each one a minute later and again two minutes after that; those that fail a third time go to the dead-letter queue.',
    values: { ...flashSale, mode: 'async', peak: 2000, window: 10, limit: 1000, reserved: 0, dbconn: 200, proxy: false, asyncretries: 2 },
  },
];

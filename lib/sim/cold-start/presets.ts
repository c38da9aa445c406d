import type { Preset } from '../../url-state';
import type { ColdStartSchema, ColdStartState } from './schema';

/**
 * Scenarios that each tell one story about cold starts. Their figures come from the model; the
 * words here are checked against it in presets.test.ts, so a change to the model's data that
 * breaks a story fails a test instead of quietly contradicting the description.
 */

/** A small shop's checkout: about 8,600 orders a day, arriving in bursts after quiet spells. */
const checkout: Partial<ColdStartState> = {
  runtime: 'nodejs',
  memory: 1024,
  pkg: 8,
  pattern: 'bursty',
  rps: 0.1,
  duration: 40,
  spread: 0.2,
  window: 1440,
  seed: 1,
};

/** The same shop's API written in Java with a framework: a 30 MB package, 60 ms handler. */
const javaApi: Partial<ColdStartState> = { ...checkout, runtime: 'java', pkg: 30, duration: 60 };

/** Provisioned environments that cover the checkout's busiest moment (its peak concurrency). */
export const CHECKOUT_PEAK = 4;

export const coldStartPresets: Preset<ColdStartSchema>[] = [
  {
    id: 'nightly-cron',
    label: 'Nightly cron job',
    description:
      'A report that runs once a night: every run starts cold, and nobody minds, because less than half a second of start-up is lost in a two-minute batch job.',
    values: { runtime: 'python', memory: 1024, pkg: 20, pattern: 'sparse', rps: 0.0000116, duration: 120_000, spread: 0, window: 1440, seed: 19 },
  },
  {
    id: 'webhook',
    label: 'Webhook receiver',
    description:
      'Deliveries come in bursts after quiet spells, and the first of each burst finds no warm environment: about one in twenty starts cold, a few hundred ms that a webhook sender never notices.',
    values: { runtime: 'nodejs', memory: 512, pkg: 5, pattern: 'bursty', rps: 0.02, duration: 200, spread: 0.3, window: 1440, seed: 1 },
  },
  {
    id: 'checkout-p99',
    label: 'Checkout API, p99 under 100 ms',
    description:
      'Warm requests answer in well under 100 ms, but each burst after a quiet spell starts environments cold: just over 1% of requests wait for one, and that is enough to lift p99 past the 100 ms target.',
    values: checkout,
  },
  {
    id: 'java-before-snapstart',
    label: 'Java before SnapStart',
    description:
      'The same checkout in Java with a 30 MB package: each cold start takes about a second and a half, so p99 is over a second. Pin this run, then choose “Java with SnapStart”.',
    values: javaApi,
  },
  {
    id: 'java-snapstart',
    label: 'Java with SnapStart',
    description:
      'SnapStart restores a snapshot of an environment that has already run its INIT: cold starts fall to about 150 ms, and p99 drops from over a second to under 200 ms.',
    values: { ...javaApi, runtime: 'java-snapstart' },
  },
  {
    id: 'provisioned-peak',
    label: 'Provisioned concurrency sized to the peak',
    description: `The checkout with ${CHECKOUT_PEAK} provisioned environments, its busiest moment: no request starts cold and p99 meets the target, but the day's bill grows from about a cent to over a dollar.`,
    values: { ...checkout, provisioned: CHECKOUT_PEAK },
  },
];

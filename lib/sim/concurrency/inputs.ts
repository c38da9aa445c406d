/**
 * The simulator's inputs. Their names ARE the URL parameters, so a shared link, a quiz question
 * and a test describe a scenario the same way; ranges, units and defaults are in schema.ts, and
 * the URL parser clamps to them before the model runs.
 */
export type LoadPattern = 'steady' | 'spike' | 'ramp' | 'daily';
/** 'current': 1,000 environments per 10 s per function (since Nov 2023); 'legacy': burst then +500/min. */
export type ScalingRule = 'current' | 'legacy';
/** How the function is invoked: a caller waiting (sync), Lambda's own queue (async), or an SQS queue. */
export type InvocationMode = 'sync' | 'async' | 'sqs';

/** The choices of each enumerated input, in display order (for the URL parser and the controls). */
export const loadPatterns: readonly LoadPattern[] = ['steady', 'spike', 'ramp', 'daily'];
export const scalingRules: readonly ScalingRule[] = ['current', 'legacy'];
export const invocationModes: readonly InvocationMode[] = ['sync', 'async', 'sqs'];

export interface ConcurrencyInput {
  pattern: LoadPattern;
  /** Offered load outside the peak, requests per second. */
  base: number;
  /** Offered load at the peak, requests per second. */
  peak: number;
  /** Handler duration, ms (for sqs: per invocation, the whole batch). */
  duration: number;
  /** Account concurrency limit. */
  limit: number;
  /** The function's reserved concurrency; 0 = none (it shares the account limit). */
  reserved: number;
  /** Provisioned concurrency: environments started and warm before the first request. */
  provisioned: number;
  scaling: ScalingRule;
  mode: InvocationMode;
  /** SQS batch size: messages per invocation at most. */
  batch: number;
  /** SQS event source maximum concurrency; 0 = not set. A value of 1 is read as 2, the minimum AWS accepts. */
  maxconc: number;
  /** Database max connections; 0 = the function uses no database. */
  dbconn: number;
  /** RDS Proxy-like pooling: connections are held only while a query runs. */
  proxy: boolean;
  /** Minutes simulated. */
  window: number;
  /** Extra: cold-start latency added to a request that starts a new environment, ms. */
  coldstart: number;
  /** Extra (sync): client retries after a 429, with exponential backoff and full jitter. */
  retries: number;
  /** Extra (sync): the client's first backoff ceiling, ms; it doubles per retry, capped at 20 s. */
  backoff: number;
  /** Extra (async): maximum event age, s; older events go to the dead-letter queue. */
  maxage: number;
  /** Extra (async): retries after a function error (here: a database error). */
  asyncretries: number;
  /** Extra (sqs): receives before the queue's redrive policy moves a message to the DLQ. */
  maxreceive: number;
  /** Extra (sqs): visibility timeout, s: how long a failed message stays hidden before a retry. */
  visibility: number;
  /** Extra (proxy): share of the handler's time spent in database queries, percent. */
  querypct: number;
}

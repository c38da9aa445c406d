import { sourced } from '../data/sourced';

/**
 * The one platform figure the Little's law demo needs. The concurrency simulator's fuller set
 * of limits lives in lib/data/lambda-limits.ts.
 */
export const accountConcurrencyDefault = sourced(
  1000,
  'concurrent executions per region',
  { title: 'AWS Lambda Developer Guide: Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html' },
  '2026-11-22',
  'A default quota that can be raised; new accounts may start lower.',
);

export const lambdaLimits = { accountConcurrency: accountConcurrencyDefault.value };

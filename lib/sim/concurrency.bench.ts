import { bench, describe } from 'vitest';
import { checkConservation, downsampleConcurrency, simulateConcurrency } from './concurrency';

// One hour at 100 ms steps is 36,000 steps; the brief is "well under a second" per run.
describe('concurrency simulation, one hour', () => {
  bench('sync: flash-sale spike to 50,000 requests/s', () => {
    simulateConcurrency({ mode: 'sync', pattern: 'spike', base: 1000, peak: 50_000, duration: 200, limit: 10_000, dbconn: 5000, window: 60 });
  });

  bench('sqs: spike to 50,000 messages/s, batches of 10, maximum concurrency 500', () => {
    simulateConcurrency({ mode: 'sqs', pattern: 'spike', base: 1000, peak: 50_000, duration: 200, batch: 10, maxconc: 500, dbconn: 400, window: 60 });
  });

  bench('async: daily curve to 20,000 events/s with a 1,000-connection database', () => {
    simulateConcurrency({ mode: 'async', pattern: 'daily', base: 500, peak: 20_000, duration: 300, limit: 5000, dbconn: 1000, window: 60 });
  });

  const result = simulateConcurrency({ mode: 'sync', pattern: 'spike', base: 1000, peak: 50_000, limit: 10_000, window: 60 });
  bench('checkConservation + downsample to 600 points (one hour)', () => {
    checkConservation(result);
    downsampleConcurrency(result, 600);
  });
});

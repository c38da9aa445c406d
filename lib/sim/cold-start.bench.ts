import { bench, describe } from 'vitest';
import { simulateColdStarts } from './cold-start';

/**
 * The cold-start simulator reruns on every input change, so a large scenario must stay well under
 * a second: one hour at 100 requests/s is about 360,000 requests.
 */
describe('the cold-start simulation', () => {
  bench('1 h at 100 requests/s, steady, Node.js (~360,000 requests)', () => {
    simulateColdStarts({ runtime: 'nodejs', pattern: 'steady', rps: 100, window: 60 });
  });

  bench('24 h at 1 request/s, daily curve, Java (~86,000 requests)', () => {
    simulateColdStarts({ runtime: 'java', pattern: 'daily', rps: 1, window: 1440 });
  });
});

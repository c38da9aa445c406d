import { describe, expect, it } from 'vitest';
import { completeInputs } from './explorer-inputs';
import { costVerdict } from './verdict';

describe('the one-sentence verdict', () => {
  it('at 3 million requests a month: Lambda $5.60, two t4g.small $24.53, Lambda cheaper until about 5 requests/s', () => {
    const inputs = completeInputs({ requests: 3e6, instance: 't4g.small' });
    // 3 M x $0.0000018667 = $5.60; 2 x $0.0168 x 730 = $24.528; $24.528 / $0.0000018667 = 13.1 M a month = 5.0 requests/s.
    expect(costVerdict(inputs)).toBe(
      'At 3 million requests a month Lambda costs $5.60; two t4g.small instances cost $24.53; ' +
        'Lambda stays cheaper until about 5 requests/s sustained (13.1 million requests a month).',
    );
  });

  it('past the crossover it says when Lambda became the dearer choice', () => {
    expect(costVerdict(completeInputs({ requests: 1e9 }))).toMatch(/; Lambda became dearer above about 12 requests\/s sustained \(32\.5 million requests a month\)\.$/);
  });

  it('names an autoscaled fleet by its range of instances', () => {
    // 1 billion a month is 380 requests/s on average: 0.2 x that at 03:00 (two, the minimum), 1.7 x at 19:00 (seven).
    expect(costVerdict(completeInputs({ requests: 1e9, scaling: 'hourly' }))).toMatch(/; t3\.medium instances autoscaled between two and seven cost \$136\.66; /);
  });

  it('can compare with Fargate tasks instead', () => {
    expect(costVerdict(completeInputs({ requests: 3e6 }), 'fargate')).toMatch(/; two Fargate tasks of 1 vCPU and 2 GB cost \$72\.08; /);
  });

  it('says so when there is no crossover in the range', () => {
    const cheap = completeInputs({ memory: 128, duration: 1, instance: 'm5.large', rpsPerInstance: 1, minInstances: 100 });
    expect(costVerdict(cheap)).toMatch(/Lambda stays cheaper all the way to 10 billion requests a month\.$/);
  });
});

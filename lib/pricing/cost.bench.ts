import { bench, describe } from 'vitest';
import { costSeries, monthlyCosts } from './compare';
import { crossovers } from './crossover';
import { completeInputs, COST_EXPLORER_DEFAULTS } from './explorer-inputs';
import { memoryTuning } from './memory-tuning';

/**
 * What the cost explorer recomputes on every slider move: all three bills, the 60-point chart
 * series and both crossovers. It should stay well under a frame's worth of time (16 ms).
 */
const busy = completeInputs({ scaling: 'hourly', front: 'rest', freeTier: true, provisioned: 5, coldShare: 1 });

describe('the cost explorer, per input change', () => {
  bench('three monthly bills', () => {
    monthlyCosts(COST_EXPLORER_DEFAULTS);
  });

  bench('the 60-point chart series', () => {
    costSeries(busy);
  });

  bench('both crossovers (EC2 and Fargate)', () => {
    crossovers(busy);
  });

  bench('memory tuning over 13 sizes', () => {
    memoryTuning({ cpuBoundMsAt1769: 300, ioBoundMs: 100, parallelism: 2 });
  });
});

import { formatBill, formatRate } from '../../format';
import { costExplorerSchema } from '../../pricing';
import { defineScenario } from '../../simulators/scenario';
import { costExplorerPresets } from './presets';
import { runCost, type CostResult } from './result';

const bill = (id: string, label: string, read: (r: CostResult) => number) => ({ id, label, unit: '$', read, format: formatBill });

/**
 * The cost explorer: Lambda against an EC2 fleet and Fargate for one workload. Its model and prices
 * live in lib/pricing (the schema is lib/pricing/explorer-inputs.ts); this file makes them a simulator.
 */
export const costScenario = defineScenario({
  id: 'cost',
  title: 'Cost explorer: Lambda against servers and containers',
  schema: costExplorerSchema,
  presets: costExplorerPresets,
  run: runCost,
  summarise: (_inputs, result: CostResult) => result.verdict,
  metrics: [
    bill('lambda-monthly-cost', 'Lambda monthly cost', (r) => r.costs.lambda.total),
    bill('ec2-monthly-cost', 'EC2 monthly cost', (r) => r.costs.ec2.total),
    bill('fargate-monthly-cost', 'Fargate monthly cost', (r) => r.costs.fargate.total),
    {
      id: 'crossover-rps',
      label: 'crossover, sustained requests per second',
      unit: 'requests/s',
      // No crossover (one option is cheaper at every traffic level) reads as not a number: a question must not ask for it.
      read: (r) => (r.crossings.ec2.kind === 'crossover' ? r.crossings.ec2.sustainedRps : Number.NaN),
      format: (v) => `${formatRate(v)} requests/s`,
    },
  ],
});

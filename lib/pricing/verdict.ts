import { countInWords, formatBill, formatRate, formatRequests } from '../format';
import { monthlyCosts, type AlwaysOnOption, type MonthlyCosts } from './compare';
import { findCrossover, type Crossover, type CrossoverOptions } from './crossover';
import type { CostExplorerInputs } from './explorer-inputs';
import type { FleetBill } from './fleet';

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** "two t4g.small instances cost", "one Fargate task of 1 vCPU and 2 GB costs", ... */
function fleetPhrase(inputs: CostExplorerInputs, against: AlwaysOnOption, bill: FleetBill): string {
  const unit = against === 'ec2' ? `${inputs.instance} instance` : `Fargate task`;
  const size = against === 'fargate' ? ` of ${inputs.taskVcpu} vCPU and ${inputs.taskMemory} GB` : '';
  const savings = inputs.savings > 0 ? ` with a ${inputs.savings}% savings plan` : '';
  const { unitsAtQuietest: low, unitsAtBusiest: high } = bill;
  if (low === high) {
    const subject = `${countInWords(high)} ${unit}${high === 1 ? '' : 's'}${size}${savings}`;
    return `${subject} ${high === 1 ? 'costs' : 'cost'}`;
  }
  return `${plural(2, unit)}${size} autoscaled between ${countInWords(low)} and ${countInWords(high)}${savings} cost`;
}

function crossoverPhrase(crossover: Crossover, requests: number): string {
  switch (crossover.kind) {
    case 'lambda-cheaper-throughout':
      return `Lambda stays cheaper all the way to ${formatRequests(crossover.toRequests)} requests a month`;
    case 'lambda-dearer-throughout':
      return `Lambda is dearer at every traffic level from ${formatRequests(crossover.fromRequests)} requests a month up`;
    case 'crossover': {
      const where = `about ${formatRate(crossover.sustainedRps)} requests/s sustained (${formatRequests(crossover.requestsPerMonth)} requests a month)`;
      return requests < crossover.requestsPerMonth ? `Lambda stays cheaper until ${where}` : `Lambda became dearer above ${where}`;
    }
  }
}

/**
 * One sentence for the lesson and the quiz: "At 3 million requests a month Lambda costs $5.60;
 * two t4g.small instances cost $24.53; Lambda stays cheaper until about 5 requests/s sustained
 * (13.1 million requests a month)." `range` is the traffic the crossover is looked for in (the
 * chart's axis; TRAFFIC_RANGE unless given).
 */
export function costVerdict(inputs: CostExplorerInputs, against: AlwaysOnOption = 'ec2', range: CrossoverOptions = {}): string {
  return verdictSentence(inputs, against, monthlyCosts(inputs), findCrossover(inputs, against, range));
}

/** The same sentence from bills and a crossover already worked out (the explorer has both). */
export function verdictSentence(inputs: CostExplorerInputs, against: AlwaysOnOption, costs: MonthlyCosts, crossover: Crossover): string {
  const fleet = costs[against];
  return (
    `At ${formatRequests(inputs.requests)} requests a month Lambda costs ${formatBill(costs.lambda.total)}; ` +
    `${fleetPhrase(inputs, against, fleet)} ${formatBill(fleet.total)}; ${crossoverPhrase(crossover, inputs.requests)}.`
  );
}

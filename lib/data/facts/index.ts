import { acrossServicesFacts } from './across-services';
import { computeModelFacts } from './compute-models';
import { costLineFacts } from './cost-lines';
import { deliveryArchitectureFacts } from './delivery-architecture';
import type { FactEntry } from './entry';
import { executionFacts } from './execution';
import { frontDoorFacts } from './front-door';
import { lambdaFacts } from './lambda';
import { playbookFacts } from './playbook';
import { scalingCostFacts } from './scaling-cost';
import { workflowsDataFacts } from './workflows-data';

export type { FactEntry } from './entry';

/** A figure lives once: the build fails if two modules define the same fact id. */
function mergeOnce<T>(merged: T, modules: Record<string, FactEntry>[]): T {
  const seen = new Set<string>();
  for (const factModule of modules) {
    for (const id of Object.keys(factModule)) {
      if (seen.has(id)) throw new Error(`Fact "${id}" is defined in two modules of lib/data/facts`);
      seen.add(id);
    }
  }
  return merged;
}

/**
 * Every figure lessons may quote by id. Each entry points at the one Sourced value it formats,
 * so a changed limit or price changes every lesson that quotes it.
 */
export const facts = mergeOnce({
  ...lambdaFacts,
  ...executionFacts,
  ...scalingCostFacts,
  ...workflowsDataFacts,
  ...deliveryArchitectureFacts,
  ...frontDoorFacts,
  ...acrossServicesFacts,
  ...playbookFacts,
  ...computeModelFacts,
  ...costLineFacts,
}, [lambdaFacts, executionFacts, scalingCostFacts, workflowsDataFacts, deliveryArchitectureFacts, frontDoorFacts, acrossServicesFacts, playbookFacts, computeModelFacts, costLineFacts]) satisfies Record<string, FactEntry>;

export type FactId = keyof typeof facts;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(facts, id);
}

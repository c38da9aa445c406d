import { savingsPlans } from './aws-savings-plans';

/**
 * Savings Plans discount each service by a different "up to": EC2 up to 72% (EC2 Instance Savings
 * Plans, one family and Region; 66% with the flexible Compute Savings Plans), Fargate up to 50%,
 * Lambda only up to 17% and only on duration and provisioned concurrency (never requests). A
 * learner who asks for 40% off gets 40% on EC2 and Fargate but 17% on Lambda. Lambda Managed
 * Instances are EC2 instances: their instance charge takes EC2's discount (the Lambda pricing page's
 * own example applies 72% to an m7g.xlarge), while the management fee and requests take none.
 * Figures and sources: ./aws-savings-plans.ts.
 */
export type SavingsPlanService = 'ec2' | 'fargate' | 'lambda' | 'managed-instances';

export function savingsPlanCapPercent(service: SavingsPlanService): number {
  switch (service) {
    case 'ec2':
    case 'managed-instances':
      return savingsPlans.ec2InstanceMaxPercent.value;
    case 'fargate':
      return savingsPlans.fargateMaxPercent.value;
    case 'lambda':
      return savingsPlans.lambdaMaxPercent.value;
  }
}

/** The discount a service really gets when the learner asks for `requestedPercent`: capped, never negative. */
export function appliedSavingsPercent(service: SavingsPlanService, requestedPercent: number): number {
  const requested = Number.isFinite(requestedPercent) ? requestedPercent : 0;
  return Math.min(savingsPlanCapPercent(service), Math.max(0, requested));
}

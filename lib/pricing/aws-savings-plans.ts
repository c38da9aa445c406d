import { sourced, type Source } from '../data/sourced';

/**
 * Savings Plans trade a 1- or 3-year commitment (dollars an hour) for a discount. The figures are
 * AWS's "up to" ceilings: the real discount depends on term, payment and instance family, so the
 * cost model takes the discount as a percent the learner sets, and uses these only as limits.
 */
export const SAVINGS_PLANS_PAGE: Source = {
  title: 'AWS Savings Plans',
  url: 'https://aws.amazon.com/savingsplans/',
};

const asOf = '2026-11-22';
const QUOTED = 'AWS\'s own wording, as quoted verbatim on several pages in the search index; the AWS page itself was not among the stored copies.';

export const savingsPlans = {
  ec2InstanceMaxPercent: sourced(72, 'percent off on-demand, at most', SAVINGS_PLANS_PAGE, asOf, `EC2 Instance Savings Plans: one instance family in one Region, 3-year term. ${QUOTED}`),
  computeMaxPercent: sourced(66, 'percent off on-demand, at most', SAVINGS_PLANS_PAGE, asOf, `Compute Savings Plans: any EC2 family or Region, and Fargate and Lambda. ${QUOTED}`),
  lambdaMaxPercent: sourced(
    17,
    'percent off Lambda duration and provisioned concurrency, at most',
    SAVINGS_PLANS_PAGE,
    asOf,
    'Compute Savings Plans on Lambda (3-year term; about 12% for 1 year): requests are not discounted. "Up to 17%" in a ' +
      '2026 transcription of the Lambda pricing page (api-evangelist/aws-lambda) and in third-party guides; not confirmed on an ' +
      'AWS page first-hand. Rechecked 2026-12-08. The rule that applies each service\'s cap is lib/pricing/savings-plan-caps.ts.',
  ),
  fargateMaxPercent: sourced(
    50,
    'percent off Fargate vCPU and memory, at most',
    SAVINGS_PLANS_PAGE,
    '2026-12-08',
    'Compute Savings Plans on Fargate, 3-year term: "up to 50%" in several independent guides (Opsani, CloudKeeper; a 2026 ' +
      'FinOps guide says "over 50%"). UNCONFIRMED on the AWS page; 52% was also quoted and not found.',
  ),
} as const;

/** The explorer's savings slider stops at the deepest discount AWS advertises for any always-on option. */
export const MAX_SAVINGS_PERCENT = savingsPlans.ec2InstanceMaxPercent.value;

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
    '2026-12-08',
    'Compute Savings Plans on Lambda (3-year term; about 12% for 1 year): requests are not discounted. "Up to 17%" in a ' +
      '2026 transcription of the Lambda pricing page (api-evangelist/aws-lambda) and in third-party guides; not confirmed on an ' +
      'AWS page first-hand. The rule that applies each service\'s cap is lib/pricing/savings-plan-caps.ts; the cost explorer ' +
      'does not discount Lambda until it is wired to it.',
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

/**
 * A commitment is paid every hour whether or not the capacity is used; on demand is paid only for
 * the hours used. With a discount of d, committing costs (1 - d) of on demand for the same
 * capacity, so it wins whenever that capacity would be busy more than (1 - d) of the time.
 * Returns that break-even share of the time, 0 to 1.
 */
export function commitmentBreakEvenUtilisation(discountPercent: number): number {
  const d = Math.min(Math.max(discountPercent, 0), 100) / 100;
  return 1 - d;
}

/** What committing to capacity costs against paying on demand for the share of it actually used. */
export function committedVersusOnDemand(onDemandMonthly: number, discountPercent: number, utilisation: number) {
  const committed = onDemandMonthly * commitmentBreakEvenUtilisation(discountPercent);
  const onDemand = onDemandMonthly * Math.min(Math.max(utilisation, 0), 1);
  return { committed, onDemand, cheaper: committed < onDemand ? ('committed' as const) : ('on-demand' as const) };
}

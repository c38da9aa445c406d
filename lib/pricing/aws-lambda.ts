import { sourced, type Source } from '../data/sourced';

/**
 * AWS Lambda prices, us-east-1, on-demand. Every Lambda price the course uses lives here.
 * The tiers are monthly and per account per region (per organisation with consolidated billing),
 * and apply separately to x86 and Arm.
 *
 * Checked 2026-11-22 against a stored copy of the pricing page. That copy is undated; it already
 * describes Lambda Managed Instances, durable functions and MicroVMs, so it is from 2026. Its
 * rate tables are drawn by script in the browser and are not in the stored text, so each figure
 * below is confirmed from the page's own worked examples where one uses it, and says so when it is not.
 */
export const LAMBDA_PRICING_PAGE: Source = {
  title: 'AWS Lambda pricing',
  url: 'https://aws.amazon.com/lambda/pricing/',
};

/** AWS's machine-readable price list; the tier boundaries and the Arm provisioned pair come from it. */
export const LAMBDA_PRICE_LIST: Source = {
  title: 'AWS Price List API: AWSLambda offer file, us-east-1',
  url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/current/us-east-1/index.json',
};

export const INIT_BILLING_POST: Source = {
  title: 'AWS Compute Blog: AWS Lambda standardizes billing for the INIT phase',
  url: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
};

const asOf = '2026-11-22';
const STORED_COPY = 'Checked against a stored, undated (2026) copy of the page.';
const PRICE_LIST_ONLY =
  'Not in the stored page text (its rate table is drawn by script); matches third-party transcriptions of the AWS Price List offer file, not read first-hand.';

export type Architecture = 'x86' | 'arm';

export interface PriceTier {
  /**
   * Upper bound of this tier in cumulative GB-seconds a month (Infinity for the last): the tier
   * covers usage from the previous tier's bound up to this one.
   */
  upToGbSeconds: number;
  pricePerGbSecond: number;
}

export const lambdaPricing = {
  requestPricePerMillion: sourced(
    0.2,
    'USD per million requests',
    LAMBDA_PRICING_PAGE,
    asOf,
    `Used in every worked example on the page. ${STORED_COPY}`,
  ),
  durationTiers: {
    x86: sourced<PriceTier[]>(
      [
        { upToGbSeconds: 6e9, pricePerGbSecond: 0.0000166667 },
        { upToGbSeconds: 15e9, pricePerGbSecond: 0.000015 },
        { upToGbSeconds: Infinity, pricePerGbSecond: 0.0000133334 },
      ],
      'USD per GB-second, by monthly tier',
      LAMBDA_PRICING_PAGE,
      asOf,
      'First 6 billion GB-s, next 9 billion, then everything above 15 billion. The first price is in the ' +
        'page\'s worked examples and the page names the 6-billion first tier; the later two prices and bounds: ' +
        `${PRICE_LIST_ONLY} Fixed 2026-11-22: the second bound was stored as the tier's size (9 B), not its upper bound (15 B).`,
    ),
    arm: sourced<PriceTier[]>(
      [
        { upToGbSeconds: 7.5e9, pricePerGbSecond: 0.0000133334 },
        { upToGbSeconds: 18.75e9, pricePerGbSecond: 0.0000120001 },
        { upToGbSeconds: Infinity, pricePerGbSecond: 0.0000106667 },
      ],
      'USD per GB-second, by monthly tier',
      LAMBDA_PRICING_PAGE,
      asOf,
      'Arm (Graviton) is 20% below x86 in every tier. First 7.5 billion GB-s, next 11.25 billion, then above ' +
        '18.75 billion. The first price is in the page\'s durable-functions example (Arm, 1 GB); the later ' +
        `two: ${PRICE_LIST_ONLY} Fixed 2026-11-22: the second bound was stored as the tier's size (11.25 B).`,
    ),
  },
  freeTier: {
    requests: sourced(1_000_000, 'requests per month', LAMBDA_PRICING_PAGE, asOf, `Always free, not only the first 12 months. ${STORED_COPY}`),
    gbSeconds: sourced(400_000, 'GB-seconds per month (x86 and Arm together)', LAMBDA_PRICING_PAGE, asOf, STORED_COPY),
  },
  ephemeralStoragePricePerGbSecond: sourced(
    0.0000000309,
    'USD per GB-second above the free 512 MB',
    LAMBDA_PRICING_PAGE,
    asOf,
    `Used in the page's third worked example (BERT model, 2,048 MB of /tmp). ${STORED_COPY}`,
  ),
  provisioned: {
    x86: {
      concurrencyPricePerGbSecond: sourced(0.0000041667, 'USD per GB-second configured', LAMBDA_PRICING_PAGE, asOf, `Used in both provisioned-concurrency examples. ${STORED_COPY}`),
      durationPricePerGbSecond: sourced(0.0000097222, 'USD per GB-second of work run on it', LAMBDA_PRICING_PAGE, asOf, `Used in both provisioned-concurrency examples. ${STORED_COPY}`),
    },
    arm: {
      concurrencyPricePerGbSecond: sourced(0.0000033334, 'USD per GB-second configured', LAMBDA_PRICE_LIST, asOf, `UNCONFIRMED on AWS's own page: ${PRICE_LIST_ONLY} 20% below x86, like every other Arm price.`),
      durationPricePerGbSecond: sourced(0.0000077778, 'USD per GB-second of work run on it', LAMBDA_PRICE_LIST, asOf, `UNCONFIRMED on AWS's own page: ${PRICE_LIST_ONLY} 20% below x86, like every other Arm price.`),
    },
  },
  billingGranularityMs: sourced(1, 'ms, rounded up per invocation', LAMBDA_PRICING_PAGE, asOf, `"Rounded up to the nearest 1 ms" (100 ms before December 2020). ${STORED_COPY}`),
  initPhaseBilled: sourced(
    true,
    'INIT billed like invocation time',
    INIT_BILLING_POST,
    asOf,
    'Since 1 August 2025 for on-demand functions on managed runtimes packaged as .zip (container images, custom ' +
      'runtimes and provisioned concurrency were already billed for it). AWS: INITs occur in under 1% of invocations in typical production workloads.',
  ),
} as const;

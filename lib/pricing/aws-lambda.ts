import { sourced, type Source } from '../data/sourced';

/**
 * AWS Lambda prices, us-east-1, on-demand. Every Lambda price the course uses lives here.
 * The tiers are monthly and per account per region.
 */
export const LAMBDA_PRICING_PAGE: Source = {
  title: 'AWS Lambda pricing',
  url: 'https://aws.amazon.com/lambda/pricing/',
};
const asOf = '2026-11-22';

export type Architecture = 'x86' | 'arm';

export interface PriceTier {
  /** GB-seconds in this tier (Infinity for the last). */
  upToGbSeconds: number;
  pricePerGbSecond: number;
}

export const lambdaPricing = {
  requestPricePerMillion: sourced(0.2, 'USD per million requests', LAMBDA_PRICING_PAGE, asOf),
  durationTiers: {
    x86: sourced<PriceTier[]>(
      [
        { upToGbSeconds: 6e9, pricePerGbSecond: 0.0000166667 },
        { upToGbSeconds: 9e9, pricePerGbSecond: 0.000015 },
        { upToGbSeconds: Infinity, pricePerGbSecond: 0.0000133334 },
      ],
      'USD per GB-second, by monthly tier',
      LAMBDA_PRICING_PAGE,
      asOf,
      'First 6 billion GB-s, next 9 billion, then everything above 15 billion.',
    ),
    arm: sourced<PriceTier[]>(
      [
        { upToGbSeconds: 7.5e9, pricePerGbSecond: 0.0000133334 },
        { upToGbSeconds: 11.25e9, pricePerGbSecond: 0.0000120001 },
        { upToGbSeconds: Infinity, pricePerGbSecond: 0.0000106667 },
      ],
      'USD per GB-second, by monthly tier',
      LAMBDA_PRICING_PAGE,
      asOf,
      'Arm (Graviton) is 20% below x86 in the first tier.',
    ),
  },
  freeTier: {
    requests: sourced(1_000_000, 'requests per month', LAMBDA_PRICING_PAGE, asOf),
    gbSeconds: sourced(400_000, 'GB-seconds per month (x86 and Arm together)', LAMBDA_PRICING_PAGE, asOf),
  },
  ephemeralStoragePricePerGbSecond: sourced(
    0.0000000309,
    'USD per GB-second above the free 512 MB',
    LAMBDA_PRICING_PAGE,
    asOf,
  ),
  provisioned: {
    x86: {
      concurrencyPricePerGbSecond: sourced(0.0000041667, 'USD per GB-second configured', LAMBDA_PRICING_PAGE, asOf),
      durationPricePerGbSecond: sourced(0.0000097222, 'USD per GB-second of work run on it', LAMBDA_PRICING_PAGE, asOf),
    },
    arm: {
      concurrencyPricePerGbSecond: sourced(0.0000033334, 'USD per GB-second configured', LAMBDA_PRICING_PAGE, asOf),
      durationPricePerGbSecond: sourced(0.0000077778, 'USD per GB-second of work run on it', LAMBDA_PRICING_PAGE, asOf),
    },
  },
  billingGranularityMs: sourced(1, 'ms, rounded up per invocation', LAMBDA_PRICING_PAGE, asOf),
} as const;

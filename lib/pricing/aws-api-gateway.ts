import { sourced, type Source } from '../data/sourced';
import { LAMBDA_PRICING_PAGE } from './aws-lambda';

/**
 * What the front door in front of a function costs per request, us-east-1. A Lambda function URL
 * is free; API Gateway charges per call received, in monthly volume tiers.
 */
export const API_GATEWAY_PRICING_PAGE: Source = {
  title: 'Amazon API Gateway pricing',
  url: 'https://aws.amazon.com/api-gateway/pricing/',
};

/** AWS's own whitepaper repeats the us-east-1 tiers in a table we could read in full. */
export const API_GATEWAY_PRIVATE_APIS_WHITEPAPER: Source = {
  title: 'AWS Whitepaper: Best Practices for Designing Amazon API Gateway Private APIs and Private Integration, Cost optimization (Table 4)',
  url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html',
};

const asOf = '2026-11-22';
const TIERS_NOTE =
  'The pricing page draws its rate table by script; its worked pricing examples (US regions) state the first-tier rates ' +
  '($3.50 per million REST calls, $1.00 per million HTTP calls, $0.90 above 300 million). The full tier boundaries were ' +
  'cross-checked against Table 4 of AWS\'s whitepaper on API Gateway private APIs (cost optimization page, stored copy undated).';

/** A tier of per-request pricing: requests up to `upToRequests` (cumulative, per month). */
export interface RequestTier {
  upToRequests: number;
  pricePerMillion: number;
}

export const apiGatewayPricing = {
  rest: sourced<RequestTier[]>(
    [
      { upToRequests: 333e6, pricePerMillion: 3.5 },
      { upToRequests: 1e9, pricePerMillion: 2.8 },
      { upToRequests: 20e9, pricePerMillion: 2.38 },
      { upToRequests: Infinity, pricePerMillion: 1.51 },
    ],
    'USD per million REST API calls, by monthly tier',
    API_GATEWAY_PRICING_PAGE,
    asOf,
    `First 333 million, next 667 million, next 19 billion, then over 20 billion. Caching is extra and not modelled. ${TIERS_NOTE}`,
  ),
  http: sourced<RequestTier[]>(
    [
      { upToRequests: 300e6, pricePerMillion: 1.0 },
      { upToRequests: Infinity, pricePerMillion: 0.9 },
    ],
    'USD per million HTTP API calls, by monthly tier',
    API_GATEWAY_PRICING_PAGE,
    asOf,
    `First 300 million, then 300 million and over. HTTP APIs are metered in 512 KB increments: the model assumes requests under 512 KB. ${TIERS_NOTE}`,
  ),
  freeTierRequests: sourced(
    1_000_000,
    'REST or HTTP calls a month, first 12 months only',
    API_GATEWAY_PRICING_PAGE,
    asOf,
    'Only for new AWS accounts in their first year, so the cost model never applies it (unlike Lambda\'s always-free tier).',
  ),
  functionUrlPricePerMillion: sourced(
    0,
    'USD per million requests',
    LAMBDA_PRICING_PAGE,
    asOf,
    'No extra charge: you pay only for the invocation (and data transfer). The stored Lambda pricing page lists no ' +
      'function-URL charge (only response-streaming bytes above 6 MB), but does not say "free" in so many words.',
  ),
} as const;

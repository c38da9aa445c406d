import { apiGatewayPricing, type RequestTier } from './aws-api-gateway';
import { tieredCost, type Tier } from './tiered-price';

/**
 * What receives the HTTP request before the function runs: nothing (the function is invoked
 * directly or by an event), API Gateway REST API, API Gateway HTTP API, or a Lambda function URL.
 */
export type FrontDoor = 'none' | 'rest' | 'http' | 'url';

export const FRONT_DOORS: readonly { value: FrontDoor; label: string }[] = [
  { value: 'none', label: 'None (direct invoke or event)' },
  { value: 'rest', label: 'API Gateway REST API' },
  { value: 'http', label: 'API Gateway HTTP API' },
  { value: 'url', label: 'Lambda function URL' },
];

function perRequestTiers(tiers: readonly RequestTier[]): Tier[] {
  return tiers.map((t) => ({ upTo: t.upToRequests, price: t.pricePerMillion / 1e6 }));
}

// Built once: the cost explorer prices thousands of months per input change.
const REST_TIERS = perRequestTiers(apiGatewayPricing.rest.value);
const HTTP_TIERS = perRequestTiers(apiGatewayPricing.http.value);

/**
 * The monthly charge of the front door for `requests` calls. API Gateway's 12-month free tier is
 * for new accounts only, so it is never applied (Lambda's free-tier toggle does not cover it).
 */
export function frontDoorMonthlyCost(front: FrontDoor, requests: number): number {
  switch (front) {
    case 'rest':
      return tieredCost(requests, REST_TIERS);
    case 'http':
      return tieredCost(requests, HTTP_TIERS);
    case 'url':
      return requests * (apiGatewayPricing.functionUrlPricePerMillion.value / 1e6);
    case 'none':
      return 0;
  }
}

import { apiGatewayPricing } from '../../pricing/aws-api-gateway';
import { formatUsd } from '../../pricing/format';
import { webSocketMonthlyCost, webSocketPricing } from '../../pricing/realtime';
import { sourced, type Source } from '../sourced';
import { API_GATEWAY_WEBSOCKET_QUOTAS } from './delivery-architecture';
import { entry, n, type FactEntry } from './entry';

/**
 * Figures quoted by the lesson on the front door (API Gateway, function URLs, load balancers,
 * per-customer quotas and real time, lesson 13) and by the interview playbook's worked problems.
 *
 * Checked 2026-12-08 against stored copies of the sources (no live page was fetched); each
 * `note` says how a value was read when the provider's own page was not read first-hand.
 */
const asOf = '2026-12-08';

const API_GATEWAY_QUOTAS: Source = {
  title: 'Amazon API Gateway Developer Guide: Amazon API Gateway quotas',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
};
const ALB_LAMBDA_TARGETS: Source = {
  title: 'Elastic Load Balancing User Guide: Use Lambda functions as targets of an Application Load Balancer',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
};
const WAF_RATE_BASED: Source = {
  title: 'AWS WAF Developer Guide: Rate-based rule high-level settings in AWS WAF',
  url: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html',
};
const APPSYNC_PRICING: Source = { title: 'AWS AppSync pricing', url: 'https://aws.amazon.com/appsync/pricing/' };

/** The regional throttle every API Gateway API in an account shares, and what sits in front. */
export const frontDoorLimits = {
  accountRps: sourced(
    10_000,
    'requests per second, steady state, shared by every REST, HTTP and WebSocket API of one account in one Region',
    API_GATEWAY_QUOTAS,
    asOf,
    'A quota that can be raised. The burst (the token bucket\'s size) is set by AWS from the rate and cannot be requested separately. Raised from 1,000 rps in June 2017 (AWS What\'s New). Thirteen newer Regions default to 2,500 rps with a 1,250 burst (see smallRegionRps).',
  ),
  accountBurst: sourced(5_000, 'requests, the token bucket\'s size for the account-level throttle', API_GATEWAY_QUOTAS, asOf, 'Stated on the English page copy served for the China Regions and in AWS\'s 2017 announcement; the current global page says only that AWS sets the burst from the rate.'),
  smallRegionRps: sourced(2_500, 'requests per second, the default account throttle in the newer Regions the quota page lists', API_GATEWAY_QUOTAS, asOf, 'Cape Town, Milan, Jakarta, UAE, Hyderabad, Melbourne, Spain, Zurich, Tel Aviv, Calgary, Malaysia, Thailand and Mexico (Central), with a 1,250-request burst.'),
  albLambdaBodyMb: sourced(1, 'MB, the largest request body, and the largest response JSON, between an Application Load Balancer and a Lambda target', ALB_LAMBDA_TARGETS, asOf, 'The same page: WebSocket upgrades to a Lambda target are refused with HTTP 400.'),
  wafMinRateLimit: sourced(10, 'requests per evaluation window, the lowest limit a rate-based rule accepts', WAF_RATE_BASED, asOf, 'Older answers say 100: the minimum was lowered when configurable windows arrived.'),
  wafWindowsSeconds: sourced([60, 120, 300, 600] as const, 'seconds, the evaluation windows a rate-based rule may look back over', WAF_RATE_BASED, asOf, 'Five minutes is the default and was the only window until March 2024 (AWS What\'s New, 4 March 2024).'),
} as const;

/** API Gateway WebSocket APIs and AppSync: connections, message sizes and prices. */
export const realTimeLimits = {
  webSocketMessageKb: sourced(128, 'KB, the largest WebSocket message', API_GATEWAY_WEBSOCKET_QUOTAS, asOf, 'Not adjustable. Frames are at most 32 KB, so a larger message arrives in several frames.'),
  webSocketFrameKb: sourced(32, 'KB, the largest WebSocket frame', API_GATEWAY_WEBSOCKET_QUOTAS, asOf, 'Not adjustable.'),
  webSocketNewConnectionsPerSecond: sourced(500, 'new connections per second, per account and Region, across all WebSocket APIs', API_GATEWAY_WEBSOCKET_QUOTAS, asOf, 'Can be raised. A reconnect storm after a deploy or a network blip is measured against it.'),
  appSyncEventsPerMillion: sourced(
    1.0,
    'USD per million AppSync Events API operations (publishes, deliveries to subscribers, connections)',
    APPSYNC_PRICING,
    asOf,
    'Read from a copy of the AWS Price List data for AWS AppSync ("$1 per million Event API operations", effective 2024-09-01); the rendered pricing page was not read. Connection minutes are billed separately.',
  ),
} as const;

/** Worked example: 10,000 clients connected all day for a 30-day month, before any message. */
const tenThousandClients = sourced(
  webSocketMonthlyCost({ connections: 10_000, hoursPerDay: 24, messages: 0, messageKb: 1 }).connectionMinutes,
  'USD a month in connection minutes',
  webSocketPricing.connectionMinutePerMillion.source,
  asOf,
  'Computed: 10,000 connections x 24 h x 60 min x 30 days = 432 million connection minutes at the connection-minute price.',
);

const usdPerMillion = (p: number) => `$${p.toFixed(2)} per million`;

export const frontDoorFacts = {
  'apiGateway.accountRps': entry(frontDoorLimits.accountRps, (r) => `${n(r)} requests per second`),
  'apiGateway.accountBurst': entry(frontDoorLimits.accountBurst, (b) => `${n(b)} requests`),
  'apiGateway.smallRegionRps': entry(frontDoorLimits.smallRegionRps, (r) => `${n(r)} requests per second`),
  'alb.lambdaBodyMax': entry(frontDoorLimits.albLambdaBodyMb, (mb) => `${mb} MB`),
  'functionUrl.price': entry(apiGatewayPricing.functionUrlPricePerMillion, (p) => (p === 0 ? 'no charge of its own' : usdPerMillion(p))),
  'waf.minRateLimit': entry(frontDoorLimits.wafMinRateLimit, (r) => `${n(r)} requests`),
  'waf.rateWindows': entry(frontDoorLimits.wafWindowsSeconds, (w) => `${w.slice(0, -1).map((s) => s / 60).join(', ')} or ${w[w.length - 1]! / 60} minutes`),
  'apiGatewayWebSocket.messageMax': entry(realTimeLimits.webSocketMessageKb, (kb) => `${kb} KB`),
  'apiGatewayWebSocket.frameMax': entry(realTimeLimits.webSocketFrameKb, (kb) => `${kb} KB`),
  'apiGatewayWebSocket.newConnectionsPerSecond': entry(realTimeLimits.webSocketNewConnectionsPerSecond, (c) => `${n(c)} new connections a second`),
  'apiGatewayWebSocket.messagePrice': entry(webSocketPricing.messagePerMillion, (p) => `${usdPerMillion(p)} messages`),
  'apiGatewayWebSocket.connectionMinutePrice': entry(webSocketPricing.connectionMinutePerMillion, (p) => `${usdPerMillion(p)} connection minutes`),
  'apiGatewayWebSocket.meteredIncrement': entry(webSocketPricing.meteredKb, (kb) => `${kb} KB`),
  'realtime.tenThousandClientsMonth': entry(tenThousandClients, formatUsd),
  'appSyncEvents.operationPrice': entry(realTimeLimits.appSyncEventsPerMillion, (p) => `${usdPerMillion(p)} operations`),
} satisfies Record<string, FactEntry>;

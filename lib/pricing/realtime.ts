import { sourced } from '../data/sourced';
import { API_GATEWAY_PRICING_PAGE } from './aws-api-gateway';

/**
 * What pushing to connected clients costs through an API Gateway WebSocket API, us-east-1: two
 * meters at once, messages (sent and received) and the minutes each connection stays open.
 */
const asOf = '2026-11-22';
const READ_NOTE =
  'The pricing page draws its rate table by script, so the rate was read from two independent transcriptions of the page ' +
  '(2025 and 2026) and an AWS re:Post question quoting it; the page text itself (Chinese-language copy) confirms the two meters, ' +
  'the 128 KB message ceiling and the 32 KB metering increment. Not read first-hand from the rendered English table.';

export const webSocketPricing = {
  messagePerMillion: sourced(1.0, 'USD per million WebSocket messages (first billion a month)', API_GATEWAY_PRICING_PAGE, asOf, `Messages are metered in 32 KB steps: a 33 KB message counts as two. ${READ_NOTE}`),
  connectionMinutePerMillion: sourced(0.25, 'USD per million connection minutes', API_GATEWAY_PRICING_PAGE, asOf, `An idle connection still accrues connection minutes. ${READ_NOTE}`),
  meteredKb: sourced(32, 'KB per metered message', API_GATEWAY_PRICING_PAGE, asOf, READ_NOTE),
} as const;

export interface WebSocketMonth {
  /** Clients connected at once, on average over the month. */
  connections: number;
  /** Hours a day the average client stays connected. */
  hoursPerDay: number;
  /** Messages a month, sent and received together. */
  messages: number;
  /** Average message size in KB (metered in 32 KB steps). */
  messageKb: number;
  /** Days in the month. */
  days?: number;
}

/** A month of a WebSocket API: messages (in 32 KB steps) plus connection minutes. No free tier. */
export function webSocketMonthlyCost({ connections, hoursPerDay, messages, messageKb, days = 30 }: WebSocketMonth): { messages: number; connectionMinutes: number; total: number } {
  const meteredMessages = messages * Math.max(1, Math.ceil(messageKb / webSocketPricing.meteredKb.value));
  const minutes = connections * hoursPerDay * 60 * days;
  const messageCost = (meteredMessages / 1e6) * webSocketPricing.messagePerMillion.value;
  const minuteCost = (minutes / 1e6) * webSocketPricing.connectionMinutePerMillion.value;
  return { messages: messageCost, connectionMinutes: minuteCost, total: messageCost + minuteCost };
}

import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'front-door';
const topic = 'front-door';

export const frontDoorQuestions: Question[] = [
  {
    id: 'door-per-client-throttle',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'four-front-doors-feature-by-feature' },
    prompt: 'You sell a public API in free and paid plans, each with its own request rate and monthly quota, and want the gateway to enforce them per customer. Which front door does that without code of yours?',
    options: [
      { id: 'rest', text: 'An API Gateway REST API, with API keys attached to usage plans', correct: true, explanation: 'Right. Usage plans give each key a rate, a burst and a quota; only REST APIs have them.' },
      { id: 'http', text: 'An API Gateway HTTP API', correct: false, explanation: 'HTTP APIs have stage and route throttles that apply to everyone, but no API keys or usage plans.' },
      { id: 'url', text: 'A Lambda function URL', correct: false, explanation: 'A function URL has no throttling, keys or WAF at all; it is a bare HTTPS endpoint.' },
      { id: 'alb', text: 'An Application Load Balancer', correct: false, explanation: 'An ALB can run WAF rate-based rules per IP, but has no notion of a customer’s plan or quota.' },
    ],
  },
  {
    id: 'door-account-throttle',
    kind: 'multi',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'the-throttle-your-whole-account-shares' },
    prompt: `A new public API must serve 8,000 requests a second at peak, with 120 ms handlers, in an account that already runs the company’s partner API. API Gateway’s account-level throttle is ${fact('apiGateway.accountRps')}. Which concerns are real? Select all that apply.`,
    options: [
      { id: 'shared', text: 'The partner API and every other API in the account and Region take tokens from the same bucket', correct: true, explanation: 'The throttle is per account and Region, across REST, HTTP and WebSocket APIs, so their peaks add up.' },
      { id: 'region', text: 'A raised quota in one Region does nothing for another Region the API runs in', correct: true, explanation: 'Quotas are regional; a second Region needs its own increase, sized for all the traffic if it must take over.' },
      { id: 'lambda', text: 'At the peak the functions need close to the default Lambda concurrency limit', correct: true, explanation: `8,000 × 0.12 s = ${fact('playbook.quota.peakConcurrency')} concurrent executions, against a default of ${fact('lambda.accountConcurrency')}.` },
      { id: 'burst-request', text: 'The burst must be raised by a separate quota request before launch', correct: false, explanation: 'AWS sets the burst from the rate; you ask for a higher rate, not a higher burst.' },
      { id: 'http-exempt', text: 'Moving the API to an HTTP API would take it out of the account throttle', correct: false, explanation: 'HTTP APIs share the same account-level throttle; only their price and features differ.' },
    ],
  },
  {
    id: 'door-quota-layers',
    kind: 'ordering',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'throttling-each-customer' },
    prompt: 'A request to a public REST API passes several layers that can refuse it. Put them in the order the request meets them, from the internet inwards.',
    items: [
      { id: 'waf', text: 'An AWS WAF rate-based rule counting requests per IP', explanation: 'WAF is evaluated before API Gateway handles the request, so floods never reach the API.' },
      { id: 'account', text: 'API Gateway’s account-level throttle for the Region', explanation: 'Every request to any API in the account takes a token from the regional bucket.' },
      { id: 'plan', text: 'The usage plan attached to the customer’s API key', explanation: 'Per-customer rate and quota, checked for the API key after the request is accepted by the Region.' },
      { id: 'reserved', text: 'The function’s reserved concurrency', explanation: 'Only a request that reaches the integration invokes the function, where its concurrency cap applies.' },
    ],
  },
  {
    id: 'door-burst-admitted',
    kind: 'numeric',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'the-throttle-your-whole-account-shares' },
    prompt: 'A customer’s plan is a token bucket refilling at 100 requests a second with a burst of 200. After half a second with no requests, after its bucket was emptied, the customer’s script sends 500 requests at once. How many are let through?',
    answer: 50,
    unit: 'requests',
    tolerance: { absolute: 0.5 },
    compute: { fn: 'admittedInBurst', ratePerSecond: 100, burst: 200, requests: 500, quietSeconds: 0.5 },
    solution: [
      'The bucket was empty, then refilled for 0.5 s at 100 tokens a second: 50 tokens.',
      'Each request takes one token, so the first 50 go through.',
      'The other 450 find the bucket empty and get 429. (After a long quiet spell the full burst of 200 would have gone through.)',
    ],
  },
  {
    id: 'door-api-key-auth',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'usage-plans-and-api-keys' },
    prompt: 'A team plans to use API Gateway usage plans both to authenticate customers, by their API key, and to bill them from the usage counts. What is the best advice?',
    options: [
      {
        id: 'separate',
        text: 'Authenticate with IAM, JWTs or a Lambda authorizer, and bill from your own metered records; keep usage plans for throttling and quotas.',
        correct: true,
        explanation: 'Right. AWS says API keys identify rather than authenticate, and that usage-plan throttling and quotas are best effort, so neither is fit for security or invoicing.',
      },
      { id: 'fine', text: 'That is what usage plans are for; keys are secret and counts are exact.', correct: false, explanation: 'Keys travel in a header and leak; counts and limits are enforced on a best-effort basis.' },
      { id: 'waf', text: 'Replace the keys with WAF rate-based rules, which identify customers exactly.', correct: false, explanation: 'WAF counts per IP or header over minute-long windows, approximately; it identifies no customer.' },
      { id: 'http', text: 'Move to an HTTP API, whose API keys are authenticated.', correct: false, explanation: 'HTTP APIs have no API keys or usage plans at all.' },
    ],
  },
  {
    id: 'door-websocket-gone',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'api-gateway-websocket-apis' },
    prompt: 'A function pushes a message to a stored connection id through the connections API and gets 410 Gone. What should it do?',
    options: [
      { id: 'delete', text: 'Delete that connection id from the connections table and carry on with the others', correct: true, explanation: 'Right. 410 means the client left, often without a clean $disconnect; removing the row keeps later fan-outs from wasting calls.' },
      { id: 'retry', text: 'Retry with exponential backoff until the message is delivered', correct: false, explanation: 'Gone is permanent: the connection no longer exists, and no retry will reach it. The client will reconnect with a new id.' },
      { id: 'queue', text: 'Keep the message queued in API Gateway until the client returns', correct: false, explanation: 'API Gateway keeps nothing for a disconnected client; the client must catch up from your own store when it reconnects.' },
      { id: 'fail', text: 'Throw, so the whole fan-out is retried', correct: false, explanation: 'Every other follower would get the message again; one departed client is no reason to fail the batch.' },
    ],
  },
  {
    id: 'door-websocket-cost',
    kind: 'numeric',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'api-gateway-websocket-apis' },
    prompt: `A dashboard keeps 20,000 clients connected to a WebSocket API for 8 hours a day over a 30-day month, and sends them 50 million messages of 2 KB in that month. At ${fact('apiGatewayWebSocket.messagePrice')} and ${fact('apiGatewayWebSocket.connectionMinutePrice')}, what is the month’s WebSocket bill, in dollars?`,
    answer: 122,
    unit: 'dollars',
    tolerance: { absolute: 0.5 },
    compute: { fn: 'webSocketMonthlyCost', connections: 20_000, hoursPerDay: 8, messages: 50_000_000, messageKb: 2 },
    solution: [
      'Connection minutes: 20,000 × 8 h × 60 min × 30 days = 288 million, × $0.25 per million = $72.',
      `Messages: each is under ${fact('apiGatewayWebSocket.meteredIncrement')}, so counts once: 50 million × $1.00 per million = $50.`,
      'Total: $72 + $50 = $122. Most of it is paid for connections that sit open, which is why idle clients should disconnect.',
    ],
  },
];

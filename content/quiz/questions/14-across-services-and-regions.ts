import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'across-services-and-regions';
const topic = 'across-services-and-regions';

export const acrossServicesQuestions: Question[] = [
  {
    id: 'across-dual-write',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'one-change-two-systems' },
    prompt: 'An API handler saves an order to DynamoDB, then publishes `OrderPlaced` to EventBridge. Occasionally an order is saved but never shipped. What is the most likely cause?',
    options: [
      { id: 'dual', text: 'A dual write: the handler sometimes stops between the save and the publish, and nothing ever sends the event', correct: true, explanation: 'Right. A timeout, a crash or a refused publish between two independent writes leaves them disagreeing; no retry inside the handler closes the gap.' },
      { id: 'eventual', text: 'DynamoDB’s eventual consistency hides the order from the shipping service', correct: false, explanation: 'Shipping never reads the table; it waits for an event that was never sent.' },
      { id: 'bus', text: 'EventBridge loses a small share of events it accepted', correct: false, explanation: 'An accepted event is delivered at least once; the problem is the event that was never accepted.' },
      { id: 'cold', text: 'Cold starts delay the publish beyond the consumer’s timeout', correct: false, explanation: 'A slow publish arrives late, not never; lost events point to a gap between two writes.' },
    ],
  },
  {
    id: 'across-outbox-guarantee',
    kind: 'multi',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'the-transactional-outbox' },
    prompt: 'An order service writes each order and an outbox record in one DynamoDB transaction; a stream consumer publishes outbox records to EventBridge. Which statements are true? Select all that apply.',
    options: [
      { id: 'committed', text: 'Every committed order eventually produces its event', correct: true, explanation: 'The outbox record commits with the order, and the relay retries from the stream until the bus accepts it.' },
      { id: 'phantom', text: 'No event is published for an order whose transaction failed', correct: true, explanation: 'A failed transaction writes neither item, so there is nothing for the relay to publish.' },
      { id: 'cost', text: 'Each order costs more write capacity than a single plain write', correct: true, explanation: `Transactional writes cost ${fact('dynamodb.transactWriteMultiple')} as much, and there are two items: ${fact('playbook.outbox.unitsPerOrder')} write units for two small items instead of one.` },
      { id: 'exactly-once', text: 'Consumers receive each event exactly once, so they need no deduplication', correct: false, explanation: 'The relay can publish and then fail before its batch is checkpointed; the event goes out again. Delivery is at least once.' },
      { id: 'no-relay', text: 'The relay can be skipped by reading the outbox from each consumer', correct: false, explanation: 'Consumers would then read your table directly, coupling them to your storage and your Region; the relay publishes deliberate events.' },
    ],
  },
  {
    id: 'across-cdc-or-outbox',
    kind: 'fit',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'change-data-capture-with-dynamodb-streams' },
    prompt: 'For each need, is raw change data capture from the table’s stream enough ("fit"), or should you publish deliberate events through an outbox ("poor" fit for raw CDC)?',
    scenarios: [
      { id: 'search', text: 'Keep a search index in step with the product table', verdict: 'fit', explanation: 'The index wants exactly "this item changed, here is its new image": raw stream records are the right feed.' },
      { id: 'cache', text: 'Invalidate cached product pages when a product changes', verdict: 'fit', explanation: 'Any change to the item is the signal; the table’s own schema is fine for an internal consumer.' },
      { id: 'partners', text: 'Tell other teams’ services that an order was placed, with fields they can rely on for years', verdict: 'poor', explanation: 'Raw records expose your storage schema, so any rename breaks them; an outbox publishes a stable domain event.' },
      { id: 'why', text: 'Announce that an order was cancelled, and whether the customer or fraud checks cancelled it', verdict: 'poor', explanation: 'A row change says what changed, not why; the outbox event can carry the reason.' },
    ],
  },
  {
    id: 'across-lww-balance',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'conflicts-and-the-rule-that-settles-them' },
    prompt: 'An account balance of 100 lives in a DynamoDB global table (eventually consistent) across two Regions. At nearly the same moment, Region A reads 100 and writes 150 (a deposit of 50), and Region B reads 100 and writes 70 (a withdrawal of 30). What is the balance once replication settles?',
    options: [
      { id: 'one-of', text: '150 or 70, whichever write has the later timestamp, in both Regions', correct: true, explanation: 'Right. Last writer wins keeps one whole item and silently drops the other write, so the true 120 is never stored. Use a home Region per account, or append ledger entries instead of overwriting.' },
      { id: 'sum', text: '120, because DynamoDB merges the two changes', correct: false, explanation: 'Global tables replicate whole item writes, not the intent behind them; nothing adds the two changes up.' },
      { id: 'diverge', text: '150 in Region A and 70 in Region B, for good', correct: false, explanation: 'Replicas converge: the same winning write is applied everywhere.' },
      { id: 'error', text: 'The second write fails with a conflict error', correct: false, explanation: `That is multi-Region strong consistency (MRSC, across ${fact('globalTables.mrscRegions')} Regions); the eventually consistent mode accepts both and keeps the later one.` },
    ],
  },
  {
    id: 'across-failover-seconds',
    kind: 'numeric',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'what-fails-over-and-what-does-not' },
    prompt: 'A Route 53 health check probes every 10 seconds and marks the endpoint unhealthy after 3 failed checks; the latency records have a TTL of 300 seconds. At best, how many seconds after a Region fails do all clients that honour the TTL reach the other Region?',
    answer: 330,
    unit: 'seconds',
    tolerance: { absolute: 1 },
    compute: { fn: 'dnsFailoverSeconds', checkIntervalSeconds: 10, failureThreshold: 3, dnsTtlSeconds: 300 },
    solution: [
      'Detection: 3 failed checks × 10 s = 30 s before Route 53 stops answering with the failed Region.',
      'Caching: resolvers may keep the old answer for the full TTL, another 300 s.',
      'Total: 30 s + 300 s = 330 s, five and a half minutes; the long TTL, not the health check, dominates. Clients that cache DNS longer take longer still.',
    ],
  },
  {
    id: 'across-what-fails-over',
    kind: 'multi',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'what-fails-over-and-what-does-not' },
    prompt: 'A two-Region active-active API loses Region A. Which of these do NOT move to Region B by themselves? Select all that apply.',
    options: [
      { id: 'queue', text: 'Messages waiting in Region A’s SQS queues', correct: true, explanation: 'Queues are regional; their messages wait in Region A until it recovers, so in-flight work must be replayable or its delay accepted.' },
      { id: 'quota', text: 'The API throttle and Lambda concurrency Region A was using', correct: true, explanation: 'Quotas are per Region: Region B must already have enough for all the traffic, raised in advance.' },
      { id: 'unreplicated', text: 'Writes made in Region A in the last moment before the failure', correct: true, explanation: 'Eventually consistent global tables replicate in the background; writes made within the replication latency of the failure may not have reached Region B.' },
      { id: 'dns', text: 'New users’ DNS answers, once the health check fails and the TTL expires', correct: false, explanation: 'That is the part that does fail over: Route 53 stops returning the unhealthy Region.' },
      { id: 'table', text: 'Items written well before the failure, in the global table', correct: false, explanation: 'They were replicated long ago; Region B’s replica already has them and accepts writes.' },
    ],
  },
  {
    id: 'across-strangler-first',
    kind: 'ordering',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'migrating-a-monolith-the-strangler-fig' },
    prompt: 'Put the steps of moving the order-history feature out of a monolith, strangler-fig style, in order.',
    items: [
      { id: 'door', text: 'Put a front door in front of the monolith, routing every path to it', explanation: 'First gain control of routing without changing behaviour; users notice nothing.' },
      { id: 'cdc', text: 'Stream changes from the legacy database into the new service’s table', explanation: 'Change data capture lets the new service hold current data while the monolith still writes it.' },
      { id: 'route', text: 'Route the order-history paths to the new functions, watching errors and latency', explanation: 'One capability moves; routing back is one change if it misbehaves.' },
      { id: 'writes', text: 'Move the writes to the new service and retire the old tables', explanation: 'Only once reads are proven does the new service take ownership of the data.' },
    ],
  },
];

import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'events-and-invocation';
const topic = 'events-and-invocation';
const section = 'choosing-a-messenger-sns-sqs-eventbridge-or-kinesis';

/** Lesson 3's decision table: SNS, SQS, EventBridge and Kinesis (issue 13). */
export const messagingQuestions: Question[] = [
  {
    id: 'events-messenger-replay',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section },
    prompt: 'Orders must reach billing, shipping and analytics, each filtering for the order types it cares about, and analytics must be able to re-read last week\'s orders after a bug fix. Traffic is modest and spiky. Which service fits best?',
    options: [
      {
        id: 'eventbridge',
        text: 'EventBridge: a rule per consumer matching on the event\'s content, and an archive to replay from.',
        correct: true,
        explanation: 'Right. Content-based routing gives each consumer its own filter, archive and replay answers the re-read, and paying per event suits modest, spiky traffic.',
      },
      {
        id: 'sqs',
        text: 'One SQS queue that all three services read from.',
        correct: false,
        explanation: 'A queue gives each message to one consumer, so the three services would steal each other\'s orders, and a deleted message cannot be read again.',
      },
      {
        id: 'sns',
        text: 'An SNS standard topic with three subscribers.',
        correct: false,
        explanation: 'SNS does fan out with attribute filters, but a standard topic keeps nothing: there is no replay of last week.',
      },
      {
        id: 'kinesis',
        text: 'A Kinesis stream, because only streams can be read again.',
        correct: false,
        explanation: `Kinesis can rewind, but it bills ${fact('kinesis.shardHourPrice')} per shard whether or not orders arrive, and each reader must filter for itself; EventBridge archives also replay.`,
      },
    ],
  },
  {
    id: 'events-messenger-order',
    kind: 'multi',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section },
    prompt: 'Which of these deliver events to a consumer in the order they were sent, and within what scope? Select every statement that is true.',
    options: [
      { id: 'kinesis', text: 'Kinesis Data Streams keeps order within a shard, that is, per partition key.', correct: true, explanation: 'Records in a shard are read in sequence; records with the same partition key land in the same shard, so order holds per key.' },
      { id: 'fifo', text: 'An SQS FIFO queue keeps order within a message group.', correct: true, explanation: 'Order is per MessageGroupId; different groups are processed in parallel, and a failure blocks only its own group.' },
      { id: 'sqs-standard', text: 'An SQS standard queue delivers messages in the order they were sent.', correct: false, explanation: 'A standard queue makes no ordering promise (best effort only), and it may deliver a message more than once.' },
      { id: 'eventbridge-classic', text: 'A classic EventBridge event bus delivers each target its events in publishing order.', correct: false, explanation: 'The classic bus promises no order; only the newer Custom Event Bus offers FIFO subscribers, ordered per event group.' },
      { id: 'sns-standard', text: 'An SNS standard topic delivers to each subscriber in publishing order.', correct: false, explanation: 'Standard topics promise no order; SNS FIFO topics do, per message group, when delivering to SQS FIFO queues.' },
    ],
  },
  {
    id: 'events-sns-sqs-fanout',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section },
    prompt: 'A design fans out an SNS topic to three services. One of them calls a slow partner API. Why do experienced teams put an SQS queue between the topic and each service?',
    options: [
      {
        id: 'buffer',
        text: 'Each service gets its own buffer, retries and dead-letter queue, so the slow one falls behind in its queue without affecting the others.',
        correct: true,
        explanation: 'Right. The queue turns the partner API\'s slowness into queue depth for that service alone, and lets its consumer cap its concurrency.',
      },
      {
        id: 'order',
        text: 'The queues make SNS deliver messages in order.',
        correct: false,
        explanation: 'Standard queues add no ordering; the point is isolation and buffering, not order.',
      },
      {
        id: 'cheaper',
        text: 'SNS charges less for delivering to SQS than to Lambda.',
        correct: false,
        explanation: `Delivery to SQS and to Lambda are both free; SNS charges ${fact('sns.publishPrice')} published. The queue adds SQS request charges, for resilience.`,
      },
      {
        id: 'retries',
        text: 'Without queues, SNS never retries a failed delivery to Lambda.',
        correct: false,
        explanation: `SNS retries deliveries to Lambda and SQS for up to ${fact('sns.retryWindow')}; the queue is about each subscriber controlling its own pace and failures.`,
      },
    ],
  },
];

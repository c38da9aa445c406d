import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'events-and-invocation';
const topic = 'events-and-invocation';

export const eventsQuestions: Question[] = [
  {
    id: 'events-s3-pattern',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'which-sources-use-which-pattern' },
    prompt: 'A file lands in an S3 bucket and S3 invokes a thumbnail function. How is the function invoked, and who retries if it throws?',
    options: [
      {
        id: 'async',
        text: 'Asynchronously: Lambda queues the event, answers S3 at once, and retries failures itself.',
        correct: true,
        explanation: 'Right. S3, SNS and EventBridge hand events to Lambda’s internal queue; nobody waits for the result, so Lambda owns the retries.',
      },
      {
        id: 'sync',
        text: 'Synchronously: S3 waits for the thumbnail and retries on an error.',
        correct: false,
        explanation: 'S3 does not wait on your function; synchronous invocation is for callers that need the answer, such as API Gateway or a function URL.',
      },
      {
        id: 'poll',
        text: 'By polling: Lambda reads the bucket in batches.',
        correct: false,
        explanation: 'Polling is how Lambda reads queues and streams (SQS, Kinesis, DynamoDB Streams, Kafka), not buckets.',
      },
      {
        id: 'none',
        text: 'Asynchronously, and a failed event is simply lost; there are no retries.',
        correct: false,
        explanation: 'Lambda does retry asynchronous failures (twice by default). An event is lost only if it still fails and no dead-letter queue or destination was configured.',
      },
    ],
  },
  {
    id: 'events-poll-based',
    kind: 'multi',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'poll-based' },
    prompt: 'For which event sources does Lambda run pollers that read records and invoke the function with batches? Select all that apply.',
    options: [
      { id: 'sqs', text: 'An SQS queue', correct: true, explanation: 'Poll-based: an event source mapping reads messages and invokes the function synchronously with a batch.' },
      { id: 'kinesis', text: 'A Kinesis stream', correct: true, explanation: 'Poll-based, in ordered batches per shard; a failing batch holds up its shard until it succeeds or expires.' },
      { id: 'ddb', text: 'DynamoDB Streams', correct: true, explanation: 'Also polled, although some summaries file it vaguely under storage events; that is what decides how its failures behave.' },
      { id: 'sns', text: 'An SNS topic', correct: false, explanation: 'SNS pushes each message to Lambda asynchronously; there is no batch and no poller.' },
      { id: 'apigw', text: 'API Gateway', correct: false, explanation: 'API Gateway invokes synchronously and waits for the handler’s response.' },
    ],
  },
  {
    id: 'events-async-failure',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'asynchronous' },
    prompt: 'An EventBridge rule invokes a function asynchronously, and the function keeps throwing for one event. With default settings and nothing else configured, what happens?',
    options: [
      {
        id: 'two-then-gone',
        text: 'Lambda retries twice more, about a minute and then two minutes apart, and then discards the event.',
        correct: true,
        explanation: 'Right. Without a dead-letter queue or on-failure destination the failed event disappears silently, which is why every asynchronous function should have one.',
      },
      {
        id: 'forever',
        text: 'Lambda retries until the function succeeds.',
        correct: false,
        explanation: 'Retries on function errors are capped (two by default, configurable down to zero); only throttled events keep retrying, and only up to the maximum event age.',
      },
      {
        id: 'caller',
        text: 'EventBridge receives the error and retries the rule.',
        correct: false,
        explanation: 'EventBridge got "accepted" as soon as Lambda queued the event; it never sees the handler’s error.',
      },
      {
        id: 'dlq-default',
        text: 'The event lands in the account’s default dead-letter queue.',
        correct: false,
        explanation: 'There is no default dead-letter queue. You must configure a DLQ or an on-failure destination, or the event is dropped.',
      },
    ],
  },
  {
    id: 'events-sync-throttle',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'synchronous' },
    prompt: 'A function behind API Gateway is at its concurrency limit when a request arrives. What does the caller get?',
    options: [
      {
        id: '429',
        text: 'An immediate throttling error (HTTP 429 from Lambda); whether to retry is the caller’s decision.',
        correct: true,
        explanation: 'Right. In a synchronous call nothing queues the request for later, so the error goes straight back and the caller owns the retry.',
      },
      {
        id: 'queued',
        text: 'The request waits in Lambda’s internal queue until an environment frees up.',
        correct: false,
        explanation: 'Only asynchronous invocations go through Lambda’s internal queue; a waiting HTTP client gets an error instead.',
      },
      {
        id: 'lambda-retries',
        text: 'Lambda retries the request twice before answering.',
        correct: false,
        explanation: 'Lambda retries asynchronous events, not synchronous calls: for those, retrying is left to the caller (AWS SDKs do it by default, browsers do not).',
      },
      {
        id: 'slow',
        text: 'The request is served, only more slowly, by an environment shared with another request.',
        correct: false,
        explanation: 'A Lambda environment serves one request at a time; there is no sharing to fall back on.',
      },
    ],
  },
  {
    id: 'events-idempotency-key',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'retries-mean-duplicates' },
    prompt: 'An order-confirmation handler sometimes sends two emails for one order. What is the standard fix?',
    options: [
      {
        id: 'key',
        text: 'Record an idempotency key (the order id) in an external store with a uniqueness constraint, and skip the work when it is already there.',
        correct: true,
        explanation: 'Right. Delivery is at least once, so the handler must make a second run harmless; a conditional write makes exactly one attempt win, wherever it runs.',
      },
      {
        id: 'no-retries',
        text: 'Turn off retries so each event is delivered exactly once.',
        correct: false,
        explanation: 'Duplicates also come from timeouts after the work was done and from occasional redelivery; turning retries off loses events without guaranteeing single delivery.',
      },
      {
        id: 'memory-set',
        text: 'Keep a set of processed order ids in the function’s memory.',
        correct: false,
        explanation: 'The duplicate may land on another environment with its own empty set, or after this one is recycled.',
      },
      {
        id: 'longer-timeout',
        text: 'Raise the function’s timeout so it never times out.',
        correct: false,
        explanation: 'A longer timeout removes one source of duplicates at best; redelivery and batch retries still happen, so the handler must be idempotent anyway.',
      },
    ],
  },
  {
    id: 'events-choreography',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'orchestration-and-choreography' },
    prompt: 'The analytics team wants to react to every OrderPlaced event without touching the order service. Which style fits, and why?',
    options: [
      {
        id: 'choreo',
        text: 'Choreography: analytics subscribes to the event on a bus and evolves on its own.',
        correct: true,
        explanation: 'Right. Independent reactions that should not require changing the producer are what choreography is for; the cost is that no one place shows the whole flow.',
      },
      {
        id: 'orch',
        text: 'Orchestration: add an analytics step to the order workflow’s state machine.',
        correct: false,
        explanation: 'That couples analytics to the order process and its deployments; orchestration suits the core transaction with retries, compensation and visible status.',
      },
      {
        id: 'direct',
        text: 'Have the order function call the analytics function synchronously.',
        correct: false,
        explanation: 'A synchronous function-to-function call stacks latency and cost (the caller is billed while it waits) and lets analytics failures break orders.',
      },
      {
        id: 'poll-db',
        text: 'Have analytics poll the orders table every minute.',
        correct: false,
        explanation: 'Polling adds delay and load and duplicates what an event already says; a change stream or a bus subscription does it without either.',
      },
    ],
  },
  {
    id: 'events-storage-metadata',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'storage-events' },
    prompt: 'What does a function invoked by an S3 upload receive in its event?',
    options: [
      {
        id: 'metadata',
        text: 'The object’s metadata (bucket, key, size, version); it downloads the object if it needs the contents.',
        correct: true,
        explanation: 'Right. The event describes what happened, not the data itself; that keeps events small whatever the file size.',
      },
      {
        id: 'bytes',
        text: 'The file’s bytes, base64-encoded.',
        correct: false,
        explanation: `Events carry descriptions, not payloads: an asynchronous event is limited to ${fact('lambda.asyncPayload')}, far smaller than many uploads.`,
      },
      {
        id: 'url',
        text: 'A pre-signed URL that expires after one invocation.',
        correct: false,
        explanation: 'S3 does not mint URLs for the function; the function reads the object with its own permissions, using the bucket and key.',
      },
      {
        id: 'nothing',
        text: 'Nothing but a timestamp; the function lists the bucket to find what changed.',
        correct: false,
        explanation: 'The event names the bucket and key, so no listing is needed, and listing would race with other uploads.',
      },
    ],
  },
  {
    id: 'events-chains',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'orchestration-and-choreography' },
    prompt: 'Function A synchronously invokes B, which synchronously invokes C. What is the strongest objection?',
    options: [
      {
        id: 'stacked',
        text: 'Latency and cost stack (each caller is billed while it waits) and a failure in C is hard to trace; use a workflow engine or an event bus.',
        correct: true,
        explanation: 'Right. Chained functions pay for waiting, multiply failure modes and hide the flow; Step Functions or events replace the chain with something observable.',
      },
      {
        id: 'forbidden',
        text: 'Lambda forbids functions from invoking other functions.',
        correct: false,
        explanation: 'It is allowed and easy, which is why the anti-pattern is common; the objection is to what it costs, not to a rule.',
      },
      {
        id: 'cold',
        text: 'Only the first function can be kept warm, so B and C are always cold.',
        correct: false,
        explanation: 'Each function has its own warm environments; cold starts can stack in a chain, but they are not guaranteed on every call.',
      },
      {
        id: 'payload',
        text: 'The event must be smaller at each hop.',
        correct: false,
        explanation: 'Payload limits are the same at every synchronous hop; size is not what makes chains a bad idea.',
      },
    ],
  },
];

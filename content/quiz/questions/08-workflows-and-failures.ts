import type { Question } from '@/lib/quiz/types';

const lesson = 'workflows-and-failures';
const topic = 'workflows-and-failures';

/** Asynchronous writes against a database with 100 connections, with and without a cap. */
const asyncIntoDatabase = { pattern: 'spike', base: 100, peak: 3000, duration: 200, limit: 5000, reserved: 0, provisioned: 0, scaling: 'current', mode: 'async', batch: 10, maxconc: 0, dbconn: 100, proxy: 0, window: 10 };

export const workflowQuestions: Question[] = [
  {
    id: 'wf-standard-or-express',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'standard-or-express' },
    prompt: 'A payment workflow charges a card, books a courier and must be auditable. Which Step Functions workflow type fits?',
    options: [
      {
        id: 'standard',
        text: 'Standard: exactly-once execution, state saved at every transition, and a kept history.',
        correct: true,
        explanation: 'Right. Anything that moves money or must be audited belongs on Standard; you pay per state transition, which suits a process run a modest number of times.',
      },
      {
        id: 'express',
        text: 'Express: it is cheaper and faster, which matters most for payments.',
        correct: false,
        explanation: 'Express can run a step more than once when started asynchronously and keeps no history unless you log it; it suits high-volume, short, idempotent flows.',
      },
      {
        id: 'either',
        text: 'Either: the two types differ only in price.',
        correct: false,
        explanation: 'They differ in duration (a year against five minutes), in execution guarantee and in history; for payments those matter more than price.',
      },
      {
        id: 'no-workflow',
        text: 'Neither: chain the three functions, each calling the next.',
        correct: false,
        explanation: 'A chain stacks latency and cost and leaves nobody in charge of retries or compensation when the middle step fails.',
      },
    ],
  },
  {
    id: 'wf-retry-waits',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'the-order-workflow-in-amazon-states-language' },
    prompt: 'A Task state has `"Retry": [{ "ErrorEquals": ["TransientError"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2.0 }]`. The function keeps throwing TransientError. What happens?',
    options: [
      {
        id: 'waits',
        text: 'Step Functions retries after 2, then 4, then 8 seconds; after the third retry fails, the state’s Catch (if any) takes over.',
        correct: true,
        explanation: 'Right. MaxAttempts counts retries after the first try, and BackoffRate multiplies the wait each time; Catch handles what retries could not fix.',
      },
      {
        id: 'three-total',
        text: 'It tries three times in all, two seconds apart each time.',
        correct: false,
        explanation: 'The first try is not counted in MaxAttempts, and with a BackoffRate of 2 the interval doubles rather than staying at two seconds.',
      },
      {
        id: 'forever',
        text: 'It retries every 2 seconds until the function succeeds.',
        correct: false,
        explanation: 'MaxAttempts caps the retries; unbounded retrying would hide a broken dependency forever.',
      },
      {
        id: 'all-errors',
        text: 'It retries any error three times, since Retry applies to the whole state.',
        correct: false,
        explanation: 'ErrorEquals matches by error name: only TransientError is retried here. Everything else goes straight to Catch.',
      },
    ],
  },
  {
    id: 'wf-patterns',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'six-workflow-patterns' },
    prompt: 'Every file listed in a 2 GB manifest on S3 must go through the same three steps, as many at once as possible. Which Step Functions building block fits?',
    options: [
      { id: 'map', text: 'A Distributed Map state reading the items from S3', correct: true, explanation: 'Right. Map runs the same steps for every item; the Distributed mode reads items from S3 and runs many child workflows in parallel.' },
      { id: 'parallel', text: 'A Parallel state with one branch per file', correct: false, explanation: 'Parallel is for a fixed set of different branches known in advance, not for thousands of items from a manifest.' },
      { id: 'choice', text: 'A Choice state', correct: false, explanation: 'Choice routes one execution down one branch based on data; it runs nothing for a collection.' },
      { id: 'wait', text: 'A Wait state between each file', correct: false, explanation: 'Wait delays an execution; it would make the job slower, not parallel.' },
    ],
  },
  {
    id: 'wf-saga',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'the-saga-pattern' },
    prompt: 'An order reserves stock, then charges the card, then books a courier. Booking the courier fails. In a saga, what happens next?',
    options: [
      {
        id: 'compensate',
        text: 'Compensating actions undo the completed steps in reverse order: refund the card, then release the stock.',
        correct: true,
        explanation: 'Right. There is no rollback across three services, so each completed step has a business-level undo; compensations can fail too, so they must be idempotent.',
      },
      {
        id: 'rollback',
        text: 'The database transaction spanning the three services rolls back automatically.',
        correct: false,
        explanation: 'No transaction spans separate services; that is exactly the gap the saga pattern fills.',
      },
      {
        id: 'retry-all',
        text: 'The whole workflow restarts from the first step.',
        correct: false,
        explanation: 'Restarting would reserve stock and charge the card again; without compensation that creates duplicates, not a clean failure.',
      },
      {
        id: 'ignore',
        text: 'Nothing: the order stays charged and an operator books the courier by hand.',
        correct: false,
        explanation: 'Manual follow-up may be part of the answer, but leaving the customer charged with no compensation path is what sagas exist to prevent.',
      },
    ],
  },
  {
    id: 'wf-async-failure-path',
    kind: 'ordering',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'when-a-step-fails' },
    prompt: 'An asynchronous event keeps failing with default settings and an on-failure destination configured. Put what happens in order.',
    items: [
      { id: 'first', text: 'The first attempt runs and throws an error', explanation: 'Lambda takes the event from its internal queue and invokes the function; the handler fails.' },
      { id: 'wait-one', text: 'Lambda waits about a minute', explanation: 'Before the first retry Lambda pauses, giving a transient problem time to clear.' },
      { id: 'retry-one', text: 'The first retry fails', explanation: 'The event is retried with the same payload; a non-transient bug fails again.' },
      { id: 'wait-two', text: 'Lambda waits about two minutes', explanation: 'The second pause is longer than the first.' },
      { id: 'retry-two', text: 'The second and last retry fails', explanation: 'Two retries is the default (configurable to 0, 1 or 2); after it Lambda gives up on the event.' },
      { id: 'destination', text: 'The invocation record goes to the on-failure destination', explanation: 'The destination receives the event with the error and context, ready to inspect, fix and replay; without one, the event would be discarded.' },
    ],
  },
  {
    id: 'wf-dlq-or-destination',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'destinations' },
    prompt: 'Why are on-failure destinations usually preferred to dead-letter queues for asynchronous Lambda invocations?',
    options: [
      {
        id: 'context',
        text: 'A destination receives an invocation record with the error, response and request context, not only the event, and can also target EventBridge or another function.',
        correct: true,
        explanation: 'Right. Knowing why an event failed, not only what it was, makes the fix and the replay faster; and an on-success destination can record the happy path too.',
      },
      {
        id: 'retries',
        text: 'Destinations retry the event forever, while a DLQ gives up.',
        correct: false,
        explanation: 'Neither retries: both receive the event after Lambda’s own retries are exhausted.',
      },
      {
        id: 'sqs-only',
        text: 'DLQs can only be SNS topics, which nobody reads.',
        correct: false,
        explanation: 'A Lambda DLQ can be an SQS queue or an SNS topic; the difference is the information carried, not the target.',
      },
      {
        id: 'deprecated',
        text: 'Dead-letter queues no longer work on Lambda.',
        correct: false,
        explanation: 'They still work and are still needed where destinations do not apply, such as a redrive policy on an SQS source queue.',
      },
    ],
  },
  {
    id: 'wf-partial-batch',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'partial-batch-failures' },
    prompt: 'An SQS-triggered function processes batches of 10, and one malformed message makes it throw. Without partial batch responses, what happens?',
    options: [
      {
        id: 'whole-batch',
        text: 'The whole batch returns to the queue, so the nine good messages are processed again along with the bad one.',
        correct: true,
        explanation: 'Right. Turning on ReportBatchItemFailures and returning only the failed message ids lets Lambda delete the good ones and retry just the bad one.',
      },
      {
        id: 'just-bad',
        text: 'Lambda retries only the malformed message.',
        correct: false,
        explanation: 'That is what partial batch responses give you; by default the batch succeeds or fails as a whole.',
      },
      {
        id: 'dropped',
        text: 'The batch is deleted and the failure is logged.',
        correct: false,
        explanation: 'A failed batch is not deleted; its messages become visible again after the visibility timeout and are retried.',
      },
      {
        id: 'shard',
        text: 'The queue stops delivering anything until the bad message is removed.',
        correct: false,
        explanation: 'Blocking until the bad record clears is how streams (Kinesis, DynamoDB Streams) behave per shard; a standard SQS queue keeps delivering other messages.',
      },
    ],
  },
  {
    id: 'wf-idempotency-details',
    kind: 'multi',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'design-for-retries-idempotency' },
    prompt: 'A payment handler must never charge twice. Which details make its idempotency hold up? Select all that apply.',
    options: [
      { id: 'business-key', text: 'The key names the business operation (the order id), not the delivery (the message id)', correct: true, explanation: 'If the producer sends the same order twice, the message ids differ but the order id does not; only the business key catches it.' },
      { id: 'atomic', text: 'The check and the claim are one atomic conditional write', correct: true, explanation: 'Read-then-write leaves a gap in which two concurrent attempts both see no key; a conditional write lets exactly one win.' },
      { id: 'store-result', text: 'The result is stored with the key, so a repeat returns the first answer', correct: true, explanation: 'A repeat should get the same response, not an error and not a second charge.' },
      { id: 'expiry', text: 'Idempotency records expire after a few minutes, to save storage', correct: false, explanation: 'Records must outlive the longest gap between two deliveries: asynchronous retries last up to six hours and a DLQ may be replayed days later.' },
      { id: 'memory', text: 'Each environment keeps the keys it has seen in memory', correct: false, explanation: 'The duplicate can land on another environment, or after this one is gone; the key must live in a shared store.' },
    ],
  },
  {
    id: 'wf-sim-async-dlq',
    kind: 'simulator',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'dead-letter-queues' },
    prompt: 'Open the scenario: a spike of asynchronous events writes to a database that accepts 100 connections, and many invocations fail and end in the dead-letter queue. Set the function’s reserved concurrency to 80. What happens to the number of events in the DLQ?',
    simulator: 'concurrency',
    scenario: asyncIntoDatabase,
    change: { reserved: 80 },
    metric: 'dlq',
    observed: { before: 514_255, after: 0 },
    options: [
      { id: 'zero', text: 'It drops to zero: the cap keeps connections under the limit, and the excess waits on Lambda’s queue instead of failing.', band: { max: 0.05 }, correct: true, explanation: 'Right: from about 514,000 to none. With at most 80 environments the database never refuses a connection; throttled events wait and are retried within their maximum age.' },
      { id: 'some', text: 'It falls, but many events still end in the DLQ.', band: { min: 0.05, max: 0.8 }, correct: false, explanation: 'Below the connection limit no invocation fails, and throttled asynchronous events are kept and retried rather than dropped, so in this window none run out of age.' },
      { id: 'same', text: 'It stays about the same: the database is the problem, not the function.', band: { min: 0.8, max: 1.2 }, correct: false, explanation: 'The database only fails because too many environments connect at once; capping the function is the backpressure that protects it.' },
      { id: 'more', text: 'It rises, because throttled events go straight to the DLQ.', band: { min: 1.2 }, correct: false, explanation: 'Throttled asynchronous events go back on Lambda’s queue and are retried; only events past their maximum age or retries are sent on.' },
    ],
  },
];

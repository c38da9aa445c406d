import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'workflows-and-failures';
const topic = 'workflows-and-failures';
const mappings = { lesson, section: 'event-source-mappings-failures-and-ordering' };

/** Lesson 8: event source mapping failures and ordering, and task token callbacks (issue 13). */
export const eventSourceQuestions: Question[] = [
  {
    id: 'wf-stream-poison-default',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: mappings,
    prompt: 'A Kinesis stream with default settings feeds a Lambda function through an event source mapping, also left at its defaults. One record in shard 3 cannot be parsed and the function throws on it every time. What happens?',
    options: [
      {
        id: 'stall',
        text: `Shard 3 stops: the batch is retried until the record expires (${fact('kinesis.retentionDefault')} by default), then the record is dropped without a trace. Other shards carry on.`,
        correct: true,
        explanation: 'Right. The defaults retry forever and keep no destination, so one record holds its shard for the whole retention period and then vanishes. Bisect, a retry limit, a maximum record age and an on-failure destination fix it.',
      },
      {
        id: 'dlq',
        text: 'After three failed attempts the record goes to the stream\'s dead-letter queue.',
        correct: false,
        explanation: 'Streams have no dead-letter queue of their own; the mapping needs an on-failure destination, and by default retries without limit.',
      },
      {
        id: 'skip',
        text: 'Lambda skips the bad record and processes the rest of the batch.',
        correct: false,
        explanation: 'Only if the function reports a partial batch response or the mapping bisects; by default the whole batch is retried and nothing after it in the shard moves.',
      },
      {
        id: 'all-stop',
        text: 'Every shard of the stream stops until the record is fixed.',
        correct: false,
        explanation: 'Order, and blocking, are per shard; the other shards are read by their own pollers and keep moving.',
      },
    ],
  },
  {
    id: 'wf-stream-settings',
    kind: 'multi',
    topic,
    difficulty: 'applied',
    lesson: mappings,
    prompt: 'Which event source mapping settings stop one bad record from stalling a Kinesis shard for a day? Select all that apply.',
    options: [
      { id: 'bisect', text: 'BisectBatchOnFunctionError', correct: true, explanation: 'Splitting the failing batch in halves isolates the bad record, so the good records around it are processed.' },
      { id: 'retries', text: 'A small MaximumRetryAttempts', correct: true, explanation: `Retries default to forever (at most ${fact('streams.maxRetries')} when set); a small number lets the shard move on after a bounded delay.` },
      { id: 'age', text: 'A MaximumRecordAgeInSeconds', correct: true, explanation: `Records older than the limit (at most ${fact('streams.maxRecordAge')}) are skipped, which caps how far behind the shard can fall.` },
      { id: 'destination', text: 'An on-failure destination', correct: true, explanation: 'It does not unblock the shard by itself, but it records what was skipped, so nothing disappears silently and the records can be replayed.' },
      { id: 'batch', text: 'A larger batch size', correct: false, explanation: 'A larger batch puts more good records behind the bad one each time it fails; it makes the stall worse, not better.' },
      { id: 'reserved', text: 'Reserved concurrency on the function', correct: false, explanation: 'Reserved concurrency caps or guarantees environments; it has no effect on how a failing batch is retried.' },
    ],
  },
  {
    id: 'wf-fifo-group-blocking',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: mappings,
    prompt: 'An SQS FIFO queue uses the customer id as its message group id. One customer\'s message keeps failing. What happens to other messages?',
    options: [
      {
        id: 'group',
        text: 'That customer\'s later messages wait behind it; other customers\' messages keep flowing.',
        correct: true,
        explanation: 'Right. Lambda retries the failing messages before taking more from the same group, which keeps each customer\'s order, while other groups are processed in parallel.',
      },
      {
        id: 'queue',
        text: 'The whole queue stops until the message succeeds or reaches the dead-letter queue.',
        correct: false,
        explanation: 'Blocking is per message group, not per queue; that is why choosing group ids well matters.',
      },
      {
        id: 'none',
        text: 'Nothing waits: SQS simply redelivers the message later, as a standard queue would.',
        correct: false,
        explanation: 'That is standard-queue behaviour; a FIFO queue holds the group to keep its order.',
      },
      {
        id: 'reorder',
        text: 'The failing message is moved to the back of its group so the others can go first.',
        correct: false,
        explanation: 'Moving it would break the very order FIFO promises; the group waits instead, until the message succeeds or its receives run out.',
      },
    ],
  },
  {
    id: 'wf-recursive-loop',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: mappings,
    prompt: 'By mistake, a function triggered by an SQS queue writes its output back to the same queue. What does Lambda do today?',
    options: [
      {
        id: 'stops',
        text: `It detects the loop after about ${fact('lambda.recursionStop')} passes, stops invoking the function for those events and notifies you.`,
        correct: true,
        explanation: 'Right. Recursive loop detection tracks each chain of events through SQS, SNS, S3 and Lambda. It is a seatbelt: write outputs to a different queue.',
      },
      {
        id: 'forever',
        text: 'Nothing: the loop runs, and bills, until someone notices.',
        correct: false,
        explanation: 'That was true before July 2023; Lambda now stops supported loops by default (a function can opt out).',
      },
      {
        id: 'reject',
        text: 'SQS refuses messages sent by the function it triggers.',
        correct: false,
        explanation: 'SQS accepts them; it is Lambda that recognises the chain from the tracing metadata and stops invoking the function.',
      },
      {
        id: 'throttle',
        text: 'The function is throttled to one invocation a minute.',
        correct: false,
        explanation: 'There is no slow-down mode; detected loops are stopped, and the events go to the dead-letter queue or destination if one is set.',
      },
    ],
  },
  {
    id: 'wf-callback-order',
    kind: 'ordering',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'waiting-for-a-person-callbacks' },
    prompt: 'Put a refund approval with a Step Functions task token in order, from the moment the workflow reaches the approval step.',
    items: [
      { id: 'send', text: 'The .waitForTaskToken step sends an approval request carrying $$.Task.Token', explanation: 'The integration puts the token in the message so the answer can find this exact paused step.' },
      { id: 'wait', text: 'The workflow waits, running nothing, until an answer or its timeout', explanation: 'A Standard workflow bills transitions, not waiting, and the TimeoutSeconds bounds the wait.' },
      { id: 'decide', text: 'The approver decides through a link or a button', explanation: 'The decision happens outside the workflow, minutes or days later.' },
      { id: 'report', text: 'A function calls SendTaskSuccess (or SendTaskFailure) with the token', explanation: 'Whoever holds the token resumes the step; the token works once.' },
      { id: 'resume', text: 'The workflow resumes at the next state with the approver\'s output', explanation: 'The output of SendTaskSuccess becomes the step\'s result, so the refund step knows who approved it.' },
    ],
  },
  {
    id: 'wf-callback-express',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'waiting-for-a-person-callbacks' },
    prompt: 'A team builds a manager-approval step with .waitForTaskToken in an Express workflow to save money. Why will it not work, and what should they use?',
    options: [
      {
        id: 'standard',
        text: `Express workflows do not support .waitForTaskToken and stop after ${fact('stepFunctions.expressMaxDuration')}; a Standard workflow can wait, billed per transition, for up to ${fact('stepFunctions.standardMaxDuration')}.`,
        correct: true,
        explanation: 'Right. Waiting costs nothing on Standard because it bills state transitions, not time, so a long human wait is cheap there.',
      },
      {
        id: 'lambda-wait',
        text: 'Express is fine, but the approver must answer within the function\'s 15-minute timeout.',
        correct: false,
        explanation: 'No function runs while the workflow waits; the limit that bites is Express\'s own duration, and Express does not offer the callback pattern at all.',
      },
      {
        id: 'poll',
        text: 'Use Express with a Wait state and a function that polls for the decision every minute.',
        correct: false,
        explanation: 'Express still stops after five minutes, and polling pays for every check; a callback on Standard waits for free.',
      },
      {
        id: 'durable',
        text: 'Callbacks only exist in Lambda durable functions, not in Step Functions.',
        correct: false,
        explanation: 'Step Functions has had task token callbacks for years; durable functions offer a code-first alternative, not the only one.',
      },
    ],
  },
];

import type { Question } from '@/lib/quiz/types';

const lesson = 'observability';
const topic = 'observability';

export const observabilityQuestions: Question[] = [
  {
    id: 'obs-two-ids',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'structured-logs' },
    prompt: 'Every JSON log line should carry the platform’s request id and a correlation id. What does each one group?',
    options: [
      {
        id: 'both',
        text: 'The request id groups the lines of one invocation; the correlation id (ideally the trace id) stays the same across the whole journey through every function and queue.',
        correct: true,
        explanation: 'Right. One id answers "what did this invocation do?", the other "what happened to this order?" across many invocations.',
      },
      {
        id: 'same',
        text: 'They are the same id under two names.',
        correct: false,
        explanation: 'The platform mints a new request id for every invocation, so it changes at every hop; only a propagated correlation id survives the journey.',
      },
      {
        id: 'user',
        text: 'The request id identifies the user; the correlation id identifies the function.',
        correct: false,
        explanation: 'Neither identifies a user; user ids may appear in logs as fields, but the two ids are about invocations and journeys.',
      },
      {
        id: 'optional',
        text: 'Only the request id matters; correlation ids are for monoliths.',
        correct: false,
        explanation: 'It is the other way round: a monolith handles a request in one process, while a serverless request crosses many invocations and needs a shared id to be followed.',
      },
    ],
  },
  {
    id: 'obs-async-propagation',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'distributed-tracing' },
    prompt: 'Traces from an API function stop at the SQS queue: the consumer starts a new, unrelated trace. What fixes it?',
    options: [
      {
        id: 'attribute',
        text: 'Carry the trace context inside the message, for example a `traceparent` message attribute, and have the consumer continue from it.',
        correct: true,
        explanation: 'Right. Asynchronous hops have no HTTP headers, so the context must travel in the message itself; forget one hop and the trace splits in two.',
      },
      {
        id: 'sampling',
        text: 'Raise the sampling rate to 100%.',
        correct: false,
        explanation: 'Sampling decides how many traces are kept, not whether two halves of one journey are joined.',
      },
      {
        id: 'same-function',
        text: 'Merge the producer and the consumer into one function.',
        correct: false,
        explanation: 'That removes the queue and with it the buffering and retries it gave you; propagation fixes the trace without redesigning the system.',
      },
      {
        id: 'log-more',
        text: 'Log the whole message body in both functions.',
        correct: false,
        explanation: 'Whole payloads cost money to store and may hold personal data; an id that links the two sides is what is missing.',
      },
    ],
  },
  {
    id: 'obs-alarms',
    kind: 'multi',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'observability-from-day-one' },
    prompt: 'Which of these deserve an alarm from the first day of a serverless service? Select all that apply.',
    options: [
      { id: 'dlq-depth', text: 'Dead-letter queue depth above zero', correct: true, explanation: 'A DLQ should be empty; a message there means an event failed for good and someone should look.' },
      { id: 'throttles', text: 'Throttles above zero for a sustained period', correct: true, explanation: 'A limit is in the way: reserved concurrency, the account limit or the scaling rate is refusing work.' },
      { id: 'p99', text: 'p99 duration approaching the function’s timeout', correct: true, explanation: 'The tail hitting the timeout turns slowness into errors and retries; the average would hide it.' },
      { id: 'invocation-count', text: 'Any invocation at all outside business hours', correct: false, explanation: 'Scheduled jobs, queues and global users invoke functions at any hour; alarm on abnormal jumps, not on activity itself.' },
      { id: 'cold-start', text: 'Every single cold start', correct: false, explanation: 'Cold starts are normal; watch their effect on p99 where it matters instead of paging someone for each one.' },
    ],
  },
  {
    id: 'obs-timeout-order',
    kind: 'ordering',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'timeout-budgeting' },
    prompt: 'Order these timeouts on one synchronous path from the longest to the shortest, so that every layer gives up before the layer that called it.',
    items: [
      { id: 'client', text: 'The mobile app’s HTTP client', explanation: 'The outermost caller waits longest, so it sees a clean error from the gateway rather than hanging.' },
      { id: 'gateway', text: 'API Gateway’s integration timeout (29 s by default for a REST API)', explanation: 'The gateway waits for the function; it must outlast the function so the function can fail cleanly first.' },
      { id: 'function', text: 'The Lambda function’s timeout, a few seconds below the gateway’s', explanation: 'If the gateway gave up first, the function would keep running and billing, maybe finishing a write the client thinks failed.' },
      { id: 'call', text: 'The timeout on the function’s call to a payment API, derived from the time the function has left', explanation: 'The innermost call gets the shortest budget, leaving a reserve to log and answer.' },
    ],
  },
  {
    id: 'obs-visibility-timeout',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'timeout-budgeting' },
    prompt: 'A function triggered by SQS has a 30-second timeout. What visibility timeout does AWS advise for the queue?',
    options: [
      {
        id: 'six',
        text: 'At least six times the function’s timeout, about three minutes.',
        correct: true,
        explanation: 'Right. The margin leaves room to retry a batch whose invocation was throttled, and stops a message reappearing for a second consumer while the first is still working.',
      },
      {
        id: 'equal',
        text: 'Exactly 30 seconds, the same as the function.',
        correct: false,
        explanation: 'With no margin, a message can become visible again while its invocation is still finishing or waiting to be retried, and be processed twice.',
      },
      {
        id: 'shorter',
        text: 'Shorter than the function’s timeout, so failures are retried quickly.',
        correct: false,
        explanation: 'A visibility timeout shorter than the processing time guarantees duplicates: the message reappears while it is still being handled.',
      },
      {
        id: 'max',
        text: 'The maximum, 12 hours, to be safe.',
        correct: false,
        explanation: 'A failed message would then wait half a day before its retry; the advice is a generous multiple of the timeout, not the ceiling.',
      },
    ],
  },
  {
    id: 'obs-xray-sdk',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'opentelemetry' },
    prompt: 'An older guide says to instrument functions with the X-Ray SDK. What does AWS recommend today?',
    options: [
      {
        id: 'otel',
        text: 'OpenTelemetry to produce traces (for example through the ADOT Lambda layer), with X-Ray or another backend to store and view them.',
        correct: true,
        explanation: 'Right. The X-Ray SDKs and daemon went into maintenance mode in February 2026 and lose support in February 2027; X-Ray the service stays.',
      },
      {
        id: 'xray-gone',
        text: 'Nothing: X-Ray has been shut down, so traces must be built from logs.',
        correct: false,
        explanation: 'Only the SDKs and daemon are being retired; the X-Ray service keeps storing and showing traces.',
      },
      {
        id: 'keep',
        text: 'Keep using the X-Ray SDK for new functions; nothing has changed.',
        correct: false,
        explanation: 'The SDKs now receive security fixes only; new instrumentation should use OpenTelemetry.',
      },
      {
        id: 'logs-only',
        text: 'Structured logs make tracing unnecessary.',
        correct: false,
        explanation: 'Logs say what happened inside an invocation; traces show where a request went and where its time went. They complement each other.',
      },
    ],
  },
  {
    id: 'obs-cost-signal',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'cost-as-a-signal' },
    prompt: 'A function’s bill triples overnight with no change in customer traffic. What is the most likely explanation to check first?',
    options: [
      {
        id: 'loop',
        text: 'A bug: a retry storm, or a function triggering itself through the bucket or queue it writes to.',
        correct: true,
        explanation: 'Right. Serverless cost tracks work so closely that an unexplained rise usually means extra work; invocations jumping without traffic is the classic sign.',
      },
      {
        id: 'price',
        text: 'AWS raised Lambda’s prices.',
        correct: false,
        explanation: 'Price changes are announced and rare; a sudden tripling with no traffic change points at your own system.',
      },
      {
        id: 'cold',
        text: 'More cold starts, since INIT is now billed.',
        correct: false,
        explanation: 'INIT runs in a small share of invocations; it cannot triple a bill unless something else (such as a loop) is creating far more invocations.',
      },
      {
        id: 'free-tier',
        text: 'The free tier expired after the first year.',
        correct: false,
        explanation: 'Lambda’s monthly free tier does not expire, and it is small next to a bill that triples.',
      },
    ],
  },
];

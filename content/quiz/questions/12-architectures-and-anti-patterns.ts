import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'architectures-and-anti-patterns';
const topic = 'architectures-and-anti-patterns';

export const architectureQuestions: Question[] = [
  {
    id: 'arch-fit-classic',
    kind: 'fit',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'the-fit-table' },
    prompt: 'Sort these workloads: is serverless (Lambda) a good fit or a poor fit?',
    scenarios: [
      { id: 'report', text: 'A nightly report generated on a schedule', verdict: 'fit', explanation: 'Runs briefly once a day and idles otherwise: a server would bill all night for nothing, a function bills for minutes.' },
      { id: 'checkout', text: 'A checkout path whose p99 must stay under 100 ms', verdict: 'poor', explanation: 'A single cold start breaks the budget at the tail; use an always-on service, or provisioned concurrency with its fixed cost.' },
      { id: 'encoder', text: 'A video encoder that runs for an hour per film', verdict: 'poor', explanation: `Far past Lambda’s ${fact('lambda.maxTimeout')} limit; a media service or a container task fits.` },
      { id: 'webhook', text: 'A webhook receiver for Stripe or GitHub events', verdict: 'fit', explanation: 'Bursty, independent calls from a sender that tolerates a few hundred milliseconds; acknowledge fast and queue the work.' },
      { id: 'steady', text: 'An API at a steady 20,000 requests a second, day and night', verdict: 'poor', explanation: 'Never idle, so per-request billing has nothing to save; a container fleet costs far less, and 20,000 rps needs thousands of environments.' },
      { id: 'chat', text: 'A WebSocket chat with long-lived connections', verdict: 'poor', explanation: 'Stateful, long-lived connections do not map onto short invocations; a WebSocket API can help, but heavy real-time protocols suit a dedicated server.' },
    ],
  },
  {
    id: 'arch-fit-more',
    kind: 'fit',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'where-serverless-wins' },
    prompt: 'Sort these workloads as a good or poor fit for functions.',
    scenarios: [
      { id: 'thumbnails', text: 'Thumbnails made when photos land in S3', verdict: 'fit', explanation: 'Event processing at its purest: an event starts a short, bounded job, and nobody waits on it.' },
      { id: 'glue', text: 'Copying new queue records into a search index', verdict: 'fit', explanation: 'Glue between managed services runs for milliseconds and never justifies a server of its own.' },
      { id: 'password', text: 'A password-reset service called a few hundred times a day', verdict: 'fit', explanation: 'Essential but quiet: as a function it costs nothing between calls.' },
      { id: 'training', text: 'Training a machine-learning model on GPUs', verdict: 'poor', explanation: 'Lambda has no GPUs and a hard memory ceiling; training needs instances or containers with the right hardware.' },
      { id: 'sticky', text: 'A legacy app that keeps user sessions in process memory with sticky sessions', verdict: 'poor', explanation: 'Any copy may serve any request, so in-process sessions break; the state must move out first.' },
    ],
  },
  {
    id: 'arch-anti-patterns',
    kind: 'multi',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'anti-patterns' },
    prompt: 'A design review finds these choices. Which are recognised serverless anti-patterns? Select all that apply.',
    options: [
      { id: 'chain', text: 'The order function synchronously invokes the payment function, which invokes the email function', correct: true, explanation: 'A function chain: latency and cost stack and failures are hard to trace; use a workflow engine or an event bus.' },
      { id: 'nano', text: 'Fifty tiny functions doing what one service would do', correct: true, explanation: 'Over-decomposing multiplies roles, log groups, cold starts and hops; aim for one function per business action, grouped per service.' },
      { id: 'tmp-state', text: 'Keeping the last processed offset in /tmp between invocations', correct: true, explanation: '/tmp lives only as long as one environment and the next request may land elsewhere; keep it in DynamoDB or S3.' },
      { id: 'queue', text: 'A queue with a capped consumer in front of a fragile database', correct: false, explanation: 'That is the fix for a direct database storm, not an anti-pattern.' },
      { id: 'per-action', text: 'One function per business action, deployed together in one stack per service', correct: false, explanation: 'That is the healthy middle path between a monolithic function and nanoservices.' },
    ],
  },
  {
    id: 'arch-hybrid',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'mixing-compute-models' },
    prompt: 'A product has a hot, steady search API with a tight p99, and a long tail of bursty event work (thumbnails, notifications, exports). What architecture does the course recommend?',
    options: [
      {
        id: 'hybrid',
        text: 'A hybrid: the hot synchronous API on always-on containers, the event-driven tail on functions, joined by queues and events.',
        correct: true,
        explanation: 'Right. Each part runs where its cost model and latency profile fit; talking through queues and events lets parts move later.',
      },
      {
        id: 'all-lambda',
        text: 'Everything on Lambda, with provisioned concurrency on every function.',
        correct: false,
        explanation: 'Provisioned concurrency everywhere pays for idle capacity and still leaves a steady, heavy API paying per request.',
      },
      {
        id: 'all-k8s',
        text: 'Everything on Kubernetes, since mixing models is an anti-pattern.',
        correct: false,
        explanation: 'Mixing is normal and healthy; running bursty event work on an always-on cluster wastes its idle capacity.',
      },
      {
        id: 'lambda-calls',
        text: 'Functions for everything, with the search function calling the thumbnail function directly.',
        correct: false,
        explanation: 'That adds a function chain to the wrong model for the hot path.',
      },
    ],
  },
  {
    id: 'arch-very-high-throughput',
    kind: 'numeric',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'very-high-sustained-throughput' },
    prompt: 'A service runs at a sustained 50,000 requests a second, 100 ms each. How many execution environments would Lambda keep busy around the clock?',
    answer: 5000,
    unit: 'environments',
    tolerance: { relative: 0.05 },
    compute: { fn: 'requiredConcurrency', rps: 50_000, durationMs: 100 },
    solution: [
      "Little's law: 50,000 × 0.1 s = 5,000 requests in flight.",
      `That is five times the default account concurrency of ${fact('lambda.accountConcurrency')}, and every downstream system sees 5,000 clients: services at this scale run on fleets built for it.`,
    ],
  },
  {
    id: 'arch-lock-in',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'anti-patterns' },
    prompt: 'An interviewer asks: "Isn’t all this lock-in?" What is the strongest answer?',
    options: [
      {
        id: 'deliberate',
        text: 'Yes, partly and deliberately: business logic sits in plain modules the handler calls after unpacking the event, so a move rewrites adapters, not the domain.',
        correct: true,
        explanation: 'Right. Triggers and managed services are provider-specific and often worth it; naming the trade and how you contain it is what interviewers listen for.',
      },
      {
        id: 'none',
        text: 'No: a Lambda handler is ordinary code, so moving clouds is trivial.',
        correct: false,
        explanation: 'The handler is portable in theory; S3 events, DynamoDB streams and Step Functions are not, and they are where the real cost of moving lies.',
      },
      {
        id: 'avoid',
        text: 'Yes, so we should avoid managed services and run everything on our own containers.',
        correct: false,
        explanation: 'That gives up what managed services save you, to insure against a move that may never come; decide deliberately instead.',
      },
      {
        id: 'framework',
        text: 'No, because the Serverless Framework makes any function run on any cloud.',
        correct: false,
        explanation: 'Its current version supports AWS only, and no deployment tool makes provider triggers portable.',
      },
    ],
  },
];

import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'limits-and-constraints';
const topic = 'limits-and-constraints';

export const limitsQuestions: Question[] = [
  {
    id: 'limits-forty-minute-report',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'the-asynchronous-job-pattern' },
    prompt: 'A user clicks "Generate report" and the report takes forty minutes to build. What should the API behind the button do?',
    options: [
      {
        id: 'job',
        text: 'Reply 202 Accepted with a job id at once, queue the work for a worker, and let the client poll a status URL or receive a push.',
        correct: true,
        explanation: 'Right. The asynchronous job pattern stops the client from waiting on work that outlasts the gateway and the function; the worker (or a container, for one indivisible job) does it in the background.',
      },
      {
        id: 'raise-timeout',
        text: 'Raise the function’s timeout to 40 minutes and keep the HTTP request open.',
        correct: false,
        explanation: `Lambda stops any invocation at ${fact('lambda.maxTimeout')}, and the gateway gives up long before that; a request held open for minutes also breaks on every flaky network.`,
      },
      {
        id: 'bigger-memory',
        text: 'Give the function the maximum memory so the report finishes within the gateway’s timeout.',
        correct: false,
        explanation: 'More memory brings more CPU, but a forty-minute job will not shrink to under half a minute by tuning; the design must stop making the client wait.',
      },
      {
        id: 'client-retry',
        text: 'Let the request time out and have the client retry until a retry succeeds.',
        correct: false,
        explanation: 'Every retry starts the job again from the beginning, so none ever finishes, and the server does the work many times over.',
      },
    ],
  },
  {
    id: 'limits-claim-check',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'pass-a-reference-not-the-payload' },
    prompt: `An event must carry a 40 MB CSV file to a function, but an asynchronous event may be at most ${fact('lambda.asyncPayload')}. What is the standard pattern?`,
    options: [
      {
        id: 'claim-check',
        text: 'Claim check: store the file in S3 and send an event that says where it is; the consumer fetches it when it needs it.',
        correct: true,
        explanation: 'Right. Events carry references, object stores carry bytes; it works at any file size and keeps the event small.',
      },
      {
        id: 'compress',
        text: 'Compress the file until it fits in the event.',
        correct: false,
        explanation: 'Compression might squeeze one file under the limit today and fail on a bigger one tomorrow; it postpones the problem instead of removing it.',
      },
      {
        id: 'split',
        text: 'Split the file into 40 events of 1 MB and reassemble them in the function.',
        correct: false,
        explanation: 'Events can arrive out of order, twice or not at all; reassembling them needs state the function does not have. Fan-out splits work, not one payload.',
      },
      {
        id: 'sync',
        text: 'Invoke the function synchronously instead, whose payload limit is larger.',
        correct: false,
        explanation: `The synchronous limit is ${fact('lambda.syncPayload')} each way, still far below 40 MB; and the caller would then wait on the work.`,
      },
    ],
  },
  {
    id: 'limits-long-work-options',
    kind: 'multi',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'work-longer-than-one-invocation' },
    prompt: `Work takes longer than Lambda’s ${fact('lambda.maxTimeout')}. Which are sound ways forward? Select all that apply.`,
    options: [
      { id: 'steps', text: 'Break it into steps run by a Step Functions workflow', correct: true, explanation: 'A Standard workflow can run for up to a year, calling short functions, retrying and waiting between them.' },
      { id: 'fan-out', text: 'Fan it out through a queue in chunks that each finish well inside the limit', correct: true, explanation: 'A million rows become a thousand messages; many workers run in parallel and a final step gathers the results.' },
      { id: 'container', text: 'Run a genuinely indivisible job as a container task started by an event', correct: true, explanation: 'Video encoding or a multi-hour computation does not split gracefully; Fargate, AWS Batch or a Cloud Run job suits it.' },
      { id: 'reinvoke', text: 'Have the function invoke itself just before it times out, passing its in-memory state along', correct: false, explanation: 'A recursive chain of invocations is fragile, hard to observe and easy to turn into a runaway loop; use a workflow that records progress instead.' },
      { id: 'quota', text: 'Ask AWS support to raise the 15-minute limit for the account', correct: false, explanation: 'The maximum timeout is a fixed limit of the platform, not a quota that can be raised.' },
    ],
  },
  {
    id: 'limits-memory-cpu',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'memory-buys-cpu' },
    prompt: `A single-threaded Node.js handler that is CPU-bound runs at 512 MB. What happens if you raise its memory to ${fact('lambda.fullVcpu')}, and then to 4,096 MB?`,
    options: [
      {
        id: 'plateau',
        text: `It speeds up until ${fact('lambda.fullVcpu')}, where it gets a full vCPU, and then stops getting faster: one thread cannot use the extra cores.`,
        correct: true,
        explanation: 'Right. CPU grows in proportion to memory, so the first step buys real speed (often at similar cost); beyond one vCPU a single thread only pays more.',
      },
      {
        id: 'linear',
        text: 'It keeps getting faster in proportion to memory all the way up.',
        correct: false,
        explanation: 'More memory adds vCPUs beyond the first, but single-threaded code runs on one of them; only multi-threaded code keeps gaining.',
      },
      {
        id: 'no-change',
        text: 'Nothing: memory only affects how much data the function can hold.',
        correct: false,
        explanation: 'On Lambda memory is the one dial, and CPU comes with it; a CPU-bound function at 512 MB is running on a fraction of a core.',
      },
      {
        id: 'slower',
        text: 'It slows down, because larger environments take longer to schedule.',
        correct: false,
        explanation: 'Memory size has no such penalty on the handler; what rises is the price per millisecond, which is why you measure duration and cost together.',
      },
    ],
  },
  {
    id: 'limits-per-instance-concurrency',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'what-the-table-hides' },
    prompt: 'Cloud Run functions can serve many requests per instance, while a Lambda environment serves one. What is the trade-off of serving many?',
    options: [
      {
        id: 'tradeoff',
        text: 'It can be far cheaper for I/O-heavy APIs, but brings back shared memory between requests, thread safety, and one slow request slowing its neighbours.',
        correct: true,
        explanation: 'Right. While requests wait on I/O, one instance can serve many; the price is that they share CPU, memory and any state you keep.',
      },
      {
        id: 'no-cost',
        text: 'None: serving many requests per instance is better in every case.',
        correct: false,
        explanation: 'One request per environment is what keeps requests isolated from each other; sharing an instance trades that isolation for efficiency.',
      },
      {
        id: 'cold',
        text: 'Every request on a shared instance pays a cold start.',
        correct: false,
        explanation: 'Sharing usually means fewer instances to start, so fewer cold starts, not more.',
      },
      {
        id: 'billing',
        text: 'Each request is billed for the whole instance, so it always costs more.',
        correct: false,
        explanation: 'Instance time is billed once while requests share it; that is exactly why it can be cheaper for I/O-bound work.',
      },
    ],
  },
  {
    id: 'limits-region',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'functions-live-in-a-region' },
    prompt: 'A team must keep customers’ personal data inside the EU. What does that mean for their Lambda functions?',
    options: [
      {
        id: 'region',
        text: 'Choosing a function’s region is choosing where data is processed, including its logs and dead-letter queues; deploy in EU regions.',
        correct: true,
        explanation: 'Right. A function, its concurrency quota and most event sources live in one region, which decides both latency and data residency.',
      },
      {
        id: 'global',
        text: 'Nothing: Lambda runs functions wherever capacity is free, so residency cannot be controlled.',
        correct: false,
        explanation: 'Lambda functions run in the region you deploy them to; that is what makes residency controllable.',
      },
      {
        id: 'edge',
        text: 'They must move to an edge runtime, which keeps data local automatically.',
        correct: false,
        explanation: 'Edge runtimes run near users everywhere, which can make residency harder, not easier, unless the provider restricts locations.',
      },
      {
        id: 'vpc',
        text: 'Attaching the function to a VPC keeps the data in the EU.',
        correct: false,
        explanation: 'A VPC controls network reachability, not which region the function and its data live in.',
      },
    ],
  },
  {
    id: 'limits-design-table',
    kind: 'fit',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'from-limit-to-design' },
    prompt: 'For each job, does it fit in plain Lambda functions as described (fit), or does a limit push it elsewhere (poor fit)?',
    scenarios: [
      { id: 'thumbnail', text: 'Make a thumbnail from a 10 MB photo uploaded to S3, in a few seconds', verdict: 'fit', explanation: 'Short, event-driven and small: the event carries the key, the function reads the photo from S3 and finishes in seconds.' },
      { id: 'encode', text: 'Transcode a two-hour video in one pass', verdict: 'poor', explanation: 'Far beyond the 15-minute limit and not easily split; a managed media service or a container task fits it.' },
      { id: 'csv', text: 'Import a million-row CSV, split into thousand-row chunks on a queue', verdict: 'fit', explanation: 'Fan-out turns one long job into many short ones, each well inside the limits.' },
      { id: 'inference', text: 'Run GPU inference on a large vision model', verdict: 'poor', explanation: `No Lambda model offers GPUs, and memory stops at ${fact('lambda.memoryMax')} on an Event Function (${fact('managedInstances.memoryMax')} on Managed Instances); GPU instances or a managed AI service suit it.` },
      { id: 'api-body', text: 'Accept 50 MB video uploads through an API Gateway endpoint into a function', verdict: 'poor', explanation: 'Far above the synchronous payload limit; hand the client a presigned URL and let it upload straight to S3.' },
    ],
  },
];

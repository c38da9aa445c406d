import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'execution-model';
const topic = 'execution-model';
const models = { lesson, section: 'lambdas-compute-models-in-2026' };

/** Lesson 2's compute-models section and its SHUTDOWN correction (issue 13). */
export const computeModelQuestions: Question[] = [
  {
    id: 'exec-models-sandbox',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: models,
    prompt: 'A product gives each user a private code sandbox that keeps its files and running processes through an afternoon of on-and-off use, and should cost little while the user is away. Which Lambda compute model fits?',
    options: [
      {
        id: 'microvms',
        text: 'Lambda MicroVMs: one VM per user that suspends when idle and resumes with its memory and disk.',
        correct: true,
        explanation: `Right. A MicroVM is one tenant's isolated VM with its own endpoint; it runs for up to ${fact('microVms.maxLifetime')} and, while suspended, bills snapshot storage rather than compute.`,
      },
      {
        id: 'event-functions',
        text: 'Event Functions, keeping the sandbox state in /tmp between invocations.',
        correct: false,
        explanation: `An Event Function serves one short request at a time and may vanish between requests; /tmp lives only as long as one environment, and each invocation stops within ${fact('lambda.maxTimeout')}.`,
      },
      {
        id: 'managed-instances',
        text: 'Managed Instances, one function per user.',
        correct: false,
        explanation: 'Managed Instances share containers on EC2 instances among many requests, isolate only at the capacity provider, and keep a floor of instances running: not a per-user VM that sleeps.',
      },
      {
        id: 'provisioned',
        text: 'Event Functions with provisioned concurrency, so each user keeps a warm environment.',
        correct: false,
        explanation: 'Provisioned concurrency keeps environments initialised, not tied to a user: the next request may land on any of them, and you pay for them around the clock.',
      },
    ],
  },
  {
    id: 'exec-models-isolation',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: models,
    prompt: 'Two teams want to put their Lambda functions on the same Managed Instances capacity provider to share instances. One team runs code uploaded by customers. What is the problem?',
    options: [
      {
        id: 'boundary',
        text: 'On Managed Instances, functions run in containers on shared instances; the capacity provider is the security boundary, so untrusted code needs its own.',
        correct: true,
        explanation: 'Right. AWS says containers are not a strong isolation boundary between functions, unlike Firecracker micro-VMs, so only mutually trusted functions should share a capacity provider.',
      },
      {
        id: 'none',
        text: 'None: each environment is still a Firecracker micro-VM, as for every Lambda function.',
        correct: false,
        explanation: 'That is true of Event Functions and MicroVMs, not of Managed Instances, whose environments are containers on EC2 instances in your account.',
      },
      {
        id: 'cost-only',
        text: 'Only billing: the two teams cannot split the instance cost.',
        correct: false,
        explanation: 'Cost allocation is an inconvenience; running untrusted customer code beside another team\'s functions without a strong boundary is a security problem.',
      },
      {
        id: 'scaling',
        text: 'Scaling: one capacity provider can serve only one function.',
        correct: false,
        explanation: 'A capacity provider can host several functions; the question is whether they trust each other, not whether they fit.',
      },
    ],
  },
  {
    id: 'exec-models-bill-lines',
    kind: 'multi',
    topic,
    difficulty: 'expert',
    lesson: models,
    prompt: 'A steady API moves from Event Functions to Lambda Managed Instances. Which statements about its new bill are true? Select all that apply.',
    options: [
      { id: 'no-gbs', text: 'There is no GB-second duration charge any more.', correct: true, explanation: 'Managed Instances bill the EC2 instances instead of duration; how long a request runs only matters through how many instances you need.' },
      { id: 'fee', text: `A management fee of ${fact('managedInstances.fee')} of the on-demand instance price is added.`, correct: true, explanation: 'The fee pays Lambda for provisioning, patching and scaling the instances; a Savings Plan discounts the EC2 part but not the fee.' },
      { id: 'requests', text: `Requests are still charged, at ${fact('managedInstances.requestPrice')}.`, correct: true, explanation: 'The request charge survives the move unchanged, so a very high request rate still shows up on the bill.' },
      { id: 'zero', text: 'At night, with no traffic, the bill falls to zero.', correct: false, explanation: `At least ${fact('managedInstances.minEnvironments')} environments run by default, one per Availability Zone, so there is always a floor, like a fleet's.` },
      { id: 'init', text: 'Each request pays for a cold start, now that instances are involved.', correct: false, explanation: 'Capacity is added in the background as CPU use rises, so requests do not wait for a new environment; a sudden doubling is throttled instead.' },
    ],
  },
  {
    id: 'exec-models-thread-safety',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: models,
    prompt: 'A Node.js handler keeps the current request\'s user in a module-level variable, set at the start of each call. It behaved on Event Functions. After moving to Managed Instances, users occasionally see each other\'s data. Why?',
    options: [
      {
        id: 'concurrent',
        text: 'One environment now serves many requests at once, so a second request overwrites the variable while the first is still running.',
        correct: true,
        explanation: 'Right. Module scope is shared by every request in flight on the environment; per-request data must live in local variables passed down, and shared objects must be safe to use concurrently.',
      },
      {
        id: 'cold',
        text: 'Managed Instances have more cold starts, which reset the variable.',
        correct: false,
        explanation: 'A reset would lose data, not mix users; the mix-up comes from two requests sharing one module scope at the same moment.',
      },
      {
        id: 'tmp',
        text: 'Managed Instances share /tmp between functions, so user data leaks through files.',
        correct: false,
        explanation: 'Files are not involved here; the variable lives in memory, and concurrent requests in one environment share it.',
      },
      {
        id: 'caching',
        text: 'EC2 instances cache HTTP responses between users.',
        correct: false,
        explanation: 'Nothing caches responses on the instance for you; the leak is the handler\'s own module-level variable.',
      },
    ],
  },
  {
    id: 'exec-shutdown-no-extension',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'shutdown' },
    prompt: 'A function with no extensions buffers metrics in memory and flushes them from a SIGTERM handler "when Lambda shuts the environment down". Metrics go missing. What is happening?',
    options: [
      {
        id: 'zero',
        text: `With no registered extension the SHUTDOWN phase is ${fact('execution.shutdownNoExtension')}: no SIGTERM reaches the runtime, so the handler never runs.`,
        correct: true,
        explanation: `Right. The ${fact('execution.shutdownLimit')} window applies only when an external extension is registered. Flush before the handler returns, or use an extension built for telemetry.`,
      },
      {
        id: 'too-short',
        text: `The handler gets ${fact('execution.shutdownLimit')} but the flush takes longer.`,
        correct: false,
        explanation: 'That window exists only with an external extension; this function has none, so it gets no window at all.',
      },
      {
        id: 'freeze',
        text: 'Lambda freezes the environment before SIGTERM, and a frozen process cannot run the handler.',
        correct: false,
        explanation: 'Freezing happens between invocations; the problem here is that without extensions there is no shutdown signal to handle.',
      },
      {
        id: 'retry',
        text: 'Lambda retries the SIGTERM handler later, after the metrics have expired.',
        correct: false,
        explanation: 'Nothing retries a shutdown hook; an environment that is reclaimed is simply gone, with whatever it still held.',
      },
    ],
  },
];

import type { Topic } from '@/lib/quiz/types';

/**
 * The quiz's topics: one per lesson, with the lesson's slug as the id, so "read this again"
 * always points at a lesson. Order follows the course.
 */
export const quizTopics = [
  { id: 'what-is-serverless', label: 'What serverless is', summary: 'The trade, FaaS and BaaS, and how many copies a workload keeps busy.' },
  { id: 'execution-model', label: 'The execution model', summary: 'Environments, INIT, INVOKE and SHUTDOWN, and what state may live where.' },
  { id: 'events-and-invocation', label: 'Events and invocation', summary: 'Event sources, who waits and who retries, and idempotent handlers.' },
  { id: 'cold-starts', label: 'Cold starts', summary: 'When they happen, what they cost, and which fix fits which budget.' },
  { id: 'concurrency-and-scaling', label: 'Concurrency and scaling', summary: "Little's law at work, limits, the scaling rate, throttling and backpressure." },
  { id: 'limits-and-constraints', label: 'Limits and constraints', summary: 'Timeouts, payloads, memory and storage, and the designs they force.' },
  { id: 'cost-model', label: 'Cost', summary: 'The Lambda bill, where always-on capacity wins, and tuning memory.' },
  { id: 'workflows-and-failures', label: 'Workflows and failures', summary: 'Step Functions, dead-letter queues, destinations and idempotency.' },
  { id: 'data', label: 'Data and databases', summary: 'Where state lives, connection storms, and serverless databases.' },
  { id: 'observability', label: 'Observability', summary: 'Structured logs, metrics, traces, timeout budgets and the signals to alarm on.' },
  { id: 'building-and-deploying', label: 'Building and deploying', summary: 'Infrastructure as code with SAM and CDK, and the road to production.' },
  { id: 'architectures-and-anti-patterns', label: 'Architectures and anti-patterns', summary: 'Where serverless wins and loses, and the patterns that fail.' },
  { id: 'front-door', label: 'The front door', summary: 'REST and HTTP APIs, function URLs and load balancers, the shared throttle, per-customer quotas and real time.' },
  { id: 'across-services-and-regions', label: 'Across services and Regions', summary: 'Dual writes, the outbox and change data capture, active-active Regions, and strangler-fig migrations.' },
  { id: 'interview-playbook', label: 'Interview playbook', summary: 'Bringing serverless up, defending it, and worked design problems from uploads to two-Region APIs.' },
] as const satisfies readonly Topic[];

export type QuizTopicId = (typeof quizTopics)[number]['id'];

/**
 * Where each section of the five source notes (../shared/seeds) is taught. `section` is the note's
 * own heading, as written there; `taughtIn` names the lesson (slug) and heading anchor that teach
 * it. content/coverage.test.ts checks both ends.
 */
export interface CoveredSection {
  section: string;
  taughtIn: { lesson: string; heading: string }[];
}

export interface NoteCoverage {
  /** File name in ../shared/seeds. */
  note: string;
  title: string;
  sections: CoveredSection[];
}

type Place = CoveredSection['taughtIn'][number];

/** `at('cold-starts', 'snapstart', 'isolates-a-different-model')`: several headings of one lesson. */
const at = (lesson: string, ...headings: string[]): Place[] => headings.map((heading) => ({ lesson, heading }));

export const coverage: NoteCoverage[] = [
  {
    note: '000_360a4b3864e08782.txt',
    title: 'Serverless & Functions-as-a-Service',
    sections: [
      {
        // The opening paragraphs under the note's title.
        section: 'Serverless & Functions-as-a-Service',
        taughtIn: [
          ...at('what-is-serverless', 'there-are-still-servers', 'two-halves-faas-and-baas', 'what-makes-a-platform-serverless', 'who-offers-it'),
          ...at('execution-model', 'stateless-by-design'),
          ...at('concurrency-and-scaling', 'scales-to-thousands-made-precise'),
        ],
      },
      {
        section: 'How Event-Triggered Invocation Works',
        taughtIn: [
          ...at(
            'events-and-invocation',
            'where-events-come-from',
            'http-requests',
            'queues-and-streams',
            'storage-events',
            'schedules',
            'database-change-streams',
            'one-event-one-copy',
          ),
          ...at('concurrency-and-scaling', 'scales-to-thousands-made-precise'),
        ],
      },
      {
        section: 'The Cold Start Problem',
        taughtIn: at(
          'cold-starts',
          'what-a-cold-start-is',
          'how-long-they-take',
          'snapstart',
          'isolates-a-different-model',
          'mitigations-and-what-they-cost',
          'provisioned-concurrency',
          'smaller-packages-and-lazy-initialisation',
          'move-work-off-the-request-path',
          'when-cold-starts-matter-and-when-they-do-not',
        ),
      },
      {
        section: 'Statelessness and the Execution Model',
        taughtIn: [
          ...at('execution-model', 'stateless-by-design', 'module-scope-and-handler-scope'),
          ...at('data', 'state-lives-outside-the-function'),
          ...at('limits-and-constraints', 'work-longer-than-one-invocation'),
        ],
      },
      {
        section: 'When Serverless Fits — and When It Does Not',
        taughtIn: at(
          'architectures-and-anti-patterns',
          'where-serverless-wins',
          'where-serverless-loses',
          'latency-critical-synchronous-paths',
          'gpus-and-very-large-memory',
          'stateful-protocols-and-shared-in-process-state',
          'very-high-sustained-throughput',
          'the-fit-table',
        ),
      },
      {
        section: 'Cost Model: Where Serverless Saves and Where It Bites',
        taughtIn: at(
          'cost-model',
          'two-meters-requests-and-gb-seconds',
          'the-free-tier',
          'the-worked-example',
          'reconciling-the-figures',
          'next-to-a-server',
          'where-the-lines-cross',
          'why-the-rules-of-thumb-disagree',
          'a-steady-ten-thousand-requests-a-second',
          'the-hybrid-architecture',
        ),
      },
      {
        section: 'Observability in Serverless Systems',
        taughtIn: [
          ...at(
            'observability',
            'why-serverless-is-harder-to-see-into',
            'structured-logs',
            'distributed-tracing',
            'timeout-budgeting',
            'dead-letter-queues-as-a-signal',
          ),
          ...at('workflows-and-failures', 'dead-letter-queues'),
        ],
      },
    ],
  },
  {
    note: '001_a7d2cfa2954aba9b.txt',
    title: 'Serverless Architecture',
    sections: [
      {
        // The opening paragraphs under the note's title.
        section: 'Serverless Architecture',
        taughtIn: [
          ...at('what-is-serverless', 'there-are-still-servers', 'traditional-compute-next-to-serverless'),
          ...at('architectures-and-anti-patterns', 'match-the-compute-model-to-the-workload'),
        ],
      },
      {
        section: 'The serverless model',
        taughtIn: at('what-is-serverless', 'what-makes-a-platform-serverless', 'who-offers-it'),
      },
      { section: 'Where serverless wins', taughtIn: at('architectures-and-anti-patterns', 'where-serverless-wins') },
      {
        section: 'Sporadic or bursty workloads',
        taughtIn: at('architectures-and-anti-patterns', 'sporadic-and-bursty-work'),
      },
      {
        section: 'Event processing',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'event-processing'),
          ...at('events-and-invocation', 'where-events-come-from'),
        ],
      },
      { section: 'Glue code', taughtIn: at('architectures-and-anti-patterns', 'glue-between-cloud-services') },
      {
        section: 'Quick prototyping',
        taughtIn: at('architectures-and-anti-patterns', 'prototypes-internal-tools-and-mvp-backends'),
      },
      {
        section: 'Where serverless loses',
        // Where each loss now has a Lambda answer (Managed Instances, MicroVMs) and what it costs.
        taughtIn: [...at('architectures-and-anti-patterns', 'where-serverless-loses'), ...at('execution-model', 'lambdas-compute-models-in-2026')],
      },
      {
        section: 'Steady high-throughput workloads',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'steady-high-throughput'),
          ...at('cost-model', 'a-steady-ten-thousand-requests-a-second'),
        ],
      },
      {
        section: 'Long-running operations',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'long-running-work'),
          ...at('limits-and-constraints', 'work-longer-than-one-invocation'),
        ],
      },
      {
        section: 'Latency-sensitive paths',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'latency-critical-synchronous-paths'),
          ...at('cold-starts', 'when-cold-starts-matter-and-when-they-do-not', 'provisioned-concurrency'),
        ],
      },
      {
        section: 'Stateful workloads',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'stateful-protocols-and-shared-in-process-state'),
          ...at('execution-model', 'stateless-by-design'),
        ],
      },
      {
        section: 'Heavy dependencies',
        taughtIn: [
          ...at('cold-starts', 'what-makes-them-longer', 'smaller-packages-and-lazy-initialisation'),
          ...at('architectures-and-anti-patterns', 'anti-patterns'),
        ],
      },
      {
        section: 'The cold-start problem',
        taughtIn: at(
          'cold-starts',
          'what-a-cold-start-is',
          'mitigations-and-what-they-cost',
          'provisioned-concurrency',
          'smaller-packages-and-lazy-initialisation',
          'lighter-runtimes',
          'when-cold-starts-matter-and-when-they-do-not',
        ),
      },
      {
        section: 'The cost model',
        taughtIn: at(
          'cost-model',
          'two-meters-requests-and-gb-seconds',
          'next-to-a-server',
          'where-the-lines-cross',
          'why-the-rules-of-thumb-disagree',
        ),
      },
      { section: 'Architectures that work', taughtIn: at('architectures-and-anti-patterns', 'architectures-that-work') },
      {
        section: 'API + Lambda + DynamoDB',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'architectures-that-work'),
          ...at('building-and-deploying', 'aws-sam', 'aws-cdk'),
        ],
      },
      {
        section: 'Event-driven processing',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'architectures-that-work'),
          ...at('events-and-invocation', 'the-shape-of-an-event-driven-function'),
        ],
      },
      {
        section: 'Step Functions for orchestration',
        taughtIn: [
          ...at('workflows-and-failures', 'one-function-is-rarely-the-whole-job', 'aws-step-functions'),
          ...at('architectures-and-anti-patterns', 'architectures-that-work'),
        ],
      },
      {
        section: 'Lambda + RDS (with caveats)',
        taughtIn: [
          ...at('data', 'connection-storms', 'three-fixes'),
          ...at('concurrency-and-scaling', 'protecting-what-sits-downstream'),
          ...at('architectures-and-anti-patterns', 'architectures-that-work'),
        ],
      },
      {
        section: 'Provisioned vs. on-demand',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'architectures-that-work'),
          ...at('cold-starts', 'when-cold-starts-matter-and-when-they-do-not'),
        ],
      },
      {
        section: "Architectures that don't work",
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'anti-patterns'),
          ...at('execution-model', 'tmp-scratch-space-not-storage'),
        ],
      },
      {
        section: 'Common failure patterns',
        taughtIn: [
          ...at('architectures-and-anti-patterns', 'anti-patterns'),
          ...at('observability', 'observability-from-day-one'),
          ...at('cold-starts', 'when-cold-starts-matter-and-when-they-do-not'),
        ],
      },
      // "Further Reading" is a list of links to other wiki pages, with no facts to teach.
    ],
  },
  {
    note: '002_bacff3e89c831b92.txt',
    title: 'Serverless and FaaS: Event-Driven Compute Without Managing Servers',
    sections: [
      {
        section: 'Why Serverless?',
        taughtIn: at('what-is-serverless', 'there-are-still-servers', 'two-halves-faas-and-baas'),
      },
      {
        section: 'Traditional Compute vs Serverless',
        taughtIn: at('what-is-serverless', 'traditional-compute-next-to-serverless'),
      },
      { section: 'Function-as-a-Service', taughtIn: at('what-is-serverless', 'what-a-function-is-made-of') },
      { section: 'Common Triggers', taughtIn: at('events-and-invocation', 'where-events-come-from') },
      { section: 'Handler Shape', taughtIn: at('events-and-invocation', 'the-shape-of-an-event-driven-function') },
      { section: 'Statelessness', taughtIn: at('execution-model', 'freeze-thaw-and-reuse', 'stateless-by-design') },
      {
        section: 'What Can Live Inside the Function?',
        taughtIn: at('execution-model', 'what-may-live-inside-a-function'),
      },
      { section: 'Cold Starts', taughtIn: at('cold-starts', 'what-a-cold-start-is') },
      {
        section: 'Reducing Cold Start Impact',
        taughtIn: at('cold-starts', 'mitigations-and-what-they-cost', 'when-cold-starts-matter-and-when-they-do-not'),
      },
      {
        section: 'Event-Driven Serverless Workflows',
        taughtIn: at('events-and-invocation', 'the-shape-of-an-event-driven-function'),
      },
      { section: 'Orchestration vs Choreography', taughtIn: at('events-and-invocation', 'orchestration-and-choreography') },
      {
        section: 'Limits and Constraints',
        taughtIn: [
          ...at(
            'limits-and-constraints',
            'limits-are-part-of-the-design',
            'work-longer-than-one-invocation',
            'memory-buys-cpu',
            'payload-limits',
            'scratch-space-only',
            'functions-live-in-a-region',
            'from-limit-to-design',
          ),
          ...at('concurrency-and-scaling', 'concurrency-is-a-backpressure-tool'),
        ],
      },
      { section: 'Data Access Patterns', taughtIn: at('data', 'three-ways-to-reach-the-data') },
      { section: 'Direct Function to Database', taughtIn: at('data', 'direct-from-the-function', 'connection-storms') },
      { section: 'Queue Buffered Writes', taughtIn: at('data', 'queue-buffered-writes') },
      { section: 'Managed Service First', taughtIn: at('data', 'managed-services-first') },
      {
        section: 'Observability',
        taughtIn: at(
          'observability',
          'why-serverless-is-harder-to-see-into',
          'structured-logs',
          'metrics',
          'distributed-tracing',
          'dead-letter-queues-as-a-signal',
          'cost-as-a-signal',
        ),
      },
      { section: 'When to Use Serverless', taughtIn: at('architectures-and-anti-patterns', 'the-fit-table') },
      { section: 'Common Anti-Patterns', taughtIn: at('architectures-and-anti-patterns', 'anti-patterns') },
      { section: 'What to Remember for Interviews', taughtIn: at('interview-playbook', 'five-things-to-remember') },
      {
        section: 'Practice: Design a serverless image upload pipeline',
        taughtIn: at('interview-playbook', 'practice-a-serverless-image-upload-pipeline', 'the-reference-pipeline'),
      },
    ],
  },
  {
    note: '003_ec838221226bc6bd.txt',
    title: 'FaaS Deep Dive',
    sections: [
      {
        // The opening paragraph under the note's title.
        section: 'FaaS Deep Dive',
        taughtIn: at('what-is-serverless', 'there-are-still-servers', 'two-halves-faas-and-baas'),
      },
      { section: 'Execution Model', taughtIn: at('execution-model', 'what-runs-your-code', 'freeze-thaw-and-reuse') },
      {
        section: 'Provider Comparison',
        taughtIn: at('limits-and-constraints', 'three-platforms-side-by-side', 'what-the-table-hides'),
      },
      {
        section: 'Execution Lifecycle',
        taughtIn: at(
          'execution-model',
          'the-lifecycle-init-invoke-shutdown',
          'init',
          'invoke',
          'shutdown',
          'module-scope-and-handler-scope',
        ),
      },
      {
        section: 'Event Sources and Triggers',
        taughtIn: at('events-and-invocation', 'where-events-come-from', 'three-ways-to-invoke-a-function'),
      },
      {
        section: 'AWS Lambda Event Sources',
        taughtIn: [
          ...at('events-and-invocation', 'where-events-come-from', 'http-requests', 'which-sources-use-which-pattern', 'choosing-a-messenger-sns-sqs-eventbridge-or-kinesis'),
          // The API row (API Gateway, ALB, Function URL), compared feature by feature.
          ...at('front-door', 'four-front-doors-feature-by-feature'),
        ],
      },
      {
        section: 'Invocation Patterns',
        taughtIn: at('events-and-invocation', 'three-ways-to-invoke-a-function', 'synchronous', 'asynchronous', 'poll-based'),
      },
      {
        section: 'Error Handling',
        taughtIn: at(
          'workflows-and-failures',
          'when-a-step-fails',
          'event-source-mappings-failures-and-ordering',
          'dead-letter-queues',
          'destinations',
          'partial-batch-failures',
          'design-for-retries-idempotency',
        ),
      },
      {
        section: 'Serverless Frameworks',
        taughtIn: at('building-and-deploying', 'why-infrastructure-as-code', 'choosing-a-tool'),
      },
      { section: 'AWS SAM (Serverless Application Model)', taughtIn: at('building-and-deploying', 'aws-sam') },
      { section: 'AWS CDK (Cloud Development Kit)', taughtIn: at('building-and-deploying', 'aws-cdk') },
      {
        section: 'Other Frameworks',
        taughtIn: at('building-and-deploying', 'other-frameworks', 'serverless-framework', 'sst', 'pulumi'),
      },
      { section: 'Step Functions (Workflow Orchestration)', taughtIn: at('workflows-and-failures', 'aws-step-functions') },
      { section: 'State Machine Types', taughtIn: at('workflows-and-failures', 'standard-or-express') },
      {
        section: 'Common Patterns',
        taughtIn: at('workflows-and-failures', 'the-order-workflow-in-amazon-states-language'),
      },
      { section: 'Step Functions Patterns', taughtIn: at('workflows-and-failures', 'six-workflow-patterns', 'the-saga-pattern', 'waiting-for-a-person-callbacks') },
      { section: 'Serverless Databases', taughtIn: at('data', 'serverless-databases', 'choosing-one') },
      {
        section: 'Limitations and Mitigations',
        taughtIn: [
          ...at('cold-starts', 'what-makes-them-longer'),
          ...at('limits-and-constraints', 'limits-are-part-of-the-design'),
        ],
      },
      {
        section: 'Cold Starts',
        taughtIn: at('cold-starts', 'what-makes-them-longer', 'the-vpc-penalty-that-went-away', 'provisioned-concurrency'),
      },
      {
        section: 'Timeouts',
        taughtIn: [
          ...at(
            'limits-and-constraints',
            'synchronous-timeouts',
            'the-gateways-integration-timeout',
            'the-asynchronous-job-pattern',
            'work-longer-than-one-invocation',
          ),
          // "poll or use WebSocket for result": pushing results to clients.
          ...at('front-door', 'real-time-pushing-to-clients'),
        ],
      },
      {
        section: 'Other Constraints',
        taughtIn: [
          ...at('limits-and-constraints', 'payload-limits', 'scratch-space-only'),
          ...at('concurrency-and-scaling', 'the-account-limit'),
          ...at('execution-model', 'stateless-by-design'),
        ],
      },
      { section: 'Cost Optimization', taughtIn: at('cost-model', 'levers-that-lower-the-bill', 'committing-savings-plans', 'the-lines-the-function-bill-leaves-out') },
      { section: 'Pricing Levers', taughtIn: at('cost-model', 'two-meters-requests-and-gb-seconds') },
      {
        section: 'Optimization Strategies',
        taughtIn: at(
          'cost-model',
          'right-sizing-memory',
          'arm-and-graviton',
          'provisioned-concurrency-costs-when-idle',
          'levers-that-lower-the-bill',
        ),
      },
      { section: 'When Serverless Is Not Cost-Effective', taughtIn: at('cost-model', 'when-serverless-is-not-cost-effective') },
      { section: 'Serverless Patterns', taughtIn: at('architectures-and-anti-patterns', 'architectures-that-work') },
      {
        section: 'Key Takeaways',
        taughtIn: [
          ...at('what-is-serverless', 'what-makes-a-platform-serverless'),
          ...at('execution-model', 'module-scope-and-handler-scope'),
          ...at('workflows-and-failures', 'aws-step-functions'),
          ...at('cold-starts', 'mitigations-and-what-they-cost'),
          ...at('cost-model', 'where-the-lines-cross'),
          ...at('architectures-and-anti-patterns', 'match-the-compute-model-to-the-workload'),
        ],
      },
    ],
  },
  {
    note: '004_d58e4cef0bb873fe.txt',
    title: 'Serverless Architecture',
    sections: [
      {
        section: 'What Is Serverless?',
        taughtIn: at('what-is-serverless', 'there-are-still-servers', 'two-halves-faas-and-baas'),
      },
      {
        section: 'Key Characteristics',
        taughtIn: [
          ...at('what-is-serverless', 'what-makes-a-platform-serverless'),
          ...at('concurrency-and-scaling', 'scales-to-thousands-made-precise'),
        ],
      },
      { section: 'Cold Starts', taughtIn: at('cold-starts', 'what-a-cold-start-is', 'how-long-they-take') },
      {
        section: 'Cold Start Mitigation Strategies',
        taughtIn: at(
          'cold-starts',
          'mitigations-and-what-they-cost',
          'warm-up-pings-and-why-they-keep-only-one-environment-warm',
          'provisioned-concurrency',
          'lighter-runtimes',
          'smaller-packages-and-lazy-initialisation',
        ),
      },
      {
        section: 'When Serverless Excels',
        taughtIn: [
          ...at(
            'architectures-and-anti-patterns',
            'where-serverless-wins',
            'sporadic-and-bursty-work',
            'event-processing',
            'prototypes-internal-tools-and-mvp-backends',
            'rarely-called-services',
            'webhooks',
          ),
          ...at('concurrency-and-scaling', 'the-flash-sale'),
        ],
      },
      {
        section: 'When Serverless Is a Poor Fit',
        taughtIn: [
          ...at(
            'architectures-and-anti-patterns',
            'where-serverless-loses',
            'long-running-work',
            'latency-critical-synchronous-paths',
            'steady-high-throughput',
            'stateful-protocols-and-shared-in-process-state',
            'anti-patterns',
          ),
          ...at('what-is-serverless', 'who-offers-it'),
        ],
      },
      {
        section: 'Cost Model Comparison',
        taughtIn: at('cost-model', 'the-worked-example', 'next-to-a-server', 'where-the-lines-cross'),
      },
      {
        section: 'Cost Break-Even Example',
        taughtIn: at(
          'cost-model',
          'the-worked-example',
          'reconciling-the-figures',
          'next-to-a-server',
          'where-the-lines-cross',
        ),
      },
      {
        section: 'Interview Tip',
        taughtIn: at('interview-playbook', 'when-to-bring-serverless-up', 'follow-up-with-the-limits'),
      },
    ],
  },
];

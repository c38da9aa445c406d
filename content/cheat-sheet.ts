import type { FactId } from '@/lib/data/facts';

/**
 * The cheat sheet (/cheat-sheet): the numbers, limits and rules of thumb of the course on one
 * printable page. Every figure is a <Fact> id, so it carries its source and date and changes
 * when the data changes; the rules of thumb are the course's own words.
 */
export interface CheatSheetSection {
  title: string;
  /** What the section is for, in a sentence. */
  intro: string;
  rows: { label: string; fact: FactId; lesson: string }[];
  rules?: string[];
}

export const cheatSheet: CheatSheetSection[] = [
  {
    title: 'Execution limits (AWS Lambda)',
    intro: 'What one function can do in one invocation.',
    rows: [
      { label: 'Longest invocation', fact: 'lambda.maxTimeout', lesson: 'limits-and-constraints' },
      { label: 'Default timeout', fact: 'lambdaConfig.defaultTimeout', lesson: 'observability' },
      { label: 'Memory', fact: 'lambda.memoryRange', lesson: 'limits-and-constraints' },
      { label: 'One full vCPU at', fact: 'lambda.fullVcpu', lesson: 'limits-and-constraints' },
      { label: 'Most vCPUs', fact: 'lambda.maxVcpus', lesson: 'limits-and-constraints' },
      { label: 'Ephemeral storage (/tmp)', fact: 'lambda.tmpRange', lesson: 'execution-model' },
      { label: 'Synchronous payload, each way', fact: 'lambda.syncPayload', lesson: 'limits-and-constraints' },
      { label: 'Asynchronous payload (since October 2025)', fact: 'lambda.asyncPayload', lesson: 'limits-and-constraints' },
      { label: 'Asynchronous payload before', fact: 'lambda.asyncPayloadBefore', lesson: 'limits-and-constraints' },
      { label: 'Package, zipped upload', fact: 'lambda.zipUpload', lesson: 'limits-and-constraints' },
      { label: 'Package, unzipped with layers', fact: 'lambda.unzippedPackage', lesson: 'limits-and-constraints' },
      { label: 'Container image', fact: 'lambda.containerImage', lesson: 'limits-and-constraints' },
      { label: 'INIT phase limit', fact: 'execution.initTimeout', lesson: 'execution-model' },
      { label: 'API Gateway REST integration timeout (default)', fact: 'apiGateway.restTimeout', lesson: 'limits-and-constraints' },
      { label: 'API Gateway HTTP API timeout', fact: 'apiGateway.httpTimeout', lesson: 'limits-and-constraints' },
      { label: 'API Gateway REST timeout, raised at most to', fact: 'apiGateway.restTimeoutMax', lesson: 'limits-and-constraints' },
      { label: 'SHUTDOWN phase with an external extension (none without one)', fact: 'execution.shutdownLimit', lesson: 'execution-model' },
    ],
  },
  {
    title: 'Lambda’s compute models (2026)',
    intro: 'The three kinds of Lambda and what each changes; the limits above are an Event Function’s.',
    rows: [
      { label: 'Managed Instances: management fee on the EC2 price', fact: 'managedInstances.fee', lesson: 'execution-model' },
      { label: 'Managed Instances: environments always running (default)', fact: 'managedInstances.minEnvironments', lesson: 'execution-model' },
      { label: 'Managed Instances: memory per environment', fact: 'managedInstances.memoryRange', lesson: 'execution-model' },
      { label: 'Managed Instances: longest asynchronous or queue-driven run', fact: 'managedInstances.asyncTimeout', lesson: 'execution-model' },
      { label: 'Managed Instances: traffic doubling faster than this may throttle', fact: 'managedInstances.doublingWindow', lesson: 'execution-model' },
      { label: 'MicroVMs: longest life of one MicroVM', fact: 'microVms.maxLifetime', lesson: 'execution-model' },
      { label: 'MicroVMs: shortest idle time before suspending', fact: 'microVms.minIdle', lesson: 'execution-model' },
    ],
    rules: [
      'Event Functions: one request per micro-VM, scale to zero, pay per request and GB-second.',
      'Managed Instances: many requests per container on EC2 in your account, pay for instances plus a fee, never zero.',
      'MicroVMs: one VM per tenant or session, suspends with memory and disk, runs for hours.',
    ],
  },
  {
    title: 'Concurrency and scaling',
    intro: 'How many copies run at once, and how fast more arrive.',
    rows: [
      { label: 'Default account concurrency per region', fact: 'lambda.accountConcurrency', lesson: 'concurrency-and-scaling' },
      { label: 'Concurrency that must stay unreserved', fact: 'scaling.unreservedMinimum', lesson: 'concurrency-and-scaling' },
      { label: 'Scaling rate per function (since November 2023)', fact: 'scaling.rate', lesson: 'concurrency-and-scaling' },
      { label: 'Old rule: initial burst', fact: 'scaling.legacyBurstRange', lesson: 'concurrency-and-scaling' },
      { label: 'Old rule: then', fact: 'scaling.legacyIncrement', lesson: 'concurrency-and-scaling' },
      { label: 'SQS pollers start with', fact: 'sqsScaling.initialBatches', lesson: 'concurrency-and-scaling' },
      { label: 'SQS pollers add', fact: 'sqsScaling.scaleUpPerMinute', lesson: 'concurrency-and-scaling' },
      { label: 'SQS event source, concurrent invocations at most (by default)', fact: 'sqsScaling.maxBatches', lesson: 'concurrency-and-scaling' },
      { label: 'Asynchronous retries on error', fact: 'execution.asyncRetries', lesson: 'events-and-invocation' },
      { label: 'Asynchronous maximum event age', fact: 'execution.asyncMaxEventAge', lesson: 'events-and-invocation' },
    ],
    rules: [
      'Concurrency = requests per second × average duration in seconds (Little’s law).',
      'A synchronous call over the limit gets HTTP 429; asynchronous events wait and are retried; SQS messages wait in the queue.',
      'Unlimited scaling can drown a database: cap the function, put a queue in front, or pool connections.',
    ],
  },
  {
    title: 'Cold starts',
    intro: 'Commonly quoted ranges, with dated measurements where they exist.',
    rows: [
      { label: 'Overall, typical', fact: 'coldStart.overall', lesson: 'cold-starts' },
      { label: 'Node.js and Python', fact: 'coldStart.nodePython', lesson: 'cold-starts' },
      { label: 'Go and Rust', fact: 'coldStart.goRust', lesson: 'cold-starts' },
      { label: '.NET', fact: 'coldStart.dotnet', lesson: 'cold-starts' },
      { label: 'Java without SnapStart', fact: 'coldStart.jvm', lesson: 'cold-starts' },
      { label: 'SnapStart start-up, AWS’s promise', fact: 'coldStart.snapStartRestore', lesson: 'cold-starts' },
      { label: 'Java 21 SnapStart restore, hello world (2025 measurements)', fact: 'coldStart.snapStartHelloWorld2025', lesson: 'cold-starts' },
      { label: 'Cloudflare Workers (isolates)', fact: 'coldStart.workers', lesson: 'cold-starts' },
      { label: 'Idle environments kept (observed)', fact: 'coldStart.idleReclaim', lesson: 'cold-starts' },
      { label: 'Share of invocations that are INITs (AWS)', fact: 'coldStart.initShare', lesson: 'cold-starts' },
    ],
    rules: [
      'Cold starts matter on synchronous, user-facing paths with a tight p99; rarely for queues, schedules and webhooks.',
      'Provisioned concurrency removes them at a price paid while idle; warm-up pings keep only one environment warm.',
    ],
  },
  {
    title: 'Prices (us-east-1, on demand)',
    intro: 'Enough to estimate a bill on paper.',
    rows: [
      { label: 'Lambda requests', fact: 'lambda.requestPrice', lesson: 'cost-model' },
      { label: 'Lambda duration, x86', fact: 'lambda.gbSecondPrice', lesson: 'cost-model' },
      { label: 'Lambda duration, Arm', fact: 'lambda.armGbSecondPrice', lesson: 'cost-model' },
      { label: 'Billing granularity', fact: 'lambda.billingGranularity', lesson: 'cost-model' },
      { label: 'Free tier, requests each month', fact: 'lambda.freeRequests', lesson: 'cost-model' },
      { label: 'Free tier, compute each month', fact: 'lambda.freeGbSeconds', lesson: 'cost-model' },
      { label: 'Provisioned concurrency, work run on it', fact: 'lambda.provisionedDurationPrice', lesson: 'cost-model' },
      { label: 'API Gateway REST API', fact: 'apiGateway.restPrice', lesson: 'cost-model' },
      { label: 'API Gateway HTTP API', fact: 'apiGateway.httpPrice', lesson: 'cost-model' },
      { label: 'EC2 t3.medium, a month', fact: 'ec2.t3medium.monthly', lesson: 'cost-model' },
      { label: 'Step Functions Standard', fact: 'stepFunctions.standardTransitionPrice', lesson: 'workflows-and-failures' },
      { label: 'DynamoDB on-demand writes', fact: 'dynamodb.onDemandWritePrice', lesson: 'data' },
      { label: 'DynamoDB on-demand reads', fact: 'dynamodb.onDemandReadPrice', lesson: 'data' },
      { label: 'Savings Plans, deepest discount on EC2', fact: 'savingsPlans.ec2Max', lesson: 'cost-model' },
      { label: 'Savings Plans, deepest discount on Lambda duration', fact: 'savingsPlans.lambdaMax', lesson: 'cost-model' },
      { label: 'CloudWatch Logs ingestion', fact: 'logs.ingestPrice', lesson: 'cost-model' },
      { label: 'Data transfer out to the internet', fact: 'transfer.price', lesson: 'cost-model' },
      { label: 'SQS requests', fact: 'sqs.requestPrice', lesson: 'events-and-invocation' },
      { label: 'SNS messages published', fact: 'sns.publishPrice', lesson: 'events-and-invocation' },
      { label: 'EventBridge events published', fact: 'eventBridge.eventPrice', lesson: 'events-and-invocation' },
      { label: 'Kinesis shard (provisioned)', fact: 'kinesis.shardHourPrice', lesson: 'events-and-invocation' },
    ],
    rules: [
      'Monthly Lambda cost = requests × request price + GB-seconds × duration price; GB-seconds = memory in GB × billed seconds.',
      'The notes’ example: 512 MB for 200 ms is 0.1 GB-second a call; 10 million calls a month cost about $18.67 without the free tier.',
      'Always-on capacity wins at high, steady traffic; spiky traffic sized for its peak is where servers waste money.',
      'A commitment beats on demand when the capacity is busy more than (1 − discount) of the time.',
    ],
  },
  {
    title: 'Workflows and failures',
    intro: 'The rules that keep retries safe.',
    rows: [
      { label: 'Step Functions Standard, longest run', fact: 'stepFunctions.standardMaxDuration', lesson: 'workflows-and-failures' },
      { label: 'Step Functions Express, longest run', fact: 'stepFunctions.expressMaxDuration', lesson: 'workflows-and-failures' },
      { label: 'Stream mapping: most retries you can set', fact: 'streams.maxRetries', lesson: 'workflows-and-failures' },
      { label: 'Stream mapping: oldest record age you can set', fact: 'streams.maxRecordAge', lesson: 'workflows-and-failures' },
      { label: 'Kinesis retention, default', fact: 'kinesis.retentionDefault', lesson: 'workflows-and-failures' },
      { label: 'SQS retention, at most', fact: 'sqs.retentionMax', lesson: 'events-and-invocation' },
      { label: 'Recursive loops stopped after about', fact: 'lambda.recursionStop', lesson: 'workflows-and-failures' },
    ],
    rules: [
      'Delivery is at least once: make every handler idempotent with a key stored under a uniqueness constraint.',
      'Give every asynchronous path a dead-letter queue or an on-failure destination, and alarm on its depth.',
      'Report partial batch failures so one bad message does not send a whole batch back.',
      'On a stream, a failing record holds its shard: set bisect, a retry limit, a maximum record age and an on-failure destination.',
      'Wait for a person with a task token (.waitForTaskToken), and always bound the wait.',
    ],
  },
  {
    title: 'Front door and real time',
    intro: 'What sits between the internet and the function, and what it allows.',
    rows: [
      { label: 'API Gateway throttle, every API in an account and Region', fact: 'apiGateway.accountRps', lesson: 'front-door' },
      { label: 'Its burst (token bucket size)', fact: 'apiGateway.accountBurst', lesson: 'front-door' },
      { label: 'Default throttle in the newer Regions', fact: 'apiGateway.smallRegionRps', lesson: 'front-door' },
      { label: 'Load balancer to Lambda, request or response body', fact: 'alb.lambdaBodyMax', lesson: 'front-door' },
      { label: 'Function URL, price of its own', fact: 'functionUrl.price', lesson: 'front-door' },
      { label: 'WAF rate-based rule windows', fact: 'waf.rateWindows', lesson: 'front-door' },
      { label: 'WebSocket message, largest', fact: 'apiGatewayWebSocket.messageMax', lesson: 'front-door' },
      { label: 'WebSocket connection, longest', fact: 'apiGatewayWebSocket.maxConnection', lesson: 'front-door' },
      { label: 'WebSocket new connections, per account', fact: 'apiGatewayWebSocket.newConnectionsPerSecond', lesson: 'front-door' },
      { label: 'WebSocket messages', fact: 'apiGatewayWebSocket.messagePrice', lesson: 'front-door' },
      { label: 'WebSocket connection minutes', fact: 'apiGatewayWebSocket.connectionMinutePrice', lesson: 'front-door' },
    ],
    rules: [
      'HTTP API by default; REST API for keys, usage plans, caching, WAF or validation; function URL for a webhook.',
      'Refuse excess with 429 and a Retry-After header; an API key identifies a customer, it does not authenticate one.',
    ],
  },
  {
    title: 'Secrets and releases',
    intro: 'Configuration, secrets and getting new code out safely.',
    rows: [
      { label: 'Environment variables, all together', fact: 'lambda.environmentMax', lesson: 'building-and-deploying' },
      { label: 'Standard Parameter Store value', fact: 'parameterStore.standardMax', lesson: 'building-and-deploying' },
      { label: 'Secrets Manager, per secret', fact: 'secretsManager.secretPrice', lesson: 'building-and-deploying' },
      { label: 'Secrets Manager, API calls', fact: 'secretsManager.callPrice', lesson: 'building-and-deploying' },
      { label: 'Parameters and Secrets extension, longest cache', fact: 'paramsExtension.maxTtl', lesson: 'building-and-deploying' },
      { label: 'CodeDeploy 10% canary, waits', fact: 'codeDeploy.canaryOptions', lesson: 'building-and-deploying' },
      { label: 'CodeDeploy linear, 10% every', fact: 'codeDeploy.linearOptions', lesson: 'building-and-deploying' },
    ],
    rules: [
      'Secrets never in environment variables; cache them, and rotate so the old credential outlives the cache.',
      'Callers invoke an alias, never $LATEST; schema changes expand before they contract.',
    ],
  },
  {
    title: 'Across services and Regions',
    intro: 'Keeping several services, and several Regions, in agreement.',
    rows: [
      { label: 'DynamoDB transaction, most actions', fact: 'dynamodb.transactMaxActions', lesson: 'across-services-and-regions' },
      { label: 'Write cost inside a transaction', fact: 'dynamodb.transactWriteMultiple', lesson: 'across-services-and-regions' },
      { label: 'DynamoDB stream retention', fact: 'dynamodbStreams.retention', lesson: 'across-services-and-regions' },
      { label: 'Route 53 health-check interval', fact: 'route53.healthCheckIntervals', lesson: 'across-services-and-regions' },
      { label: 'Failed checks before unhealthy (default)', fact: 'route53.failureThreshold', lesson: 'across-services-and-regions' },
      { label: 'Regions in a strongly consistent global table', fact: 'globalTables.mrscRegions', lesson: 'across-services-and-regions' },
    ],
    rules: [
      'Never write then publish: save the event in the same transaction (an outbox) and publish from the stream.',
      'DNS failover takes about check interval × failure threshold + the record’s TTL.',
      'Global tables settle conflicts by last writer wins: give each item a home Region for writes.',
    ],
  },
];

import type { GlossaryTerm } from './types';

/** Terms introduced by lessons 2 to 4 (the execution model, events and invocation, cold starts), and a few lesson 6 adds. */
export const executionTerms: GlossaryTerm[] = [
  // Lesson 2, The execution model
  { term: 'Micro-VM', id: 'micro-vm', lesson: 'execution-model', definition: 'A very small virtual machine with its own kernel. AWS Lambda runs each execution environment in a Firecracker micro-VM, which isolates it from other customers.' },
  { term: 'Runtime', id: 'runtime', lesson: 'execution-model', definition: 'The language environment inside an execution environment (the Node.js, Python, Java or .NET runtime, for example) plus the loop that fetches events and calls your handler.' },
  { term: 'Lambda extension', id: 'lambda-extension', lesson: 'execution-model', definition: 'A helper process, such as a monitoring or secrets agent, that runs beside your function in the same execution environment and takes part in its lifecycle.' },
  { term: 'INIT phase', id: 'init-phase', lesson: 'execution-model', definition: 'The first phase of an execution environment: start the extensions, boot the runtime, then run your code outside the handler. It runs once per environment and is what a cold start waits for.' },
  { term: 'INVOKE phase', id: 'invoke-phase', lesson: 'execution-model', definition: 'One call of the handler with one event (or batch), ending when the response is returned and the environment is frozen.' },
  { term: 'SHUTDOWN phase', id: 'shutdown-phase', lesson: 'execution-model', definition: 'The last phase of an execution environment, when the platform reclaims it: shutdown hooks run and resources are released, within a short time limit.' },
  { term: 'Freeze and thaw', id: 'freeze-and-thaw', lesson: 'execution-model', definition: 'After an invocation the platform pauses (freezes) the environment; when another event arrives it resumes (thaws) it instead of building a new one.' },
  { term: 'Warm start', id: 'warm-start', lesson: 'execution-model', definition: 'An invocation served by an existing, thawed execution environment, so it skips the INIT phase.' },
  { term: 'Module scope', id: 'module-scope', lesson: 'execution-model', definition: 'Code at the top level of a function\u2019s source file, outside the handler. It runs once per execution environment during INIT, and what it creates is reused by later invocations there.' },
  { term: 'Ephemeral storage (/tmp)', id: 'ephemeral-storage', lesson: 'execution-model', definition: 'The writable /tmp directory private to one execution environment. Files survive between invocations on that environment only, so it is scratch space, not storage.' },

  // Lesson 3, Events and invocation
  { term: 'Event', id: 'event', lesson: 'events-and-invocation', definition: 'A document, usually JSON, describing something that happened (a request, an uploaded object, a changed row) that the platform passes to the handler.' },
  { term: 'Function URL', id: 'function-url', lesson: 'events-and-invocation', definition: 'A built-in HTTPS endpoint for a single Lambda function, with no API gateway in front; often enough for a webhook receiver.' },
  { term: 'Event bus', id: 'event-bus', lesson: 'events-and-invocation', definition: 'A router for events, such as Amazon EventBridge, that delivers each event to every target whose rule matches it, so producers need not know their consumers.' },
  { term: 'Change stream', id: 'change-stream', lesson: 'events-and-invocation', definition: 'A feed of the writes made to a database, such as DynamoDB Streams or Firestore triggers, delivered to functions in near real time.' },
  { term: 'Synchronous invocation', id: 'synchronous-invocation', lesson: 'events-and-invocation', definition: 'The caller waits while the function runs and receives its response or error; the caller decides whether to retry.' },
  { term: 'Asynchronous invocation', id: 'asynchronous-invocation', lesson: 'events-and-invocation', definition: 'The source hands the event to Lambda\u2019s internal queue and gets an immediate acknowledgement; Lambda invokes the function and retries failures itself.' },
  { term: 'Poll-based invocation', id: 'poll-based-invocation', lesson: 'events-and-invocation', definition: 'Lambda runs pollers (an event source mapping) that read from a queue or stream such as SQS, Kinesis, DynamoDB Streams or Kafka and call the function with batches of records.' },
  { term: 'Batch', id: 'batch', lesson: 'events-and-invocation', definition: 'A group of queue messages or stream records delivered to one invocation. Its size is configurable, and by default a failure retries the whole batch.' },
  { term: 'Shard', id: 'shard', lesson: 'events-and-invocation', definition: 'One ordered slice of a stream such as Kinesis or DynamoDB Streams. Records in a shard are read in order, so a batch that keeps failing holds up the records behind it in that shard.' },
  { term: 'Maximum event age', id: 'maximum-event-age', lesson: 'events-and-invocation', definition: 'How long Lambda keeps an asynchronous event in its queue, retrying, before giving up on it.' },
  { term: 'Dead-letter queue (DLQ)', id: 'dead-letter-queue', lesson: 'events-and-invocation', definition: 'A queue or topic that receives events that failed every attempt, so they can be inspected and replayed instead of disappearing.' },
  { term: 'At-least-once delivery', id: 'at-least-once-delivery', lesson: 'events-and-invocation', definition: 'A delivery guarantee under which every event arrives, but some may arrive more than once; handlers must therefore be idempotent.' },
  { term: 'Idempotency key', id: 'idempotency-key', lesson: 'events-and-invocation', definition: 'An identifier for a piece of work, such as an order id, recorded in an external store with a uniqueness constraint so that a repeated delivery is recognised and not processed twice.' },
  { term: 'Idempotent', id: 'idempotent', lesson: 'events-and-invocation', definition: 'Safe to repeat: running the operation twice with the same input has the same effect as running it once.' },
  { term: 'Orchestration', id: 'orchestration', lesson: 'events-and-invocation', definition: 'Coordinating a multi-step process from one place: a workflow engine such as AWS Step Functions calls each step and keeps the state, retries and status.' },
  { term: 'Choreography', id: 'choreography', lesson: 'events-and-invocation', definition: 'Coordinating a process without a coordinator: services publish events and each subscriber reacts on its own.' },
  { term: 'Compensation', id: 'compensation', lesson: 'events-and-invocation', definition: 'An action that undoes an earlier step of a process when a later step fails, such as refunding a payment; the building block of the saga pattern.' },

  // Lesson 4, Cold starts
  { term: 'Init Duration', id: 'init-duration', lesson: 'cold-starts', definition: 'The time a Lambda cold start spent in the INIT phase, reported in the function\u2019s log line for each cold invocation.' },
  { term: 'p99 latency', id: 'p99-latency', lesson: 'cold-starts', definition: 'The response time that 99% of requests beat. Rare slow events such as cold starts show up here long before they move the average.' },
  { term: 'Provisioned concurrency', id: 'provisioned-concurrency', lesson: 'cold-starts', definition: 'A number of Lambda execution environments kept initialised and waiting, so requests routed to them start warm. Billed while configured, whether used or not.' },
  { term: 'SnapStart', id: 'snapstart', lesson: 'cold-starts', definition: 'A Lambda feature that initialises a function version when it is published, snapshots the initialised micro-VM and restores the snapshot on each cold start. Available for Java, and since November 2024 for Python and .NET.' },
  { term: 'Lazy initialisation', id: 'lazy-initialisation', lesson: 'cold-starts', definition: 'Loading a dependency or creating a client on first use rather than at start-up, so only the requests that need it pay for it.' },
  { term: 'Tree-shaking', id: 'tree-shaking', lesson: 'cold-starts', definition: 'Removing unused code from a bundle at build time, so the deployment package is smaller and loads faster.' },
  { term: 'Warm-up ping', id: 'warm-up-ping', lesson: 'cold-starts', definition: 'A scheduled dummy invocation meant to keep a function warm. Because an environment handles one request at a time, one ping keeps only one environment warm.' },
  { term: 'Hyperplane ENI', id: 'hyperplane-eni', lesson: 'cold-starts', definition: 'A shared network interface that, since 2019, connects Lambda functions to a VPC. It replaced one interface per environment and removed most of the VPC cold-start penalty.' },
  { term: 'V8 isolate', id: 'v8-isolate', lesson: 'cold-starts', definition: 'A lightweight sandbox inside the V8 JavaScript engine. Many share one process, so a new one starts in milliseconds; Cloudflare Workers run in them.' },
  { term: 'Eventual consistency', id: 'eventual-consistency', lesson: 'cold-starts', definition: 'A system in which an update becomes visible to every reader after a delay rather than at once; the price of moving work off the request path and of many replicated stores.' },

  // Lesson 6, Limits and constraints
  { term: 'Lambda Managed Instances', id: 'lambda-managed-instances', lesson: 'limits-and-constraints', definition: 'A Lambda option that runs functions on EC2 instances Lambda manages in your account. Each execution environment serves many requests at once, and capacity scales on CPU use rather than per request, so handlers must be safe to run concurrently.' },
  { term: 'Response streaming', id: 'response-streaming', lesson: 'limits-and-constraints', definition: 'Sending a response to the client in pieces as the function produces it, instead of all at once at the end; on AWS it lifts the size and duration ceilings that apply to buffered responses.' },
];

import type { GlossaryTerm } from './types';

/** Terms introduced by lesson 1, What serverless is. */
export const basicsTerms: GlossaryTerm[] = [
  { term: 'Serverless', id: 'serverless', lesson: 'what-is-serverless', definition: 'A way of running software in which the cloud provider owns the servers, their capacity and their upkeep, and bills you for the work done rather than for machines kept running.' },
  { term: 'Function-as-a-Service (FaaS)', id: 'faas', lesson: 'what-is-serverless', definition: 'The compute half of serverless: you upload a function, and the platform runs a copy of it for each event it receives.' },
  { term: 'Backend-as-a-Service (BaaS)', id: 'baas', lesson: 'what-is-serverless', definition: 'Managed services that stand in for a whole backend component, such as authentication (Auth0), a real-time database (Firebase) or a key-value store (DynamoDB).' },
  { term: 'Invocation', id: 'invocation', lesson: 'what-is-serverless', definition: 'One run of a function in response to one event (or one batch of events).' },
  { term: 'Event source', id: 'event-source', lesson: 'what-is-serverless', definition: 'Whatever triggers a function: an HTTP request, a queue message, a file landing in storage, a schedule or a database change.' },
  { term: 'Handler', id: 'handler', lesson: 'what-is-serverless', definition: 'The function the platform calls for each invocation. Code outside it runs once per execution environment.' },
  { term: 'Execution environment', id: 'execution-environment', lesson: 'what-is-serverless', definition: 'The isolated sandbox (a micro-VM on AWS Lambda) that holds one copy of your function and its runtime. By default Lambda gives each one a single request at a time; with Lambda Managed Instances one environment serves several at once.' },
  { term: 'Concurrency', id: 'concurrency', lesson: 'what-is-serverless', definition: 'The number of requests being handled at the same moment; on Lambda, the number of busy execution environments. By Little\u2019s law it equals the request rate times the average duration.' },
  { term: "Little's law", id: 'littles-law', lesson: 'what-is-serverless', definition: 'In a steady system, the number of items inside equals their arrival rate times the time each spends inside. For functions: concurrency = requests per second \u00d7 duration in seconds.' },
  { term: 'Throttling', id: 'throttling', lesson: 'what-is-serverless', definition: 'The platform refusing work above a concurrency limit. A synchronous caller receives HTTP 429; asynchronous events wait and are retried.' },
  { term: 'Cold start', id: 'cold-start', lesson: 'what-is-serverless', definition: 'The extra delay when a request finds no idle environment and the platform must create one, start the runtime and run your initialisation code first.' },
  { term: 'GB-second', id: 'gb-second', lesson: 'what-is-serverless', definition: 'The unit of serverless compute billing: memory configured in gigabytes multiplied by the seconds the code ran.' },
  { term: 'Scale to zero', id: 'scale-to-zero', lesson: 'what-is-serverless', definition: 'When no events arrive, no environments run and nothing is billed for compute.' },
  { term: 'Stateless', id: 'stateless', lesson: 'what-is-serverless', definition: 'Holding nothing between invocations that correctness depends on: anything that must survive lives in a database, cache or object store.' },
  { term: 'Vendor lock-in', id: 'vendor-lock-in', lesson: 'what-is-serverless', definition: 'The cost of moving away from one provider, which grows with every provider-specific trigger and managed service a design relies on.' },
];

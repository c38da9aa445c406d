import type { GlossaryTerm } from './types';

/**
 * Terms introduced where the course goes beyond the single function: secrets, testing and safe
 * deployments (lesson 11), the front door (lesson 13), and designs across services and Regions (lesson 14).
 */
export const beyondFunctionTerms: GlossaryTerm[] = [
  // Lesson 11, Building and deploying: secrets, testing, safe deployments
  { term: 'AWS KMS (Key Management Service)', id: 'aws-kms', lesson: 'building-and-deploying', definition: 'The AWS service that holds encryption keys and encrypts and decrypts with them on request, so reading an encrypted secret needs permission on the key as well as on the secret.' },
  { term: 'Parameters and Secrets Lambda extension', id: 'parameters-secrets-extension', lesson: 'building-and-deploying', definition: 'An AWS-provided Lambda extension that fetches values from Parameter Store and Secrets Manager on first use and caches them for a time to live, answering the function over localhost.' },
  { term: 'Secret rotation', id: 'secret-rotation', lesson: 'building-and-deploying', definition: 'Replacing a credential on a schedule, in Secrets Manager by a rotation function; with alternating users the previous credential stays valid until the next rotation, so cached copies keep working.' },
  { term: 'Ephemeral stack (stack per branch)', id: 'ephemeral-stack', lesson: 'building-and-deploying', definition: 'A complete, short-lived copy of a service deployed for one branch or pull request, so integration tests run against real cloud resources; the pipeline deletes it when the branch merges.' },
  { term: 'Function version', id: 'function-version', lesson: 'building-and-deploying', definition: 'An immutable, numbered snapshot of a Lambda function\u2019s code and configuration, published from $LATEST.' },
  { term: 'Function alias', id: 'function-alias', lesson: 'building-and-deploying', definition: 'A named pointer to a Lambda function version, such as live, that callers invoke instead of a number; it can split traffic between two versions by weight.' },
  { term: 'Canary deployment', id: 'canary-deployment', lesson: 'building-and-deploying', definition: 'Releasing a new version to a small share of traffic for a set time while alarms watch it, then to everyone; CodeDeploy rolls the alias back if an alarm fires.' },

  // Lesson 13, The front door
  { term: 'JWT authorizer', id: 'jwt-authorizer', lesson: 'front-door', definition: 'An HTTP API feature that validates a JSON Web Token\u2019s signature, issuer, audience and expiry from an OpenID Connect provider before the request reaches a function, with no code of yours.' },
  { term: 'Account-level throttle (API Gateway)', id: 'account-level-throttle', lesson: 'front-door', definition: 'The token-bucket limit on requests per second that every REST, HTTP and WebSocket API in one AWS account and Region share; requests over it get HTTP 429.' },
  { term: 'Token bucket', id: 'token-bucket', lesson: 'front-door', definition: 'A rate-limiting rule: a bucket holds up to a burst of tokens and refills at a steady rate; each request takes a token, and a request that finds none is refused.' },
  { term: 'API key', id: 'api-key', lesson: 'front-door', definition: 'A string a client sends with each request to a REST API so that API Gateway can apply that customer\u2019s usage plan. It identifies a customer; it does not authenticate one.' },
  { term: 'Usage plan', id: 'usage-plan', lesson: 'front-door', definition: 'A REST API setting that gives the API keys attached to it a rate, a burst and an optional quota per day, week or month, enforced on a best-effort basis.' },
  { term: 'Rate-based rule (AWS WAF)', id: 'rate-based-rule', lesson: 'front-door', definition: 'A WAF rule that counts requests per client IP or other key over a window of minutes and blocks or challenges clients that exceed a limit, before they reach the API.' },
  { term: 'Retry-After', id: 'retry-after', lesson: 'front-door', definition: 'An HTTP response header telling a refused client how long to wait, in seconds or as a date, before trying again; sent with 429 and 503 responses.' },
  { term: 'Connections API (@connections)', id: 'connections-api', lesson: 'front-door', definition: 'The endpoint of an API Gateway WebSocket API that back-end code calls to send a message to one connection, check it or close it; a 410 Gone answer means the client has left.' },
  { term: 'Subscription (AppSync)', id: 'appsync-subscription', lesson: 'front-door', definition: 'A GraphQL operation through which a client asks AWS AppSync to push it the result of matching mutations over a WebSocket connection, with AppSync tracking the subscribers.' },

  // Lesson 14, Across services and Regions
  { term: 'Dual write', id: 'dual-write', lesson: 'across-services-and-regions', definition: 'Updating two systems one after the other, such as a database and an event bus, with no transaction spanning both, so a failure between the two leaves them disagreeing.' },
  { term: 'Transactional outbox', id: 'transactional-outbox', lesson: 'across-services-and-regions', definition: 'Saving an event record in the same database transaction as the state change it describes, and publishing committed records with a separate relay, so an event is sent if and only if the change was committed.' },
  { term: 'Change data capture (CDC)', id: 'change-data-capture', lesson: 'across-services-and-regions', definition: 'Reading a database\u2019s own record of changes (a DynamoDB stream, a transaction log) as a feed that other systems consume, so copies stay in step without the application writing twice.' },
  { term: 'Active-active', id: 'active-active', lesson: 'across-services-and-regions', definition: 'Running a service in two or more Regions that all serve traffic at the same time, so losing one Region moves its users to the others instead of starting a standby.' },
  { term: 'Latency-based routing', id: 'latency-based-routing', lesson: 'across-services-and-regions', definition: 'A Route 53 routing policy that answers each DNS query with the Region that has the lowest measured latency for the user, skipping Regions whose health check fails.' },
  { term: 'Global table (DynamoDB)', id: 'global-table', lesson: 'across-services-and-regions', definition: 'A DynamoDB table with a replica in each of several Regions, each accepting reads and writes, with changes copied between replicas in the background (or, in strong-consistency mode, agreed before each write succeeds).' },
  { term: 'Last writer wins', id: 'last-writer-wins', lesson: 'across-services-and-regions', definition: 'The conflict rule of eventually consistent global tables: when two Regions update one item concurrently, the write with the later timestamp survives everywhere and the other is lost.' },
  { term: 'Strangler fig', id: 'strangler-fig', lesson: 'across-services-and-regions', definition: 'Migrating a monolith gradually: a front door routes one capability at a time to new services, until the old application can be switched off.' },
  { term: 'Anti-corruption layer', id: 'anti-corruption-layer', lesson: 'across-services-and-regions', definition: 'A translating adapter between a legacy system and a new one, so the old model\u2019s names and quirks stop at the border instead of leaking into the new code.' },
];

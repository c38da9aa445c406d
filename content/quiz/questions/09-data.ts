import type { Question } from '@/lib/quiz/types';

const lesson = 'data';
const topic = 'data';

/** A synchronous API spiking to 3,000 requests/s against a database with 100 connections. */
const dbStorm = { pattern: 'spike', base: 100, peak: 3000, duration: 200, limit: 5000, reserved: 0, provisioned: 0, scaling: 'current', mode: 'sync', batch: 10, maxconc: 0, dbconn: 100, proxy: 0, window: 5 };

export const dataQuestions: Question[] = [
  {
    id: 'data-where-state-goes',
    kind: 'multi',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'state-lives-outside-the-function' },
    prompt: 'Which pairings of state and store are sound for a serverless application? Select all that apply.',
    options: [
      { id: 'sessions-cache', text: 'Sessions and rate-limit counters in an in-memory cache such as ElastiCache', correct: true, explanation: 'Hot, short-lived data shared by every environment: exactly what a managed cache is for.' },
      { id: 'files-s3', text: 'Uploaded images and exports in S3', correct: true, explanation: 'Files and payloads too big for an event belong in an object store, addressed by key.' },
      { id: 'orders-rds', text: 'Orders with relations and transactions in a relational database', correct: true, explanation: 'Joins, transactions and ad hoc queries are what RDS or Aurora are for; plan for connections.' },
      { id: 'tmp', text: 'The latest exchange rates in /tmp, as the source of truth', correct: false, explanation: '/tmp is private to one environment and vanishes with it; other environments would see different or missing values.' },
      { id: 'global', text: 'The shopping cart in a global variable of the function', correct: false, explanation: 'The next request may land on a different environment, or this one may be reclaimed; the cart would disappear or differ.' },
    ],
  },
  {
    id: 'data-connections-needed',
    kind: 'numeric',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'connection-storms' },
    prompt: 'During a flash sale an API function receives 2,000 requests a second, each taking 200 ms, and every environment holds one database connection. How many connections does the database see?',
    answer: 400,
    unit: 'connections',
    tolerance: { relative: 0.05 },
    compute: { fn: 'requiredConcurrency', rps: 2000, durationMs: 200 },
    solution: [
      "Connections follow concurrency, and concurrency follows Little's law: 2,000 × 0.2 s = 400 environments.",
      'With one connection each that is 400 connections, far above what a small PostgreSQL instance accepts, and more if the database slows down and stretches every request.',
    ],
  },
  {
    id: 'data-storm-loop',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'connection-storms' },
    prompt: 'Why does a database under a Lambda-driven spike often collapse entirely rather than just slowing down?',
    options: [
      {
        id: 'loop',
        text: 'A slower database makes invocations longer, which raises concurrency, which opens more connections, which slows it further, until new connections are refused and every request fails.',
        correct: true,
        explanation: 'Right. It is a feedback loop: automatic scaling keeps feeding the database more clients exactly when it can serve fewer.',
      },
      {
        id: 'cold',
        text: 'Cold starts open two connections each.',
        correct: false,
        explanation: 'A cold start opens the connection once per environment; the problem is the number of environments, not connections per cold start.',
      },
      {
        id: 'retries',
        text: 'Lambda retries every failed query automatically.',
        correct: false,
        explanation: 'Lambda does not retry queries; client retries can make a storm worse, but the core is the concurrency loop.',
      },
      {
        id: 'limit',
        text: 'The account concurrency limit forces all environments to connect at the same instant.',
        correct: false,
        explanation: 'The limit caps environments rather than synchronising them; with the default of 1,000 it still allows far more connections than most databases accept.',
      },
    ],
  },
  {
    id: 'data-pool-size',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'three-fixes' },
    prompt: 'What connection-pool size should a Lambda function configure for its database client?',
    options: [
      {
        id: 'one',
        text: 'One connection per environment, because each environment serves one request at a time.',
        correct: true,
        explanation: 'Right. A larger pool inside the function multiplies the storm without helping, since no environment runs two requests at once.',
      },
      {
        id: 'ten',
        text: 'Ten, as on an application server, so queries can run in parallel.',
        correct: false,
        explanation: 'An application server serves many requests at once; a Lambda environment does not, so nine of the ten connections would sit idle and count against the database.',
      },
      {
        id: 'zero',
        text: 'None: open and close a connection inside the handler on every request.',
        correct: false,
        explanation: 'That pays a connection handshake per request and still opens one connection per concurrent request; reuse one at module scope, with a reconnect path.',
      },
      {
        id: 'max',
        text: 'As many as the database allows, divided by nothing: the platform shares them.',
        correct: false,
        explanation: 'Environments cannot share connections with each other; only an external pooler such as RDS Proxy can.',
      },
    ],
  },
  {
    id: 'data-choose-database',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'choosing-one' },
    prompt: 'A new service fetches and stores items by a known key, with spiky traffic and no joins. Which database removes the connection problem altogether?',
    options: [
      { id: 'dynamodb', text: 'DynamoDB on-demand', correct: true, explanation: 'Right. It is reached over HTTPS per request, scales without capacity planning and bills per request: no pool to size and nothing for a burst to exhaust.' },
      { id: 'aurora', text: 'Aurora Serverless v2', correct: false, explanation: 'Its capacity scales, but connections behave as on any Aurora instance, so the storm advice still applies; choose it when you need SQL.' },
      { id: 'rds', text: 'A single RDS PostgreSQL instance behind RDS Proxy', correct: false, explanation: 'RDS Proxy softens the connection problem but does not remove it, and a relational engine is more than key-based access needs.' },
      { id: 'planetscale', text: 'PlanetScale, because it bills per row read', correct: false, explanation: 'PlanetScale retired row-based billing in 2024 and now bills by cluster size; it is a managed MySQL or PostgreSQL, with connections to manage.' },
    ],
  },
  {
    id: 'data-aurora-zero',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'serverless-databases' },
    prompt: 'Since November 2024 Aurora Serverless v2 can scale to zero ACUs. What is the catch?',
    options: [
      {
        id: 'resume',
        text: 'The first connection after an auto-pause waits for the database to resume, a cold start of its own, so client timeouts must allow for it.',
        correct: true,
        explanation: 'Right. Scale-to-zero is ideal for development and quiet systems; on a user-facing path, budget the resume like a cold start.',
      },
      {
        id: 'data-loss',
        text: 'Paused databases lose their data after an hour.',
        correct: false,
        explanation: 'Storage persists while compute is paused; only the compute charge stops.',
      },
      {
        id: 'mysql-only',
        text: 'It works only for the MySQL-compatible edition.',
        correct: false,
        explanation: 'Scale to zero is a property of Aurora Serverless v2 capacity, not of one engine edition.',
      },
      {
        id: 'no-catch',
        text: 'There is none: an idle database now costs nothing and wakes instantly.',
        correct: false,
        explanation: 'Storage is still billed and resuming takes time; "instantly" is the part that is not true.',
      },
    ],
  },
  {
    id: 'data-sim-proxy',
    kind: 'simulator',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'three-fixes' },
    prompt: 'Open the scenario: an API spikes to 3,000 requests a second against a database that accepts 100 connections, and most requests fail to connect. Put a connection proxy in front of the database. What happens to the database errors?',
    simulator: 'concurrency',
    scenario: dbStorm,
    change: { proxy: 1 },
    metric: 'db-errors',
    observed: { before: 300_055, after: 60_550 },
    options: [
      { id: 'most', text: 'They fall to about a fifth: pooled connections serve many more requests, though the spike still exceeds what 100 connections can carry.', band: { min: 0.1, max: 0.35 }, correct: true, explanation: 'Right: from about 300,000 to about 61,000. The proxy lends connections only while a query runs, so 100 real connections go much further; beyond that, add a queue or a cap.' },
      { id: 'zero', text: 'They drop to zero: a proxy removes the connection limit.', band: { max: 0.1 }, correct: false, explanation: 'A proxy multiplexes connections, it does not create capacity; when queries alone need more than 100 connections, clients still wait or fail.' },
      { id: 'little', text: 'They fall a little, by less than a third.', band: { min: 0.35, max: 0.9 }, correct: false, explanation: 'The effect is much larger: each environment holds a connection only for its query time, a fraction of each request.' },
      { id: 'same', text: 'Nothing changes: the function still scales to thousands of environments.', band: { min: 0.9 }, correct: false, explanation: 'The environments still scale, but they no longer each hold a database connection for their whole lifetime.' },
    ],
  },
  {
    id: 'data-sim-queue-cap',
    kind: 'simulator',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'queue-buffered-writes' },
    prompt: 'Same spike and the same 100-connection database. Instead of a proxy, put an SQS queue in front and cap the consumer at a maximum concurrency of 20 (set mode to sqs and maxconc to 20). What happens to the database errors?',
    simulator: 'concurrency',
    scenario: { ...dbStorm, window: 10 },
    change: { mode: 'sqs', maxconc: 20 },
    metric: 'db-errors',
    observed: { before: 600_055, after: 0 },
    options: [
      { id: 'zero', text: 'They drop to zero: at most 20 writers ever connect, and the burst waits in the queue instead.', band: { max: 0.05 }, correct: true, explanation: 'Right. The spike becomes queue depth (hundreds of thousands of messages) drained at a pace the database can take; the price is that callers get an acknowledgement, not the result.' },
      { id: 'half', text: 'They halve: the queue smooths the spike only partly.', band: { min: 0.05, max: 0.8 }, correct: false, explanation: 'The cap is absolute: 20 consumers can never hold more than 20 connections, so nothing exceeds the limit of 100.' },
      { id: 'same', text: 'They stay the same: the same number of writes still reach the database.', band: { min: 0.8 }, correct: false, explanation: 'The same writes arrive, but spread over time; what breaks a database is how many connect at once, not the total.' },
    ],
  },
];

import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'execution-model';
const topic = 'execution-model';

export const executionModelQuestions: Question[] = [
  {
    id: 'exec-lifecycle-order',
    kind: 'ordering',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'the-lifecycle-init-invoke-shutdown' },
    prompt: 'Put the life of one Lambda execution environment in order, from the first event to the end.',
    items: [
      { id: 'ext-init', text: 'Extension init: attached extensions start', explanation: 'INIT begins with the extensions, so a monitoring or secrets agent is ready before your code runs.' },
      { id: 'runtime-init', text: 'Runtime init: the language runtime boots', explanation: 'Second step of INIT: the Node.js, Python or Java runtime starts inside the micro-VM.' },
      { id: 'function-init', text: 'Function init: code outside the handler runs', explanation: 'Last step of INIT: imports, SDK clients and configuration at module scope run once for this environment.' },
      { id: 'invoke', text: 'INVOKE: the handler runs for the event', explanation: 'Only after INIT does the handler see the first event; later events on this environment start here.' },
      { id: 'freeze', text: 'Freeze: the environment is paused until the next event', explanation: 'When the handler and extensions report done, the environment stops getting CPU and waits, possibly for another invocation.' },
      { id: 'shutdown', text: 'SHUTDOWN: the platform reclaims the environment', explanation: 'Last of all, after idleness, a deployment or host maintenance; extensions and the runtime get a short window to clean up.' },
    ],
  },
  {
    id: 'exec-module-scope-runs',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'module-scope-and-handler-scope' },
    prompt: 'A Python function creates its DynamoDB table object at the top of the file, outside the handler. How often does that line run?',
    options: [
      {
        id: 'per-env',
        text: 'Once per execution environment, during INIT; warm invocations reuse the object.',
        correct: true,
        explanation: 'Right. Module scope runs during function init, so a cold start pays for it once and every later invocation on that environment finds it ready.',
      },
      {
        id: 'per-call',
        text: 'Once per invocation, just before the handler.',
        correct: false,
        explanation: 'That describes code inside the handler. Putting the client at module scope is precisely what avoids rebuilding it on every call.',
      },
      {
        id: 'per-deploy',
        text: 'Once per deployment, shared by every environment.',
        correct: false,
        explanation: 'Environments are separate micro-VMs; each runs its own INIT and holds its own copy. Nothing at module scope is shared between them.',
      },
      {
        id: 'per-day',
        text: 'Once a day, when the platform refreshes the function.',
        correct: false,
        explanation: 'There is no daily refresh: module scope runs whenever a new environment is created, which depends on traffic, scaling and deployments.',
      },
    ],
  },
  {
    id: 'exec-module-scope-sort',
    kind: 'multi',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'module-scope-and-handler-scope' },
    prompt: 'Which of these belong at module scope, outside the handler? Select all that apply.',
    options: [
      { id: 'sdk', text: 'An SDK client or database connection pool', correct: true, explanation: 'Expensive to build and needed by every call; if the environment disappears, the next one builds its own and behaves the same.' },
      { id: 'config', text: 'Configuration parsed from environment variables', correct: true, explanation: 'It is the same for every request on this environment, so parsing it once during INIT saves work on each warm call.' },
      { id: 'regex', text: 'A compiled regular expression used to validate input', correct: true, explanation: 'A pure, reusable object: building it once is a safe optimisation, not state a request depends on.' },
      { id: 'user', text: 'The id of the user making the current request', correct: false, explanation: 'Per-request data at module scope survives into the next invocation: if one code path forgets to reset it, request B sees request A’s user.' },
      { id: 'counter', text: 'A counter of requests served, used for rate limiting', correct: false, explanation: 'Each environment keeps its own count and any can vanish; a rate limit must live in a shared store such as a cache or database.' },
    ],
  },
  {
    id: 'exec-idempotency-key-where',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'what-may-live-inside-a-function' },
    prompt: 'A consumer keeps the ids of messages it has already processed in an in-memory set, to skip duplicates. Why is that wrong, and where should they go?',
    options: [
      {
        id: 'external',
        text: 'A retry can land on another environment with its own empty set; the keys belong in an external store with a uniqueness constraint.',
        correct: true,
        explanation: 'Right. Every environment has private memory and any can be replaced, so deduplication needs one shared record, for example a DynamoDB conditional write.',
      },
      {
        id: 'tmp',
        text: 'Memory is too small; write the set to /tmp instead.',
        correct: false,
        explanation: '/tmp is just as private to one environment and disappears with it; it changes where the set lives, not who can see it.',
      },
      {
        id: 'fine',
        text: 'It is fine as long as the function has provisioned concurrency, which keeps environments alive.',
        correct: false,
        explanation: 'Provisioned environments are still many separate environments, and deployments still replace them; a retry can reach any of them.',
      },
      {
        id: 'env-var',
        text: 'Store the ids in an environment variable, which all environments share.',
        correct: false,
        explanation: 'Environment variables are configuration, read at start-up and not writable across environments at run time.',
      },
    ],
  },
  {
    id: 'exec-tmp-use',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'tmp-scratch-space-not-storage' },
    prompt: `Every Lambda environment has a /tmp directory (${fact('lambda.tmpRange')}). What is it good for?`,
    options: [
      {
        id: 'scratch',
        text: 'Scratch space and a warm cache for one environment, such as an unpacked archive reused while the environment lives.',
        correct: true,
        explanation: 'Right. Files survive between invocations on the same environment only, so /tmp speeds things up but must never hold anything you need later.',
      },
      {
        id: 'results',
        text: 'Results the next request will read back.',
        correct: false,
        explanation: 'The next request may land on a different environment that cannot see the file, or this one may be gone; results belong in S3 or a database.',
      },
      {
        id: 'shared',
        text: 'A disk shared by all environments of the function.',
        correct: false,
        explanation: 'Each environment has its own private /tmp. Shared files need object storage or a network file system.',
      },
      {
        id: 'cleared',
        text: 'Nothing much: it is wiped after every invocation.',
        correct: false,
        explanation: 'It is not wiped between invocations, which is why you should clean up what each one writes or a long-lived environment slowly fills its disk.',
      },
    ],
  },
  {
    id: 'exec-unawaited-promise',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'invoke' },
    prompt: 'A Node.js handler starts sending an audit record but returns without awaiting the promise. What happens to that unfinished work?',
    options: [
      {
        id: 'frozen',
        text: 'It is frozen with the environment and resumes only if this environment is thawed for another invocation, which may be never.',
        correct: true,
        explanation: 'Right. After the response, the environment stops getting CPU mid-task; the record may go out seconds later, much later, or not at all.',
      },
      {
        id: 'finishes',
        text: 'Lambda keeps the environment running until all pending promises settle.',
        correct: false,
        explanation: 'Lambda freezes once the runtime and extensions report done; it does not wait for work you did not wait for.',
      },
      {
        id: 'retried',
        text: 'Lambda notices the unfinished promise and retries the invocation.',
        correct: false,
        explanation: 'From Lambda’s side the invocation succeeded; nothing triggers a retry, so the record is simply at risk.',
      },
      {
        id: 'error',
        text: 'The invocation fails with an error about an unhandled promise.',
        correct: false,
        explanation: 'No error is raised at return: the danger is silent, which is why the rule is to finish your work before the handler returns.',
      },
    ],
  },
  {
    id: 'exec-slow-init',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'init' },
    prompt: 'An on-demand function’s INIT (imports plus a slow configuration fetch) takes longer than the 10 seconds Lambda allows it. What does the first caller experience?',
    options: [
      {
        id: 'rerun',
        text: 'Lambda runs INIT again as part of the first invocation, under the function’s own timeout, so the request is slow or fails.',
        correct: true,
        explanation: 'Right. Lambda does not give up on the environment; it retries initialisation inside the first invoke, which shows up as a slow or failed first request.',
      },
      {
        id: 'rejected',
        text: 'The deployment is rejected, so there is no first caller.',
        correct: false,
        explanation: 'INIT happens when an environment is created for traffic (or for provisioned concurrency), not at deployment time for on-demand functions.',
      },
      {
        id: 'skipped',
        text: 'The handler runs anyway, skipping the module-scope code that did not finish.',
        correct: false,
        explanation: 'Skipping initialisation would leave clients undefined; Lambda reruns it instead.',
      },
      {
        id: 'free',
        text: 'Nothing visible: INIT happens in the background and is never billed.',
        correct: false,
        explanation: 'A cold request waits for INIT, and since 1 August 2025 INIT is billed for on-demand functions too.',
      },
    ],
  },
  {
    id: 'exec-shutdown-hooks',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'shutdown' },
    prompt: 'What should code do when a Lambda environment receives SIGTERM at SHUTDOWN?',
    options: [
      {
        id: 'flush',
        text: 'Flush buffered telemetry and close connections politely, without relying on it for anything correctness needs.',
        correct: true,
        explanation: 'Right. SHUTDOWN gives a short window for a graceful exit; it is a courtesy the platform offers, not a guarantee to build on.',
      },
      {
        id: 'commit',
        text: 'Commit the results of the requests the environment served.',
        correct: false,
        explanation: 'Results must be written before each handler returns; an environment can be lost without a clean shutdown, taking uncommitted work with it.',
      },
      {
        id: 'handoff',
        text: 'Hand its in-memory state to the environment that replaces it.',
        correct: false,
        explanation: 'There is no hand-over between environments; anything that must survive already lives in an external store.',
      },
      {
        id: 'ignore',
        text: 'Nothing: Lambda never signals the runtime before reclaiming an environment.',
        correct: false,
        explanation: 'When extensions are registered, Lambda sends the runtime a SIGTERM and allows a short time for clean-up; the lesson shows what to do with it.',
      },
    ],
  },
];

/**
 * The questions recommended for the `<QuizCheck ids={[…]} />` at the end of each lesson: three to
 * five per lesson, mixing kinds, each testing that lesson. content/quiz/lesson-checks.test.ts
 * checks every id exists and belongs to the lesson.
 */
export const lessonChecks: Readonly<Record<string, readonly string[]>> = {
  'what-is-serverless': ['wis-what-changes', 'wis-faas-or-baas', 'wis-concurrency-api', 'wis-slow-handler-sim'],
  'execution-model': ['exec-lifecycle-order', 'exec-module-scope-sort', 'exec-idempotency-key-where', 'exec-tmp-use', 'exec-models-sandbox'],
  'events-and-invocation': ['events-s3-pattern', 'events-poll-based', 'events-async-failure', 'events-idempotency-key', 'events-messenger-replay'],
  'cold-starts': ['cs-when-they-happen', 'cs-fit-paths', 'cs-warm-pings', 'cs-sim-snapstart'],
  'concurrency-and-scaling': ['scale-flash-sale-concurrency', 'scale-time-to-5000', 'scale-reserved-vs-provisioned', 'scale-sqs-cap'],
  'limits-and-constraints': ['limits-forty-minute-report', 'limits-claim-check', 'limits-memory-cpu', 'limits-design-table'],
  'cost-model': ['cost-notes-ten-million', 'cost-crossover-rps', 'cost-levers', 'cost-sim-memory', 'cost-commit-breakeven'],
  'workflows-and-failures': ['wf-standard-or-express', 'wf-async-failure-path', 'wf-partial-batch', 'wf-idempotency-details', 'wf-stream-poison-default'],
  data: ['data-connections-needed', 'data-storm-loop', 'data-pool-size', 'data-sim-queue-cap'],
  observability: ['obs-two-ids', 'obs-async-propagation', 'obs-timeout-order', 'obs-alarms'],
  'building-and-deploying': ['deploy-why-iac', 'deploy-least-privilege', 'deploy-secret-rotation-cache', 'deploy-canary-alarm', 'deploy-pipeline-order'],
  'architectures-and-anti-patterns': ['arch-hybrid', 'arch-fit-classic', 'arch-anti-patterns', 'arch-very-high-throughput'],
  'front-door': ['door-per-client-throttle', 'door-account-throttle', 'door-quota-layers', 'door-websocket-gone', 'door-websocket-cost'],
  'across-services-and-regions': ['across-dual-write', 'across-outbox-guarantee', 'across-cdc-or-outbox', 'across-lww-balance', 'across-failover-seconds'],
  'interview-playbook': ['int-pipeline-order', 'int-four-beats', 'int-idempotency-key', 'int-quota-design', 'int-outbox-relay-lag'],
};

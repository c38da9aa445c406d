import { sourced, type Source } from './sourced';

/**
 * Lambda's three compute models as of late 2026: Event Functions (the classic function type),
 * Lambda Managed Instances (re:Invent 2025) and Lambda MicroVMs (June 2026). Lesson 2 compares
 * them; lessons 1, 6, 12 and 13 use them to say where each kind of work belongs.
 *
 * Checked 2026-12-08 against stored copies of the AWS pages named. Where a figure was read from an
 * AWS-published skill file or from third-party code that quotes an AWS API reference, rather than
 * from the guide page itself, the note says so.
 */
const asOf = '2026-12-08';

const EVENT_FUNCTIONS_CHAPTER: Source = {
  title: 'AWS Lambda Developer Guide: AWS Lambda Event Functions (formerly Lambda functions)',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-functions-chapter.html',
};
const LAMBDA_QUOTAS: Source = {
  title: 'AWS Lambda Developer Guide: Lambda quotas',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
};
const LMI_CAPACITY_PROVIDERS: Source = {
  title: 'AWS Lambda Developer Guide: Lambda Managed Instances, capacity providers',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-capacity-providers.html',
};
const LMI_CORE_CONCEPTS: Source = {
  title: 'AWS Lambda Developer Guide: Lambda Managed Instances, core concepts',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-core-concepts.html',
};
/** AWS's own agent skill for Managed Instances, which states the sizing and scaling figures in one place. */
const LMI_AWS_SKILL: Source = {
  title: 'AWS Agent Toolkit: aws-lambda-managed-instances skill (aws/agent-toolkit-for-aws)',
  url: 'https://github.com/aws/agent-toolkit-for-aws/blob/main/skills/specialized-skills/serverless-skills/aws-lambda-managed-instances/SKILL.md',
};
const MICROVMS_CONCEPTS: Source = {
  title: 'AWS Lambda Developer Guide: AWS Lambda MicroVMs core concepts',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/microvms-how-it-works.html',
};
const MICROVMS_IDLE_POLICY: Source = {
  title: 'AWS Lambda MicroVMs API Reference: IdlePolicy',
  url: 'https://docs.aws.amazon.com/lambda/latest/microvm-api/API_IdlePolicy.html',
};
const MICROVMS_RUN: Source = {
  title: 'AWS Lambda MicroVMs API Reference: RunMicrovm',
  url: 'https://docs.aws.amazon.com/lambda/latest/microvm-api/API_RunMicrovm.html',
};
const MICROVMS_HOOKS: Source = {
  title: 'AWS Lambda MicroVMs API Reference: MicrovmHooks',
  url: 'https://docs.aws.amazon.com/lambda/latest/microvm-api/API_MicrovmHooks.html',
};

/** When each model arrived, as year-month. */
export const computeModelDates = {
  managedInstancesLaunch: sourced(
    '2025-12',
    'year-month Lambda Managed Instances launched (re:Invent 2025)',
    LMI_CORE_CONCEPTS,
    asOf,
    'Announced at re:Invent, early December 2025. The exact day was not confirmed on an AWS page.',
  ),
  microVmsLaunch: sourced(
    '2026-06',
    'year-month Lambda MicroVMs launched',
    MICROVMS_CONCEPTS,
    asOf,
    'From the course reference list (shared facts.md); the API version is dated 2025-09-09, the launch June 2026. The exact day was not confirmed.',
  ),
  eventFunctionsRename: sourced(
    'Event Functions (formerly Lambda functions)',
    'the name AWS now gives the classic function type',
    EVENT_FUNCTIONS_CHAPTER,
    asOf,
    'The console labels it "Event function". CreateFunction, Invoke, the SDKs and AWS::Lambda::Function are unchanged.',
  ),
} as const;

/** Lambda Managed Instances: functions on EC2 instances Lambda manages in your account. */
export const managedInstances = {
  minExecutionEnvironments: sourced(
    3,
    'execution environments kept running by default, one per Availability Zone',
    LMI_AWS_SKILL,
    asOf,
    'MinExecutionEnvironments defaults to 3 for Availability Zone resiliency, and AWS advises never going below 3 in production; the API accepts 0 to 15,000 (FunctionScalingConfig). So a Managed Instances function does not scale to zero.',
  ),
  memoryMinGb: sourced(2, 'GB per execution environment, at least', LMI_AWS_SKILL, asOf, 'AWS skill file: "LMI minimum is 2048 MB".'),
  memoryMaxGb: sourced(
    32,
    'GB per execution environment, at most',
    LMI_AWS_SKILL,
    asOf,
    'Three times an Event Function\'s 10,240 MB ceiling. Memory per vCPU is chosen as a ratio (2, 4 or 8 GB per vCPU); instances come from the C, M and R families, .large and up.',
  ),
  asyncTimeoutMinutes: sourced(
    90,
    'minutes, the longest timeout for asynchronous and event-source-mapping invocations',
    LAMBDA_QUOTAS,
    asOf,
    'The quotas page: "up to 90 minutes for Lambda Managed Instances functions invoked asynchronously or through any event source mapping except Amazon MQ and Amazon DocumentDB". Synchronous invocations stay capped at 15 minutes.',
  ),
  trafficDoublingMinutes: sourced(
    5,
    'minutes: traffic that more than doubles faster than this may be throttled while instances are added',
    LMI_CORE_CONCEPTS,
    asOf,
    'Managed Instances scale asynchronously on CPU use, not per request: "If your traffic more than doubles within 5 minutes, you may experience throttles."',
  ),
  isolation: sourced(
    'containers on EC2 instances',
    'what runs an execution environment',
    LMI_CAPACITY_PROVIDERS,
    asOf,
    'The capacity provider is the security boundary "replacing Firecracker-based isolation"; functions run in containers, which "do not provide strong security isolation between functions, unlike Firecracker microVMs".',
  ),
} as const;

/** Lambda MicroVMs: one isolated Firecracker VM per tenant, session or job, reached over HTTPS. */
export const microVms = {
  minIdleBeforeSuspendSeconds: sourced(
    60,
    's, the shortest idle time you can set before a MicroVM suspends',
    MICROVMS_IDLE_POLICY,
    asOf,
    'IdlePolicy.maxIdleDurationSeconds, minimum 60. Idle means no inbound requests through the MicroVM\'s endpoint. suspendedDurationSeconds sets how long it may stay suspended before it is terminated; autoResumeEnabled wakes it on the next request.',
  ),
  maxLifetimeHours: sourced(
    8,
    'hours, the longest one MicroVM may exist before the platform terminates it',
    MICROVMS_RUN,
    asOf,
    'RunMicrovm maximumDurationInSeconds, 1 to 28,800. The range was read from several independent client libraries that quote the API reference (read 2026-09-13 by one of them); the stored copy of the AWS page did not show it. A longer session needs a new MicroVM.',
  ),
  hookTimeoutMaxSeconds: sourced(
    60,
    's, the longest a lifecycle hook (/run, /suspend, /resume, /terminate) may take',
    MICROVMS_HOOKS,
    asOf,
    'Each hook timeout is 1 to 60 s.',
  ),
} as const;

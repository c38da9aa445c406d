import { sourced, type Source } from './sourced';

/** AWS Lambda's per-function quotas: the execution limits a design has to fit inside. */
export const LAMBDA_QUOTAS_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Lambda quotas',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
};
const asOf = '2026-11-22';
const LIFECYCLE_PAGE: Source = {
  title: 'AWS Lambda Developer Guide: Understanding the Lambda execution environment lifecycle',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
};

export const lambdaQuotas = {
  maxTimeoutSeconds: sourced(900, 's', LAMBDA_QUOTAS_PAGE, asOf, '15 minutes; the default timeout is 3 s.'),
  initTimeoutSeconds: sourced(
    10,
    's',
    LIFECYCLE_PAGE,
    asOf,
    'For on-demand functions. If INIT does not finish in time, Lambda retries it during the first invocation under the function timeout. Provisioned concurrency and SnapStart functions may initialise for longer.',
  ),
  memoryMinMb: sourced(128, 'MB', LAMBDA_QUOTAS_PAGE, asOf),
  memoryMaxMb: sourced(10_240, 'MB', LAMBDA_QUOTAS_PAGE, asOf, 'Set in 1 MB steps; CPU is allocated in proportion.'),
  ephemeralMinMb: sourced(512, 'MB', LAMBDA_QUOTAS_PAGE, asOf, '/tmp, 512 MB included in the price.'),
  ephemeralMaxMb: sourced(10_240, 'MB', LAMBDA_QUOTAS_PAGE, asOf),
  syncPayloadMb: sourced(6, 'MB each way', LAMBDA_QUOTAS_PAGE, asOf, 'Request and response of a synchronous invocation.'),
  asyncPayloadKb: sourced(
    1024,
    'KB',
    { title: 'AWS Compute Blog: More room to build: serverless services now support payloads up to 1 MB', url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/' },
    asOf,
    'Raised from 256 KB to 1 MB for asynchronous invocations in October 2025.',
  ),
  zipPackageMb: sourced(50, 'MB zipped, direct upload', LAMBDA_QUOTAS_PAGE, asOf),
  unzippedPackageMb: sourced(250, 'MB unzipped, layers included', LAMBDA_QUOTAS_PAGE, asOf),
  containerImageGb: sourced(10, 'GB', LAMBDA_QUOTAS_PAGE, asOf),
  fullVcpuAtMb: sourced(
    1769,
    'MB',
    { title: 'AWS Lambda Developer Guide: Configuring memory', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html' },
    asOf,
    'CPU is allocated in proportion to memory: one full vCPU at 1,769 MB, up to 6 vCPUs at 10,240 MB.',
  ),
} as const;

import { LAMBDA_QUOTAS_PAGE } from '../lambda-quotas';
import { sourced, type Source } from '../sourced';
import { entry, n, type FactEntry } from './entry';

/**
 * Figures quoted where the course leaves the single function: secrets and configuration and safe
 * deployments (lesson 11), consistency across services, several Regions and migrations
 * (lesson 14), and the playbook's worked problems.
 *
 * Checked 2026-12-08 against stored copies of the sources (no live page was fetched); where a
 * value was read from something other than the provider's own page, its `note` says so.
 */
const asOf = '2026-12-08';

const SECRETS_MANAGER_PRICING: Source = { title: 'AWS Secrets Manager pricing', url: 'https://aws.amazon.com/secrets-manager/pricing/' };
const SECRETS_MANAGER_RATE: Source = {
  title: 'AWS What\'s New (4 March 2025): AWS Secrets Manager increases API requests per second limits',
  url: 'https://aws.amazon.com/about-aws/whats-new/2025/03/aws-secrets-manager-increases-api-requests-seconds/',
};
const PARAMETER_STORE_LAMBDA: Source = {
  title: 'AWS Systems Manager User Guide: Using Parameter Store parameters in AWS Lambda functions',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-integration-lambda-extensions.html',
};
const PARAMETER_TIERS: Source = {
  title: 'AWS Systems Manager User Guide: Managing parameter tiers',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html',
};
const CODEDEPLOY_CONFIGS: Source = {
  title: 'AWS CodeDeploy User Guide: Working with deployment configurations (predefined configurations for an AWS Lambda compute platform)',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
};
const TRANSACT_WRITE: Source = {
  title: 'Amazon DynamoDB API Reference: TransactWriteItems',
  url: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html',
};
const DYNAMODB_CAPACITY: Source = {
  title: 'Amazon DynamoDB Developer Guide: DynamoDB read/write capacity mode',
  url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html',
};
const ROUTE53_HEALTH: Source = {
  title: 'Amazon Route 53 Developer Guide: How Amazon Route 53 determines whether a health check is healthy',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html',
};
const GLOBAL_TABLE_WITNESS: Source = {
  title: 'AWS CloudFormation Template Reference: AWS::DynamoDB::GlobalTable GlobalTableWitness',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-globaltablewitness.html',
};

/** Secrets and configuration: what they cost, how fast they can be read, how long a cache keeps them. */
export const secretsAndConfig = {
  secretPerMonth: sourced(0.4, 'USD per secret per month', SECRETS_MANAGER_PRICING, asOf, 'A replica in another Region is billed as a secret of its own. The page draws its table by script; the figure was read from its worked examples as transcribed in 2026.'),
  secretCallsPer10k: sourced(0.05, 'USD per 10,000 API calls', SECRETS_MANAGER_PRICING, asOf, 'Read as secretPerMonth.'),
  getSecretValueRps: sourced(10_000, 'GetSecretValue requests per second per account and Region', SECRETS_MANAGER_RATE, asOf, 'Raised to 10,000 in November 2022 and restated in March 2025.'),
  extensionTtlSeconds: sourced(300, 'seconds, the longest (and default) time the Parameters and Secrets Lambda extension keeps a value in its cache', PARAMETER_STORE_LAMBDA, asOf, 'Set with SSM_PARAMETER_STORE_TTL and SECRETS_MANAGER_TTL; the extension caps larger values at five minutes (its own warning, quoted in aws-samples/aws-lambda-extensions issue 104). It listens on localhost port 2773 and caches up to 1,000 items by default (CDK ParamsAndSecretsOptions).'),
  standardParameterKb: sourced(4, 'KB, the largest value of a standard (free) Parameter Store parameter', PARAMETER_TIERS, asOf, 'Advanced parameters hold 8 KB and are charged per parameter per month. The 4,096-character limit was confirmed through the service\'s own validation error.'),
  lambdaEnvironmentKb: sourced(4, 'KB, all of a function\'s environment variables together', LAMBDA_QUOTAS_PAGE, asOf, 'Confirmed through two third-party copies of the quota table; the stored provider page was truncated before that row.'),
} as const;

/** Safe deployments: the traffic-shifting choices CodeDeploy offers for a Lambda alias. */
export const deploymentShifting = {
  canaryMinutes: sourced([5, 10, 15, 30] as const, 'minutes a 10% canary runs before the rest of the traffic moves (CodeDeployDefault.LambdaCanary10PercentNMinutes)', CODEDEPLOY_CONFIGS, asOf, 'Names confirmed through the CDK\'s LambdaDeploymentConfig constants; custom canary and linear configurations are allowed too.'),
  linearMinutes: sourced([1, 2, 3, 10] as const, 'minutes between each further 10% (CodeDeployDefault.LambdaLinear10PercentEveryNMinutes)', CODEDEPLOY_CONFIGS, asOf, 'As canaryMinutes.'),
} as const;

/** Consistency across services, and across Regions. */
export const consistencyLimits = {
  transactMaxActions: sourced(100, 'actions (puts, updates, deletes, condition checks) in one TransactWriteItems call', TRANSACT_WRITE, asOf, 'Raised from 25 in September 2022; older examples and SDK docs still say 25. The items together may not exceed 4 MB, and no two actions may touch the same item.'),
  transactWriteMultiple: sourced(2, 'write request units per KB for a write inside a transaction, against one outside', DYNAMODB_CAPACITY, asOf, 'Transactional writes take two write units per KB. Recalled from this page; not re-read from a stored copy for this check.'),
  healthCheckIntervals: sourced([10, 30] as const, 'seconds between one Route 53 health checker\'s requests', ROUTE53_HEALTH, asOf, '30 s is the default; 10 s ("fast") costs more. Checkers in many locations do not coordinate, so an endpoint sees several requests a second.'),
  healthCheckFailureThreshold: sourced(3, 'consecutive failed checks before Route 53 marks an endpoint unhealthy, by default', ROUTE53_HEALTH, asOf, 'Settable from 1 to 10 (HealthCheckConfig in the Route 53 API reference).'),
  mrscReplicas: sourced(3, 'Regions in a multi-Region strongly consistent (MRSC) global table: three replicas, or two and a witness', GLOBAL_TABLE_WITNESS, asOf, 'MRSC became generally available in 2025 within fixed Region sets (US, EU, AP). Eventually consistent global tables (MREC) resolve conflicts with last writer wins.'),
} as const;

const usd = (x: number) => `$${x.toFixed(2)}`;
const minutesList = (m: readonly number[]) => `${m.slice(0, -1).join(', ')} or ${m[m.length - 1]} minutes`;

export const acrossServicesFacts = {
  'secretsManager.secretPrice': entry(secretsAndConfig.secretPerMonth, (p) => `${usd(p)} per secret per month`),
  'secretsManager.callPrice': entry(secretsAndConfig.secretCallsPer10k, (p) => `${usd(p)} per 10,000 API calls`),
  'secretsManager.getSecretValueRps': entry(secretsAndConfig.getSecretValueRps, (r) => `${n(r)} requests per second`),
  'paramsExtension.maxTtl': entry(secretsAndConfig.extensionTtlSeconds, (s) => `${s / 60} minutes`),
  'parameterStore.standardMax': entry(secretsAndConfig.standardParameterKb, (kb) => `${kb} KB`),
  'lambda.environmentMax': entry(secretsAndConfig.lambdaEnvironmentKb, (kb) => `${kb} KB`),
  'codeDeploy.canaryOptions': entry(deploymentShifting.canaryMinutes, minutesList),
  'codeDeploy.linearOptions': entry(deploymentShifting.linearMinutes, minutesList),
  'dynamodb.transactMaxActions': entry(consistencyLimits.transactMaxActions, (a) => `${n(a)} actions`),
  'dynamodb.transactWriteMultiple': entry(consistencyLimits.transactWriteMultiple, (x) => (x === 2 ? 'twice' : `${n(x)} times`)),
  'route53.healthCheckIntervals': entry(consistencyLimits.healthCheckIntervals, (s) => `${s[0]} or ${s[1]} seconds`),
  'route53.failureThreshold': entry(consistencyLimits.healthCheckFailureThreshold, (c) => (c === 3 ? 'three' : n(c))),
  'globalTables.mrscRegions': entry(consistencyLimits.mrscReplicas, (r) => (r === 3 ? 'three' : n(r))),
} satisfies Record<string, FactEntry>;

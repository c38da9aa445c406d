import { computeModelDates, managedInstances, microVms } from '../compute-models';
import { pushRetries, recursiveLoopDetection, retention, streamMappingSettings } from '../event-sources';
import { netlifyFunctions } from '../netlify-functions';
import { entry, inWords, monthYear, n, type FactEntry } from './entry';

/**
 * Figures for Lambda's three compute models (lesson 2, and the "where serverless loses" passages of
 * lessons 1, 6, 12 and 13), Netlify's limits (lesson 1's provider map), and the event-source
 * figures behind the messaging decision table (lesson 3) and event source mapping failure handling
 * (lesson 8). The Sourced values live in lib/data; these entries only format them.
 */

export const computeModelFacts = {
  'computeModels.managedInstancesLaunch': entry(computeModelDates.managedInstancesLaunch, monthYear),
  'computeModels.microVmsLaunch': entry(computeModelDates.microVmsLaunch, monthYear),
  'managedInstances.minEnvironments': entry(managedInstances.minExecutionEnvironments, inWords),
  'managedInstances.memoryRange': entry(managedInstances.memoryMaxGb, (max) => `${managedInstances.memoryMinGb.value} GB to ${max} GB`),
  'managedInstances.memoryMax': entry(managedInstances.memoryMaxGb, (gb) => `${gb} GB`),
  'managedInstances.asyncTimeout': entry(managedInstances.asyncTimeoutMinutes, (m) => `${m} minutes`),
  'managedInstances.doublingWindow': entry(managedInstances.trafficDoublingMinutes, (m) => `${inWords(m)} minutes`),
  'microVms.minIdle': entry(microVms.minIdleBeforeSuspendSeconds, (s) => `${s} seconds`),
  'microVms.maxLifetime': entry(microVms.maxLifetimeHours, (h) => `${inWords(h)} hours`),
  'microVms.hookTimeout': entry(microVms.hookTimeoutMaxSeconds, (s) => `${s} seconds`),

  'netlify.syncTimeout': entry(netlifyFunctions.syncTimeoutSeconds, (s) => `${s} seconds`),
  'netlify.backgroundTimeout': entry(netlifyFunctions.backgroundTimeoutMinutes, (m) => `${m} minutes`),

  'streams.maxRetries': entry(streamMappingSettings.maxRetryAttempts, (r) => n(r)),
  'streams.maxRecordAge': entry(streamMappingSettings.maxRecordAgeSeconds, (s) => `${inWords(s / 86_400)} days`),
  'streams.maxParallelization': entry(streamMappingSettings.parallelizationFactorMax, (f) => n(f)),
  'lambda.recursionStop': entry(recursiveLoopDetection, (c) => n(c)),
  'sqs.retentionMax': entry(retention.sqsMaxDays, (d) => `${d} days`),
  'sqs.retentionDefault': entry(retention.sqsDefaultDays, (d) => `${inWords(d)} days`),
  'kinesis.retentionDefault': entry(retention.kinesisDefaultHours, (h) => `${h} hours`),
  'kinesis.retentionMax': entry(retention.kinesisMaxDays, (d) => `${d} days`),
  'dynamodbStreams.retention': entry(retention.dynamoStreamsHours, (h) => `${h} hours`),
  'eventBridge.retryWindow': entry(pushRetries.eventBridgeRetryHours, (h) => `${h} hours`),
  'eventBridge.retryAttempts': entry(pushRetries.eventBridgeRetryAttempts, (a) => n(a)),
  'sns.retryWindow': entry(pushRetries.snsManagedEndpointRetryDays, (d) => `${d} days`),
} satisfies Record<string, FactEntry>;

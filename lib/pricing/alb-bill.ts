import { albPricing } from './aws-alb';
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from './month';
import { DAILY_TRAFFIC_CURVE } from './traffic';

/**
 * An Application Load Balancer in front of an EC2 fleet or a Fargate service, billed from the
 * traffic: every hour it runs ($0.0225) plus LCU-hours ($0.008 each), where an hour's LCUs are set
 * by whichever of four dimensions that hour uses most: new connections, active connections,
 * processed bytes, rule evaluations (Elastic Load Balancing pricing; ./aws-alb.ts). Without it, a
 * comparison with Lambda behind a function URL or API Gateway leaves the servers' front door out.
 */
export interface AlbTraffic {
  /** Requests a month. */
  requests: number;
  /** Requests each client connection carries (HTTP keep-alive): 1 means a new connection per request. */
  requestsPerConnection: number;
  /** How long a connection stays open, seconds. */
  connectionSeconds: number;
  /** Request and response together, KB (1 GB = 1,000,000 KB, as the pricing page's example counts). */
  kbPerRequest: number;
  /** Listener rules evaluated per request (the first 10 are free). */
  rulesPerRequest: number;
  target: 'instances' | 'lambda';
  /** Hourly shape of an average day, mean 1 (defaults to the cost model's daily curve). */
  curve?: readonly number[];
}

/** Course assumptions for a typical web API, stated so a learner can replace them. */
export const ALB_TRAFFIC_DEFAULTS: Omit<AlbTraffic, 'requests'> = {
  requestsPerConnection: 10,
  connectionSeconds: 10,
  kbPerRequest: 10,
  rulesPerRequest: 1,
  target: 'instances',
};

export interface LcuUsage {
  newConnections: number;
  activeConnections: number;
  processedBytes: number;
  ruleEvaluations: number;
  /** The hour's LCUs: the largest of the four. */
  lcus: number;
}

/** LCUs for an hour at a steady `rps`. */
export function lcusAt(rps: number, t: Omit<AlbTraffic, 'requests' | 'curve'>): LcuUsage {
  const lcu = albPricing.lcu.value;
  const newPerSecond = rps / Math.max(1, t.requestsPerConnection);
  const gbPerHour = (rps * 3600 * t.kbPerRequest) / 1e6;
  const perLcuGb = t.target === 'lambda' ? lcu.processedGbPerHourLambda : lcu.processedGbPerHourInstances;
  const usage = {
    newConnections: newPerSecond / lcu.newConnectionsPerSecond,
    // Little's law: connections open = new connections a second x seconds each stays open.
    activeConnections: (newPerSecond * t.connectionSeconds) / lcu.activeConnectionsPerMinute,
    processedBytes: gbPerHour / perLcuGb,
    ruleEvaluations: (rps * Math.max(0, t.rulesPerRequest - lcu.freeRulesPerRequest)) / lcu.ruleEvaluationsPerSecond,
  };
  return { ...usage, lcus: Math.max(usage.newConnections, usage.activeConnections, usage.processedBytes, usage.ruleEvaluations) };
}

export interface AlbBill {
  hourlyCharge: number;
  lcuCharge: number;
  lcuHours: number;
  total: number;
}

/** A month of one ALB: 730 hours, each hour's LCUs from that hour of an average day. */
export function albMonthlyBill(t: AlbTraffic): AlbBill {
  const curve = t.curve ?? DAILY_TRAFFIC_CURVE;
  const averageRps = t.requests / SECONDS_PER_MONTH;
  const lcusPerDay = curve.reduce((sum, share) => sum + lcusAt(averageRps * share, t).lcus, 0);
  const lcuHours = (lcusPerDay * HOURS_PER_MONTH) / curve.length;
  const hourlyCharge = HOURS_PER_MONTH * albPricing.hourlyUsd.value;
  const lcuCharge = lcuHours * albPricing.lcuHourUsd.value;
  return { hourlyCharge, lcuCharge, lcuHours, total: hourlyCharge + lcuCharge };
}

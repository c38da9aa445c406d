import { describe, expect, it } from 'vitest';
import { ALB_TRAFFIC_DEFAULTS, albMonthlyBill, lcusAt } from './alb-bill';
import { roundToCents } from './format';

const flat = Array.from({ length: 24 }, () => 1);

describe('an Application Load Balancer in front of servers is billed by the hour and by traffic', () => {
  it('an idle ALB still costs $16.43 a month: 730 hours at $0.0225', () => {
    const bill = albMonthlyBill({ ...ALB_TRAFFIC_DEFAULTS, requests: 0 });
    expect(bill.lcuCharge).toBe(0);
    expect(roundToCents(bill.total)).toBe(16.43);
  });

  it('the hour is billed on its busiest dimension: with 300 KB a second processed, bytes (1.08 LCU) outweigh connections and rules', () => {
    // 5 requests a second of 60 KB, each client keeping a connection 2 minutes for 5 requests, 60 rules.
    const usage = lcusAt(5, { requestsPerConnection: 5, connectionSeconds: 120, kbPerRequest: 60, rulesPerRequest: 60, target: 'instances' });
    expect(usage.newConnections).toBeCloseTo(0.04, 9);
    expect(usage.activeConnections).toBeCloseTo(0.04, 9);
    expect(usage.processedBytes).toBeCloseTo(1.08, 9);
    expect(usage.ruleEvaluations).toBeCloseTo(0.25, 9);
    expect(usage.lcus).toBeCloseTo(1.08, 9);
  });

  it('the same bytes cost 2.5 times the LCUs when the target is a Lambda function', () => {
    const t = { requestsPerConnection: 5, connectionSeconds: 120, kbPerRequest: 60, rulesPerRequest: 1, target: 'lambda' as const };
    expect(lcusAt(5, t).processedBytes).toBeCloseTo(2.7, 9);
  });

  it('ten rules per request are free', () => {
    expect(lcusAt(100, { ...ALB_TRAFFIC_DEFAULTS, rulesPerRequest: 10 }).ruleEvaluations).toBe(0);
  });

  it('for the notes\' 10 million requests a month, the ALB adds about $17: as much as a quarter of the servers behind it', () => {
    const bill = albMonthlyBill({ ...ALB_TRAFFIC_DEFAULTS, requests: 10_000_000, curve: flat });
    expect(bill.total).toBeGreaterThan(16.43);
    expect(bill.total).toBeLessThan(18);
  });

  it('LCUs are linear in traffic, so when one dimension binds all day the daily shape does not change the LCU-hours', () => {
    const requests = 5_000_000_000;
    expect(albMonthlyBill({ ...ALB_TRAFFIC_DEFAULTS, requests }).lcuHours).toBeCloseTo(albMonthlyBill({ ...ALB_TRAFFIC_DEFAULTS, requests, curve: flat }).lcuHours, 6);
  });
});

import { describe, expect, it } from 'vitest';
import { facts } from '.';

const value = (id: keyof typeof facts) => facts[id].fact.value as number;

describe("the playbook's worked problems, as the lessons quote them", () => {
  it('puts the 8,000 rps peak at 80% of the regional throttle, and its concurrency just under the default limit', () => {
    expect(facts['playbook.quota.throttleShare'].text).toBe('80%');
    expect(value('playbook.quota.peakConcurrency')).toBe(960);
    expect(value('playbook.quota.peakConcurrency')).toBeLessThan(value('lambda.accountConcurrency'));
  });

  it('finds a DynamoDB write per request cheaper than the REST-over-HTTP gap, but a large part of it', () => {
    const saving = value('playbook.quota.httpSaving');
    const counter = value('playbook.quota.counterWrites');
    expect(saving).toBeCloseTo(value('playbook.quota.restMonthly') - value('playbook.quota.httpMonthly'), 6);
    expect(counter).toBeLessThan(saving);
    expect(counter / saving).toBeGreaterThan(0.25);
  });

  it('charges a small order four write units with its outbox record, so the outbox quadruples the write bill', () => {
    expect(value('playbook.outbox.unitsPerOrder')).toBe(4);
    expect(value('playbook.outbox.monthlyWrites') / value('playbook.outbox.monthlyPlainWrites')).toBeCloseTo(4, 6);
    expect(value('playbook.outbox.extraMonthly')).toBeCloseTo(value('playbook.outbox.monthlyWrites') - value('playbook.outbox.monthlyPlainWrites'), 6);
  });

  it('fails DNS over faster with fast health checks, and never faster than the TTL', () => {
    expect(value('playbook.activeActive.failoverFast')).toBeLessThan(value('playbook.activeActive.failoverDefault'));
    expect(value('playbook.activeActive.failoverFast')).toBeGreaterThan(60);
  });

  it('prices 10,000 always-connected WebSocket clients at $108 of connection minutes a month', () => {
    expect(facts['realtime.tenThousandClientsMonth'].text).toBe('$108.00');
  });
});

import { describe, expect, it } from 'vitest';
import { dnsFailoverSeconds, outboxWriteUnits, throttleShare, writeUnits } from './estimates';

describe('design estimates', () => {
  it('puts an 8,000 rps peak at 80% of a 10,000 rps regional throttle', () => {
    expect(throttleShare(8000, 10_000)).toBeCloseTo(0.8);
    expect(() => throttleShare(1, 0)).toThrow();
  });

  it('charges a transactional write twice, per started kilobyte', () => {
    expect(writeUnits(0.4, false)).toBe(1);
    expect(writeUnits(1.5, false)).toBe(2);
    expect(writeUnits(1, true)).toBe(2);
  });

  it('makes an order plus its outbox record, both under 1 KB, cost four write units', () => {
    expect(outboxWriteUnits(0.8, 0.5)).toBe(4);
  });

  it('adds the time to see a failure to the time cached DNS answers live', () => {
    expect(dnsFailoverSeconds({ checkIntervalSeconds: 30, failureThreshold: 3, dnsTtlSeconds: 60 })).toBe(150);
    expect(dnsFailoverSeconds({ checkIntervalSeconds: 10, failureThreshold: 3, dnsTtlSeconds: 60 })).toBe(90);
  });
});

import { roundToCents } from '../format';
import { describe, expect, it } from 'vitest';
import { ec2FleetBill, fargateServiceBill, type Ec2Fleet } from './always-on';
import { fleetMonthlyBill, unitsFor } from './fleet';
import { requestsPerMonthAt } from './month';
import { curveMean, DAILY_TRAFFIC_CURVE, logSpaced, TRAFFIC_RANGE } from './traffic';

const twoT3Medium: Ec2Fleet = {
  instance: 't3.medium',
  rpsPerInstance: 100,
  minUnits: 2,
  requests: 10e6,
  peakRatio: 3,
  scaling: 'peak',
  savingsPercent: 0,
};

describe('the daily traffic curve and the chart\'s traffic axis', () => {
  it('the curve has 24 hourly values whose mean is 1, so it moves no traffic in or out of the month', () => {
    expect(DAILY_TRAFFIC_CURVE).toHaveLength(24);
    expect(curveMean(DAILY_TRAFFIC_CURVE)).toBeCloseTo(1, 12);
    expect(Math.min(...DAILY_TRAFFIC_CURVE)).toBeGreaterThan(0);
  });

  it('the chart runs from 10,000 to 10 billion requests a month in log-spaced steps', () => {
    const axis = logSpaced(TRAFFIC_RANGE.fromRequests, TRAFFIC_RANGE.toRequests, 60);
    expect(axis).toHaveLength(60);
    expect(axis[0]).toBe(1e4);
    expect(axis[59]).toBe(1e10);
    const ratios = axis.slice(1).map((v, i) => v / axis[i]!);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 9);
  });
});

describe('an EC2 fleet sized for the peak', () => {
  it('two t3.medium instances for a month cost 2 x $0.0416 x 730 = $60.74', () => {
    const bill = ec2FleetBill(twoT3Medium);
    expect(bill.unitsAtBusiest).toBe(2);
    expect(roundToCents(bill.total)).toBe(60.74);
  });

  it('never drops below the minimum, however quiet the month', () => {
    expect(ec2FleetBill({ ...twoT3Medium, requests: 0 }).unitsAtQuietest).toBe(2);
    expect(ec2FleetBill({ ...twoT3Medium, requests: 0, minUnits: 3 }).unitsAtBusiest).toBe(3);
  });

  it('is sized for average x peakRatio: 1,000 requests/s average at 3x peak needs 30 instances of 100 requests/s', () => {
    const bill = ec2FleetBill({ ...twoT3Medium, requests: requestsPerMonthAt(1000) });
    expect(bill.unitsAtBusiest).toBe(30);
    expect(bill.unitHours).toBeCloseTo(30 * 730, 6);
  });

  it('buys whole instances: 300 requests/s of 100 each is exactly 3, 301 is 4', () => {
    expect(unitsFor(300, 100, 1)).toBe(3);
    expect(unitsFor(0.1 + 0.2, 0.1, 1)).toBe(3);
    expect(unitsFor(301, 100, 1)).toBe(4);
  });

  it('a 30% savings plan takes 30% off the on-demand price', () => {
    const bill = ec2FleetBill({ ...twoT3Medium, savingsPercent: 30 });
    expect(bill.total).toBeCloseTo(bill.onDemand * 0.7, 9);
    expect(bill.savingsCredit).toBeCloseTo(bill.onDemand * 0.3, 9);
  });
});

describe('an EC2 fleet autoscaled hour by hour', () => {
  const busy = { ...twoT3Medium, requests: requestsPerMonthAt(1000), scaling: 'hourly' as const };

  it('runs ceil(rate_h / rpsPerInstance) instances each hour, never below the minimum', () => {
    const bill = ec2FleetBill(busy);
    expect(bill.hourlyUnits).toEqual(DAILY_TRAFFIC_CURVE.map((s) => Math.max(2, Math.ceil((1000 * s) / 100 - 1e-9))));
    expect(bill.unitsAtBusiest).toBe(17);
    expect(bill.unitsAtQuietest).toBe(2);
  });

  it('pays for the instance-hours of an average day, 730/24 times over', () => {
    const bill = ec2FleetBill(busy);
    const perDay = bill.hourlyUnits.reduce((a, b) => a + b, 0);
    expect(bill.unitHours).toBeCloseTo((perDay * 730) / 24, 9);
  });

  it('costs less than a fleet sized all month for a peak at least as high as the curve\'s', () => {
    expect(ec2FleetBill(busy).total).toBeLessThan(ec2FleetBill({ ...busy, scaling: 'peak', peakRatio: 1.7 }).total);
  });
});

describe('a Fargate service', () => {
  it('two 1 vCPU, 2 GB x86 tasks for a month cost 2 x $0.04937 x 730 = $72.08', () => {
    const bill = fargateServiceBill({ taskVcpu: 1, taskMemoryGb: 2, arch: 'x86', rpsPerTask: 50, minUnits: 2, requests: 1e6, peakRatio: 3, scaling: 'peak', savingsPercent: 0 });
    expect(roundToCents(bill.total)).toBe(72.08);
  });

  it('is sized by the same rule as the EC2 fleet', () => {
    const spec = { hourlyUsd: 1, rpsPerUnit: 10, minUnits: 2, requests: requestsPerMonthAt(100), peakRatio: 2, scaling: 'peak' as const, savingsPercent: 0 };
    expect(fleetMonthlyBill(spec).unitsAtBusiest).toBe(20);
    expect(fargateServiceBill({ taskVcpu: 1, taskMemoryGb: 2, arch: 'arm', rpsPerTask: 10, minUnits: 2, requests: spec.requests, peakRatio: 2, scaling: 'peak', savingsPercent: 0 }).unitsAtBusiest).toBe(20);
  });
});

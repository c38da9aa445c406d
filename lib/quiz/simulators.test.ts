import { describe, expect, it } from 'vitest';
import { formatMetric, simulatorHref } from './simulators';

describe('simulator links and figures', () => {
  it('builds a link with every scenario parameter', () => {
    expect(simulatorHref('cold-start', { runtime: 'java', rps: 0.5 })).toBe('/simulators/cold-start?runtime=java&rps=0.5');
  });

  it('writes figures the way the simulators show them', () => {
    expect(formatMetric(18.6667, '$')).toBe('$18.67');
    expect(formatMetric(1.1384, '%')).toBe('1%');
    expect(formatMetric(0.678, '%')).toBe('0.7%');
    expect(formatMetric(0, '%')).toBe('0%');
    expect(formatMetric(448.702, 'ms')).toBe('449 ms');
    expect(formatMetric(12.38, 'requests/s')).toBe('12.4 requests/s');
  });
});

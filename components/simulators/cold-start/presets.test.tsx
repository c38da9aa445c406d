import { describe, expect, it } from 'vitest';
import { parseScenario, presetState, serializeScenario } from '@/lib/url-state';
import { coldStartSchema, simulateScenario } from './definition';
import { CHECKOUT_PEAK, coldStartPresets } from './presets';

const run = (id: string) => {
  const preset = coldStartPresets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return simulateScenario(presetState(coldStartSchema, preset));
};

describe('each preset shows the story its description tells', () => {
  it('nightly cron job: one run a night, always cold, the start-up a sliver of the job', () => {
    const r = run('nightly-cron');
    expect(r.requestCount).toBe(1);
    expect(r.coldStartShare).toBe(1);
    expect(r.coldStartDurationMs.max).toBeLessThan(500);
    expect(r.coldStartDurationMs.max / r.latency.all.max).toBeLessThan(0.005);
  });

  it('webhook receiver: about one delivery in twenty starts cold, adding a few hundred ms', () => {
    const r = run('webhook');
    expect(r.coldStartShare).toBeGreaterThan(0.03);
    expect(r.coldStartShare).toBeLessThan(0.07);
    expect(r.coldStartDurationMs.p50).toBeGreaterThan(150);
    expect(r.coldStartDurationMs.p50).toBeLessThan(500);
  });

  it('checkout API: warm requests meet 100 ms, but just over 1% start cold and p99 misses it', () => {
    const r = run('checkout-p99');
    expect(r.latency.warm.p99).toBeLessThan(100);
    expect(r.coldStartShare).toBeGreaterThan(0.01);
    expect(r.coldStartShare).toBeLessThan(0.02);
    expect(r.latency.all.p99).toBeGreaterThan(200);
  });

  it('Java before and after SnapStart: cold starts from about 1.5 s to about 150 ms, p99 from over a second to under 200 ms', () => {
    const before = run('java-before-snapstart');
    const after = run('java-snapstart');
    expect(before.requestCount).toBe(after.requestCount);
    expect(before.coldStartDurationMs.p50).toBeGreaterThan(1200);
    expect(before.coldStartDurationMs.p50).toBeLessThan(1800);
    expect(after.coldStartDurationMs.p50).toBeGreaterThan(100);
    expect(after.coldStartDurationMs.p50).toBeLessThan(200);
    expect(before.latency.all.p99).toBeGreaterThan(1000);
    expect(after.latency.all.p99).toBeLessThan(200);
  });

  it('provisioned concurrency sized to the peak: no cold start, p99 under 100 ms, the bill from a cent to over a dollar', () => {
    const onDemand = run('checkout-p99');
    const provisioned = run('provisioned-peak');
    expect(onDemand.fleet.peakBusy).toBe(CHECKOUT_PEAK);
    expect(provisioned.requestCount).toBe(onDemand.requestCount);
    expect(provisioned.coldStarts).toBe(0);
    expect(provisioned.latency.all.p99).toBeLessThan(100);
    expect(onDemand.billing.costUsd.total).toBeLessThan(0.015);
    expect(onDemand.billing.costUsd.total).toBeGreaterThan(0.005);
    expect(provisioned.billing.costUsd.total).toBeGreaterThan(1);
  });
});

describe('the scenario schema', () => {
  it('round-trips every preset through a link', () => {
    for (const preset of coldStartPresets) {
      const state = presetState(coldStartSchema, preset);
      const parsed = parseScenario(coldStartSchema, serializeScenario(coldStartSchema, state));
      expect(parsed.notices).toEqual([]);
      expect(parsed.state).toEqual(state);
    }
  });

  it('clamps a hostile link and says so, and the model still gives finite figures', () => {
    const parsed = parseScenario(coldStartSchema, 'memory=-5&rps=1e12&runtime=cobol&duration=');
    expect(parsed.notices.map((n) => n.param).sort()).toEqual(['duration', 'memory', 'rps', 'runtime']);
    expect(parsed.state.memory).toBe(128);
    expect(parsed.state.rps).toBe(1000);
    expect(parsed.state.runtime).toBe('nodejs');
    const r = simulateScenario({ ...parsed.state, window: 1 });
    for (const v of Object.values(r.latency.all)) expect(Number.isFinite(v)).toBe(true);
  });
});

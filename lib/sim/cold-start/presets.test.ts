import { describe, expect, it } from 'vitest';
import { presetState } from '../../url-state';
import { CHECKOUT_PEAK, coldStartPresets } from './presets';
import { coldStartScenario } from './scenario';
import { coldStartSchema } from './schema';

const run = (id: string) => {
  const preset = coldStartPresets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return coldStartScenario.run(presetState(coldStartSchema, preset));
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

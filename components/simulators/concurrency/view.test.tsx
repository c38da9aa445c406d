import { formatClock, formatDuration } from '@/lib/format';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { downsampleConcurrency } from '@/lib/sim/concurrency';
import { concurrencyScenario } from '@/lib/sim/concurrency/scenario';
import { concurrencySchema } from '@/lib/sim/concurrency/schema';
import { defaultState, parseScenario } from '@/lib/url-state';
import { axisTicks, chartSpecs } from './chart-specs';
import { concurrencyControls } from './controls';
import { describeMoment, environmentsPerCell, GRID_CELLS, tellingMoment } from './flow/flow-moment';
import { timeTicks } from './time-format';

const runConcurrency = concurrencyScenario.run;

describe('the controls and charts', () => {
  it('puts every field under exactly one group of controls', () => {
    const grouped = concurrencyControls.flatMap((g) => g.fields).sort();
    expect(grouped).toEqual(Object.keys(concurrencySchema).sort());
  });

  it('any link gives finite figures and charts with finite, round axes', { timeout: 60_000 }, () => {
    const names = Object.keys(concurrencySchema);
    const values = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constantFrom('', 'NaN', '-Infinity', '1e999', 'sqs', 'async', 'daily', '1'));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), values), (dict) => {
        const { state } = parseScenario(concurrencySchema, new URLSearchParams({ ...dict, window: '1' }));
        const result = runConcurrency(state);
        for (const v of Object.values(result.totals)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        const points = downsampleConcurrency(result, 240);
        for (const spec of chartSpecs(result, points)) {
          expect(Number.isFinite(spec.yMax) && spec.yMax > 0).toBe(true);
          for (const t of axisTicks(spec.yMax)) expect(Number.isFinite(t)).toBe(true);
          for (const p of points) for (const s of spec.series) expect(Number.isFinite(p[s.key]), s.key).toBe(true);
        }
        expect(describeMoment(points[tellingMoment(points, result.input.mode)]!, result)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 40 },
    );
  });
});

describe('chart helpers', () => {
  it('axis ticks are round numbers from 0 to the top', () => {
    expect(axisTicks(2000)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(axisTicks(2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(axisTicks(50_000)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(axisTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('time reads as a clock, in words for screen readers, with round ticks', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatDuration(65)).toBe('1 min 5 s');
    expect(formatDuration(0)).toBe('0 s');
    expect(timeTicks(300)).toEqual([0, 60, 120, 180, 240, 300]);
    expect(timeTicks(21_600).length).toBeLessThanOrEqual(7);
  });

  it('the database chart says so when there is no database, rather than drawing an empty chart', () => {
    const result = runConcurrency(defaultState(concurrencySchema));
    const database = chartSpecs(result, downsampleConcurrency(result, 240)).find((s) => s.id === 'database')!;
    expect(database.empty).toMatch(/No database/);
  });

  it('a limit far above the traffic is named in the caption instead of squashing the chart', () => {
    const result = runConcurrency({ ...defaultState(concurrencySchema), limit: 100_000, peak: 500 });
    const concurrency = chartSpecs(result, downsampleConcurrency(result, 240)).find((s) => s.id === 'concurrency')!;
    expect(concurrency.references.map((r) => r.label)).not.toContain('Account limit');
    expect(concurrency.caption).toMatch(/account limit \(100,000\)/);
  });

  it('the animation’s grid fits the busiest moment, and opens on the moment that tells the story', () => {
    const result = runConcurrency({ ...defaultState(concurrencySchema), peak: 10_000 });
    const unit = environmentsPerCell(result);
    expect(result.totals.peakEnvironments / unit).toBeLessThanOrEqual(GRID_CELLS);
    const points = downsampleConcurrency(result, 240);
    expect(points[tellingMoment(points, 'sync')]!.throttledPerS).toBeGreaterThan(0);
    const queued = runConcurrency({ ...defaultState(concurrencySchema), mode: 'sqs', maxconc: 20, window: 10 });
    const queuedPoints = downsampleConcurrency(queued, 240);
    expect(queuedPoints[tellingMoment(queuedPoints, 'sqs')]!.queueDepth).toBe(queued.totals.maxQueueDepth);
  });
});

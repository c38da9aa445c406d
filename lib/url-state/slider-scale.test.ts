import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberField } from './fields';
import { fromSlider, fromSliderMove, SLIDER_STEPS, snap, toSlider } from './slider-scale';

const duration = numberField({ label: 'Duration', unit: 'ms', min: 1, max: 900_000, step: 1, default: 200, integer: true, scale: 'log' });
const rate = numberField({ label: 'Rate', min: 0.1, max: 100_000, step: 0.1, default: 100, scale: 'log' });

describe('log sliders', () => {
  it('span the whole range from one end of the track to the other', () => {
    expect(fromSlider(duration, 0)).toBe(1);
    expect(fromSlider(duration, SLIDER_STEPS)).toBe(900_000);
    expect(toSlider(rate, 0.1)).toBe(0);
    expect(toSlider(rate, 100_000)).toBe(SLIDER_STEPS);
  });

  it('one arrow-key press always changes the value, even where rounding would undo it', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 899_999 }), fc.constantFrom(-1, 1), (value, direction) => {
        if (value === 1 && direction === -1) return;
        const next = fromSliderMove(duration, value, toSlider(duration, value) + direction);
        expect(Math.sign(next - value)).toBe(direction);
      }),
      { numRuns: 100 },
    );
  });

  it('typed values keep their precision: 333 requests/s stays 333', () => {
    expect(snap(rate, 333)).toBe(333);
    expect(snap(rate, 0.26)).toBe(0.3); // rounded to the field's 0.1 step
  });

  it('a log field that starts at 0 ("0 = none") keeps 0 at the left end and is logarithmic above it', { timeout: 30_000 }, () => {
    const reserved = numberField({ label: 'Reserved', min: 0, max: 100_000, step: 1, default: 0, integer: true, scale: 'log' });
    expect(toSlider(reserved, 0)).toBe(0);
    expect(fromSlider(reserved, 0)).toBe(0);
    expect(fromSlider(reserved, 1)).toBe(1);
    expect(fromSlider(reserved, SLIDER_STEPS)).toBe(100_000);
    expect(fromSlider(reserved, SLIDER_STEPS / 2)).toBeGreaterThan(200);
    expect(fromSlider(reserved, SLIDER_STEPS / 2)).toBeLessThan(400);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(-1, 1), (value, direction) => {
        if (value === 0 && direction === -1) return;
        const position = toSlider(reserved, value);
        expect(Number.isFinite(position)).toBe(true);
        const next = fromSliderMove(reserved, value, position + direction);
        expect(Math.sign(next - value)).toBe(direction);
      }),
      { numRuns: 100 },
    );
  });

  it('values outside the range are clamped', () => {
    expect(snap(duration, -5)).toBe(1);
    expect(snap(duration, 1e9)).toBe(900_000);
  });
});

import type { NumberField } from './fields';

/** Slider positions run 0..SLIDER_STEPS; a log field maps them onto its range geometrically. */
export const SLIDER_STEPS = 1000;

/**
 * The geometric part of a log slider. A logarithm cannot reach 0, so a log field whose minimum is
 * 0 or less ("0 = none": reserved concurrency, database connections) keeps position 0 for its
 * minimum and spreads positions 1..SLIDER_STEPS from one step above it to the maximum.
 */
function logSpan(field: NumberField): { lo: number; hi: number; first: number } {
  const zeroed = field.min <= 0;
  const floor = zeroed ? Math.max(field.step, field.min + field.step) : field.min;
  return { lo: Math.log(floor), hi: Math.log(field.max), first: zeroed ? 1 : 0 };
}

export function toSlider(field: NumberField, value: number): number {
  if (field.scale !== 'log') return value;
  const { lo, hi, first } = logSpan(field);
  if (first === 1 && value <= field.min) return 0;
  const share = (Math.log(Math.max(value, Math.exp(lo))) - lo) / (hi - lo);
  return Math.round(first + share * (SLIDER_STEPS - first));
}

export function fromSlider(field: NumberField, position: number): number {
  if (field.scale !== 'log') return position;
  const { lo, hi, first } = logSpan(field);
  if (position < first || (first === 1 && position <= 0)) return field.min;
  const raw = Math.exp(lo + ((position - first) / (SLIDER_STEPS - first)) * (hi - lo));
  // Three significant figures keep a log slider on readable values (332, not 331.74).
  return snap(field, Number(raw.toPrecision(3)));
}

/**
 * The value after the slider moved to `position`. Rounding can map a one-notch move back onto
 * the current value (an integer field near its minimum); then move by one step instead, so the
 * arrow keys always change the value.
 */
export function fromSliderMove(field: NumberField, current: number, position: number): number {
  const next = fromSlider(field, position);
  if (next !== current) return next;
  const direction = Math.sign(position - toSlider(field, current));
  return snap(field, current + direction * field.step);
}

/** Clamp to the field's range and round to its step. */
export function snap(field: NumberField, value: number): number {
  const clamped = Math.min(field.max, Math.max(field.min, value));
  if (field.integer) return Math.round(clamped);
  const stepped = Math.round(clamped / field.step) * field.step;
  return Math.min(field.max, Math.max(field.min, Number(stepped.toFixed(6))));
}

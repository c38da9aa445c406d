import type { NumberField } from './fields';

/** Slider positions run 0..SLIDER_STEPS; a log field maps them onto its range geometrically. */
export const SLIDER_STEPS = 1000;

export function toSlider(field: NumberField, value: number): number {
  if (field.scale !== 'log') return value;
  const lo = Math.log(field.min);
  const hi = Math.log(field.max);
  return Math.round(((Math.log(value) - lo) / (hi - lo)) * SLIDER_STEPS);
}

export function fromSlider(field: NumberField, position: number): number {
  if (field.scale !== 'log') return position;
  const lo = Math.log(field.min);
  const hi = Math.log(field.max);
  const raw = Math.exp(lo + (position / SLIDER_STEPS) * (hi - lo));
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

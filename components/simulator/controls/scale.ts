import type { NumberField } from '@/lib/url-state';

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
  // Two significant figures keep a log slider on readable values (330, not 331.7).
  return snap(field, Number(raw.toPrecision(2)));
}

/** Clamp to the field's range and round to its step. */
export function snap(field: NumberField, value: number): number {
  const clamped = Math.min(field.max, Math.max(field.min, value));
  if (field.integer) return Math.round(clamped);
  const stepped = Math.round(clamped / field.step) * field.step;
  return Math.min(field.max, Math.max(field.min, Number(stepped.toFixed(6))));
}

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
  return snap(field, raw);
}

/** Round to the field's step (and to a readable number of significant figures on log scales). */
export function snap(field: NumberField, value: number): number {
  const clamped = Math.min(field.max, Math.max(field.min, value));
  if (field.integer) return Math.round(clamped);
  const stepped = Math.round(clamped / field.step) * field.step;
  const readable = field.scale === 'log' ? Number(stepped.toPrecision(2)) : stepped;
  return Math.min(field.max, Math.max(field.min, Number(readable.toFixed(6))));
}

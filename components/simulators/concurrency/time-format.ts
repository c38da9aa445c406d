const TICK_STEPS_S = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];

/** Round tick positions for a time axis of `windowS` seconds, at most about `most` of them. */
export function timeTicks(windowS: number, most = 6): number[] {
  const step = TICK_STEPS_S.find((s) => windowS / s <= most) ?? Math.ceil(windowS / most);
  const ticks: number[] = [];
  for (let t = 0; t <= windowS + 1e-9; t += step) ticks.push(t);
  return ticks;
}

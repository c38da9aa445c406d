/** Clock time into the window: "0:45", "12:05", or "1:02:05" past the hour. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The same moment in words, for screen readers: "1 min 5 s", "45 s", "2 h 3 min". */
export function spokenClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const parts = [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 || whole === 0 ? `${s} s` : ''];
  return parts.filter(Boolean).join(' ');
}

const TICK_STEPS_S = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];

/** Round tick positions for a time axis of `windowS` seconds, at most about `most` of them. */
export function timeTicks(windowS: number, most = 6): number[] {
  const step = TICK_STEPS_S.find((s) => windowS / s <= most) ?? Math.ceil(windowS / most);
  const ticks: number[] = [];
  for (let t = 0; t <= windowS + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above x, so chart
 * axes end on round values a reader can read off.
 */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x * (1 - 1e-12))!;
  return step * power;
}

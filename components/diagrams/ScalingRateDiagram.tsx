import { formatNumber } from '@/lib/format';
import { concurrencyLimits, scalingRate } from '@/lib/data/lambda-limits';
import styles from './Diagram.module.css';

/** The example spike: how many environments the traffic needs, and the account limit raised for it. */
const NEEDED = 4500;
const RAISED_LIMIT = 5000;
const SECONDS = 180;

/** Environments available at time t under today's rule: a full window's worth at once, then one more window's worth every window. */
function currentRule(t: number): number {
  const perWindow = scalingRate.environmentsPerWindow.value;
  const window = scalingRate.windowSeconds.value;
  return Math.min(NEEDED, RAISED_LIMIT, perWindow * (Math.floor(t / window) + 1));
}

/** Under the old rule (largest regions): the initial burst at once, then a steady increment per minute. */
function legacyRule(t: number): number {
  return Math.min(NEEDED, RAISED_LIMIT, scalingRate.legacyBurstUsEast1.value + (scalingRate.legacyIncrementPerMinute.value * t) / 60);
}

/** First whole second at which a rule reaches the environments needed. */
function reachedAt(rule: (t: number) => number): number {
  for (let t = 0; t <= 3600; t++) if (rule(t) >= NEEDED) return t;
  return Infinity;
}

/**
 * Lesson 5: execution environments over the first three minutes of a sudden spike, under today's
 * per-function scaling rate (a staircase) and under the rule it replaced in November 2023 (a burst,
 * then a slow ramp), beneath the account's concurrency limit.
 */
export function ScalingRateDiagram() {
  const p = 'scaling-rate';
  const x = (t: number) => 90 + (t / SECONDS) * 630;
  const y = (envs: number) => 290 - (envs / RAISED_LIMIT) * 240;
  const perWindow = scalingRate.environmentsPerWindow.value;
  const window = scalingRate.windowSeconds.value;
  const burst = scalingRate.legacyBurstUsEast1.value;
  const perMinute = scalingRate.legacyIncrementPerMinute.value;
  const newAt = reachedAt(currentRule);
  const oldAt = reachedAt(legacyRule);
  const smallestBurst = scalingRate.legacyBurstRange.value.min;
  const smallRegionMinutes = (NEEDED - smallestBurst) / perMinute;
  const defaultLimit = concurrencyLimits.accountConcurrencyDefault.value;

  // Today's rule as a staircase path, sampled at each window boundary.
  let stairs = `M${x(0)} ${y(currentRule(0))}`;
  for (let t = window; t <= SECONDS; t += window) {
    stairs += ` H${x(t)} V${y(currentRule(t))}`;
  }
  const legacy = `M${x(0)} ${y(legacyRule(0))} L${x(oldAt)} ${y(legacyRule(oldAt))} H${x(SECONDS)}`;
  const yTicks = [0, 1000, 2000, 3000, 4000, 5000];
  const xTicks = [0, 30, 60, 90, 120, 150, 180];

  return (
    <svg viewBox="0 0 760 360" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>How fast one function gains execution environments during a spike</title>
      <desc id={`${p}-desc`}>
        A chart of execution environments (0 to {formatNumber(RAISED_LIMIT)}) against seconds since a spike began (0 to {SECONDS}). Traffic suddenly
        needs {formatNumber(NEEDED)} environments, drawn as a thin line; the account&apos;s concurrency limit, raised to {formatNumber(RAISED_LIMIT)} for the
        event, is a dashed line above it. Today&apos;s rule, a solid staircase: the function gets {formatNumber(perWindow)} environments at once and{' '}
        {formatNumber(perWindow)} more every {window} seconds, so it reaches {formatNumber(NEEDED)} after {newAt} seconds. The rule before November 2023 in the
        largest regions, a dotted line: an initial burst of {formatNumber(burst)} at once, then {formatNumber(perMinute)} more a minute, so it reaches{' '}
        {formatNumber(NEEDED)} only after {oldAt} seconds. In regions whose burst was {formatNumber(smallestBurst)} the old rule took {smallRegionMinutes} minutes.
        Requests that find no environment are throttled until the line catches up. With the default limit of {formatNumber(defaultLimit)}, both rules
        would stop at {formatNumber(defaultLimit)}.
      </desc>

      {/* Axes and grid */}
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={x(0)} y1={y(v)} x2={x(SECONDS)} y2={y(v)} className={styles.scalingRateGrid} />
          <text x={x(0) - 8} y={y(v) + 4} textAnchor="end" className={styles.scalingRateSmall}>{formatNumber(v)}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={t} x={x(t)} y={y(0) + 20} textAnchor="middle" className={styles.scalingRateSmall}>{`${t} s`}</text>
      ))}
      <text x={x(SECONDS / 2)} y={y(0) + 42} textAnchor="middle" className={styles.scalingRateLabel}>seconds since the spike began</text>
      <text x="14" y="26" className={styles.scalingRateLabel}>execution environments</text>

      {/* The limit and the need */}
      <line x1={x(0)} y1={y(RAISED_LIMIT)} x2={x(SECONDS)} y2={y(RAISED_LIMIT)} className={styles.scalingRateLimit} />
      <text x={x(SECONDS)} y={y(RAISED_LIMIT) - 8} textAnchor="end" className={styles.scalingRateSmall}>{`account limit, raised to ${formatNumber(RAISED_LIMIT)}`}</text>
      <line x1={x(0)} y1={y(NEEDED)} x2={x(SECONDS)} y2={y(NEEDED)} className={styles.scalingRateNeed} />
      <text x={x(0) + 6} y={y(NEEDED) - 8} className={styles.scalingRateSmall}>{`needed: ${formatNumber(NEEDED)}`}</text>

      {/* The two rules */}
      <path d={legacy} className={styles.scalingRateLegacy} />
      <path d={stairs} className={styles.scalingRateCurrent} />

      {/* Where each rule catches up */}
      <circle cx={x(newAt)} cy={y(NEEDED)} r="5" className={styles.scalingRateMarkCurrent} />
      <text x={x(newAt) + 8} y={y(NEEDED) - 10} className={styles.scalingRateLabel}>{`${newAt} s`}</text>
      <rect x={x(oldAt) - 5} y={y(NEEDED) - 5} width="10" height="10" className={styles.scalingRateMarkLegacy} />
      <text x={x(oldAt) - 10} y={y(NEEDED) - 10} textAnchor="end" className={styles.scalingRateLabel}>{`${oldAt} s`}</text>

      {/* Legend */}
      <line x1="392" y1={y(1500)} x2="424" y2={y(1500)} className={styles.scalingRateCurrent} />
      <text x="432" y={y(1500) + 4} className={styles.scalingRateSmall}>{`since Nov 2023: +${formatNumber(perWindow)} every ${window} s, per function`}</text>
      <line x1="392" y1={y(1500) + 22} x2="424" y2={y(1500) + 22} className={styles.scalingRateLegacy} />
      <text x="432" y={y(1500) + 26} className={styles.scalingRateSmall}>{`before: burst of ${formatNumber(burst)}, then +${formatNumber(perMinute)} a minute`}</text>
    </svg>
  );
}

import { formatBill } from '@/lib/format';
import { ec2Instances } from '@/lib/pricing/aws-ec2';
import { crossoverOf } from '@/lib/pricing/crossover';
import { fleetMonthlyBill } from '@/lib/pricing/fleet';
import { lambdaMonthlyBill } from '@/lib/pricing/lambda-cost';
import { sustainedRps } from '@/lib/pricing/month';
import styles from './Diagram.module.css';

/** The chart's example: the notes' function against a small always-on fleet. */
const FN = { memoryMb: 512, durationMs: 200 } as const;
const FLEET = { instance: 't3.medium', rpsPerUnit: 100, minUnits: 2, peakRatio: 3 } as const;
const MAX_REQUESTS = 600e6;
const MAX_USD = 300;

const lambdaCost = (requests: number) => lambdaMonthlyBill({ ...FN, requests, arch: 'x86', freeTier: false }).total;
const fleetBill = (requests: number) =>
  fleetMonthlyBill({
    hourlyUsd: ec2Instances[FLEET.instance].hourlyUsd.value,
    rpsPerUnit: FLEET.rpsPerUnit,
    minUnits: FLEET.minUnits,
    requests,
    peakRatio: FLEET.peakRatio,
    scaling: 'peak',
    savingsPercent: 0,
  });
const millions = (r: number) => `${Math.round(r / 1e6)} M`;

/**
 * Lesson 7: monthly cost against traffic. Lambda's bill is a straight line from zero; an always-on
 * fleet is a staircase with a floor, one instance more each time the peak outgrows the fleet. All
 * points are computed from lib/pricing, so the chart follows the prices.
 */
export function CostCrossoverDiagram() {
  const p = 'cost-crossover';
  const x = (requests: number) => 90 + (requests / MAX_REQUESTS) * 630;
  const y = (usd: number) => 280 - (Math.min(usd, MAX_USD) / MAX_USD) * 240;

  // The fleet's staircase, sampled every million requests; record where it steps.
  const steps: { from: number; units: number; cost: number }[] = [];
  for (let r = 0; r <= MAX_REQUESTS; r += 1e6) {
    const bill = fleetBill(r);
    const last = steps[steps.length - 1];
    if (!last || last.units !== bill.unitsAtBusiest) steps.push({ from: r, units: bill.unitsAtBusiest, cost: bill.total });
  }
  let stairs = '';
  steps.forEach((s, i) => {
    stairs += i === 0 ? `M${x(0)} ${y(s.cost)}` : ` H${x(s.from)} V${y(s.cost)}`;
  });
  stairs += ` H${x(MAX_REQUESTS)}`;

  // Lambda's line, clipped where it leaves the top of the chart.
  const lambdaAtMax = lambdaCost(MAX_REQUESTS);
  const exitRequests = (MAX_USD / lambdaAtMax) * MAX_REQUESTS;
  const cross = crossoverOf(lambdaCost, (r) => fleetBill(r).total, { fromRequests: 1e5, toRequests: MAX_REQUESTS });
  const crossAt = cross.kind === 'crossover' ? cross.requestsPerMonth : NaN;
  const floor = steps[0]!;
  const at500 = { lambda: lambdaCost(500e6), fleet: fleetBill(500e6) };
  const perMillion = lambdaCost(1e6);
  const yTicks = [0, 100, 200, 300];
  const xTicks = [0, 100e6, 200e6, 300e6, 400e6, 500e6, 600e6];

  return (
    <svg viewBox="0 0 760 350" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>Monthly cost against traffic: a function&apos;s straight line and a fleet&apos;s staircase</title>
      <desc id={`${p}-desc`}>
        A chart of monthly cost in dollars (0 to {MAX_USD}) against requests a month (0 to {MAX_REQUESTS / 1e6} million). The function uses{' '}
        {FN.memoryMb} MB for {FN.durationMs} ms per request, which costs {formatBill(perMillion)} per million requests, so its bill is a
        straight line rising from zero; it leaves the top of the chart at about {millions(exitRequests)} requests and reaches{' '}
        {formatBill(at500.lambda)} at 500 million. The fleet is {FLEET.instance} instances, each serving {FLEET.rpsPerUnit} requests a second,
        sized for {FLEET.peakRatio} times the average rate and never fewer than {FLEET.minUnits}: a flat floor of {formatBill(floor.cost)} a
        month, then a step up of one instance each time the peak outgrows the fleet, reaching {at500.fleet.unitsAtBusiest} instances and{' '}
        {formatBill(at500.fleet.total)} at 500 million. The two cross at about {millions(crossAt)} requests a month (about{' '}
        {Math.round(sustainedRps(crossAt))} requests a second on average): below that the function is cheaper, above it the fleet is, and the
        gap keeps widening.
      </desc>

      {yTicks.map((v) => (
        <g key={v}>
          <line x1={x(0)} y1={y(v)} x2={x(MAX_REQUESTS)} y2={y(v)} className={styles.costCrossoverGrid} />
          <text x={x(0) - 8} y={y(v) + 4} textAnchor="end" className={styles.costCrossoverSmall}>{`$${v}`}</text>
        </g>
      ))}
      {xTicks.map((r) => (
        <text key={r} x={x(r)} y={y(0) + 20} textAnchor="middle" className={styles.costCrossoverSmall}>{millions(r)}</text>
      ))}
      <text x={x(MAX_REQUESTS / 2)} y={y(0) + 42} textAnchor="middle" className={styles.costCrossoverLabel}>requests a month</text>
      <text x="14" y="26" className={styles.costCrossoverLabel}>monthly cost</text>

      <path d={stairs} className={styles.costCrossoverFleet} />
      <line x1={x(0)} y1={y(0)} x2={x(exitRequests)} y2={y(MAX_USD)} className={styles.costCrossoverLambda} />
      <text x={x(exitRequests) + 8} y={y(MAX_USD) + 14} className={styles.costCrossoverLabel}>{`Lambda: ${formatBill(perMillion)} per million`}</text>
      <text x={x(exitRequests) + 8} y={y(MAX_USD) + 30} className={styles.costCrossoverSmall}>{`(${formatBill(at500.lambda)} at 500 M, off the chart)`}</text>

      <text x={x(60e6)} y={y(floor.cost) + 22} className={styles.costCrossoverLabel}>{`fleet: ${FLEET.minUnits} × ${FLEET.instance} = ${formatBill(floor.cost)}`}</text>
      <circle cx={x(500e6)} cy={y(at500.fleet.total)} r="4" className={styles.costCrossoverMark} />
      <text x={x(500e6)} y={y(at500.fleet.total) - 12} textAnchor="end" className={styles.costCrossoverSmall}>
        {`500 M: ${at500.fleet.unitsAtBusiest} instances, ${formatBill(at500.fleet.total)}`}
      </text>

      <circle cx={x(crossAt)} cy={y(lambdaCost(crossAt))} r="6" className={styles.costCrossoverMark} />
      <line x1={x(crossAt) + 6} y1={y(lambdaCost(crossAt)) - 6} x2="184" y2="176" className={styles.costCrossoverGuide} />
      <text x="190" y="158" className={styles.costCrossoverLabel}>{`crossover ≈ ${millions(crossAt)} requests a month`}</text>
      <text x="190" y="174" className={styles.costCrossoverSmall}>{`≈ ${Math.round(sustainedRps(crossAt))} requests a second on average`}</text>
    </svg>
  );
}

import { HOURS_PER_MONTH, sustainedRps } from './month';
import { DAILY_TRAFFIC_CURVE } from './traffic';

/**
 * Sizing an always-on fleet (EC2 instances or Fargate tasks) for a month of traffic, and what it
 * costs. "Peak": enough units for the busiest moment (average rate x peakRatio) all month long.
 * "Hourly": autoscaled each hour of an average day to that hour's rate (average x curve[h]),
 * which is cheaper, and assumes scaling keeps up with the curve. Never below the minimum either way.
 */
export type ScalingMode = 'peak' | 'hourly';

export interface FleetSpec {
  /** On-demand price of one instance or task, per hour. */
  hourlyUsd: number;
  /** Requests per second one unit serves at the target utilisation. */
  rpsPerUnit: number;
  /** Units kept running whatever the traffic, for availability (2: one can fail or be replaced). */
  minUnits: number;
  requests: number;
  peakRatio: number;
  scaling: ScalingMode;
  /** Savings-plan discount, percent off on-demand (0 for none). */
  savingsPercent: number;
  /** The hourly shape of the day, mean 1 (defaults to DAILY_TRAFFIC_CURVE). */
  curve?: readonly number[];
}

export interface FleetBill {
  /** Units running in each hour of an average day (all equal when sized for the peak). */
  hourlyUnits: number[];
  unitsAtBusiest: number;
  unitsAtQuietest: number;
  unitHours: number;
  onDemand: number;
  savingsCredit: number;
  /** Dollars a month, full precision. */
  total: number;
}

/** Units needed for `rps`: whole units, never fewer than the minimum. */
export function unitsFor(rps: number, rpsPerUnit: number, minUnits: number): number {
  // The allowance keeps 2.0000000000000004 (floating-point noise) from buying a third unit.
  return Math.max(minUnits, Math.ceil(rps / rpsPerUnit - 1e-9));
}

export function fleetHourlyUnits(spec: FleetSpec): number[] {
  const average = sustainedRps(spec.requests);
  if (spec.scaling === 'peak') {
    const units = unitsFor(average * spec.peakRatio, spec.rpsPerUnit, spec.minUnits);
    return new Array<number>(24).fill(units);
  }
  return (spec.curve ?? DAILY_TRAFFIC_CURVE).map((share) => unitsFor(average * share, spec.rpsPerUnit, spec.minUnits));
}

export function fleetMonthlyBill(spec: FleetSpec): FleetBill {
  const hourlyUnits = fleetHourlyUnits(spec);
  // Each hour of the average day recurs HOURS_PER_MONTH / 24 times in the month.
  const unitHours = (hourlyUnits.reduce((sum, n) => sum + n, 0) * HOURS_PER_MONTH) / hourlyUnits.length;
  const onDemand = unitHours * spec.hourlyUsd;
  const savingsCredit = onDemand * (Math.min(Math.max(spec.savingsPercent, 0), 100) / 100);
  return {
    hourlyUnits,
    unitsAtBusiest: Math.max(...hourlyUnits),
    unitsAtQuietest: Math.min(...hourlyUnits),
    unitHours,
    onDemand,
    savingsCredit,
    total: onDemand - savingsCredit,
  };
}

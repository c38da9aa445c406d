import { formatNumber, formatPrice } from '../format';
import { ec2Instances } from './aws-ec2';
import { fargatePricing, fargateTaskHourlyUsd } from './aws-fargate';
import { apiGatewayPricing } from './aws-api-gateway';
import { lambdaPricing } from './aws-lambda';
import { lambdaWorkloadOf, type CostOption, type MonthlyCosts } from './compare';
import type { CostExplorerInputs } from './explorer-inputs';
import type { FleetBill } from './fleet';
import { billableRequests, FREE_EPHEMERAL_MB, requestCharge } from './lambda-charges';
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from './month';

/**
 * Each option's bill as lines a learner can check with a calculator: what the charge is for, how
 * it is worked out from the published prices, and the amount. The lines of an option sum to its
 * total (credits are negative), which the tests check.
 */
export interface BillLine {
  option: CostOption;
  charge: string;
  workings: string;
  /** Dollars, full precision; negative for a credit. */
  amount: number;
}

const gb = (mb: number) => `${formatNumber(mb)} MB ÷ 1,024`;

/** The price that applies when all the usage falls in the first tier; otherwise the tiers are named. */
function firstTierPrice(tiers: readonly { upTo: number; price: number }[], quantity: number, unit: string): string {
  const first = tiers[0]!;
  return quantity <= first.upTo ? `× ${formatPrice(first.price)} per ${unit}` : 'through the monthly volume tiers';
}

function lambdaLines(inputs: CostExplorerInputs, costs: MonthlyCosts): BillLine[] {
  const { breakdown: b, usage: u } = costs.lambda;
  const w = lambdaWorkloadOf(inputs);
  const arch = inputs.arch;
  const line = (charge: string, workings: string, amount: number): BillLine => ({ option: 'lambda', charge, workings, amount });
  const tiers = lambdaPricing.durationTiers[arch].value.map((t) => ({ upTo: t.upToGbSeconds, price: t.pricePerGbSecond }));
  const onDemandGbs = u.onDemandGbSeconds + u.initGbSeconds;
  const lines = [
    line('Requests', `${formatNumber(inputs.requests, 0)} requests × ${formatPrice(lambdaPricing.requestPricePerMillion.value)} per million`, b.requests),
    line(
      'Duration',
      `${gb(inputs.memory)} × ${formatNumber(u.billedMs / 1000, 3)} s billed × ${formatNumber(u.onDemandInvocations, 0)} invocations = ${formatNumber(u.onDemandGbSeconds)} GB-s ${firstTierPrice(tiers, onDemandGbs, 'GB-s')}`,
      b.duration,
    ),
  ];
  if (u.coldStarts > 0) {
    lines.push(line('INIT (cold starts)', `${formatNumber(u.coldStarts, 0)} cold starts × ${formatNumber(u.billedInitMs / 1000, 3)} s × ${gb(inputs.memory)} = ${formatNumber(u.initGbSeconds)} GB-s, priced with the duration`, b.init));
  }
  if (inputs.ephemeral > FREE_EPHEMERAL_MB) {
    const seconds = (inputs.requests * u.billedMs) / 1000;
    lines.push(line('Ephemeral storage', `(${formatNumber(inputs.ephemeral)} − 512) MB ÷ 1,024 × ${formatNumber(seconds, 0)} s running × ${formatPrice(lambdaPricing.ephemeralStoragePricePerGbSecond.value)} per GB-s`, b.ephemeralStorage));
  }
  if (inputs.provisioned > 0) {
    const rates = lambdaPricing.provisioned[arch];
    lines.push(
      line('Provisioned concurrency', `${formatNumber(inputs.provisioned)} environments × ${gb(inputs.memory)} × ${formatNumber(SECONDS_PER_MONTH)} s (${HOURS_PER_MONTH} h) × ${formatPrice(rates.concurrencyPricePerGbSecond.value)} per GB-s`, b.provisionedConcurrency),
      line('Duration on provisioned', `${formatNumber(u.provisionedInvocations, 0)} invocations run on them = ${formatNumber(u.provisionedGbSeconds)} GB-s × ${formatPrice(rates.durationPricePerGbSecond.value)} per GB-s`, b.provisionedDuration),
    );
  }
  if (inputs.front === 'rest' || inputs.front === 'http') {
    const api = apiGatewayPricing[inputs.front].value.map((t) => ({ upTo: t.upToRequests, price: t.pricePerMillion }));
    const name = inputs.front === 'rest' ? 'API Gateway REST API' : 'API Gateway HTTP API';
    const first = api[0]!;
    const how = inputs.requests <= first.upTo ? `× ${formatPrice(first.price)} per million` : 'through the monthly price tiers';
    lines.push(line(name, `${formatNumber(inputs.requests, 0)} calls ${how}`, b.frontDoor));
  } else if (inputs.front === 'url') {
    lines.push(line('Function URL', 'No charge beyond the invocation itself', b.frontDoor));
  }
  if (inputs.freeTier) {
    const requestCredit = b.requests - requestCharge(billableRequests(w.requests, true));
    const how = `${formatNumber(lambdaPricing.freeTier.requests.value)} requests (${formatPrice(requestCredit)}) and ${formatNumber(lambdaPricing.freeTier.gbSeconds.value)} GB-s a month are free`;
    lines.push(line('Free tier', how, -b.freeTierCredit));
  }
  return lines;
}

function fleetLines(option: 'ec2' | 'fargate', inputs: CostExplorerInputs, bill: FleetBill): BillLine[] {
  const hourly = option === 'ec2' ? ec2Instances[inputs.instance].hourlyUsd.value : fargateTaskHourlyUsd(inputs.taskVcpu, inputs.taskMemory, inputs.arch);
  const unit = option === 'ec2' ? `${inputs.instance}` : 'tasks';
  const perHour =
    option === 'ec2'
      ? `${formatPrice(hourly)} per hour`
      : `${formatPrice(hourly)} per task-hour (${formatNumber(inputs.taskVcpu)} vCPU × ${formatPrice(fargatePricing[inputs.arch].perVcpuHour.value)} + ${formatNumber(inputs.taskMemory)} GB × ${formatPrice(fargatePricing[inputs.arch].perGbHour.value)})`;
  const count =
    bill.unitsAtBusiest === bill.unitsAtQuietest
      ? `${bill.unitsAtBusiest} ${unit} × ${HOURS_PER_MONTH} h`
      : `${formatNumber(bill.unitHours, 1)} ${option === 'ec2' ? 'instance' : 'task'}-hours (autoscaled between ${bill.unitsAtQuietest} and ${bill.unitsAtBusiest} ${unit})`;
  const lines: BillLine[] = [{ option, charge: option === 'ec2' ? 'Instances, on demand' : 'Tasks, on demand', workings: `${count} × ${perHour}`, amount: bill.onDemand }];
  if (inputs.savings > 0) lines.push({ option, charge: 'Savings plan', workings: `${formatNumber(inputs.savings)}% off on-demand`, amount: -bill.savingsCredit });
  return lines;
}

export function billLines(inputs: CostExplorerInputs, costs: MonthlyCosts): BillLine[] {
  return [...lambdaLines(inputs, costs), ...fleetLines('ec2', inputs, costs.ec2), ...fleetLines('fargate', inputs, costs.fargate)];
}

/** The parts of a stacked bar: every charge after its credit, so the bar's height is the total. */
export type BillPart = 'requests' | 'duration' | 'init' | 'ephemeralStorage' | 'provisionedConcurrency' | 'provisionedDuration' | 'frontDoor' | 'instances';

export const BILL_PART_LABELS: Record<BillPart, string> = {
  requests: 'Requests',
  duration: 'Duration',
  init: 'INIT (cold starts)',
  ephemeralStorage: 'Ephemeral storage',
  provisionedConcurrency: 'Provisioned concurrency',
  provisionedDuration: 'Duration on provisioned',
  frontDoor: 'Front door',
  instances: 'Instances or tasks',
};

export function billParts(inputs: CostExplorerInputs, costs: MonthlyCosts): Record<CostOption, Partial<Record<BillPart, number>>> {
  const b = costs.lambda.breakdown;
  // The free tier comes off requests first by its own count, and the rest off on-demand GB-seconds,
  // which the model shares between duration and INIT in proportion.
  const requestsNet = requestCharge(billableRequests(inputs.requests, inputs.freeTier));
  const durationCredit = b.freeTierCredit - (b.requests - requestsNet);
  const onDemand = b.duration + b.init;
  const keep = onDemand > 0 ? Math.max(0, 1 - durationCredit / onDemand) : 0;
  return {
    lambda: {
      requests: requestsNet,
      duration: b.duration * keep,
      init: b.init * keep,
      ephemeralStorage: b.ephemeralStorage,
      provisionedConcurrency: b.provisionedConcurrency,
      provisionedDuration: b.provisionedDuration,
      frontDoor: b.frontDoor,
    },
    ec2: { instances: costs.ec2.total },
    fargate: { instances: costs.fargate.total },
  };
}

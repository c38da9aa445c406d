import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'cost-model';
const topic = 'cost-model';

/** Lesson 7's newer lines: Savings Plans, Managed Instances, logs and data transfer (issue 13). */
export const commitmentQuestions: Question[] = [
  {
    id: 'cost-commit-breakeven',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'committing-savings-plans' },
    prompt: `A batch cluster is busy about 20% of the hours in a month. An EC2 Instance Savings Plan would take ${fact('savingsPlans.ec2Max')} off its on-demand price, for a three-year commitment. Commit, or stay on demand?`,
    options: [
      {
        id: 'on-demand',
        text: `Stay on demand: committing wins only above ${fact('savingsPlans.ec2BreakEven')} busy, and 20% is below it.`,
        correct: true,
        explanation: `Right. Committed capacity costs ${fact('savingsPlans.ec2BreakEven')} of on demand every hour; paying on demand for 20% of the hours costs 20%. Below the break-even, idle commitment wastes more than the discount saves.`,
      },
      {
        id: 'commit',
        text: `Commit: ${fact('savingsPlans.ec2Max')} off is always cheaper than on demand.`,
        correct: false,
        explanation: 'The discount applies to every committed hour, busy or not; the comparison is the committed price for all hours against the full price for the hours used.',
      },
      {
        id: 'half',
        text: 'Commit only if the cluster is busy more than half the time.',
        correct: false,
        explanation: `The break-even is (1 − discount), which at ${fact('savingsPlans.ec2Max')} off is ${fact('savingsPlans.ec2BreakEven')}, not 50%.`,
      },
      {
        id: 'lambda',
        text: 'Move it to Lambda and buy a Compute Savings Plan instead, which discounts Lambda most.',
        correct: false,
        explanation: `Compute Savings Plans take at most ${fact('savingsPlans.lambdaMax')} off Lambda duration, the smallest discount of the family.`,
      },
    ],
  },
  {
    id: 'cost-commit-crossover',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'committing-savings-plans' },
    prompt: `The worked example's function (512 MB, 200 ms) crosses one on-demand t3.medium at about ${fact('savingsPlans.crossoverOnDemand')} requests a month. The company already commits to its EC2 spend at ${fact('savingsPlans.ec2Max')} off. What happens to the crossover?`,
    options: [
      {
        id: 'down',
        text: `It falls to about ${fact('savingsPlans.crossoverCommitted')} a month: the instance's floor shrinks to ${fact('savingsPlans.t3MediumCommitted')}, and the function's cost per request does not change.`,
        correct: true,
        explanation: 'Right. The crossover is the floor divided by the function\'s cost per request, so cutting the floor by the discount moves the crossover down in the same proportion.',
      },
      {
        id: 'up',
        text: 'It rises, because a Compute Savings Plan also discounts the function.',
        correct: false,
        explanation: `Even a Compute Savings Plan takes at most ${fact('savingsPlans.lambdaMax')} off Lambda duration, and nothing off requests, against up to ${fact('savingsPlans.ec2Max')} off the instance: the always-on side gains more.`,
      },
      {
        id: 'same',
        text: 'It stays the same: discounts change bills, not crossovers.',
        correct: false,
        explanation: 'A crossover is where two bills meet; lowering one bill moves the point where they meet.',
      },
      {
        id: 'vanishes',
        text: 'It disappears: with a commitment the instance is always cheaper.',
        correct: false,
        explanation: `The committed instance still costs ${fact('savingsPlans.t3MediumCommitted')} a month; below about ${fact('savingsPlans.crossoverCommitted')} requests the function is still cheaper.`,
      },
    ],
  },
  {
    id: 'cost-hidden-lines',
    kind: 'multi',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'the-lines-the-function-bill-leaves-out' },
    prompt: 'An estimate multiplies requests and GB-seconds by Lambda\'s prices. Which lines of the real invoice does it leave out? Select all that apply.',
    options: [
      { id: 'logs', text: 'CloudWatch Logs ingestion and storage for everything the function prints', correct: true, explanation: `Logs are ingested at ${fact('logs.ingestPrice')} and stored until a retention period removes them, which by default is never.` },
      { id: 'transfer', text: 'Data transfer for responses sent to the internet', correct: true, explanation: `After the first ${fact('transfer.freeGb')} a month, transfer out costs ${fact('transfer.price')}; large responses can cost more than the function.` },
      { id: 'gateway', text: 'The API Gateway in front of the function', correct: true, explanation: `A REST API adds ${fact('apiGateway.restPrice')} calls, more than Lambda's own request charge for a short function.` },
      { id: 'init', text: 'The INIT phase of cold starts', correct: false, explanation: 'Since August 2025 INIT is billed as ordinary duration, so it is already inside the GB-seconds, provided the estimate\'s duration includes it.' },
      { id: 'idle', text: 'Idle time between requests', correct: false, explanation: 'An Event Function bills nothing while idle; that is the one line that really is zero.' },
    ],
  },
  {
    id: 'cost-managed-instances-floor',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'managed-instances-on-the-bill' },
    prompt: `A spiky internal API handles 10 million requests a month. On Event Functions it costs ${fact('cost.example.lambdaOnly')}. Someone proposes Managed Instances "because it removes cold starts". The smallest setup, three m7g.large, costs ${fact('managedInstances.example.total')}. What is the right reading?`,
    options: [
      {
        id: 'floor',
        text: 'Managed Instances bill like a fleet, with an always-on floor; at this spiky, modest load Event Functions stay far cheaper.',
        correct: true,
        explanation: 'Right. Managed Instances pay off for steady, heavy traffic that keeps the instances busy; a quiet, spiky API pays the floor for nothing.',
      },
      {
        id: 'same',
        text: 'The bills converge, because both charge the same request price.',
        correct: false,
        explanation: `The request charge is the same, but Managed Instances add the instances and a ${fact('managedInstances.fee')} fee all month, whatever the traffic.`,
      },
      {
        id: 'scale-zero',
        text: 'Managed Instances scale to zero at night, so the real bill is much lower.',
        correct: false,
        explanation: `At least ${fact('managedInstances.minEnvironments')} environments keep running by default; there is no scale to zero.`,
      },
      {
        id: 'spiky-wins',
        text: 'Managed Instances suit spiky traffic best, because capacity is added when requests arrive.',
        correct: false,
        explanation: `Capacity is added on CPU use, in the background; traffic that more than doubles within ${fact('managedInstances.doublingWindow')} can be throttled. Spiky traffic suits Event Functions.`,
      },
    ],
  },
];

/**
 * The quiz's question bank, as types. Plain TypeScript with no runtime code, so the browser
 * bundle can import them for free; `schema.ts` checks the same shapes with zod at build time
 * and in the tests.
 *
 * Every question tests one lesson section and explains EVERY choice a learner can make, right
 * or wrong: an interview rewards the reasoning, so a bare "correct" teaches nothing.
 */

export const questionKinds = ['single', 'multi', 'fit', 'numeric', 'ordering', 'simulator'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Foundation: recall a rule. Applied: use it on a scenario. Expert: weigh several against each other. */
export const difficulties = ['foundation', 'applied', 'expert'] as const;
export type Difficulty = (typeof difficulties)[number];

/** The lesson section a question tests: `/lessons/<lesson>#<section>`. */
export interface LessonLink {
  lesson: string;
  section: string;
}

interface QuestionBase {
  /** Stable and unique: progress in the browser is stored by this id. */
  id: string;
  topic: string;
  difficulty: Difficulty;
  lesson: LessonLink;
  /** The question as asked. Text may mark `code` with backticks. */
  prompt: string;
}

/** A choice with its reason: why it is right, or why it is tempting and wrong. */
export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  options: ChoiceOption[];
}

export interface MultiSelectQuestion extends QuestionBase {
  kind: 'multi';
  options: ChoiceOption[];
}

export type FitVerdict = 'fit' | 'poor';

/** One workload to sort: does serverless fit it, and why. */
export interface FitScenario {
  id: string;
  text: string;
  verdict: FitVerdict;
  explanation: string;
}

export interface FitQuestion extends QuestionBase {
  kind: 'fit';
  scenarios: FitScenario[];
}

/** How close a numeric answer must be: within a share of the answer, or within a fixed amount. */
export type Tolerance = { relative: number } | { absolute: number };

/**
 * The lib/ function that produces a numeric answer, with its inputs. The browser never runs
 * these: the bank stores the answer, and a test recomputes it from the same functions the
 * simulators use, so the two cannot drift apart.
 */
export type NumericCompute =
  | { fn: 'requiredConcurrency'; rps: number; durationMs: number }
  | { fn: 'maxSustainableRps'; limit: number; durationMs: number }
  | { fn: 'lambdaMonthlyCost'; inputs: Record<string, number | string | boolean> }
  | { fn: 'ec2MonthlyCost'; inputs: Record<string, number | string | boolean> }
  | { fn: 'crossoverRps'; inputs: Record<string, number | string | boolean>; against: 'ec2' | 'fargate' }
  | { fn: 'secondsToScale'; environments: number; scaling: 'current' | 'legacy' }
  | { fn: 'admittedInBurst'; ratePerSecond: number; burst: number; requests: number; quietSeconds: number }
  | { fn: 'webSocketMonthlyCost'; connections: number; hoursPerDay: number; messages: number; messageKb: number }
  | { fn: 'dnsFailoverSeconds'; checkIntervalSeconds: number; failureThreshold: number; dnsTtlSeconds: number };

export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  answer: number;
  unit: string;
  tolerance: Tolerance;
  compute: NumericCompute;
  /** The worked solution, one step per line. */
  solution: string[];
}

/** Items listed in the right order; the quiz shuffles them for display. */
export interface OrderingItem {
  id: string;
  text: string;
  /** Why it sits at this place in the order. */
  explanation: string;
}

export interface OrderingQuestion extends QuestionBase {
  kind: 'ordering';
  items: OrderingItem[];
}

export const simulatorIds = ['littles-law', 'cold-start', 'concurrency', 'cost'] as const;
export type QuizSimulatorId = (typeof simulatorIds)[number];

export type ScenarioParams = Record<string, number | string>;

/**
 * A simulator option is right when the simulator's `after / before` ratio for the metric falls
 * in its band (min inclusive, max exclusive). The test runs the engine and checks that the
 * ratio lands in the band of the right option and in no other.
 */
export interface SimulatorOption extends ChoiceOption {
  band: { min?: number; max?: number };
}

export interface SimulatorQuestion extends QuestionBase {
  kind: 'simulator';
  simulator: QuizSimulatorId;
  /** The starting scenario, as the simulator's URL parameters. */
  scenario: ScenarioParams;
  /** The parameters the learner changes, with their new values. */
  change: ScenarioParams;
  /** Which result to watch (one of the simulator's metric ids in lib/quiz/simulators.ts). */
  metric: string;
  /** What the simulator shows before and after the change (recomputed by a test). */
  observed: { before: number; after: number };
  options: SimulatorOption[];
}

export type Question =
  | SingleChoiceQuestion
  | MultiSelectQuestion
  | FitQuestion
  | NumericQuestion
  | OrderingQuestion
  | SimulatorQuestion;

export interface Topic {
  id: string;
  label: string;
  /** One line: what the topic covers, shown beside its mastery. */
  summary: string;
}

/** What a learner gave as an answer, one shape per kind. */
export type QuizResponse =
  | { kind: 'single' | 'simulator'; choice: string }
  | { kind: 'multi'; choices: string[] }
  | { kind: 'fit'; verdicts: Record<string, FitVerdict> }
  | { kind: 'numeric'; value: number }
  | { kind: 'ordering'; order: string[] };

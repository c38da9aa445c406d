import { z } from 'zod';
import { difficulties, simulatorIds, type Question, type Topic } from './types';

/**
 * The question bank's schema, checked when the site builds (the quiz page validates the bank
 * on the server) and in the tests. It enforces what makes a question teach: a lesson section
 * to read, exactly one right answer where one is expected, and a reason for every choice.
 * Browser code imports only the types (types.ts), never this module, so zod stays out of it.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
/** A reason worth reading: a sentence, not "Wrong." */
const explanation = z.string().trim().min(40, 'explain in at least a sentence (40 characters)');
const text = z.string().trim().min(2);

const base = {
  id,
  topic: id,
  difficulty: z.enum(difficulties),
  lesson: z.object({ lesson: id, section: id }).strict(),
  prompt: z.string().trim().min(15),
};

const choiceOption = z.object({ id, text, correct: z.boolean(), explanation }).strict();

const uniqueIds = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;
const uniqueExplanations = (items: { explanation: string }[]) => new Set(items.map((i) => i.explanation.trim())).size === items.length;
const distinct = { message: 'options need distinct ids and distinct explanations' };
const rightCount = (options: { correct: boolean }[]) => options.filter((o) => o.correct).length;
const oneRight = { message: 'a single-choice question has exactly one right answer' };
const isDistinct = (items: { id: string; explanation: string }[]) => uniqueIds(items) && uniqueExplanations(items);

const single = z
  .object({ ...base, kind: z.literal('single'), options: z.array(choiceOption).min(3).max(6) })
  .strict()
  .refine((q) => rightCount(q.options) === 1, oneRight)
  .refine((q) => isDistinct(q.options), distinct);

const multi = z
  .object({ ...base, kind: z.literal('multi'), options: z.array(choiceOption).min(3).max(7) })
  .strict()
  .refine((q) => rightCount(q.options) >= 2 && rightCount(q.options) < q.options.length, {
    message: 'a multiple-select question has at least two right answers and at least one wrong one',
  })
  .refine((q) => isDistinct(q.options), distinct);

const fitScenario = z.object({ id, text, verdict: z.enum(['fit', 'poor']), explanation }).strict();
const fit = z
  .object({ ...base, kind: z.literal('fit'), scenarios: z.array(fitScenario).min(3).max(8) })
  .strict()
  .refine((q) => q.scenarios.some((s) => s.verdict === 'fit') && q.scenarios.some((s) => s.verdict === 'poor'), {
    message: 'sort at least one good fit and one poor fit',
  })
  .refine((q) => isDistinct(q.scenarios), distinct);

const scalar = z.union([z.number(), z.string(), z.boolean()]);
const costInputs = z.record(z.string(), scalar);
const compute = z.discriminatedUnion('fn', [
  z.object({ fn: z.literal('requiredConcurrency'), rps: z.number().positive(), durationMs: z.number().positive() }).strict(),
  z.object({ fn: z.literal('maxSustainableRps'), limit: z.number().positive(), durationMs: z.number().positive() }).strict(),
  z.object({ fn: z.literal('lambdaMonthlyCost'), inputs: costInputs }).strict(),
  z.object({ fn: z.literal('ec2MonthlyCost'), inputs: costInputs }).strict(),
  z.object({ fn: z.literal('crossoverRps'), inputs: costInputs, against: z.enum(['ec2', 'fargate']) }).strict(),
  z.object({ fn: z.literal('secondsToScale'), environments: z.number().int().positive(), scaling: z.enum(['current', 'legacy']) }).strict(),
  z
    .object({ fn: z.literal('admittedInBurst'), ratePerSecond: z.number().positive(), burst: z.number().positive(), requests: z.number().int().positive(), quietSeconds: z.number().nonnegative() })
    .strict(),
  z
    .object({ fn: z.literal('webSocketMonthlyCost'), connections: z.number().nonnegative(), hoursPerDay: z.number().min(0).max(24), messages: z.number().nonnegative(), messageKb: z.number().positive() })
    .strict(),
  z
    .object({ fn: z.literal('dnsFailoverSeconds'), checkIntervalSeconds: z.number().positive(), failureThreshold: z.number().int().positive(), dnsTtlSeconds: z.number().nonnegative() })
    .strict(),
]);
const tolerance = z.union([z.object({ relative: z.number().positive().max(0.5) }).strict(), z.object({ absolute: z.number().positive() }).strict()]);

const numeric = z
  .object({
    ...base,
    kind: z.literal('numeric'),
    answer: z.number().finite(),
    unit: z.string().trim().min(1),
    tolerance,
    compute,
    solution: z.array(z.string().trim().min(10)).min(2),
  })
  .strict();

const orderingItem = z.object({ id, text, explanation }).strict();
const ordering = z
  .object({ ...base, kind: z.literal('ordering'), items: z.array(orderingItem).min(3).max(8) })
  .strict()
  .refine((q) => isDistinct(q.items), distinct);

const params = z.record(z.string(), z.union([z.number().finite(), z.string()]));
const band = z
  .object({ min: z.number().nonnegative().optional(), max: z.number().positive().optional() })
  .strict()
  .refine((b) => b.min !== undefined || b.max !== undefined, { message: 'a band needs a min or a max' })
  .refine((b) => b.min === undefined || b.max === undefined || b.min < b.max, { message: 'a band needs min < max' });
const simulatorOption = z.object({ id, text, correct: z.boolean(), explanation, band }).strict();
const simulator = z
  .object({
    ...base,
    kind: z.literal('simulator'),
    simulator: z.enum(simulatorIds),
    scenario: params,
    change: params.refine((c) => Object.keys(c).length > 0, { message: 'a simulator question changes at least one parameter' }),
    metric: id,
    observed: z.object({ before: z.number().finite().positive(), after: z.number().finite().nonnegative() }).strict(),
    options: z.array(simulatorOption).min(3).max(5),
  })
  .strict()
  .refine((q) => rightCount(q.options) === 1, oneRight)
  .refine((q) => isDistinct(q.options), distinct);

export const questionSchema = z.union([single, multi, fit, numeric, ordering, simulator]);

/** A lesson as the bank needs it: its slug and the ids of its headings. */
export interface LessonAnchors {
  slug: string;
  sectionIds: readonly string[];
}

export interface BankProblem {
  questionId: string;
  message: string;
}

/** Kind-specific check first, so an error names the real problem instead of "no union member matched". */
function shapeProblems(q: unknown): string[] {
  const kind = (q as { kind?: unknown })?.kind;
  const byKind = { single, multi, fit, numeric, ordering, simulator } as const;
  const schema = typeof kind === 'string' && kind in byKind ? byKind[kind as keyof typeof byKind] : undefined;
  if (!schema) return [`unknown kind ${JSON.stringify(kind)}`];
  const parsed = schema.safeParse(q);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(question)'}: ${i.message}`);
}

/**
 * Every problem in the bank, each naming its question: shape, unique ids, known topics, and a
 * lesson section that exists. Empty means the bank is valid.
 */
export function bankProblems(questions: readonly unknown[], topics: readonly Topic[], lessons: readonly LessonAnchors[]): BankProblem[] {
  const problems: BankProblem[] = [];
  const seen = new Set<string>();
  const topicIds = new Set(topics.map((t) => t.id));
  const lessonBySlug = new Map(lessons.map((l) => [l.slug, l]));
  questions.forEach((raw, index) => {
    const q = raw as Partial<Question>;
    const questionId = typeof q?.id === 'string' ? q.id : `#${index}`;
    const add = (message: string) => problems.push({ questionId, message });
    shapeProblems(raw).forEach(add);
    if (seen.has(questionId)) add('the id is used by another question');
    seen.add(questionId);
    if (typeof q.topic === 'string' && !topicIds.has(q.topic)) add(`unknown topic "${q.topic}"`);
    const link = q.lesson;
    if (link && typeof link.lesson === 'string') {
      const lesson = lessonBySlug.get(link.lesson);
      if (!lesson) add(`links to /lessons/${link.lesson}, which does not exist`);
      else if (!lesson.sectionIds.includes(link.section)) add(`links to /lessons/${link.lesson}#${link.section}, a section that does not exist`);
    }
  });
  return problems;
}

/** Throws with every problem listed: used at build time so a bad bank cannot ship. */
export function assertValidBank(questions: readonly unknown[], topics: readonly Topic[], lessons: readonly LessonAnchors[]): void {
  const problems = bankProblems(questions, topics, lessons);
  if (problems.length > 0) {
    throw new Error(`The quiz bank has ${problems.length} problem(s):\n  ${problems.map((p) => `${p.questionId}: ${p.message}`).join('\n  ')}`);
  }
}

import type { DrillRecord, DrillTopicResult } from './storage';

/** One answered question in a round. */
export interface RoundAnswer {
  id: string;
  correct: boolean;
}

export interface RoundSummary {
  asked: number;
  answered: number;
  correct: number;
  /** Per topic, in the order topics first appeared in the round. */
  byTopic: { topic: string; asked: number; correct: number }[];
  missed: string[];
  /** Questions the round reached the end (or ran out of time) without answering. */
  unanswered: string[];
}

/**
 * A round's result: the score, the score per topic, and what was missed. Questions left
 * unanswered (the drill's timer ran out) count as asked but not right.
 */
export function summariseRound(ids: readonly string[], answers: readonly RoundAnswer[], topicOf: (id: string) => string): RoundSummary {
  const byId = new Map(answers.map((a) => [a.id, a.correct]));
  const topics = new Map<string, DrillTopicResult>();
  for (const id of ids) {
    const t = topicOf(id);
    const entry = topics.get(t) ?? { asked: 0, correct: 0 };
    entry.asked++;
    if (byId.get(id) === true) entry.correct++;
    topics.set(t, entry);
  }
  return {
    asked: ids.length,
    answered: ids.filter((id) => byId.has(id)).length,
    correct: ids.filter((id) => byId.get(id) === true).length,
    byTopic: [...topics].map(([topic, r]) => ({ topic, ...r })),
    missed: ids.filter((id) => byId.get(id) === false),
    unanswered: ids.filter((id) => !byId.has(id)),
  };
}

export function drillRecordOf(summary: RoundSummary, at: number): DrillRecord {
  return {
    at,
    asked: summary.asked,
    correct: summary.correct,
    byTopic: Object.fromEntries(summary.byTopic.map((t) => [t.topic, { asked: t.asked, correct: t.correct }])),
  };
}

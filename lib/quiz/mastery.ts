import { isDue, isMistake, type QuestionRecord } from './repetition';

/**
 * Mastery per topic: how much of a topic's question bank a learner has shown they know.
 * A question counts in full once it has been answered right on two spaced occasions (it has
 * reached box 3), half after its first right answer, and not at all while unseen or while its
 * latest answer was wrong. A topic's mastery is the average over all of its questions, so it
 * grows by covering the topic, not by answering one easy question many times.
 */
export function questionCredit(record: QuestionRecord | undefined): number {
  if (!record || !record.lastCorrect) return 0;
  return record.box >= 3 ? 1 : 0.5;
}

export interface TopicMastery {
  topic: string;
  /** Questions in the bank for this topic. */
  total: number;
  /** Questions answered at least once. */
  answered: number;
  /** Questions whose latest answer was wrong. */
  mistakes: number;
  /** Questions answered before and due for another look now. */
  due: number;
  /** 0 to 100, whole percent. */
  percent: number;
}

export type Records = Readonly<Record<string, QuestionRecord | undefined>>;

export function topicMastery(topic: string, questionIds: readonly string[], records: Records, now: number): TopicMastery {
  let credit = 0;
  let answered = 0;
  let mistakes = 0;
  let due = 0;
  for (const id of questionIds) {
    const r = records[id];
    credit += questionCredit(r);
    if (r) {
      answered++;
      if (isMistake(r)) mistakes++;
      if (isDue(r, now)) due++;
    }
  }
  const total = questionIds.length;
  return { topic, total, answered, mistakes, due, percent: total === 0 ? 0 : Math.round((100 * credit) / total) };
}

/** Mastery for every topic, in the order given. */
export function masteryByTopic(questionIdsByTopic: readonly { topic: string; questionIds: readonly string[] }[], records: Records, now: number): TopicMastery[] {
  return questionIdsByTopic.map(({ topic, questionIds }) => topicMastery(topic, questionIds, records, now));
}

/**
 * The topics to read again: those with mistakes first (most mistakes first), then those started
 * but least mastered. Topics never started are left out: they need reading, not re-reading.
 */
export function topicsToRevisit(mastery: readonly TopicMastery[], limit = 3): TopicMastery[] {
  return mastery
    .filter((m) => m.answered > 0 && (m.mistakes > 0 || m.percent < 50))
    .sort((a, b) => b.mistakes - a.mistakes || a.percent - b.percent)
    .slice(0, limit);
}

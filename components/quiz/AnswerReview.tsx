import { formatNumber } from '@/lib/format';
import { acceptedRange } from '@/lib/quiz/grade';
import { displayOrder } from '@/lib/quiz/display';
import type { ChoiceOption, Question, QuizResponse } from '@/lib/quiz/types';
import { verdictLabels } from './answers/FitInput';
import { InlineText } from './InlineText';
import { SimulatorObserved } from './SimulatorScenario';
import styles from './Quiz.module.css';


function Marks({ right, chosen, rightLabel = 'Right answer', chosenLabel = 'Your answer' }: { right: boolean; chosen: boolean; rightLabel?: string; chosenLabel?: string }) {
  return (
    <span className={styles.marks}>
      {right ? <span className={`${styles.mark} ${styles.right}`}>✓ {rightLabel}</span> : null}
      {chosen ? <span className={`${styles.mark} ${right ? styles.right : styles.wrong}`}>{right ? '' : '✗ '}{chosenLabel}</span> : null}
    </span>
  );
}

function ChoiceReview({ questionId, options, chosen }: { questionId: string; options: readonly ChoiceOption[]; chosen: readonly string[] }) {
  return (
    <ul className={styles.answered}>
      {displayOrder(options, questionId).map((o) => {
        const picked = chosen.includes(o.id);
        return (
          <li key={o.id} className={o.correct ? styles.isRight : picked ? styles.isWrong : undefined} data-testid="quiz-option-review">
            <div className={styles.answerHead}>
              <InlineText text={o.text} />
              <Marks right={o.correct} chosen={picked} />
            </div>
            <p>
              <InlineText text={o.explanation} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Every part of the question with its reason, marked against what the learner answered. */
export function AnswerReview({ question: q, response: r }: { question: Question; response: QuizResponse }) {
  switch (q.kind) {
    case 'single':
    case 'multi':
      return <ChoiceReview questionId={q.id} options={q.options} chosen={r.kind === 'multi' ? r.choices : 'choice' in r ? [r.choice] : []} />;
    case 'simulator':
      return (
        <>
          <SimulatorObserved question={q} />
          <ChoiceReview questionId={q.id} options={q.options} chosen={'choice' in r ? [r.choice] : []} />
        </>
      );
    case 'fit':
      return (
        <ul className={styles.answered}>
          {displayOrder(q.scenarios, q.id).map((s) => {
            const said = r.kind === 'fit' ? r.verdicts[s.id] : undefined;
            return (
              <li key={s.id} className={said === s.verdict ? styles.isRight : styles.isWrong} data-testid="quiz-option-review">
                <div className={styles.answerHead}>
                  <InlineText text={s.text} />
                  <span className={styles.marks}>
                    <span className={`${styles.mark} ${styles.right}`}>✓ {verdictLabels[s.verdict]}</span>
                    {said && said !== s.verdict ? <span className={`${styles.mark} ${styles.wrong}`}>✗ You said {verdictLabels[said].toLowerCase()}</span> : null}
                  </span>
                </div>
                <p>
                  <InlineText text={s.explanation} />
                </p>
              </li>
            );
          })}
        </ul>
      );
    case 'numeric': {
      const { low, high } = acceptedRange(q.answer, q.tolerance);
      return (
        <>
          <p>
            The answer is <strong>{formatNumber(q.answer, 4)} {q.unit}</strong>
            {r.kind === 'numeric' ? `; you said ${formatNumber(r.value, 4)}` : ''}. Anything from {formatNumber(low, 4)} to {formatNumber(high, 4)} counts.
          </p>
          <p className={styles.answerHead}>Worked solution</p>
          <ol className={styles.solution}>
            {q.solution.map((step) => (
              <li key={step}>
                <InlineText text={step} />
              </li>
            ))}
          </ol>
        </>
      );
    }
    case 'ordering': {
      const given = r.kind === 'ordering' ? r.order : [];
      return (
        <>
          <p className={styles.answerHead}>The right order</p>
          <ol className={styles.answered}>
            {q.items.map((item, i) => {
              const placed = given.indexOf(item.id);
              return (
                <li key={item.id} className={placed === i ? styles.isRight : styles.isWrong} data-testid="quiz-option-review">
                  <div className={styles.answerHead}>
                    {i + 1}. <InlineText text={item.text} />
                    <span className={styles.marks}>
                      {placed === i ? <span className={`${styles.mark} ${styles.right}`}>✓ In place</span> : <span className={`${styles.mark} ${styles.wrong}`}>✗ You put it at {placed + 1}</span>}
                    </span>
                  </div>
                  <p>
                    <InlineText text={item.explanation} />
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      );
    }
  }
}

import styles from './Diagram.module.css';

/**
 * A narrow, top-to-bottom flow of boxes joined by arrows: the shape several lessons need (layers a
 * request passes through, a chain of services). Drawn 360 units wide with text of 13.5 units and
 * more, so on a 360 px phone the text renders at 12 px or larger without scrolling sideways.
 */
export interface FlowStep {
  name: string;
  /** Up to three short lines under the name. */
  detail?: string[];
  /** How the box is drawn: a client or outside party, a managed service, a function, a store. */
  kind: 'outside' | 'service' | 'function' | 'store';
  /** The label on the arrow leading into the next box. */
  then?: string;
}

interface VerticalFlowProps {
  id: string;
  title: string;
  desc: string;
  steps: FlowStep[];
}

const WIDTH = 360;
const LINE = 18;
const GAP = 46;

const boxClass: Record<FlowStep['kind'], string | undefined> = {
  outside: styles.flowOutside,
  service: styles.flowService,
  function: styles.flowFunction,
  store: styles.flowStore,
};

export function VerticalFlow({ id, title, desc, steps }: VerticalFlowProps) {
  const heights = steps.map((s) => 34 + LINE * (s.detail?.length ?? 0));
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((sum, h) => sum + h + GAP, 8));
  const total = tops[tops.length - 1]! + heights[heights.length - 1]! + 8;
  const arrow = `url(#${id}-arrow)`;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${total}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className={`${styles.diagram} ${styles.narrow}`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
      {steps.map((step, i) => {
        const top = tops[i]!;
        const bottom = top + heights[i]!;
        return (
          <g key={step.name}>
            <rect x="8" y={top} width={WIDTH - 16} height={heights[i]} rx="8" className={boxClass[step.kind]} />
            <text x={WIDTH / 2} y={top + 23} textAnchor="middle" className={styles.flowName}>{step.name}</text>
            {step.detail?.map((line, j) => (
              <text key={line} x={WIDTH / 2} y={top + 23 + LINE * (j + 1)} textAnchor="middle" className={styles.flowDetail}>{line}</text>
            ))}
            {i < steps.length - 1 && (
              <>
                <line x1={WIDTH / 2} y1={bottom + 2} x2={WIDTH / 2} y2={bottom + GAP - 3} className={styles.arrow} markerEnd={arrow} />
                {step.then && <text x={WIDTH / 2 + 10} y={bottom + GAP / 2 + 5} className={styles.flowThen}>{step.then}</text>}
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

import styles from './Diagram.module.css';

interface Segment {
  x: number;
  w: number;
  lines: string[];
  kind: 'platform' | 'init' | 'handler';
}

const cold: Segment[] = [
  { x: 140, w: 168, lines: ['New environment,', 'code downloaded'], kind: 'platform' },
  { x: 308, w: 106, lines: ['Runtime', 'starts'], kind: 'platform' },
  { x: 414, w: 120, lines: ['Your init code', '(imports, clients)'], kind: 'init' },
  { x: 534, w: 100, lines: ['Handler'], kind: 'handler' },
];
const warm: Segment[] = [{ x: 140, w: 100, lines: ['Handler'], kind: 'handler' }];

function Bar({ segments, y }: { segments: Segment[]; y: number }) {
  return (
    <g>
      {segments.map((s) => (
        <g key={s.lines[0]}>
          <rect
            x={s.x}
            y={y}
            width={s.w}
            height="48"
            className={
              s.kind === 'platform'
                ? styles.coldWarmTimelinePlatform
                : s.kind === 'init'
                  ? styles.coldWarmTimelineInit
                  : styles.coldWarmTimelineHandler
            }
          />
          {s.lines.map((line, i) => (
            <text
              key={line}
              x={s.x + s.w / 2}
              y={y + (s.lines.length === 1 ? 29 : 21 + i * 17)}
              textAnchor="middle"
              className={i === 0 ? styles.label : styles.coldWarmTimelineSmall}
            >
              {line}
            </text>
          ))}
        </g>
      ))}
    </g>
  );
}

/**
 * A cold request next to a warm one on the same time axis: the cold one waits for a new
 * environment, the runtime and the init code before its handler runs. Drawn as SVG with a text
 * alternative; the widths are illustrative, not to scale.
 */
export function ColdWarmTimelineDiagram() {
  return (
    <svg viewBox="0 0 760 300" role="img" aria-labelledby="cold-warm-timeline-title cold-warm-timeline-desc" className={styles.diagram}>
      <title id="cold-warm-timeline-title">A cold request and a warm request on the same timeline</title>
      <desc id="cold-warm-timeline-desc">
        Two bars start at the moment an event arrives. The cold request passes through four stages before it can respond: the
        platform creates a new execution environment and downloads the code, starts the language runtime, runs your initialisation
        code such as imports and SDK clients, and only then runs the handler. The first three stages together are the INIT phase,
        the cold start. The warm request finds a frozen environment, thaws it, and runs the handler at once, so it responds far
        sooner. Platform stages are drawn with dashed outlines and your own code with solid outlines. Widths are illustrative, not to
        scale.
      </desc>

      <text x="10" y="76" className={styles.coldWarmTimelineStrong}>Cold request</text>
      <text x="10" y="94" className={styles.coldWarmTimelineSmall}>no idle environment</text>
      <path d="M140 44 V36 H534 V44" className={styles.coldWarmTimelineBracket} />
      <text x="337" y="28" textAnchor="middle" className={styles.coldWarmTimelineSmall}>INIT phase: the cold start</text>
      <Bar segments={cold} y={52} />
      <line x1="634" y1="46" x2="634" y2="106" className={styles.coldWarmTimelineMark} />
      <text x="642" y="82" className={styles.label}>response</text>

      <text x="10" y="160" className={styles.coldWarmTimelineStrong}>Warm request</text>
      <text x="10" y="178" className={styles.coldWarmTimelineSmall}>environment thawed</text>
      <Bar segments={warm} y={136} />
      <line x1="240" y1="130" x2="240" y2="190" className={styles.coldWarmTimelineMark} />
      <text x="248" y="166" className={styles.label}>response: no INIT to wait for</text>

      <line x1="140" y1="214" x2="740" y2="214" className={styles.arrow} markerEnd="url(#cold-warm-timeline-arrow)" />
      <line x1="140" y1="40" x2="140" y2="220" className={styles.coldWarmTimelineMark} />
      <text x="140" y="236" textAnchor="middle" className={styles.coldWarmTimelineSmall}>event arrives</text>
      <text x="740" y="236" textAnchor="end" className={styles.coldWarmTimelineSmall}>time (not to scale)</text>

      <rect x="140" y="260" width="28" height="18" className={styles.coldWarmTimelinePlatform} />
      <text x="176" y="274" className={styles.coldWarmTimelineSmall}>dashed: the platform&apos;s work</text>
      <rect x="370" y="260" width="28" height="18" className={styles.coldWarmTimelineInit} />
      <text x="406" y="274" className={styles.coldWarmTimelineSmall}>solid: your code</text>

      <defs>
        <marker id="cold-warm-timeline-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
    </svg>
  );
}

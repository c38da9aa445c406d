import { formatCompact, formatCount } from '@/lib/format';
import type { ReactNode } from 'react';
import type { ConcurrencyChartPoint, ConcurrencyResult } from '@/lib/sim/concurrency';
import { couldRun, GRID_CELLS } from './flow-moment';
import { type Box, type FlowLayout } from './layout';
import styles from './Flow.module.css';

/** Short enough for a box: 555, 1.2K, 157.4K. */
const compact = (x: number) => (x < 1000 ? formatCount(x) : formatCompact(x));

function Node({ box, title, lines, tone, children }: { box: Box; title: string; lines: string[]; tone?: 'danger' | 'muted'; children?: ReactNode }) {
  return (
    <g>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} className={`${styles.node} ${tone ? styles[tone] : ''}`} />
      {children}
      <text x={box.x + 8} y={box.y + 18} className={styles.nodeTitle}>
        {title}
      </text>
      {lines.map((line, i) => (
        <text key={line} x={box.x + 8} y={box.y + 36 + i * 16} className={styles.nodeText}>
          {line}
        </text>
      ))}
    </g>
  );
}

type CellState = 'busy' | 'idle' | 'startable' | 'blocked';

/** Each square stands for `unit` environments: busy, idle and warm, could start now, or not yet. */
function cellStates(p: ConcurrencyChartPoint, unit: number): CellState[] {
  const busy = Math.ceil(p.concurrency / unit);
  const started = Math.ceil(p.environments / unit);
  const allowed = Math.ceil(couldRun(p) / unit);
  return Array.from({ length: GRID_CELLS }, (_, i) => (i < busy ? 'busy' : i < started ? 'idle' : i < allowed ? 'startable' : 'blocked'));
}

interface Props {
  layout: FlowLayout;
  point: ConcurrencyChartPoint;
  result: ConcurrencyResult;
  unit: number;
  queueTop: number;
  children?: ReactNode;
}

/** The still picture of one moment: callers, queue, environments and database, with their numbers. */
export function FlowDiagram({ layout: l, point: p, result, unit, queueTop, children }: Props) {
  const { input } = result;
  const queued = input.mode !== 'sync';
  const cells = cellStates(p, unit);
  const fill = Math.min(1, p.queueDepth / Math.max(1, queueTop));
  const dbShare = input.dbconn > 0 ? Math.min(1, p.dbConnections / input.dbconn) : 0;
  const bar = { x: l.database.x + 8, y: l.database.y + l.database.h - 22, w: l.database.w - 16, h: 12 };
  return (
    <svg viewBox={`0 0 ${l.width} ${l.height}`} className={styles.svg} aria-hidden="true" focusable="false">
      <Node box={l.callers} title="Callers" lines={[`${compact(p.offeredRps)}/s`]} />
      {queued ? (
        <Node box={l.queue} title={input.mode === 'sqs' ? 'SQS queue' : 'Event queue'} lines={[`${compact(p.queueDepth)} waiting`, p.oldestAgeS >= 1 ? `oldest ${formatCount(p.oldestAgeS)} s` : '']}>
          <rect x={l.queue.x + 1} y={l.queue.y + l.queue.h * (1 - fill)} width={l.queue.w - 2} height={l.queue.h * fill} rx={5} className={styles.queueFill} />
        </Node>
      ) : null}
      {queued ? (
        <Node box={l.aside} title="Dead-letter queue" lines={[`${compact(p.dlqPerS)}/s`]} tone={p.dlqPerS > 0 ? 'danger' : 'muted'} />
      ) : (
        <Node box={l.aside} title="Throttled (429)" lines={[`${compact(p.throttledPerS)}/s`]} tone={p.throttledPerS > 0 ? 'danger' : 'muted'} />
      )}
      <text x={l.grid.x} y={l.grid.y - 4} className={styles.nodeTitle}>
        Environments (■ = {formatCount(unit)})
      </text>
      {cells.map((state, i) => {
        const col = i % l.grid.columns;
        const row = Math.floor(i / l.grid.columns);
        const step = l.grid.cell + l.grid.gap;
        return <rect key={i} x={l.grid.x + col * step} y={l.grid.y + row * step} width={l.grid.cell} height={l.grid.cell} rx={3} className={styles[state]} />;
      })}
      {input.dbconn > 0 ? (
        <Node box={l.database} title="Database" lines={[`${formatCount(p.dbConnections)} of ${formatCount(input.dbconn)} connections`]}>
          <rect {...{ x: bar.x, y: bar.y, width: bar.w, height: bar.h }} rx={3} className={styles.barTrack} />
          <rect {...{ x: bar.x, y: bar.y, width: bar.w * dbShare, height: bar.h }} rx={3} className={styles.barFill} />
        </Node>
      ) : (
        <Node box={l.database} title="No database" lines={['dbconn = 0']} tone="muted" />
      )}
      <Node box={l.refused} title="Calls refused" lines={[input.dbconn > 0 ? `${compact(p.dbErrorsPerS)}/s` : '—']} tone={p.dbErrorsPerS > 0 ? 'danger' : 'muted'} />
      {children}
    </svg>
  );
}

'use client';

import { formatDuration } from '@/lib/format';
import { memo, useId, useMemo, type ReactNode } from 'react';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import { arrivalStrip, timeTicks } from '@/lib/sim/cold-start-charts';
import { chartHeight, laneShapes, laneTop, plotWidth, stripBase, stripShapes, type LaneLayout } from './geometry';
import styles from '../ColdStart.module.css';

interface Props {
  result: ColdStartResult;
  /** Seconds of the run shown: all of it, or its start. */
  spanSec: number;
  layout: LaneLayout;
  lanesShown: number;
  /** For the animation: the clip that reveals the run up to the playhead, given its id. */
  renderClip?: (clipId: string, height: number) => ReactNode;
  /** Drawn on top (the playhead). */
  overlay?: ReactNode;
}

/** Hatching for INIT, so a cold start reads as different from serving without relying on colour. */
export function LanePatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-init`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" className={styles.hatchBack} />
        <line x1="1" y1="0" x2="1" y2="5" className={styles.hatchLine} />
      </pattern>
    </defs>
  );
}

/**
 * One lane per execution environment across the window: hatched while it starts (a cold start),
 * solid while it serves, a dashed line while it idles, a cross where it is reclaimed. Above the
 * lanes, requests arriving (bars) and the slices with a cold start (triangles).
 */
function LaneChartImpl({ result, spanSec, layout, lanesShown, renderClip, overlay }: Props) {
  const uid = useId().replace(/:/g, '');
  const shapes = useMemo(() => laneShapes(result.fleet.lanes.slice(0, lanesShown), spanSec, layout), [result, spanSec, lanesShown, layout]);
  const height = chartHeight(layout, shapes.length);
  const strip = useMemo(() => {
    const bins = Math.max(20, Math.min(240, Math.floor(plotWidth(layout) / 4)));
    return stripShapes(arrivalStrip(result.requests.arrivalSec, result.requests.cold, spanSec, bins), layout);
  }, [result, spanSec, layout]);
  const x = (t: number) => layout.left + (t / spanSec) * plotWidth(layout);
  const axisY = laneTop(layout, shapes.length) + 2;
  const clipId = `${uid}-reveal`;

  const drawing = (
    <>
      <path d={strip.bars} className={styles.arrivals} />
      <path d={strip.colds} className={styles.coldMark} />
      {shapes.map((s) => (
        <g key={s.id}>
          <path d={s.idle} className={styles.idle} />
          <path d={s.busy} className={styles.busy} />
          <path d={s.init} fill={`url(#${uid}-init)`} className={styles.init} />
          {s.reclaimX === null ? null : <path d={`M${s.reclaimX - 4} ${s.y + 1}l8 ${layout.laneHeight - 2}m0 ${-(layout.laneHeight - 2)}l-8 ${layout.laneHeight - 2}`} className={styles.reclaim} />}
        </g>
      ))}
    </>
  );

  return (
    <svg width={layout.width} height={height} className={styles.lanesSvg} aria-hidden="true" data-testid="lanes-svg">
      <LanePatterns id={uid} />
      {renderClip ? <clipPath id={clipId}>{renderClip(clipId, height)}</clipPath> : null}
      <text x={layout.left - 6} y={stripBase(layout) - 4} textAnchor="end" className={styles.laneLabel}>
        Req.
      </text>
      {shapes.map((s) => (
        <text key={s.id} x={layout.left - 6} y={s.y + layout.laneHeight - 2} textAnchor="end" className={styles.laneLabel}>
          {s.label}
        </text>
      ))}
      {timeTicks(spanSec, layout.width < 520 ? 4 : 7).map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={layout.head + 4} y2={axisY} className={styles.grid} />
          <text x={x(t)} y={axisY + 14} textAnchor={t === 0 ? 'start' : t >= spanSec ? 'end' : 'middle'} className={styles.tick}>
            {formatDuration(t)}
          </text>
        </g>
      ))}
      {renderClip ? (
        <>
          <g className={styles.ghost}>{drawing}</g>
          <g clipPath={`url(#${clipId})`}>{drawing}</g>
        </>
      ) : (
        drawing
      )}
      {overlay}
    </svg>
  );
}

export const LaneChart = memo(LaneChartImpl);

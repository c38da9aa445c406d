import { GRID_CELLS, type Fate } from './flow-moment';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Point {
  x: number;
  y: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  callers: Box;
  /** The queue (async, SQS) or nothing (sync). */
  queue: Box;
  /** Throttled requests (sync) or the dead-letter queue (async, SQS). */
  aside: Box;
  grid: { x: number; y: number; cell: number; gap: number; columns: number };
  database: Box;
  refused: Box;
}

const COLUMNS = Math.sqrt(GRID_CELLS);

/** Left to right on a wide screen; top to bottom on a phone, so the labels stay readable. */
export function flowLayout(shape: 'wide' | 'tall'): FlowLayout {
  if (shape === 'wide') {
    return {
      width: 720,
      height: 250,
      callers: { x: 8, y: 95, w: 96, h: 64 },
      queue: { x: 134, y: 70, w: 128, h: 100 },
      aside: { x: 134, y: 186, w: 128, h: 56 },
      grid: { x: 296, y: 16, cell: 20, gap: 2, columns: COLUMNS },
      database: { x: 548, y: 70, w: 164, h: 100 },
      refused: { x: 548, y: 186, w: 164, h: 56 },
    };
  }
  return {
    width: 280,
    height: 560,
    callers: { x: 8, y: 6, w: 264, h: 44 },
    queue: { x: 8, y: 62, w: 264, h: 58 },
    aside: { x: 8, y: 130, w: 264, h: 44 },
    grid: { x: 31, y: 196, cell: 20, gap: 2, columns: COLUMNS },
    database: { x: 8, y: 430, w: 264, h: 66 },
    refused: { x: 8, y: 506, w: 264, h: 48 },
  };
}

export const centre = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

export function gridBox(l: FlowLayout): Box {
  const side = l.grid.columns * (l.grid.cell + l.grid.gap) - l.grid.gap;
  return { x: l.grid.x, y: l.grid.y, w: side, h: side };
}

/**
 * The path a dot takes for each fate. Sync requests go from the callers straight to an
 * environment (or bounce into the throttled box); with a queue they go into the queue, and
 * dispatches leave it for an environment. Database calls continue to the database; refused ones
 * drop into the refused box; dead-lettered events leave the queue for the DLQ.
 */
export function fatePath(l: FlowLayout, fate: Fate, queued: boolean, database: boolean, jitter: number): Point[] {
  const grid = centre(gridBox(l));
  const wobble = (p: Point): Point => (l.width > l.height ? { x: p.x, y: p.y + jitter * 40 } : { x: p.x + jitter * 60, y: p.y });
  const start = queued ? centre(l.queue) : centre(l.callers);
  switch (fate) {
    case 'queued':
      return [centre(l.callers), centre(l.queue)];
    case 'throttled':
      return [centre(l.callers), centre(l.aside)];
    case 'dlq':
      return [centre(l.queue), centre(l.aside)];
    case 'failed':
      return [start, wobble(grid), centre(l.database), centre(l.refused)];
    case 'served':
      return database ? [start, wobble(grid), centre(l.database)] : [start, wobble(grid)];
  }
}

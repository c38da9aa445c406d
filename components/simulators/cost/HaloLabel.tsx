/**
 * A chart label that stays legible where it crosses a line: the text is drawn over a stroke of the
 * background colour (paint-order), the way maps label roads.
 */
interface ViewBox {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export function haloLabel(text: string, dx: number, dy: number, anchor: 'start' | 'middle' | 'end', fontSize = 12) {
  function HaloLabel({ viewBox }: { viewBox?: ViewBox }) {
    const cx = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2;
    const cy = (viewBox?.y ?? 0) + (viewBox?.height ?? 0) / 2;
    return (
      <text x={cx + dx} y={cy + dy} textAnchor={anchor} fill="var(--text)" stroke="var(--bg)" strokeWidth={4} paintOrder="stroke" fontSize={fontSize} fontWeight={600}>
        {text}
      </text>
    );
  }
  return HaloLabel;
}

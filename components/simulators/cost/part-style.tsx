import type { BillPart } from '@/lib/pricing';

/**
 * How each part of a bill is filled: a colour and a texture (solid, stripes, dots), so no two
 * parts differ by colour alone. Hourly charges (instances, provisioned concurrency) share a
 * colour on purpose: both are paid for whether requests come or not.
 */
export const PART_STYLE: Record<BillPart, { colour: string; texture: 'solid' | 'stripes' | 'dots' }> = {
  requests: { colour: 'var(--chart-1)', texture: 'solid' },
  duration: { colour: 'var(--chart-3)', texture: 'solid' },
  init: { colour: 'var(--chart-3)', texture: 'stripes' },
  provisionedDuration: { colour: 'var(--chart-3)', texture: 'dots' },
  ephemeralStorage: { colour: 'var(--chart-4)', texture: 'stripes' },
  frontDoor: { colour: 'var(--chart-4)', texture: 'solid' },
  provisionedConcurrency: { colour: 'var(--chart-2)', texture: 'stripes' },
  instances: { colour: 'var(--chart-2)', texture: 'solid' },
};

/** SVG patterns for the textured parts; `prefix` keeps ids unique when two charts share a page. */
export function PartPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {Object.entries(PART_STYLE).map(([part, { colour, texture }]) =>
        texture === 'solid' ? null : (
          <pattern key={part} id={`${prefix}-${part}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={texture === 'stripes' ? 'rotate(45)' : undefined}>
            <rect width="8" height="8" fill="var(--bg)" />
            {texture === 'stripes' ? <rect width="4" height="8" fill={colour} /> : <circle cx="4" cy="4" r="2.4" fill={colour} />}
          </pattern>
        ),
      )}
    </defs>
  );
}

export function partFill(prefix: string, part: BillPart): string {
  const style = PART_STYLE[part];
  return style.texture === 'solid' ? style.colour : `url(#${prefix}-${part})`;
}

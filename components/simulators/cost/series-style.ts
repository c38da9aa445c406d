import type { CostOption } from '@/lib/pricing';

/**
 * How each option is drawn, the same in every chart and legend: a colour AND a dash pattern, so
 * the lines stay apart in greyscale, on a projector and for colour-blind readers.
 */
export const SERIES_STYLE: Record<CostOption, { name: string; stroke: string; strokeWidth: number; strokeDasharray?: string }> = {
  lambda: { name: 'Lambda', stroke: 'var(--chart-1)', strokeWidth: 3 },
  ec2: { name: 'EC2 fleet', stroke: 'var(--chart-2)', strokeWidth: 2.5, strokeDasharray: '10 5' },
  fargate: { name: 'Fargate', stroke: 'var(--chart-4)', strokeWidth: 2.5, strokeDasharray: '2 5' },
};

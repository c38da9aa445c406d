import { facts, type FactId } from '@/lib/data/facts';

/** A figure as the lessons quote it ("15 minutes"), so a question never restates a limit by hand. */
export const fact = (id: FactId): string => facts[id].text;

import { facts, isFactId } from '@/lib/data/facts';

/**
 * A figure quoted from the course's data modules, never typed into a lesson by hand:
 * `<Fact id="lambda.maxTimeout" />` prints "15 minutes". An unknown id fails the build.
 */
export function Fact({ id }: { id: string }) {
  if (!isFactId(id)) throw new Error(`<Fact id="${id}">: no such fact in lib/data/facts.ts`);
  const { fact, text } = facts[id];
  return (
    <span data-fact={id} data-as-of={fact.asOf}>
      {text}
    </span>
  );
}

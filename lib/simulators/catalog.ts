import { coldStartScenario } from '../sim/cold-start/scenario';
import { concurrencyScenario } from '../sim/concurrency/scenario';
import { costScenario } from '../sim/cost/scenario';
import { littlesLawScenario } from '../sim/littles-law/scenario';
import type { AnyScenario } from './scenario';

/**
 * THE ONE REGISTRY of simulators. Everything else is derived from this list: the /simulators
 * pages and their routes, the lists on the home page, the lazily loaded views (by folder name,
 * components/simulators/<id>/), the lesson embeds, the quiz's simulator questions and their
 * marking, and the tests. To add a simulator, see components/simulators/README.md.
 *
 * This module imports every model, so only server code, tests and workers import it; browser
 * code gets what it needs from it through props (a client component importing it would ship
 * every simulator's model to every page).
 */
export interface SimulatorEntry<S extends AnyScenario = AnyScenario> {
  /** The scenario's id: the route /simulators/<id> and the view's folder. */
  id: S['id'];
  /** The scenario's title. */
  title: string;
  /** One sentence: what a learner sees and changes (the simulator lists and the page's description). */
  summary: string;
  /** The lesson that teaches what the simulator shows (its slug). */
  lessonSlug: string;
  scenario: S;
}

function entry<const S extends AnyScenario>(scenario: S, about: { summary: string; lessonSlug: string }): SimulatorEntry<S> {
  return { id: scenario.id, title: scenario.title, ...about, scenario };
}

export const simulatorCatalog = [
  entry(littlesLawScenario, {
    summary:
      'Set a request rate and a handler duration and see how many execution environments must run at once, and what a concurrency limit turns away.',
    lessonSlug: 'what-is-serverless',
  }),
  entry(coldStartScenario, {
    summary:
      'Choose a runtime, a traffic pattern and a way to keep environments warm, then watch execution environments start, serve, idle and vanish, and see what that does to p99.',
    lessonSlug: 'cold-starts',
  }),
  entry(concurrencyScenario, {
    summary:
      'Send a traffic spike at one function and watch the scaling rate, the concurrency limits, throttles, queues and a database with a fixed number of connections decide what is served, what waits and what fails.',
    lessonSlug: 'concurrency-and-scaling',
  }),
  entry(costScenario, {
    summary:
      'Put in a workload and see, to the cent, what Lambda, an EC2 fleet and Fargate would cost a month, where the lines cross, and how traffic shape, memory and duration move the answer.',
    lessonSlug: 'cost-model',
  }),
] as const;

/** The id of a simulator in the catalog: the type the quiz and lesson embeds name simulators by. */
export type SimulatorId = (typeof simulatorCatalog)[number]['id'];

export const simulatorIds: readonly SimulatorId[] = simulatorCatalog.map((e) => e.id);

export function isSimulatorId(id: string): id is SimulatorId {
  return (simulatorIds as readonly string[]).includes(id);
}

export function findSimulator(id: string): SimulatorEntry | undefined {
  return simulatorCatalog.find((s) => s.id === id);
}

/** The simulator with this id, or an error that lists the ids there are. */
export function simulatorById(id: string): SimulatorEntry {
  const found = findSimulator(id);
  if (!found) throw new Error(`There is no simulator "${id}" (lib/simulators/catalog.ts has ${simulatorIds.join(', ')})`);
  return found;
}

/**
 * The simulators the course has, as data: the home page, the /simulators pages and the lesson
 * embeds all read this list. The interactive code for each lives in components/simulators/<id>/
 * and is loaded only on pages that show it.
 */
export interface SimulatorEntry {
  id: string;
  title: string;
  /** One sentence: what a learner sees and changes. */
  summary: string;
  /** The lesson that teaches what the simulator shows (its slug). */
  lessonSlug: string;
}

export const simulatorCatalog = [
  {
    id: 'littles-law',
    title: "Little's law: how many environments?",
    summary:
      'Set a request rate and a handler duration and see how many execution environments must run at once, and what a concurrency limit turns away.',
    lessonSlug: 'what-is-serverless',
  },
  {
    id: 'cold-start',
    title: 'Cold starts under real traffic',
    summary:
      'Choose a runtime, a traffic pattern and a way to keep environments warm, then watch execution environments start, serve, idle and vanish, and see what that does to p99.',
    lessonSlug: 'cold-starts',
  },
  {
    id: 'concurrency',
    title: 'Concurrency and scaling: a spike meets the limits',
    summary:
      'Send a traffic spike at one function and watch the scaling rate, the concurrency limits, throttles, queues and a database with a fixed number of connections decide what is served, what waits and what fails.',
    lessonSlug: 'concurrency-and-scaling',
  },
  {
    id: 'cost',
    title: 'Cost explorer: Lambda against servers and containers',
    summary:
      'Put in a workload and see, to the cent, what Lambda, an EC2 fleet and Fargate would cost a month, where the lines cross, and how traffic shape, memory and duration move the answer.',
    lessonSlug: 'cost-model',
  },
] as const satisfies readonly SimulatorEntry[];

export type SimulatorId = (typeof simulatorCatalog)[number]['id'];

export function findSimulator(id: string): SimulatorEntry | undefined {
  return simulatorCatalog.find((s) => s.id === id);
}

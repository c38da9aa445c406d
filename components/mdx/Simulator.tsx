import { SimulatorFrame } from '@/components/simulator/SimulatorFrame';

/**
 * `<Simulator id="littles-law" preset="flash-sale" />` in a lesson. The id must be in
 * lib/simulators/catalog.ts; the preset is the scenario shown until the reader changes it.
 */
export function Simulator({ id, preset }: { id: string; preset?: string }) {
  return <SimulatorFrame id={id} preset={preset} />;
}

import type { ComponentType } from 'react';
import type { ShellProps } from './SimulatorShell';

const loading = new Map<string, Promise<ComponentType<ShellProps>>>();

/**
 * The view of the simulator with this catalog id: the default export of
 * components/simulators/<id>/index.tsx, found by its folder name, so a new simulator needs no line
 * here. The bundler makes each folder a chunk of its own, fetched only when a page shows that
 * simulator: lesson pages without one ship no charting or animation code, and no page ships the
 * catalog. The id was checked against the catalog on the server (SimulatorFrame). A failed load is
 * forgotten, so asking again retries it.
 */
export function loadSimulatorView(id: string): Promise<ComponentType<ShellProps>> {
  let view = loading.get(id);
  if (!view) {
    view = import(`@/components/simulators/${id}/index.tsx`).then((m: { default: ComponentType<ShellProps> }) => m.default);
    view.catch(() => loading.delete(id));
    loading.set(id, view);
  }
  return view;
}

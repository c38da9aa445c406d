'use client';

import { simulatorLoaders } from './loaders';
import type { ShellProps } from './SimulatorShell';

/** Picks the lazily loaded simulator for an id; the frame around it is drawn on the server. */
export function SimulatorSlot({ id, ...props }: ShellProps & { id: string }) {
  const Loaded = simulatorLoaders[id];
  if (!Loaded) return <p role="alert">There is no simulator called “{id}”.</p>;
  return <Loaded {...props} />;
}

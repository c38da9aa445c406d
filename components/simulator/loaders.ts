'use client';

import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import { SimulatorPlaceholder } from './SimulatorPlaceholder';
import type { ShellProps } from './SimulatorShell';

/**
 * One lazily loaded module per simulator. Each is a separate chunk that the browser fetches only
 * when a page shows that simulator, so lesson pages without one ship no charting or animation
 * code. `ssr: false` because a simulator's state comes from the URL, which only the browser has.
 */
export const simulatorLoaders: Record<string, ComponentType<ShellProps>> = {
  'littles-law': dynamic(() => import('@/components/simulators/littles-law'), { ssr: false, loading: SimulatorPlaceholder }),
  concurrency: dynamic(() => import('@/components/simulators/concurrency'), { ssr: false, loading: SimulatorPlaceholder }),
  cost: dynamic(() => import('@/components/simulators/cost'), { ssr: false, loading: SimulatorPlaceholder }),
  'cold-start': dynamic(() => import('@/components/simulators/cold-start'), { ssr: false, loading: SimulatorPlaceholder }),
};

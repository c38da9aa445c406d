'use client';

import dynamic from 'next/dynamic';
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CostResult } from '@/lib/sim/cost/result';
import type { PanelProps } from './panel-props';
import { useNearViewport } from './useNearViewport';
import styles from './Cost.module.css';

function PanelLoading() {
  return <div className={styles.panelLoading} aria-hidden="true" />;
}

// Each chart is its own chunk (with the charting library), fetched when its tab is first shown
// and the panel is near the viewport, so the figures and the verdict never wait for chart code.
const TrafficPanel = dynamic<PanelProps>(() => import('./TrafficPanel'), { ssr: false, loading: PanelLoading });
const BreakdownPanel = dynamic<PanelProps>(() => import('./BreakdownPanel'), { ssr: false, loading: PanelLoading });
const TuningPanel = dynamic<PanelProps>(() => import('./TuningPanel'), { ssr: false, loading: PanelLoading });

const TABS = [
  { id: 'traffic', label: 'Cost against traffic', Panel: TrafficPanel },
  { id: 'breakdown', label: 'Bill breakdown', Panel: BreakdownPanel },
  { id: 'tuning', label: 'Memory tuning', Panel: TuningPanel },
] as const;

/**
 * The three charts as tabs (the ARIA tabs pattern: arrow keys, Home and End move between tabs),
 * with only the chosen chart drawn, so a slider move redraws one chart, not three.
 */
export function ChartTabs({ result, presenting }: { result: CostResult; presenting: boolean }) {
  const base = useId();
  const [selected, setSelected] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const panelRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(panelRef);
  // While a slider is dragged the figures follow at once and the chart redraws when React has
  // time, so a slow phone never waits for the chart to take the next value.
  const shown = useDeferredValue(result);
  const choose = (i: number) => {
    setSelected(i);
    tabRefs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = TABS.length - 1;
    const next = { ArrowRight: selected === last ? 0 : selected + 1, ArrowLeft: selected === 0 ? last : selected - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    choose(next);
  };
  const { Panel } = TABS[selected]!;
  // The same element while the deferred result is unchanged, so React skips redrawing the chart.
  const panel = useMemo(() => <Panel result={shown} presenting={presenting} />, [Panel, shown, presenting]);
  return (
    <div className={styles.tabs}>
      <div role="tablist" aria-label="Charts" className={styles.tabList} onKeyDown={onKeyDown}>
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-controls={`${base}-panel`}
            aria-selected={i === selected}
            tabIndex={i === selected ? 0 : -1}
            className={styles.tab}
            onClick={() => setSelected(i)}
            data-testid={`tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${TABS[selected]!.id}`} className={styles.tabPanel} data-testid={`panel-${TABS[selected]!.id}`} ref={panelRef}>
        {near ? panel : <PanelLoading />}
      </div>
    </div>
  );
}

'use client';

import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { concurrencyCurve } from '@/lib/sim/littles-law';
import { niceCeil } from '@/lib/sim/nice-scale';
import { formatNumber } from '@/lib/url-state';

interface Props {
  rps: number;
  durationMs: number;
  limit: number;
  requiredConcurrency: number;
  height: number;
}

/** Required concurrency as traffic grows, with the limit drawn as a dashed line (not colour alone). */
export function ConcurrencyChart({ rps, durationMs, limit, requiredConcurrency, height }: Props) {
  const maxRps = niceCeil(Math.max(rps * 1.5, (limit / (durationMs / 1000)) * 1.25));
  const data = concurrencyCurve(durationMs, maxRps);
  const yMax = niceCeil(Math.max(limit * 1.2, requiredConcurrency * 1.1));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 16, right: 24, bottom: 28, left: 12 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
        <XAxis
          dataKey="rps"
          type="number"
          domain={[0, maxRps]}
          tickFormatter={(v: number) => formatNumber(v, 0)}
          stroke="var(--text-muted)"
          label={{ value: 'Requests per second', position: 'insideBottom', offset: -16, fill: 'var(--text-muted)' }}
        />
        <YAxis
          type="number"
          domain={[0, yMax]}
          tickFormatter={(v: number) => formatNumber(v, 0)}
          stroke="var(--text-muted)"
          width={64}
          label={{ value: 'Environments', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)', style: { textAnchor: 'middle' } }}
        />
        <Tooltip
          formatter={(v) => [formatNumber(Number(v), 1), 'Environments needed']}
          labelFormatter={(v) => `${formatNumber(Number(v), 0)} requests/s`}
          contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)', color: 'var(--text)' }}
        />
        <Line type="linear" dataKey="concurrency" stroke="var(--chart-1)" strokeWidth={3} dot={false} isAnimationActive={false} name="Environments needed" />
        <ReferenceLine
          y={limit}
          stroke="var(--chart-2)"
          strokeWidth={2}
          strokeDasharray="8 5"
          label={{ value: `Limit: ${formatNumber(limit)}`, position: 'insideTopLeft', fill: 'var(--text)' }}
        />
        <ReferenceDot x={rps} y={requiredConcurrency} r={7} fill="var(--chart-1)" stroke="var(--bg)" strokeWidth={2} label={{ value: 'You are here', position: 'top', fill: 'var(--text)' }} />
      </LineChart>
    </ResponsiveContainer>
  );
}

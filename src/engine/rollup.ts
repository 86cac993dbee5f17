/** An indicator's status for the chosen period, and counts per goal including descendants. */
import type { IndicatorAnalysis } from './results/types';
import type { GoalGraph } from './redthread/types';
import type { Period, Status } from './types';
import { periodMonth } from './periods';

export type Counted = 'green' | 'yellow' | 'red' | 'missing';

/**
 * The status an indicator has at the chosen period: the latest evaluated result at or before the
 * period (by months covered). `missing` when no result has a colour yet.
 */
export function indicatorStatus(ia: IndicatorAnalysis, period: Period): Counted {
  const limit = periodMonth(period);
  let best: { m: number; status: Status } | null = null;
  for (const ev of ia.results) {
    if (ev.status === 'none') continue;
    const m = periodMonth(ev.period);
    if (m > limit) continue;
    if (!best || m >= best.m) best = { m, status: ev.status };
  }
  return best && best.status !== 'none' ? best.status : 'missing';
}

export interface GoalCounts {
  green: number;
  yellow: number;
  red: number;
  missing: number;
}

/** Counts per goal node over its own and its descendants' indicators (each indicator once). */
export function goalCounts(graph: GoalGraph, indicators: IndicatorAnalysis[], period: Period): GoalCounts[] {
  const statuses = indicators.map((ia) => indicatorStatus(ia, period));
  const memo = new Map<number, Set<number>>();
  const collect = (n: number, seen: Set<number>): Set<number> => {
    const cached = memo.get(n);
    if (cached) return cached;
    const out = new Set<number>();
    if (seen.has(n)) return out; // cycles are reported elsewhere; do not loop
    seen.add(n);
    const node = graph.nodes[n];
    for (const i of node.indicators) out.add(i);
    for (const c of node.children) for (const i of collect(c, seen)) out.add(i);
    seen.delete(n);
    memo.set(n, out);
    return out;
  };
  return graph.nodes.map((node) => {
    const counts: GoalCounts = { green: 0, yellow: 0, red: 0, missing: 0 };
    for (const i of collect(node.index, new Set())) counts[statuses[i]]++;
    return counts;
  });
}

/**
 * Counts for the chosen period: each indicator's status by the one period rule
 * (results/current.ts), per goal including the goals below it, the whole workbook's counts the
 * task pane shows, and each goal's assessment in words (SPEC §6).
 */
import type { IndicatorAnalysis } from './results/types';
import type { GoalGraph } from './redthread/types';

export type Counted = 'green' | 'yellow' | 'red' | 'missing';

/** The status an indicator has at the chosen period: its current result's, else without result. */
export function indicatorStatus(ia: IndicatorAnalysis): Counted {
  const s = ia.current?.status;
  return s === 'green' || s === 'yellow' || s === 'red' ? s : 'missing';
}

export interface GoalCounts {
  green: number;
  yellow: number;
  red: number;
  missing: number;
}

/** Counts over a set of indicators (the pane's totals: every indicator of the workbook). */
export function countStatuses(indicators: readonly IndicatorAnalysis[]): GoalCounts {
  const counts: GoalCounts = { green: 0, yellow: 0, red: 0, missing: 0 };
  for (const ia of indicators) counts[indicatorStatus(ia)]++;
  return counts;
}

/**
 * Counts per goal node over its own and its descendants' indicators (each indicator once). Each
 * goal walks the goals below it on its own: inside a cycle (reported elsewhere) a goal counts every
 * goal it reaches, whichever goal is counted first.
 */
export function goalCounts(graph: GoalGraph, indicators: IndicatorAnalysis[]): GoalCounts[] {
  const statuses = indicators.map(indicatorStatus);
  // Which goal last counted each indicator: a plan's goals hold tens of thousands of indicators,
  // and a mark per indicator counts each once without a set per goal.
  const countedBy = new Int32Array(indicators.length).fill(-1);
  return graph.nodes.map((node) => {
    const seen = new Set([node.index]);
    const stack = [node.index];
    const counts: GoalCounts = { green: 0, yellow: 0, red: 0, missing: 0 };
    while (stack.length) {
      const n = graph.nodes[stack.pop()!];
      const own = n.indicators;
      for (let k = 0; k < own.length; k++) {
        const i = own[k];
        if (countedBy[i] === node.index) continue;
        countedBy[i] = node.index;
        counts[statuses[i]]++;
      }
      for (const c of n.children) {
        if (seen.has(c)) continue;
        seen.add(c);
        stack.push(c);
      }
    }
    return counts;
  });
}

export type Assessment = 'met' | 'partly' | 'not-met' | 'not-assessed';

/**
 * A goal's assessment from its counts (SPEC §6): Uppfyllt when every assessed indicator is green,
 * Ej uppfyllt when more than half of them are red, Delvis uppfyllt otherwise, Ej bedömd when none
 * has a result yet. Red-thread gaps are reported beside it, never folded in.
 */
export function assessGoal(c: GoalCounts): Assessment {
  const assessed = c.green + c.yellow + c.red;
  if (assessed === 0) return 'not-assessed';
  if (c.green === assessed) return 'met';
  if (c.red * 2 > assessed) return 'not-met';
  return 'partly';
}

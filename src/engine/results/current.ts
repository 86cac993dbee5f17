/**
 * The one period rule (SPEC §6): an indicator's status at the chosen period is that of its latest
 * result that is due by then — the same due periods `result.missing` reports. A due result that is
 * missing (or cannot be read) makes the indicator "without result"; a result written for a period
 * that is not due does not count. The JSON report, the pane, the Sammanställning sheet and the
 * colours of combined cells all read the status from here.
 */
import type { Period } from '../types';
import { PERIODS } from '../types';
import { periodMonth } from '../periods';
import type { ResultEvaluation } from './types';

/** The latest due evaluation, or null when nothing is due yet (or due but has no place to be written). */
export function currentResult(results: readonly ResultEvaluation[], due: readonly Period[], chosen: Period): ResultEvaluation | null {
  let best: ResultEvaluation | null = null;
  for (const ev of results) {
    if (!due.includes(ev.period)) continue; // a handful of periods: no Set per indicator
    if (!best || later(ev, best, chosen)) best = ev;
  }
  return best;
}

/** Is `a` the later result? Periods ending in the same month (År and december) tie-break below. */
function later(a: ResultEvaluation, b: ResultEvaluation, chosen: Period): boolean {
  const ma = periodMonth(a.period);
  const mb = periodMonth(b.period);
  // Stryker disable next-line EqualityOperator: ma ≠ mb here, so > and ≥ agree.
  if (ma !== mb) return ma > mb;
  // A missing or unreadable one among them settles it: the indicator is without result.
  const ua = a.status === 'none';
  const ub = b.status === 'none';
  if (ua !== ub) return ua;
  // Otherwise the chosen period itself, then the report period (År, T2 …) before the month.
  const rank = (p: Period) => (p === chosen ? -1 : PERIODS.indexOf(p));
  return rank(a.period) < rank(b.period);
}

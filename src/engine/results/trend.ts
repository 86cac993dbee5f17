/**
 * Direction-only indicators (SPEC §3): an Öka/Minska indicator without thresholds is coloured by
 * its trend against the previous value in its row — green when it moved the wanted way, yellow
 * when unchanged at the precision written, red when it moved the other way.
 *
 * The previous value of a result is the nearest earlier point of the row, in time order: earlier
 * years' results (history columns), then the baseline (`Nuläge`, today's value when the plan was
 * written), then this year's earlier periods. So `Nuläge · T2 · År` compares T2 with Nuläge and År
 * with T2, and `Utfall 2023 · Utfall 2024` compares 2024 with 2023.
 */
import type { Status, Period } from '../types';
import { periodMonth } from '../periods';
import { round } from '../thresholds/validate';

/** One value of the row with the precision it was written in. */
export interface Point {
  /** Time order key: year (0 for this year's plan baseline and periods), then month. */
  at: { year: number; month: number };
  value: number;
  decimals: number;
}

/** Time key of this year's period: after every earlier year and after the baseline. */
export const CURRENT_YEAR = Number.MAX_SAFE_INTEGER;

export function periodPoint(period: Period, value: number, decimals: number, year = CURRENT_YEAR): Point {
  return { at: { year, month: periodMonth(period) }, value, decimals };
}

/** The baseline sits between earlier years and this year's first period. */
export function baselinePoint(value: number, decimals: number): Point {
  return { at: { year: CURRENT_YEAR, month: 0 }, value, decimals };
}

const before = (a: Point['at'], b: Point['at']) => a.year < b.year || (a.year === b.year && a.month < b.month);

/** The nearest point strictly before `at`, or null. Linear in the row's points. */
export function previousPoint(at: Point['at'], points: readonly Point[]): Point | null {
  let best: Point | null = null;
  for (const p of points) {
    if (!before(p.at, at)) continue;
    if (!best || before(best.at, p.at)) best = p;
  }
  return best;
}

/** Trend colour: compared at the coarser of the two precisions written. */
export function trendStatus(want: 'higher' | 'lower', from: Point, to: Point): Exclude<Status, 'none'> {
  const d = Math.min(from.decimals, to.decimals);
  // 1 up, −1 down, 0 unchanged.
  const moved = Math.sign(round(to.value, d) - round(from.value, d));
  if (moved === 0) return 'yellow';
  return moved === (want === 'higher' ? 1 : -1) ? 'green' : 'red';
}

/** Traffic-light evaluation of each indicator's results (SPEC §3) and its status at the period (§6). */
import type { Indicator, ResultCell } from '../model';
import type { Direction, Period, Status } from '../types';
import type { Threshold, ThresholdIssue } from '../thresholds/types';
import type { ResultWhy } from './reason';

export interface ResultEvaluation {
  /** The cell evaluated (a combined `Resultat T1/T2/år` cell yields one evaluation per label). */
  result: ResultCell;
  period: Period;
  /** The value read (number, `Ja`/`Nej`, `3/12`, segments as `Htj 12; SÄBO 1,2`), null when empty. */
  value: number | string | null;
  status: Status;
  /** Why there is no status. `missing` only when the period is due. */
  problem?: 'missing' | 'unparseable' | 'segment-missing' | 'no-comparison';
  /** For `segment-missing`: the labels without a value. */
  missingSegments?: string[];
  /** What the colour (or its absence) rests on. */
  why?: ResultWhy;
  /** The reason in words in the analysis language (`84 ≥ 82 (Grön)`, `62 → 68, Öka → Grön`). */
  reason: string;
}

export interface IndicatorAnalysis {
  indicator: Indicator;
  /** `trend`: no thresholds but a direction (Öka/Minska): coloured by its trend (SPEC §3). */
  thresholdState: 'ok' | 'missing' | 'unparseable' | 'trend';
  threshold?: Threshold;
  /** Why parsing failed, for the message. */
  unparseableReason?: string;
  /** Read-only: rows with the same threshold text share one (frozen) list. */
  thresholdIssues: readonly ThresholdIssue[];
  /** The direction the report states: the threshold's, else the declared Öka/Minska. */
  direction: Direction | null;
  /** Evaluations of present results plus `missing` entries for due periods without a result. */
  results: ResultEvaluation[];
  /** Periods due under the chosen period and the frequency (read-only: shared by rows alike). */
  duePeriods: readonly Period[];
  /**
   * The one period rule (SPEC §6): the latest result due by the chosen period, or null when none
   * is due yet. Counts, the summary, the pane and the colours all read the status from here.
   */
  current: ResultEvaluation | null;
}

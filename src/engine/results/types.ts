/** Traffic-light evaluation of each indicator's results (SPEC §3). */
import type { Indicator, ResultCell } from '../model';
import type { Period, Status } from '../types';
import type { Threshold, ThresholdIssue } from '../thresholds/types';

export interface ResultEvaluation {
  /** The cell evaluated (a combined `Resultat T1/T2/år` cell yields one evaluation per label). */
  result: ResultCell;
  period: Period;
  /** The value read (number, `Ja`/`Nej`, `3/12`, segments as `Htj 12; SÄBO 1,2`), null when empty. */
  value: number | string | null;
  status: Status;
  /** Why there is no status. `missing` only when the period is due. */
  problem?: 'missing' | 'unparseable' | 'segment-missing';
  /** For `segment-missing`: the labels without a value. */
  missingSegments?: string[];
}

export interface IndicatorAnalysis {
  indicator: Indicator;
  thresholdState: 'ok' | 'missing' | 'unparseable';
  threshold?: Threshold;
  /** Why parsing failed, for the message. */
  unparseableReason?: string;
  thresholdIssues: ThresholdIssue[];
  /** Evaluations of present results plus `missing` entries for due periods without a result. */
  results: ResultEvaluation[];
  /** Periods due under the chosen period and the frequency. */
  duePeriods: Period[];
}

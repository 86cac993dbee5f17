/** Parsed thresholds (SPEC §3). Owned by the thresholds module; other modules read `direction`. */
import type { Direction, Status } from '../types';

/** One bound: `value` with `op` (≥, ≤, range). `decimals` = precision written (for gaps). */
export interface Bound {
  op: '>=' | '<=' | '>' | '<' | 'range' | '=';
  value: number;
  /** Upper end for `range`. */
  to?: number;
  decimals: number;
}

export interface Band {
  status: Exclude<Status, 'none'>;
  bound: Bound;
}

export type Threshold =
  | { direction: 'higher' | 'lower'; unit: '%' | ''; unitWord?: string; bands: Band[]; text: string }
  | { direction: 'yes-no'; yes: Exclude<Status, 'none'>; no: Exclude<Status, 'none'>; share?: { direction: 'higher'; unit: '%'; bands: Band[] }; text: string }
  | { direction: 'change'; unit: '%' | ''; unitWord?: string; bands: Band[]; text: string; better?: 'higher' | 'lower' }
  | { direction: 'rank'; bands: Band[]; text: string; better?: 'lower' }
  | { direction: 'segments'; segments: { label: string; threshold: NumericThreshold }[]; text: string };

export type ThresholdIssueKind = 'direction-conflict' | 'overlap' | 'gap' | 'no-yellow-band' | 'needs-baseline';

export interface ThresholdIssue {
  kind: ThresholdIssueKind;
  /** Values for the message (e.g. `{ from: 6.5, to: 7 }`). */
  params: Record<string, string | number>;
}

/** The numeric part of a threshold: bands over one measure, better side `direction`. */
export interface NumericThreshold {
  direction: 'higher' | 'lower';
  unit: '%' | '';
  /** A unit other than percent written after the numbers (`tkr`, `dagar`), for display. */
  unitWord?: string;
  bands: Band[];
}

export type ThresholdParse =
  | {
      ok: true;
      threshold: Threshold;
      issues: ThresholdIssue[];
      /** Today's status stated in the text (`Nuläge Röd`), not a band. */
      currentStatus?: Exclude<Status, 'none'>;
    }
  | { ok: false; reason: string };

export type { Direction };

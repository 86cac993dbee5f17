/** Parsed thresholds (SPEC §3). Owned by the thresholds module; other modules read `direction`. */
import type { Direction, Status } from '../types';

/** One bound: `value` with `op` (≥, ≤, range). `decimals` = precision written (for gaps). */
export interface Bound {
  op: '>=' | '<=' | '>' | '<' | 'range';
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
  | { direction: 'change'; unit: '%' | ''; unitWord?: string; bands: Band[]; text: string; better: 'higher' | 'lower' }
  | { direction: 'rank'; bands: Band[]; text: string; better: 'lower' }
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

/** Why a result got its colour under a threshold: what the reason in words is made from. */
export type Why =
  | { kind: 'number'; value: number; c: Classified; unit: '%' | ''; unitWord?: string }
  | { kind: 'answer'; yes: boolean }
  /** A change: from the baseline (`base`) to `value`, or a signed change written as such (`base` null). */
  | { kind: 'change'; base: number | null; value: number; change: number; c: Classified; unit: '%' | ''; unitWord?: string }
  /** A change that cannot be computed: no baseline, or a percent change from 0. */
  | { kind: 'change'; base: number | null; value: number; change: null; unit: '%' | ''; unitWord?: string }
  | { kind: 'rank'; shown: string; position: number; c: Classified }
  | { kind: 'segments'; parts: { label: string; value: number; c: Classified; unit: '%' | ''; unitWord?: string }[] };

/** How a number was classified: the band it fell in, or the band it is worse than (implied red). */
export interface Classified {
  status: Status;
  /** The number at the thresholds' precision, as compared. */
  rounded: number;
  /** The band the number fell in. */
  band?: Band;
  /** Worse than every band: the band whose edge it passed (its colour names the `…-gräns`). */
  beyond?: Band;
}

export type { Direction };

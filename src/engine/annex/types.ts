/** Annex tables: totals, SUM ranges, keys and units (SPEC §5). */
import type { Ref } from '../model';

export type AnnexIssueKind = 'total-mismatch' | 'total-rounding' | 'sum-range-incomplete' | 'duplicate-key' | 'unit-suspect';

export interface AnnexIssue {
  kind: AnnexIssueKind;
  at: Ref;
  params: Record<string, string | number>;
}

export interface AnnexTotal {
  row: number;
  label: string;
  /** Column → { stated, computed, rows summed }. */
  checks: { col: number; stated: number; computed: number; count: number }[];
  /** Rows covered by this total (0-based). */
  covers: number[];
}

export interface AnnexAnalysis {
  tableId: string;
  sheet: string;
  title: string | null;
  totals: AnnexTotal[];
  issues: AnnexIssue[];
}

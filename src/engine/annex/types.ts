/** Annex tables: totals, SUM ranges, keys and units (SPEC §5). */
import type { ColumnMap, Ref } from '../model';

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
  /**
   * How the cover was found: `block` = detail rows since the previous total; `nested` = the
   * remaining totals and loose rows before it; `implicit` = an unlabelled subtotal (a data row
   * equal to the sum of the totals just above it); `empty` = a total with nothing to check
   * against (no detail rows since the previous total).
   */
  reading: 'block' | 'nested' | 'implicit' | 'empty';
}

/** One numeric or text column of an annex, in sheet order. */
export interface AnnexColumn {
  col: number;
  role: ColumnMap['role'];
  header: string;
  unit?: ColumnMap['unit'];
  /** Holds amounts (summed by totals). */
  numeric: boolean;
}

/** A row of the annex as read, for the generated sheets. */
export interface AnnexRow {
  r: number;
  tableId: string;
  /** `subtotal` = a data row recognised as an unlabelled subtotal. */
  kind: 'data' | 'total' | 'subtotal' | 'header' | 'group';
  /** Label of a total / group row, or the block's category for a header row. */
  label: string | null;
  /** Text cells by column (key, name …), as written. */
  texts: Record<number, string>;
  /** Numeric cells by column; null when blank. */
  values: Record<number, number | null>;
}

/** A column that totals other columns of the same row (`Total Platser` = Utan inriktning + …). */
export interface AnnexRowTotal {
  col: number;
  components: number[];
}

/**
 * One annex: the annex tables of a sheet from one `Bilaga …` title to the next (a table broken
 * over pages may arrive as several tables; they are read as one).
 */
export interface AnnexAnalysis {
  tableId: string;
  /** Every table read as part of this annex (the first is `tableId`). */
  tableIds: string[];
  sheet: string;
  title: string | null;
  totals: AnnexTotal[];
  issues: AnnexIssue[];
  columns: AnnexColumn[];
  rows: AnnexRow[];
  rowTotals: AnnexRowTotal[];
  /** First header row (0-based) and its cells, for links. */
  headerRow: number;
}

/**
 * Plain-data contracts between the engine and its shells (Office adapter, ExcelJS adapter, CLI,
 * task pane). Nothing here knows about Office, React or files.
 */

export type Lang = 'sv' | 'en';
export type Status = 'green' | 'yellow' | 'red' | 'none';
export type Severity = 'error' | 'warning' | 'info';

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export type Month = (typeof MONTHS)[number];
/** Follow-up periods. T1 = 4 months (delårsrapport), T2 = 8 months (delårsbokslut), year = helår. */
export type Period = 'q1' | 't1' | 't2' | 'year' | Month;
export const PERIODS: readonly Period[] = ['q1', 't1', 't2', 'year', ...MONTHS];

// ---------------------------------------------------------------------------------------------
// Input: a workbook as plain data
// ---------------------------------------------------------------------------------------------

/** An Excel error value such as `#DIV/0!` or `#REF!`. */
export interface CellError {
  error: string;
}

/**
 * A cell's cached value. Dates arrive as ISO strings (`2025-10-31`), never as Date objects, so
 * that both adapters give the engine the same thing.
 */
export type CellValue = string | number | boolean | CellError | null;

export interface CellInput {
  /** Cached value; null for an empty cell or a formula without a cached value. */
  v: CellValue;
  /** Formula without the leading `=`, when the cell holds one. */
  f?: string;
  /** Number format code, e.g. `0%`, `# ##0`. Absent means General. */
  fmt?: string;
  /** Solid fill colour as ARGB (`FFC6EFCE`); absent means no fill. */
  fill?: string;
  /** Font colour as ARGB; absent means automatic. */
  font?: string;
}

export type RowInput = (CellInput | undefined)[];

export interface SheetInput {
  name: string;
  /** 0-based rows from row 1, each 0-based from column A. Sparse: missing rows/cells are empty. */
  rows: (RowInput | undefined)[];
  /** Merged ranges in A1 notation (`A3:A5`). Only the top-left cell carries the value. */
  merges?: string[];
  /** Excel Tables (ListObjects) on the sheet, used as-is. */
  listObjects?: { name: string; range: string }[];
}

export interface WorkbookInput {
  /** File name for messages (CLI) or workbook title (Excel). */
  fileName?: string;
  sheets: SheetInput[];
  /** Names of sheets Planark generated earlier (marked by the adapter); regenerated freely. */
  ownedSheets: string[];
  /** Column mappings the user confirmed or corrected, keyed by sheet and header row. */
  mappings?: MappingOverride[];
}

/** A user's correction of the detected mapping of one table. */
export interface MappingOverride {
  sheet: string;
  /** 0-based header row of the table. */
  headerRow: number;
  /** 0-based first column of the table, when tables stand side by side on that header row. */
  firstCol?: number;
  /** Table kind to use instead of the detected one. */
  kind?: string;
  /** Column (0-based) → role; a role of `ignore` drops the column. */
  columns: Record<number, string>;
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

export interface AnalyzeOptions {
  lang?: Lang;
  /** The period being followed up; decides which results are due. Default `year`. */
  period?: Period;
  /** Budget deviation thresholds as a user writes them. Default `Grön 0% Gul 0,5%`. */
  budgetThresholds?: string;
  /** Rounding tolerance per summed row in annex totals, in the column's unit. Default 0.5. */
  roundingPerRow?: number;
  /** Month (1–12) for utfall against periodised budget. Default: derived from `period`. */
  month?: number;
}

export interface ResolvedOptions {
  lang: Lang;
  period: Period;
  budgetThresholds: string;
  roundingPerRow: number;
  month: number;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

export interface Finding {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet. */
  cell: string;
  message: string;
}

/** Palette from SPEC §3: Excel's Good/Neutral/Bad styles and the red-thread gap colour. */
export const PALETTE = {
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
  yellow: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  gap: { fill: 'FFF8CBAD', font: undefined },
} as const;
export type PaletteKey = keyof typeof PALETTE;

/** Change one cell's fill (and font colour). `null` clears it back to no fill / automatic. */
export interface FillEdit {
  sheet: string;
  cell: string;
  fill: string | null;
  /** Font colour to set; `null` resets to automatic; `undefined` leaves the font alone. */
  font?: string | null;
}

/**
 * `report`: the report laid out for printing, made only on request (hosts that cannot download).
 * `kolada`: the values fetched from Kolada and their source, written by `planark kolada`/the pane.
 */
export type GeneratedSheetKind = 'summary' | 'redthread' | 'budget' | 'annexes' | 'report' | 'kolada';

export interface GenCell {
  /** Value; text is always written as text, never as a formula. */
  v: string | number | boolean | null;
  /** A formula we generate ourselves (without `=`), e.g. `SUM(C3:C9)`. Never user text. */
  formula?: string;
  /** Internal hyperlink to a cell. */
  link?: { sheet: string; cell: string };
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  font?: string;
  numFmt?: string;
  wrap?: boolean;
  /** Indent level (Excel's alignment indent, about three characters each). */
  indent?: number;
  /** Thin or medium rule above/below the cell. */
  border?: { top?: 'thin' | 'medium'; bottom?: 'thin' | 'medium' };
}

/** Print setup of a generated sheet. */
export interface PrintSetup {
  /** Print exactly the sheet's used range (a sheet-scoped `_xlnm.Print_Area` name). */
  area?: boolean;
  /** 0-based indices into `rows` where a new page starts (a manual break above that row). */
  rowBreaks?: number[];
  landscape?: boolean;
  /** Scale to one page wide (as many pages tall as needed). */
  fitToWidth?: boolean;
}

export interface GeneratedSheet {
  kind: GeneratedSheetKind;
  /** Final sheet name, already made free of clashes with users' sheets. */
  name: string;
  rows: GenCell[][];
  /** Column widths in characters. */
  colWidths?: number[];
  /** Rows to freeze at the top (header). */
  freezeRows?: number;
  /** Merged ranges in A1 notation (`A1:D1`); the value sits in the top-left cell. */
  merges?: string[];
  print?: PrintSetup;
}

/**
 * Set a cell's value in a user's sheet (a value typed in the preview's grid, a result fetched for
 * an empty cell). Text is written as text, never as a formula; `null` clears the value and keeps
 * the cell's formatting.
 */
export interface ValueEdit {
  sheet: string;
  cell: string;
  value: number | string | boolean | null;
}

export interface Edits {
  fills: FillEdit[];
  sheets: GeneratedSheet[];
  /** Values to set, applied after fills and sheets. */
  values?: ValueEdit[];
}

// JSON report (SPEC §8) -------------------------------------------------------------------------

export type Direction = 'higher' | 'lower' | 'yes-no' | 'change' | 'rank' | 'segments';

export interface ReportResult {
  cell: string;
  period: Period;
  value: number | string | null;
  status: Status;
  /** Why the status, in words a reader can check (`84 ≥ 82 (Grön)`, `62 → 68, Öka → Grön`). */
  reason: string;
}

export interface ReportIndicator {
  sheet: string;
  row: number;
  name: string;
  goal: string | null;
  direction: Direction | null;
  results: ReportResult[];
}

export interface ReportGoal {
  id: string | null;
  level: string | null;
  text: string;
  parent: string | null;
  counts: { green: number; yellow: number; red: number; missing: number };
  /** SPEC §6: Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömd; red-thread gaps are beside it. */
  assessment: 'met' | 'partly' | 'not-met' | 'not-assessed';
}

export interface ReportBudgetRow {
  sheet: string;
  row: number;
  key: string;
  budget: number;
  forecast: number;
  deviation: number;
  deviationShare: number | null;
  status: Status;
}

export interface ReportSheet {
  name: string;
  kind: string;
}

export interface FileReport {
  file: string;
  sheets: ReportSheet[];
  findings: Finding[];
  indicators: ReportIndicator[];
  goals: ReportGoal[];
  budget: ReportBudgetRow[];
}

export interface Report {
  version: 1;
  files: FileReport[];
}

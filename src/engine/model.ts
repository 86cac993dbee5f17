/**
 * What recognition (src/engine/recognize) makes of a workbook: tables with a column mapping, and
 * the plan entities read from them. Rows and columns are 0-based; `cell` fields are A1 addresses.
 */
import type { CellValue, Period } from './types';

export type TableKind = 'goals' | 'indicators' | 'activities' | 'risks' | 'budget' | 'annex';

/** What a column means. Recognition assigns one role per column at most. */
export type ColumnRole =
  // goals
  | 'goalId'
  | 'level'
  | 'goalText'
  | 'parent'
  // goal reference from indicators/activities/risks (`Mål` holding goal names)
  | 'goal'
  // grouping column above goals (målområde); filled down
  | 'area'
  // indicators
  | 'indicator'
  | 'threshold' // free-text thresholds (`Prestationer – det som ska mätas`)
  | 'green'
  | 'yellow'
  | 'red'
  | 'direction' // Öka/Minska (also `Mål` when it holds Öka/Minska)
  | 'baseline' // Nuläge
  | 'frequency' // Hur ofta det ska mätas, Uppföljning, Period
  | 'source' // Källa
  | 'result' // one period: see ColumnMap.period; or the combined `Resultat T1/T2/år`
  | 'koladaId' // the indicator's Kolada key figure (`Kolada-ID`, `KPI-id`); see src/engine/kolada
  // activities
  | 'activity'
  | 'involved' // Berörda
  | 'status'
  | 'deadline'
  | 'indicatorRef'
  // people
  | 'responsible' // Ansvarig, Ansvarig för genomförande
  | 'reporter' // Ansvarig för rapportering
  // risks
  | 'risk'
  | 'control' // Kontrollåtgärd
  // budget / annex
  | 'key' // Ansvar, kostnadsställe, konto
  | 'name' // Benämning, verksamhet, or the category header of an annex block (`Servicebostäder`)
  | 'lineType' // kostnad/intäkt
  | 'budget'
  | 'actual' // Utfall
  | 'forecast' // Prognos, helårsprognos
  | 'deviation' // Avvikelse
  | 'comment' // Kommentar, analys (or analys och åtgärd in one column)
  | 'action' // Åtgärd, åtgärdsplan: beside an analysis column, both must be filled (SPEC §4)
  | 'amount' // other numeric columns of annexes (Antal platser, Total Budget, category counts)
  | 'month'; // a month column of a budget (see ColumnMap.period)

export interface ColumnMap {
  col: number;
  role: ColumnRole;
  /** Header text as written. */
  header: string;
  /** For `result` and `month` columns: the period; `combined` for `Resultat T1/T2/år`. */
  period?: Period | 'combined';
  /** Unit the header states (`tkr`, `kr`, `%`), when it states one. */
  unit?: 'tkr' | 'kr' | 'mnkr' | '%';
  /** Year the header names (`Utfall 2024`, `Resultat T2 2024`). */
  year?: number;
  /** A result column of an earlier year than the table's latest: history for the trend (SPEC §2). */
  history?: boolean;
}

export type RowKind = 'data' | 'total' | 'group' | 'header';

export interface TableRow {
  /** 0-based sheet row. */
  r: number;
  kind: RowKind;
  /** For totals and group headings: the label text (`TOTAL BUDGET SÄRSKILT BOENDE`). */
  label?: string;
}

export interface RecognizedTable {
  /** Stable id: `${sheet}!${A1 of first header cell}`. */
  id: string;
  sheet: string;
  kind: TableKind;
  /** 0-based header rows: the first, then repeats after page breaks. */
  headerRows: number[];
  columns: ColumnMap[];
  /** 0-based first and last row (inclusive) covered by the table, headers included. */
  firstRow: number;
  lastRow: number;
  /** Every non-blank row of the table in order, headers (repeats) included as `header`. */
  rows: TableRow[];
  /** Title text found in the rows above the header (e.g. a goal heading, `Bilaga 3 …`). */
  title?: string;
  titleCell?: string;
  /** True when the mapping came from the user's stored override. */
  confirmed?: boolean;
  /** Excel Table name when the table is a ListObject. */
  listObject?: string;
}

export interface Ref {
  sheet: string;
  /** 0-based row. */
  r: number;
  /** 0-based column. */
  c: number;
}

export interface Goal {
  sheet: string;
  row: number; // 0-based
  /** Cell holding the goal text. */
  textRef: Ref;
  id: string | null;
  idRef?: Ref;
  /** Level as written (`Nämndmål`), or null when the table has no level column. */
  level: string | null;
  text: string;
  /** Parent links as written, split on `,`, `;` and line breaks. */
  parents: string[];
  parentRef?: Ref;
  /** Målområde / area the goal sits under, when the table has one. */
  area?: string;
  /** Analysis or comment written beside the goal (`Analys`, `Kommentar`), for the report. */
  analysis?: string | null;
  analysisRef?: Ref;
  /** Åtgärd / åtgärdsplan beside the goal, when the table has its own column. */
  action?: string | null;
}

export interface ResultCell {
  ref: Ref;
  period: Period | 'combined';
  /** Year the column's header names, when it names one. */
  year?: number;
  value: CellValue;
  /** Number format of the cell (percent formats compare in percent points). */
  fmt?: string;
  fill?: string;
  font?: string;
  /** The cell holds a formula. */
  formula?: boolean;
}

/** A value of an earlier year: not judged, only the previous value for the trend (SPEC §3). */
export interface HistoryCell {
  ref: Ref;
  year: number;
  period: Period;
  value: CellValue;
  fmt?: string;
}

export interface Indicator {
  sheet: string;
  row: number; // 0-based
  nameRef: Ref;
  name: string;
  /** Goal reference as written (own column, filled down, or the table's title). */
  goal: string | null;
  goalRef?: Ref;
  /** Where the goal came from. */
  goalSource?: 'column' | 'title';
  /** Free-text thresholds, or thresholds composed from Grön/Gul/Röd columns. */
  thresholdText: string | null;
  thresholdRef?: Ref;
  /** Separate Grön/Gul/Röd column texts when the table has them. */
  bandColumns?: { green?: string; yellow?: string; red?: string };
  /** Declared direction from an Öka/Minska column. */
  declaredDirection: 'higher' | 'lower' | null;
  directionRef?: Ref;
  /** Baseline (Nuläge) as written. */
  baseline: CellValue;
  baselineRef?: Ref;
  /** Number format of the baseline cell (a percent-formatted Nuläge compares in percent points). */
  baselineFmt?: string;
  /** Results of earlier years in the same row (`Utfall 2023` beside `Utfall 2024`), oldest first. */
  history?: HistoryCell[];
  frequency: string | null;
  frequencyRef?: Ref;
  responsible: string | null;
  responsibleRef?: Ref;
  reporter?: string | null;
  source?: string | null;
  results: ResultCell[];
  /** Analysis or comment written beside the indicator (`Analys`, `Kommentar`), for the report. */
  analysis?: string | null;
  analysisRef?: Ref;
  /** Åtgärd / åtgärdsplan beside the indicator, when the table has its own column. */
  action?: string | null;
  /** Where a missing result column would be reported (the row's last result cell or name). */
  tableId: string;
}

export interface Activity {
  sheet: string;
  row: number;
  textRef: Ref;
  text: string;
  goal: string | null;
  goalRef?: Ref;
  goalSource?: 'column' | 'title';
  responsible: string | null;
  responsibleRef?: Ref;
  involved?: string | null;
  status?: string | null;
  deadline?: string | null;
  indicatorRef?: string | null;
  tableId: string;
}

export interface Risk {
  sheet: string;
  row: number;
  textRef: Ref;
  text: string;
  control: string | null;
  activity?: string | null;
  responsible: string | null;
  responsibleRef?: Ref;
  tableId: string;
}

export interface PlanModel {
  tables: RecognizedTable[];
  goals: Goal[];
  indicators: Indicator[];
  activities: Activity[];
  risks: Risk[];
  /** Tables whose goal could not be found (no goal column, no title): one finding per table. */
  tablesWithoutGoal: { tableId: string; sheet: string; cell: string; kind: 'indicators' | 'activities' }[];
}

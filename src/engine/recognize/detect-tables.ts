/**
 * Finds tables on one sheet by their header rows (SPEC §2): several tables per sheet, headers
 * repeated after page breaks joined to their table, annex blocks (`Chefer · Total budget 2024`)
 * joined as block headers, Excel Tables used as-is, user-confirmed mappings applied; headers over
 * two rows and tables side by side are read in layouts.ts.
 */
import { a1, fold, parseRange } from '../cells';
import type { ColumnMap, ColumnRole, RecognizedTable, RowKind, TableKind, TableRow } from '../model';
import type { MappingOverride, Period, SheetInput } from '../types';
import { PERIODS } from '../types';
import { HeaderMemo, matchHeader, readDirectionWord, headerUnit, type HeaderMatch } from './headers';
import { allTextCells, cellText, countCells, firstText, isCodeLike, isNumberLike, MergeMap, presentIndices, rowCells, sameHeaderText, type RowCell } from './grid';
import { readPeriodLabel } from '../periods';
import { decideKind } from './kinds';
import { bodyAhead, inCols, splitSideBySide, WHOLE_ROW, withinCols, withSubHeader } from './layouts';

/** A header row as read: its cells and what each names. */
export interface HeaderInfo {
  r: number;
  cells: RowCell[];
  matches: Map<number, HeaderMatch>;
  /** The second row of a two-row header (`T1 · T2 · År` under a merged `Utfall`). */
  subRow?: number;
}

/** A detected table with what build-model needs beyond the contract type. */
export interface DetectedTable {
  table: RecognizedTable;
  /** Goal heading found in the title rows above (`Mål 1: Målet är att …`). */
  goalTitle?: { text: string; r: number; c: number };
}

const TABLE_KINDS: readonly TableKind[] = ['goals', 'indicators', 'activities', 'risks', 'budget', 'annex'];
const ROLES: ReadonlySet<string> = new Set<ColumnRole>([
  'goalId', 'level', 'goalText', 'parent', 'goal', 'area', 'indicator', 'threshold', 'green', 'yellow', 'red', 'direction',
  'baseline', 'frequency', 'source', 'result', 'activity', 'involved', 'status', 'deadline', 'indicatorRef', 'responsible',
  'reporter', 'risk', 'control', 'key', 'name', 'lineType', 'budget', 'actual', 'forecast', 'deviation', 'comment', 'action',
  'amount', 'month', 'koladaId',
]);

/** `Mål 1: …`, `Nämndmål 2 – …`, `Goal 3. …`: a heading naming a goal. */
const GOAL_HEADING = /^(mal|malet|goal|namndmal|verksamhetsmal|enhetsmal|fullmaktigemal|kf mal|objective)\s*\d+\s*[:.)–-]/;
/** Enumerated labels (`1. Andel …`, `a) Kartlägga …`) are entries, never group headings. */
const ENUMERATED = /^(\d{1,3}[.)]|[a-zåäö]\))\s+\S/i;
const TOTAL_LABEL = /^(summa|totalt?|sum|grand total)(\s|$|:)/;

export function isGoalHeading(text: string): boolean {
  return GOAL_HEADING.test(fold(text));
}

/** Reads a row as a header row, or null when it is none. */
export function readHeaderRow(sheet: SheetInput, r: number, cells = rowCells(sheet, r), memo = new HeaderMemo()): HeaderInfo | null {
  if (cells.length < 2) return null;
  // Header labels are text; a number in the row makes it data (annex data rows carry amounts).
  if (cells.some((x) => typeof x.v !== 'string')) return null;
  if (!enoughHeaders(cells, memo)) return null;
  const matches = new Map<number, HeaderMatch>();
  for (const x of cells) {
    const m = memo.match(x.text);
    if (m) matches.set(x.c, m);
  }
  const m = matches.size;
  if (m >= 2 && m * 3 >= cells.length) return { r, cells, matches };
  if (m === 1 && cells.length <= 4) {
    const only = [...matches.values()][0];
    const othersShort = cells.every((x) => matches.has(x.c) || (x.text.length <= 40 && x.text.split(/\s+/).length <= 5));
    // Alone, only an amount header makes a header row: an annex block (`Chefer · Total budget
    // 2024`, `HS ORDBO · Antal besök`). Other lone matches are data (`… · Öka · Delår/Helår`).
    const block = only.role === 'amount' && cells.every((x) => matches.has(x.c) || !readDirectionWord(x.text));
    if (block && othersShort) return { r, cells, matches };
  }
  return null;
}

/**
 * Whether a row can still hold the matches a header row needs (below): at least two covering a
 * third of its cells, or one among at most four. Texts already read are tried first, then the
 * rest shortest first, so a body row (`Årligen`, `Grön 82 Gul 76`, `Ja`, read on the rows above)
 * is ruled out before its long unique texts (indicator names) are read at all.
 */
function enoughHeaders(cells: RowCell[], memo: HeaderMemo): boolean {
  const n = cells.length;
  const need = n <= 4 ? 1 : Math.max(2, Math.ceil(n / 3));
  let misses = 0;
  let found = 0;
  const unknown: RowCell[] = [];
  const tally = (x: RowCell): boolean | undefined => {
    if (memo.match(x.text)) found++;
    else if (n - ++misses < need) return false;
    return found >= need ? true : undefined;
  };
  for (const x of cells) {
    if (!memo.knows(x.text)) {
      unknown.push(x);
      continue;
    }
    const done = tally(x);
    if (done !== undefined) return done;
  }
  unknown.sort((a, b) => a.text.length - b.text.length);
  for (const x of unknown) {
    const done = tally(x);
    if (done !== undefined) return done;
  }
  return found >= need;
}

/**
 * A row of text that texts already read rule out as a header row: enoughHeaders' first loop, made
 * on the row in place, so a plan's body rows (`Årligen`, `Grön 82 Gul 76`, `Ja` read on the rows
 * above) are passed over before their cells are built. False means "not ruled out yet".
 */
function ruledOut(sheet: SheetInput, r: number, memo: HeaderMemo): boolean {
  const row = sheet.rows[r];
  if (!row || !Array.isArray(row) || row.length > 4096) return false;
  const n = countCells(sheet, r);
  const need = n <= 4 ? 1 : Math.max(2, Math.ceil(n / 3));
  let misses = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c]?.v;
    if (typeof v !== 'string') continue; // blanks; a row that reaches here holds text only
    const text = v.trim();
    if (text !== '' && memo.knows(text) && !memo.match(text) && n - ++misses < need) return true;
  }
  return false;
}

/** Header built from a stored mapping (the user's word wins over detection). */
function headerFromOverride(sheet: SheetInput, o: MappingOverride): HeaderInfo {
  const cells = rowCells(sheet, o.headerRow);
  const matches = new Map<number, HeaderMatch>();
  for (const [k, stored] of Object.entries(o.columns)) {
    const c = Number(k);
    // `result:t2` names the period too (the pane's "Resultat T2"); a plain `result` takes it from the header.
    const [role, chosen] = stored.split(':', 2) as [string, string | undefined];
    if (!Number.isInteger(c) || role === 'ignore' || !ROLES.has(role)) continue;
    const text = cells.find((x) => x.c === c)?.text ?? '';
    const auto = matchHeader(text);
    const named = chosen === 'combined' || (PERIODS as readonly string[]).includes(chosen ?? '') ? (chosen as Period | 'combined') : undefined;
    const period = role === 'result' || role === 'month' ? (named ?? auto?.period ?? readPeriodLabel(text) ?? 'year') : undefined;
    matches.set(c, { role: role as ColumnRole, strong: true, ...(period ? { period } : {}), ...(headerUnit(text) ? { unit: headerUnit(text) } : {}), ...(auto?.year ? { year: auto.year } : {}) });
  }
  return { r: o.headerRow, cells, matches };
}

interface Builder {
  header: HeaderInfo;
  headerRows: number[];
  rows: number[];
  lastRow: number;
  override?: MappingOverride;
  listObject?: { name: string; lastRow: number; c1: number; c2: number };
  /** Columns the table owns (inclusive); the whole row unless tables stand side by side. */
  c1: number;
  c2: number;
}


/** The page-break repeat of the table's header (same labels, a typo allowed). */
function isRepeat(first: HeaderInfo, h: HeaderInfo): boolean {
  if (first.cells.length !== h.cells.length) return false;
  return first.cells.every((x, i) => h.cells[i].c === x.c && sameHeaderText(x.text, h.cells[i].text));
}

/** An annex block header right below the previous block: same known columns, own category. */
function isBlockHeader(first: HeaderInfo, h: HeaderInfo): boolean {
  const cols = new Set(first.cells.map((x) => x.c));
  if (!h.cells.every((x) => cols.has(x.c))) return false;
  let sameRole = 0;
  for (const [c, m] of h.matches) {
    const fm = first.matches.get(c);
    if (!fm || fm.role !== m.role) return false;
    sameRole++;
  }
  const numericRole = [...first.matches.values()].some((m) => m.role === 'amount' || m.role === 'budget');
  return sameRole > 0 && numericRole;
}

/** What the steps of `detectTables` share: the sheet read once. */
interface Scan {
  sheet: SheetInput;
  merges: MergeMap;
  /** Header texts read so far on this sheet. */
  headers: HeaderMemo;
  cells: (r: number) => RowCell[];
  /** Rows with at least one non-blank cell, ascending. */
  nonBlank: number[];
}

/** No stored mapping for the parts of a row (most rows): one shared empty list, not one per row. */
const NO_PARTS: readonly MappingOverride[] = Object.freeze([]);

/** Stored mappings by header row: one for the whole row, or one per table side by side (firstCol). */
interface Overrides {
  whole: Map<number, MappingOverride>;
  parts: Map<number, MappingOverride[]>;
}

/** Detects every table on a sheet (`merges`: the sheet's merged ranges, when the caller has them read). */
export function detectTables(sheet: SheetInput, mappings: MappingOverride[] = [], merges: MergeMap = new MergeMap(sheet)): DetectedTable[] {
  // Rows' cells, read once where a step needs them (headers, titles, lone labels). Body rows —
  // most of a plan — are counted and read in place instead (countCells, cellText), so a long
  // plan's cells are not all built and held while its tables are found.
  const cellsOf: RowCell[][] = [];
  const cells = (r: number): RowCell[] => (cellsOf[r] ??= rowCells(sheet, r));
  const scan: Scan = { sheet, merges, headers: new HeaderMemo(), cells, nonBlank: presentIndices(sheet.rows).filter((r) => countCells(sheet, r, -Infinity, Infinity, 1) > 0) };
  const overrides = overridesOf(sheet, mappings);
  const { builders, consumed } = excelTables(scan, overrides);
  builders.push(...scanHeaders(scan, overrides, consumed));
  const finished = builders
    .map((b) => ({ b, t: finish(sheet, b, cells, scan.merges) }))
    .filter((x): x is { b: Builder; t: RecognizedTable } => x.t !== null)
    .sort((x, y) => x.t.firstRow - y.t.firstRow || x.b.c1 - y.b.c1);
  return withTitles(scan, finished);
}

function overridesOf(sheet: SheetInput, mappings: MappingOverride[]): Overrides {
  const out: Overrides = { whole: new Map(), parts: new Map() };
  for (const o of mappings) {
    if (o.sheet !== sheet.name || !Number.isInteger(o.headerRow)) continue;
    if (Number.isInteger(o.firstCol)) out.parts.set(o.headerRow, [...(out.parts.get(o.headerRow) ?? []), o]);
    else out.whole.set(o.headerRow, o);
  }
  return out;
}

/** Excel Tables first: their ranges are the user's own statement of where a table is. */
function excelTables(scan: Scan, overrides: Overrides): { builders: Builder[]; consumed: Set<number> } {
  const builders: Builder[] = [];
  const consumed = new Set<number>();
  for (const lo of scan.sheet.listObjects ?? []) {
    let p;
    try {
      p = parseRange(lo.range);
    } catch {
      continue;
    }
    const hdrCells = scan.cells(p.r1).filter((x) => x.c >= p.c1 && x.c <= p.c2);
    const o = overrides.whole.get(p.r1);
    const header = o ? headerFromOverride(scan.sheet, o) : headerFromCells(p.r1, hdrCells);
    const rows = scan.nonBlank.filter((r) => r > p.r1 && r <= p.r2);
    builders.push({ header, headerRows: [p.r1], rows, lastRow: p.r2, override: o, listObject: { name: lo.name, lastRow: p.r2, c1: p.c1, c2: p.c2 }, c1: p.c1, c2: p.c2 });
    for (const r of scan.nonBlank) if (r >= p.r1 && r <= p.r2) consumed.add(r);
  }
  return { builders, consumed };
}

/**
 * Walks the rows: a header row (over one or two rows) opens a table, or one table per part when
 * tables stand side by side ("lanes"); a repeat after a page break continues its table; other rows
 * go to the open tables whose columns they touch; two blank rows end a table.
 */
function scanHeaders(scan: Scan, overrides: Overrides, consumed: Set<number>): Builder[] {
  const { sheet, cells, nonBlank, merges } = scan;
  const done: Builder[] = [];
  let lanes: Builder[] = [];
  const subHeaderRows = new Set<number>();
  for (let i = 0; i < nonBlank.length; i++) {
    const r = nonBlank[i];
    if (consumed.has(r)) {
      done.push(...lanes);
      lanes = [];
      continue;
    }
    if (subHeaderRows.has(r)) continue;
    const o = overrides.whole.get(r);
    const perPart = o ? NO_PARTS : (overrides.parts.get(r) ?? NO_PARTS);
    // Only rows of text can be header rows (readHeaderRow's first test, made without the cells).
    const rc = (allTextCells(sheet, r) && !ruledOut(sheet, r, scan.headers)) || perPart.length ? rowCells(sheet, r) : null;
    let h = o ? headerFromOverride(sheet, o) : ((rc && readHeaderRow(sheet, r, rc, scan.headers)) ?? (rc && perPart.length ? headerFromCells(r, rc) : null));
    // A table ends at two blank rows (within its own columns). Asked of every row: no closure.
    let ended = false;
    for (let k = 0; k < lanes.length && !ended; k++) ended = r - lanes[k].lastRow - 1 >= 2;
    if (ended) {
      done.push(...lanes.filter((l) => r - l.lastRow - 1 >= 2));
      lanes = lanes.filter((l) => r - l.lastRow - 1 < 2);
    }
    if (h && !o && nonBlank[i + 1] === r + 1) {
      const two = withSubHeader(h, r + 1, cells(r + 1), merges);
      if (two) {
        h = two;
        subHeaderRows.add(r + 1);
      }
    }
    if (!h) {
      for (let k = 0; k < lanes.length; k++) {
        const l = lanes[k];
        if (countCells(sheet, r, l.c1, l.c2, 1) === 0) continue;
        l.rows.push(r);
        l.lastRow = r;
      }
      continue;
    }
    const parts = o ? [{ header: h, ...WHOLE_ROW }] : splitSideBySide(h, bodyAhead(nonBlank, i + (h.subRow !== undefined ? 2 : 1)).map(cells));
    for (const part of parts) {
      // The user's word for this table of the row, when they confirmed it.
      const po = perPart.find((x) => (x.firstCol as number) >= part.c1 && (x.firstCol as number) <= part.c2);
      if (po) part.header = withinCols(headerFromOverride(sheet, po), part);
      const open = lanes.find((l) => l.c1 === part.c1 && l.c2 === part.c2) ?? (parts.length === 1 && lanes.length === 1 ? lanes[0] : undefined);
      if (open && !o && !po && continues(scan, open, part.header, r)) {
        open.headerRows.push(r);
        open.rows.push(r);
        if (h.subRow !== undefined) {
          open.headerRows.push(h.subRow);
          open.rows.push(h.subRow);
        }
        open.lastRow = h.subRow ?? r;
        continue;
      }
      // A new header closes the tables whose columns it covers.
      const covered = lanes.filter((l) => l.c1 <= part.c2 && part.c1 <= l.c2);
      done.push(...covered);
      lanes = lanes.filter((l) => !covered.includes(l));
      const headerRows = h.subRow !== undefined ? [r, h.subRow] : [r];
      lanes.push({ header: part.header, headerRows, rows: h.subRow !== undefined ? [h.subRow] : [], lastRow: h.subRow ?? r, override: po ?? o, c1: part.c1, c2: part.c2 });
    }
  }
  return [...done, ...lanes];
}

/** A header that continues an open table: its page-break repeat, or the next annex block. */
function continues(scan: Scan, b: Builder, h: HeaderInfo, r: number): boolean {
  const since = lastSubstantive(b, scan.cells);
  const goalBetween = b.rows.some((x) => x > since && isGoalHeading(firstText(inCols(scan.cells(x), b))?.text ?? ''));
  return !goalBetween && (isRepeat(b.header, h) || (r === b.lastRow + 1 && isBlockHeader(b.header, h)));
}

/**
 * Rows that a kept table does not cover may be titles for the next one: the nearest text above a
 * table, in its own columns, down to the last table above in those columns.
 */
function withTitles(scan: Scan, finished: { b: Builder; t: RecognizedTable }[]): DetectedTable[] {
  const { cells, nonBlank } = scan;
  const out: DetectedTable[] = [];
  for (let i = 0; i < finished.length; i++) {
    const { b, t } = finished[i];
    let floor = -1;
    for (let k = i - 1; k >= 0; k--) {
      const o = finished[k].b;
      if (o.c1 <= b.c2 && b.c1 <= o.c2 && finished[k].t.lastRow < t.firstRow) {
        floor = finished[k].t.lastRow;
        break;
      }
    }
    const above: { r: number; cell: RowCell }[] = [];
    for (let k = nonBlank.indexOf(t.firstRow) - 1; k >= 0 && above.length < 6; k--) {
      const rr = nonBlank[k];
      if (rr <= floor) break;
      const ft = firstText(inCols(cells(rr), b));
      if (ft) above.push({ r: rr, cell: ft });
    }
    if (above.length > 0) {
      t.title = above[0].cell.text;
      t.titleCell = a1(above[0].r, above[0].cell.c);
    }
    const g = above.find((x) => isGoalHeading(x.cell.text));
    out.push({ table: t, ...(g ? { goalTitle: { text: g.cell.text, r: g.r, c: g.cell.c } } : {}) });
  }
  return out;
}

/** Last row of the builder that is not a lone label (footer, heading). */
function lastSubstantive(b: Builder, cells: (r: number) => RowCell[]): number {
  for (let i = b.rows.length - 1; i >= 0; i--) if (cells(b.rows[i]).length >= 2) return b.rows[i];
  return b.headerRows[0];
}

function headerFromCells(r: number, cells: RowCell[]): HeaderInfo {
  const matches = new Map<number, HeaderMatch>();
  for (const x of cells) {
    if (typeof x.v !== 'string') continue;
    const m = matchHeader(x.text);
    if (m) matches.set(x.c, m);
  }
  return { r, cells, matches };
}

interface ColStats {
  numeric: number;
  text: number;
  codes: number;
  nonBlank: number;
}

/** Number-like, text and code-like cells per column of the body rows, within the table's columns. */
function columnStats(dataRows: number[], cells: (r: number) => RowCell[], inRange: (c: number) => boolean): Map<number, ColStats> {
  const stats = new Map<number, ColStats>();
  for (const r of dataRows) {
    for (const x of cells(r)) {
      if (!inRange(x.c)) continue;
      let s = stats.get(x.c);
      if (!s) stats.set(x.c, (s = { numeric: 0, text: 0, codes: 0, nonBlank: 0 }));
      s.nonBlank++;
      if (isNumberLike(x.v)) s.numeric++;
      else s.text++;
      if (isCodeLike(x.v)) s.codes++;
    }
  }
  return stats;
}

/** Non-blank cells of one body column and how many of them are Öka/Minska. */
function directionShare(sheet: SheetInput, dataRows: number[], c: number): { nonBlank: number; directions: number } {
  let nonBlank = 0;
  let directions = 0;
  for (const r of dataRows) {
    const text = cellText(sheet, r, c);
    if (text === null) continue;
    nonBlank++;
    if (typeof sheet.rows[r]?.[c]?.v === 'string' && readDirectionWord(text)) directions++;
  }
  return { nonBlank, directions };
}

/**
 * Year-labelled result columns (`Utfall 2023 · Utfall 2024`, `Resultat T2 2024`): the latest year
 * is the current result; earlier years are history for the trend. A year-labelled column is also
 * history beside an unlabelled column of the same period (`Utfall 2023 · T1 · T2 · År`).
 */
function markHistory(columns: ColumnMap[]): void {
  const results = columns.filter((x) => x.role === 'result' && x.period !== 'combined');
  const years = results.flatMap((x) => (x.year ? [x.year] : []));
  if (years.length === 0) return;
  const latest = Math.max(...years);
  const unlabelled = new Set(results.filter((x) => !x.year).map((x) => x.period));
  for (const x of results) {
    if (x.year && (x.year < latest || unlabelled.has(x.period))) x.history = true;
  }
}

/** Column roles, table kind and row kinds of one builder; null when it is no table we know. */
function finish(sheet: SheetInput, b: Builder, cells: (r: number) => RowCell[], merges: MergeMap): RecognizedTable | null {
  const headerSet = new Set(b.headerRows);
  const dataRows = b.rows.filter((r) => !headerSet.has(r));
  const lo = b.listObject;
  const inRange = (c: number) => c >= b.c1 && c <= b.c2;

  // Per-column statistics over the body, used where the header alone cannot decide; read only
  // when needed (most tables never need them).
  let stats: Map<number, ColStats> | undefined;
  const allStats = (): Map<number, ColStats> => (stats ??= columnStats(dataRows, cells, inRange));
  const statOf = (c: number): ColStats => allStats().get(c) ?? { numeric: 0, text: 0, codes: 0, nonBlank: 0 };

  const columns: ColumnMap[] = [];
  const headerText = new Map(b.header.cells.map((x) => [x.c, x.text]));
  for (const [c, m] of [...b.header.matches].sort((x, y) => x[0] - y[0])) {
    if (!inRange(c)) continue;
    columns.push({ col: c, role: m.role, header: headerText.get(c) ?? '', ...(m.period ? { period: m.period } : {}), ...(m.unit ? { unit: m.unit } : {}), ...(m.year ? { year: m.year } : {}) });
  }
  const confirmed = !!b.override;

  if (!confirmed) {
    // `Mål` holding Öka/Minska is the direction (seeds 003/004), otherwise the goal (seed 002).
    for (const col of columns) {
      if (col.role !== 'goal') continue;
      const s = directionShare(sheet, dataRows, col.col);
      if (s.nonBlank > 0 && s.directions * 2 > s.nonBlank) col.role = 'direction';
    }
  }
  let roles = new Set(columns.map((x) => x.role));
  let kind: TableKind | null = b.override?.kind && (TABLE_KINDS as readonly string[]).includes(b.override.kind) ? (b.override.kind as TableKind) : decideKind(roles);

  if (!confirmed && (kind === null || kind === 'annex' || kind === 'budget')) {
    // Annex columns the header does not name (category headers, blank headers over names,
    // `Utan inriktning`, `Demens` …) are read from their values.
    const mapped = new Set(columns.map((x) => x.col));
    const candidates = new Set<number>([...b.header.cells.map((x) => x.c), ...allStats().keys()]);
    const leftmost = Math.min(...candidates);
    for (const c of [...candidates].sort((x, y) => x - y)) {
      if (mapped.has(c) || !inRange(c)) continue;
      const s = statOf(c);
      if (s.nonBlank === 0) continue;
      const header = headerText.get(c) ?? '';
      const has = (role: ColumnRole) => columns.some((x) => x.role === role);
      let role: ColumnRole | null = null;
      if (s.numeric * 2 > s.nonBlank) role = c === leftmost && !has('key') && s.codes * 2 > s.nonBlank ? 'key' : 'amount';
      // A blank header over text (Bilaga 1, 4, 5) names the rows even beside a `Verksamhet` column.
      else if (!has('name') || header === '') role = 'name';
      if (role) columns.push({ col: c, role, header, ...(headerUnit(header) ? { unit: headerUnit(header) } : {}) });
    }
    columns.sort((x, y) => x.col - y.col);
    roles = new Set(columns.map((x) => x.role));
    kind = b.override?.kind && (TABLE_KINDS as readonly string[]).includes(b.override.kind) ? (b.override.kind as TableKind) : decideKind(roles);
  }
  if (!kind) return null;

  // Roles that mean something else in this kind of table.
  for (const col of columns) {
    if (kind === 'goals' && col.role === 'goal') col.role = 'goalText';
    if (kind === 'budget' && col.role === 'result') col.role = 'month';
    if (kind === 'annex' && col.role === 'budget') col.role = 'amount';
    // `Utfall`, `Utfall 2024` beside indicators is their result (SPEC §2), not a budget's utfall.
    if (kind === 'indicators' && col.role === 'actual' && !confirmed) {
      col.role = 'result';
      col.period = 'year';
    }
  }
  if (kind === 'indicators') markHistory(columns);
  if ((kind === 'indicators' || kind === 'activities' || kind === 'risks') && !columns.some((x) => x.role === 'goal')) {
    const p = columns.find((x) => x.role === 'parent');
    if (p) p.role = 'goal';
  }
  if (kind === 'goals' && !columns.some((x) => x.role === 'goalText')) return null;

  const textCols = new Set(columns.filter((x) => ['goalText', 'goal', 'parent'].includes(x.role)).map((x) => x.col));
  // Where the entries are numbered (`1. Andel …`), an unnumbered lone label is a group heading
  // (`Särskilt boende`); where they are not, a lone name is an entry with its other cells empty.
  const entityCol = columns.find((x) => x.role === (kind === 'indicators' ? 'indicator' : kind === 'activities' ? 'activity' : 'risk'))?.col;
  let multi = 0;
  let numbered = 0;
  for (const r of dataRows) {
    if (entityCol === undefined || countCells(sheet, r, -Infinity, Infinity, 2) < 2) continue;
    const e = cellText(sheet, r, entityCol);
    if (e === null) continue;
    multi++;
    if (ENUMERATED.test(e)) numbered++;
  }
  const siblingsEnumerated = numbered * 2 > multi;
  const rows: TableRow[] = [];
  let bodySet: Set<number> | undefined;
  const wholeRow = b.c1 === -Infinity && b.c2 === Infinity;
  for (const r of b.rows) {
    if (headerSet.has(r)) {
      rows.push({ r, kind: 'header' });
      continue;
    }
    // Most body rows hold several cells and no total label: counted, not read (see detectTables).
    const labels = kind === 'annex' || kind === 'budget';
    const n = countCells(sheet, r, b.c1, b.c2, 2);
    if (n === 0) continue;
    if (n >= 2 && !labels) {
      rows.push({ r, kind: 'data' });
      continue;
    }
    const rc = wholeRow ? cells(r) : cells(r).filter((x) => inRange(x.c));
    const ft = labels ? firstText(rc) : undefined;
    let rk: RowKind = 'data';
    let label: string | undefined;
    if (ft && TOTAL_LABEL.test(fold(ft.text))) {
      rk = 'total';
      label = ft.text;
    } else if (rc.length === 1 && typeof rc[0].v === 'string') {
      const only = rc[0];
      // A lone goal text (goals) or numbered entry (`10. Antal …`) is an entry, unless it follows a
      // blank row: then it heads what comes next (`HUR - Verksamhetsplan`, `9. Kontorsledning…`).
      const afterBlank = !(bodySet ??= new Set(b.rows)).has(r - 1) && !headerSet.has(r - 1);
      const merged = merges.size > 0 && columns.some((x) => x.col !== only.c && merges.origin(r, x.col) !== null);
      const entry =
        merged ||
        (kind === 'goals' && textCols.has(only.c) && !afterBlank) ||
        (only.c === entityCol && !afterBlank && (ENUMERATED.test(only.text) || !siblingsEnumerated));
      if (!entry) {
        rk = 'group';
        label = only.text;
      }
    }
    rows.push(label !== undefined ? { r, kind: rk, label } : { r, kind: rk });
  }
  // Footers and headings after the last entry belong to what follows, not to this table.
  while (rows.length > 0 && rows[rows.length - 1].kind === 'group') rows.pop();
  // A header with no body is still a table when it is clearly one (an empty plan from the
  // template): three or more known headers. Otherwise a lone header-like line is no table.
  if (!rows.some((x) => x.kind === 'data' || x.kind === 'total') && (rows.length > 0 || b.header.matches.size < 3)) return null;

  const firstHeaderCell = Math.min(...b.header.cells.map((x) => x.c).filter(inRange), ...(lo ? [lo.c1] : []), ...(Number.isFinite(b.c1) ? [b.c1] : []));
  const headerRow = b.headerRows[0];
  const lastBody = rows.length > 0 ? rows[rows.length - 1].r : headerRow;
  const lastRow = lo ? Math.max(lo.lastRow, lastBody) : lastBody;
  return {
    id: `${sheet.name}!${a1(headerRow, Number.isFinite(firstHeaderCell) ? firstHeaderCell : 0)}`,
    sheet: sheet.name,
    kind,
    headerRows: b.headerRows,
    columns,
    firstRow: headerRow,
    lastRow,
    rows,
    ...(confirmed ? { confirmed: true } : {}),
    ...(lo ? { listObject: lo.name } : {}),
  };
}

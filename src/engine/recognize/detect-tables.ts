/**
 * Finds tables on one sheet by their header rows (SPEC §2): several tables per sheet, headers
 * repeated after page breaks joined to their table, annex blocks (`Chefer · Total budget 2024`)
 * joined as block headers, Excel Tables used as-is, and user-confirmed mappings applied.
 */
import { a1, fold, parseRange } from '../cells';
import type { ColumnMap, ColumnRole, RecognizedTable, RowKind, TableKind, TableRow } from '../model';
import type { MappingOverride, SheetInput } from '../types';
import { matchHeader, readDirectionWord, headerUnit, type HeaderMatch } from './headers';
import { firstText, isCodeLike, isNumberLike, MergeMap, presentIndices, rowCells, sameHeaderText, type RowCell } from './grid';
import { readPeriodLabel } from '../periods';

/** A header row as read: its cells and what each names. */
export interface HeaderInfo {
  r: number;
  cells: RowCell[];
  matches: Map<number, HeaderMatch>;
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
  'reporter', 'risk', 'control', 'key', 'name', 'lineType', 'budget', 'actual', 'forecast', 'deviation', 'comment', 'amount',
  'month',
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
export function readHeaderRow(sheet: SheetInput, r: number, cells = rowCells(sheet, r)): HeaderInfo | null {
  if (cells.length < 2) return null;
  // Header labels are text; a number in the row makes it data (annex data rows carry amounts).
  if (cells.some((x) => typeof x.v !== 'string')) return null;
  const matches = new Map<number, HeaderMatch>();
  for (const x of cells) {
    const m = matchHeader(x.text);
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

/** Header built from a stored mapping (the user's word wins over detection). */
function headerFromOverride(sheet: SheetInput, o: MappingOverride): HeaderInfo {
  const cells = rowCells(sheet, o.headerRow);
  const matches = new Map<number, HeaderMatch>();
  for (const [k, role] of Object.entries(o.columns)) {
    const c = Number(k);
    if (!Number.isInteger(c) || role === 'ignore' || !ROLES.has(role)) continue;
    const text = cells.find((x) => x.c === c)?.text ?? '';
    const auto = matchHeader(text);
    const period = role === 'result' || role === 'month' ? (auto?.period ?? readPeriodLabel(text) ?? 'year') : undefined;
    matches.set(c, { role: role as ColumnRole, strong: true, ...(period ? { period } : {}), ...(headerUnit(text) ? { unit: headerUnit(text) } : {}) });
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

/** Detects every table on a sheet. */
export function detectTables(sheet: SheetInput, mappings: MappingOverride[] = []): DetectedTable[] {
  const present = presentIndices(sheet.rows);
  const merges = new MergeMap(sheet);
  const cellsOf = new Map<number, RowCell[]>();
  const cells = (r: number): RowCell[] => {
    let x = cellsOf.get(r);
    if (!x) {
      x = rowCells(sheet, r);
      cellsOf.set(r, x);
    }
    return x;
  };
  const nonBlank = present.filter((r) => cells(r).length > 0);
  const overrides = new Map<number, MappingOverride>();
  for (const o of mappings) if (o.sheet === sheet.name && Number.isInteger(o.headerRow)) overrides.set(o.headerRow, o);

  const builders: Builder[] = [];
  // Excel Tables first: their ranges are the user's own statement of where a table is.
  const consumed = new Set<number>();
  for (const lo of sheet.listObjects ?? []) {
    let p;
    try {
      p = parseRange(lo.range);
    } catch {
      continue;
    }
    const hdrCells = cells(p.r1).filter((x) => x.c >= p.c1 && x.c <= p.c2);
    const o = overrides.get(p.r1);
    const header = o ? headerFromOverride(sheet, o) : headerFromCells(p.r1, hdrCells);
    const rows = nonBlank.filter((r) => r > p.r1 && r <= p.r2);
    builders.push({ header, headerRows: [p.r1], rows, lastRow: p.r2, override: o, listObject: { name: lo.name, lastRow: p.r2, c1: p.c1, c2: p.c2 } });
    for (const r of nonBlank) if (r >= p.r1 && r <= p.r2) consumed.add(r);
  }

  let cur = null as Builder | null;
  const close = () => {
    if (cur) builders.push(cur);
    cur = null;
  };
  for (const r of nonBlank) {
    if (consumed.has(r)) {
      close();
      continue;
    }
    const rc = cells(r);
    const o = overrides.get(r);
    const h = o ? headerFromOverride(sheet, o) : readHeaderRow(sheet, r, rc);
    if (cur && r - cur.lastRow - 1 >= 2) close();
    if (h) {
      const c: Builder | null = cur;
      if (c && !o) {
        const since = lastSubstantive(c, cells);
        const goalBetween = c.rows.some((x) => x > since && isGoalHeading(firstText(cells(x))?.text ?? ''));
        if (!goalBetween && (isRepeat(c.header, h) || (r === c.lastRow + 1 && isBlockHeader(c.header, h)))) {
          c.headerRows.push(r);
          c.rows.push(r);
          c.lastRow = r;
          continue;
        }
      }
      close();
      cur = { header: h, headerRows: [r], rows: [], lastRow: r, override: o };
      continue;
    }
    if (cur) {
      cur.rows.push(r);
      cur.lastRow = r;
    }
  }
  close();

  // Rows that a kept table does not cover may be titles for the next one.
  const out: DetectedTable[] = [];
  const finished = builders
    .map((b) => finish(sheet, b, cells, merges))
    .filter((x): x is RecognizedTable => x !== null)
    .sort((a, b) => a.firstRow - b.firstRow);
  for (let i = 0; i < finished.length; i++) {
    const t = finished[i];
    const floor = i > 0 ? finished[i - 1].lastRow : -1;
    const above: { r: number; cell: RowCell }[] = [];
    for (let k = nonBlank.indexOf(t.firstRow) - 1; k >= 0 && above.length < 6; k--) {
      const rr = nonBlank[k];
      if (rr <= floor) break;
      const ft = firstText(cells(rr));
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
  directions: number;
  nonBlank: number;
}

function decideKind(roles: Set<ColumnRole>): TableKind | null {
  const has = (x: ColumnRole) => roles.has(x);
  if (!has('indicator') && !has('activity') && (has('goalText') || (has('goal') && (has('goalId') || has('level') || has('parent'))))) return 'goals';
  if (has('risk') || has('control')) return 'risks';
  if (has('indicator')) return 'indicators';
  if (has('budget') && (has('actual') || has('forecast'))) return 'budget';
  if (has('activity')) return 'activities';
  if ((has('key') || has('name')) && (has('amount') || has('budget')) && !has('forecast')) return 'annex';
  return null;
}

/** Column roles, table kind and row kinds of one builder; null when it is no table we know. */
function finish(sheet: SheetInput, b: Builder, cells: (r: number) => RowCell[], merges: MergeMap): RecognizedTable | null {
  const headerSet = new Set(b.headerRows);
  const dataRows = b.rows.filter((r) => !headerSet.has(r));
  const lo = b.listObject;
  const inRange = (c: number) => !lo || (c >= lo.c1 && c <= lo.c2);

  // Per-column statistics over the body, used where the header alone cannot decide.
  const stats = new Map<number, ColStats>();
  for (const r of dataRows) {
    for (const x of cells(r)) {
      if (!inRange(x.c)) continue;
      let s = stats.get(x.c);
      if (!s) stats.set(x.c, (s = { numeric: 0, text: 0, codes: 0, directions: 0, nonBlank: 0 }));
      s.nonBlank++;
      if (isNumberLike(x.v)) s.numeric++;
      else s.text++;
      if (isCodeLike(x.v)) s.codes++;
      if (typeof x.v === 'string' && readDirectionWord(x.text)) s.directions++;
    }
  }
  const statOf = (c: number): ColStats => stats.get(c) ?? { numeric: 0, text: 0, codes: 0, directions: 0, nonBlank: 0 };

  const columns: ColumnMap[] = [];
  const headerText = new Map(b.header.cells.map((x) => [x.c, x.text]));
  for (const [c, m] of [...b.header.matches].sort((x, y) => x[0] - y[0])) {
    if (!inRange(c)) continue;
    columns.push({ col: c, role: m.role, header: headerText.get(c) ?? '', ...(m.period ? { period: m.period } : {}), ...(m.unit ? { unit: m.unit } : {}) });
  }
  const confirmed = !!b.override;

  if (!confirmed) {
    // `Mål` holding Öka/Minska is the direction (seeds 003/004), otherwise the goal (seed 002).
    for (const col of columns) {
      const s = statOf(col.col);
      if (col.role === 'goal' && s.nonBlank > 0 && s.directions * 2 > s.nonBlank) col.role = 'direction';
    }
  }
  let roles = new Set(columns.map((x) => x.role));
  let kind: TableKind | null = b.override?.kind && (TABLE_KINDS as readonly string[]).includes(b.override.kind) ? (b.override.kind as TableKind) : decideKind(roles);

  if (!confirmed && (kind === null || kind === 'annex' || kind === 'budget')) {
    // Annex columns the header does not name (category headers, blank headers over names,
    // `Utan inriktning`, `Demens` …) are read from their values.
    const mapped = new Set(columns.map((x) => x.col));
    const candidates = new Set<number>([...b.header.cells.map((x) => x.c), ...stats.keys()]);
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
  }
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
    const rc = cells(r);
    if (rc.length < 2) continue;
    const e = rc.find((x) => x.c === entityCol);
    if (!e) continue;
    multi++;
    if (ENUMERATED.test(e.text)) numbered++;
  }
  const siblingsEnumerated = numbered * 2 > multi;
  const rows: TableRow[] = [];
  for (const r of b.rows) {
    if (headerSet.has(r)) {
      rows.push({ r, kind: 'header' });
      continue;
    }
    const rc = cells(r).filter((x) => inRange(x.c));
    if (rc.length === 0) continue;
    const ft = firstText(rc);
    let rk: RowKind = 'data';
    let label: string | undefined;
    if ((kind === 'annex' || kind === 'budget') && ft && TOTAL_LABEL.test(fold(ft.text))) {
      rk = 'total';
      label = ft.text;
    } else if (rc.length === 1 && typeof rc[0].v === 'string') {
      const only = rc[0];
      // A lone goal text (goals) or numbered entry (`10. Antal …`) is an entry, unless it follows a
      // blank row: then it heads what comes next (`HUR - Verksamhetsplan`, `9. Kontorsledning…`).
      const afterBlank = !b.rows.includes(r - 1) && !headerSet.has(r - 1);
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
    rows.push({ r, kind: rk, ...(label !== undefined ? { label } : {}) });
  }
  // Footers and headings after the last entry belong to what follows, not to this table.
  while (rows.length > 0 && rows[rows.length - 1].kind === 'group') rows.pop();
  // A header with no body is still a table when it is clearly one (an empty plan from the
  // template): three or more known headers. Otherwise a lone header-like line is no table.
  if (!rows.some((x) => x.kind === 'data' || x.kind === 'total') && (rows.length > 0 || b.header.matches.size < 3)) return null;

  const firstHeaderCell = Math.min(...b.header.cells.map((x) => x.c).filter(inRange), ...(lo ? [lo.c1] : []));
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

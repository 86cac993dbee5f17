/**
 * Annex tables (SPEC §5): what each total covers and whether it adds up, SUM formulas that leave
 * rows out, ansvar codes used twice, and `tkr` columns holding kronor.
 *
 * What a total covers is not written anywhere, so the natural readings are tried and the one that
 * adds up is kept (seed 003's annexes use all of them):
 * - `block`: the detail rows since the previous total (`Summa` under a block);
 * - `nested`: the totals and loose rows not yet covered by a total (Bilaga 3's final `TOTAL` over the
 *   block `Summa`s plus `Lokaler vpf` …; Bilaga 4's `TOTAL BUDGET HS`), or a tail of them that starts
 *   at a total (a second sibling subtotal);
 * - `implicit`: a data row equal to the sum of the totals just above it is an unlabelled subtotal
 *   (Bilaga 2's `ORDINÄRT BOENDE 2024`);
 * - `empty`: a total with no detail rows since the previous total that heads a block of its own
 *   (after a header, or smaller than a total above: `TOTALT INSKRIVEN DAGVERKSAMHET`) has nothing
 *   to check; in the totals above it, it stands for itself like a detail row.
 * When none adds up, the mismatch is reported against the most natural reading: the closest one
 * when there are detail rows, else the totals since the previous total of the same kind.
 */
import type { ColumnMap, PlanModel, RecognizedTable } from '../model';
import type { ResolvedOptions, SheetInput, WorkbookInput } from '../types';
import { a1, fold, getCell, isBlank, parseRange, ref, valueText } from '../cells';
import { nearlyEqual, readNumber } from '../budget/numbers';
import type { AnnexAnalysis, AnnexColumn, AnnexIssue, AnnexRow, AnnexRowTotal, AnnexTotal } from './types';

const NUMERIC_ROLES = new Set<ColumnMap['role']>(['amount', 'budget', 'actual', 'forecast', 'deviation', 'month']);
const ANNEX_TITLE = /^(bilaga|bil|annex|appendix|bilagor)\b/;
/** Headers of columns holding counts (places, cases), which cannot be rounded. */
const COUNT_HEADER = /\b(antal|platser|plats|arenden|arende|besok|number|count|places)\b/;
/** A column totalling others: `Total Platser`, `Antal platser totalt`, `Summa`. */
const TOTAL_HEADER = /\b(total|totalt|summa|sum|totalsumma|totals)\b/;
/** Header words that name a column rather than a block's category. */
const STANDARD_HEADER = /^(ansvar|ansvarskod|kostnadsstalle|konto|benamning|verksamhet|enhet|namn|name|key|unit|account|cost centre|cost center)$/;

/** Median above which a `tkr` value is implausible for one line: 100 000 tkr = 100 Mkr. */
export const TKR_SUSPECT_MEDIAN = 100_000;

/** Parses `SUM(C5:C20)`, `SUM($C$5:$C$9;C12)`; null for anything else (other functions, sheets). */
export function parseSumFormula(f: string): { r1: number; c1: number; r2: number; c2: number }[] | null {
  const m = /^\s*=?\s*SUM\s*\(([^()]*)\)\s*$/i.exec(f);
  if (!m) return null;
  const out: { r1: number; c1: number; r2: number; c2: number }[] = [];
  for (const arg of m[1].split(/[,;]/)) {
    const a = arg.trim();
    if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.test(a)) return null;
    out.push(parseRange(a.replace(/\$/g, '')));
  }
  return out;
}

/**
 * Annex tables grouped per annex, sheet by sheet in the order first met, top to bottom: a
 * `Bilaga …` title starts a new annex; an untitled table (a page of a table broken over pages)
 * continues the one above it.
 */
function groupTables(tables: RecognizedTable[]): RecognizedTable[][] {
  const bySheet = new Map<string, RecognizedTable[]>();
  for (const t of tables) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  const groups: RecognizedTable[][] = [];
  for (const onSheet of bySheet.values()) {
    let current: RecognizedTable[] = [];
    for (const t of onSheet.sort((a, b) => a.firstRow - b.firstRow)) {
      if (current.length === 0 || (!!t.title && ANNEX_TITLE.test(fold(t.title)))) {
        current = [t];
        groups.push(current);
      } else current.push(t);
    }
  }
  return groups;
}

/** An ansvar code as compared: `298 260`, `298260` and `298260 ` are one code. */
export function normalizeKey(key: string): string {
  return fold(key).replaceAll(' ', '');
}

/** A row's label as findings show it: empty when the row has no text. */
function labelOf(row: AnnexRow): string {
  return row.label ?? '';
}

function cellText(sheet: SheetInput, r: number, c: number): string {
  return valueText(getCell(sheet, r, c)?.v ?? null).trim();
}

/** Decimals a number is written with (at most 6; binary noise beyond that is ignored). */
export function decimalsOf(v: number): number {
  const [, fraction] = String(Math.round(v * 1e6) / 1e6).split('.');
  return fraction?.length ?? 0;
}

/** What kind of total a label names, by its first word (`TOTALT …`, `Summa …`); null for none. */
function kindOf(label: string | null): string | null {
  return label === null ? null : fold(label).split(' ')[0];
}

/**
 * One annex, step by step: its columns and rows; `Total …` columns across each row; what every
 * total row covers and whether it adds up; then SUM formulas, ansvar codes and `tkr` columns.
 */
function analyzeGroup(group: RecognizedTable[], sheet: SheetInput, options: ResolvedOptions): AnnexAnalysis {
  const first = group[0];
  const rpr = options.roundingPerRow;
  const columns = annexColumns(group);
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const numCols = columns.filter((c) => c.numeric).map((c) => c.col);
  const rows = readRows(group, sheet, columns, numCols);
  // Counts (Antal platser, ärenden) are whole by nature: no rounding allowed.
  const countCols = new Set(numCols.filter((c) => COUNT_HEADER.test(fold(byCol.get(c)!.header))));
  const across = readRowTotals(sheet.name, byCol, numCols, rows, rpr);
  // Components of a count total are counts too (Bilaga 1: Utan inriktning … Special → Total Platser).
  for (const rt of across.rowTotals) if (countCols.has(rt.col)) for (const c of rt.components) countCols.add(c);
  const frame: Frame = { sheetName: sheet.name, rows, byCol, numCols, rpr, tolerance: toleranceOf(numCols, rows, countCols, rpr) };
  const down = readTotals(frame);
  return {
    tableId: first.id,
    tableIds: group.map((t) => t.id),
    sheet: first.sheet,
    title: group.map((t) => t.title).find((x) => !!x) ?? null,
    totals: down.totals,
    issues: [
      ...across.issues,
      ...down.issues,
      ...incompleteSumRanges(sheet, numCols, down.totals, down.leavesOf),
      ...duplicateKeys(sheet.name, columns, rows),
      ...suspectUnits(group, sheet.name, columns, rows),
    ],
    columns,
    rows,
    rowTotals: across.rowTotals,
    headerRow: first.firstRow,
  };
}

/** Union of the group's columns, by position, in sheet order; the first table to have a column names it. */
function annexColumns(group: RecognizedTable[]): AnnexColumn[] {
  const byCol = new Map<number, AnnexColumn>();
  for (const t of group)
    for (const c of t.columns)
      if (!byCol.has(c.col)) byCol.set(c.col, { col: c.col, role: c.role, header: c.header, unit: c.unit, numeric: NUMERIC_ROLES.has(c.role) });
  return [...byCol.values()].sort((a, b) => a.col - b.col);
}

/**
 * The group's rows as read: texts (trimmed, blanks left out) and numbers (null when blank) by
 * column, and what kind of row each is. A line without any amount is a heading.
 */
function readRows(group: RecognizedTable[], sheet: SheetInput, columns: AnnexColumn[], numCols: number[]): AnnexRow[] {
  const textCols = columns.filter((c) => !c.numeric);
  const labelCols = columns.filter((c) => c.role === 'key' || c.role === 'name');
  const rows: AnnexRow[] = [];
  for (const t of group) {
    for (const tr of t.rows) {
      const texts: Record<number, string> = {};
      for (const c of textCols) {
        const s = cellText(sheet, tr.r, c.col);
        if (s) texts[c.col] = s;
      }
      const values: Record<number, number | null> = {};
      for (const c of numCols) values[c] = readNumber(getCell(sheet, tr.r, c)?.v);
      const labels = labelCols.map((c) => texts[c.col]).filter((x) => x !== undefined);
      const firstText = labels[0] ?? Object.values(texts)[0] ?? null;
      const base = { r: tr.r, tableId: t.id, texts, values };
      if (tr.kind === 'header') rows.push({ ...base, kind: 'header', label: labels.find((x) => !STANDARD_HEADER.test(fold(x))) ?? null });
      else if (tr.kind === 'total') rows.push({ ...base, kind: 'total', label: tr.label ?? firstText });
      else if (numCols.every((c) => values[c] === null)) rows.push({ ...base, kind: 'group', label: tr.label ?? firstText });
      else rows.push({ ...base, kind: 'data', label: firstText });
    }
  }
  return rows;
}

/**
 * Columns totalling other columns of the same row (`Total Platser` = Utan inriktning + …): a
 * `Total …` column over the numeric columns just left of it, decided by the data (most rows add
 * up), with the rows that do not add up as issues.
 */
function readRowTotals(
  sheetName: string,
  byCol: Map<number, AnnexColumn>,
  numCols: number[],
  rows: AnnexRow[],
  rpr: number,
): { rowTotals: AnnexRowTotal[]; issues: AnnexIssue[] } {
  const isTotal = (c: number) => TOTAL_HEADER.test(fold(byCol.get(c)!.header));
  const rowTotals: AnnexRowTotal[] = [];
  const issues: AnnexIssue[] = [];
  for (const col of numCols) {
    if (!isTotal(col)) continue;
    const components: number[] = [];
    for (let c = col - 1; numCols.includes(c) && !isTotal(c); c--) components.unshift(c);
    if (components.length < 2) continue;
    const isCount = COUNT_HEADER.test(fold(byCol.get(col)!.header));
    const tol = isCount ? 0 : rpr * components.length;
    const checked: { row: AnnexRow; stated: number; computed: number }[] = [];
    for (const row of rows) {
      const s = row.values[col];
      const parts = components.map((c) => row.values[c]);
      // A header row of years (`2024`) is no row to add up; nor is a row without the total or its parts.
      if (row.kind === 'header' || s === null || parts.every((p) => p === null)) continue;
      checked.push({ row, stated: s, computed: parts.reduce<number>((a, p) => a + (p ?? 0), 0) });
    }
    const ok = checked.filter((x) => nearlyEqual(x.stated, x.computed, tol)).length;
    if (ok < 2 || ok * 2 <= checked.length) continue;
    rowTotals.push({ col, components });
    for (const x of checked) {
      if (nearlyEqual(x.stated, x.computed)) continue;
      issues.push({
        kind: nearlyEqual(x.stated, x.computed, tol) ? 'total-rounding' : 'total-mismatch',
        at: ref(sheetName, x.row.r, col),
        params: {
          label: labelOf(x.row),
          column: byCol.get(col)!.header,
          stated: x.stated,
          computed: x.computed,
          diff: x.stated - x.computed,
          count: components.length,
          tolerance: tol,
        },
      });
    }
  }
  return { rowTotals, issues };
}

/**
 * The difference a total of `count` rows may have in column `c` and still be rounding: half a
 * unit per summed row (`roundingPerRow`), the unit being the precision the column is written in
 * (30,56 → 0,01); none for counts.
 */
function toleranceOf(numCols: number[], rows: AnnexRow[], countCols: Set<number>, rpr: number): (c: number, count: number) => number {
  const unitOf: Record<number, number> = {};
  for (const c of numCols) {
    unitOf[c] = 10 ** -Math.max(0, ...rows.map((row) => decimalsOf(row.values[c] ?? 0)));
  }
  return (c, count) => (countCols.has(c) ? 0 : rpr * count * unitOf[c]);
}

/** What reading the totals needs to know about the annex. */
interface Frame {
  sheetName: string;
  rows: AnnexRow[];
  byCol: Map<number, AnnexColumn>;
  numCols: number[];
  rpr: number;
  tolerance: (c: number, count: number) => number;
}

/** A detail row, or a total standing for the rows it covers. */
interface Unit {
  /** Sheet row (0-based). */
  r: number;
  label: string | null;
  stated: Record<number, number | null>;
  /** A total's computed sums (so a wrong subtotal does not also fail the total over it). */
  alt: Record<number, number | null>;
  /** Detail rows (0-based sheet rows) underneath, recursively. */
  leaves: number[];
}

/**
 * What no total has covered yet, read top to bottom: totals (each standing for what it covers),
 * then the detail rows since the last of them. A total takes what it covers off the end and
 * stands in its place, so a detail row never comes before a total here.
 */
interface Open {
  totals: Unit[];
  details: Unit[];
}

type Check = { col: number; stated: number; computed: number; count: number; ok: boolean };
/** A total covers the open totals from `from` on, and the open detail rows. */
type Candidate = { from: number; reading: AnnexTotal['reading'] };
type Reading = Candidate & { checks: Check[] };

interface Walk {
  totals: AnnexTotal[];
  issues: AnnexIssue[];
  /** Total row → the detail rows underneath it, recursively. */
  leavesOf: Map<number, number[]>;
}

/** What every total covers and whether it adds up (see the top of this file). */
function readTotals(f: Frame): Walk {
  const walk: Walk = { totals: [], issues: [], leavesOf: new Map() };
  const open: Open = { totals: [], details: [] };
  // The start of the table, like a header, begins a block: a total right there covers nothing.
  let headerSinceTotal = true;
  for (const row of f.rows) {
    if (row.kind === 'header' || row.kind === 'group') {
      headerSinceTotal = true;
      continue;
    }
    if (row.kind === 'data') {
      const implicit = implicitSubtotal(f, row, open);
      if (implicit) {
        row.kind = 'subtotal';
        close(f, walk, open, row, implicit);
      } else open.details.push(unitOf(row, {}, [row.r]));
      continue;
    }
    const chosen = chooseReading(f, row, open, headerSinceTotal);
    headerSinceTotal = false;
    if (chosen) close(f, walk, open, row, chosen);
    else {
      // Nothing to check it against: it stands for itself, as a detail row would.
      walk.totals.push({ row: row.r, label: labelOf(row), checks: [], covers: [], reading: 'empty' });
      open.totals.push(unitOf(row, {}, [row.r]));
    }
  }
  return walk;
}

function coverOf(open: Open, from: number): Unit[] {
  return [...open.totals.slice(from), ...open.details];
}

/** An unlabelled subtotal: a data row right after 2 or more totals, equal to the sum of the last of them (as many as add up). */
function implicitSubtotal(f: Frame, row: AnnexRow, open: Open): Reading | null {
  if (open.details.length > 0) return null;
  for (let from = 0; from <= open.totals.length - 2; from++) {
    const checks = evaluate(f, row.values, coverOf(open, from));
    if (checks.every((c) => c.ok)) return { from, reading: 'implicit', checks };
  }
  return null;
}

/** The reading of a total row: the first that adds up, else the most natural; null when there is nothing to check. */
function chooseReading(f: Frame, row: AnnexRow, open: Open, headerSinceTotal: boolean): Reading | null {
  const candidates = candidateReadings(open);
  for (const c of candidates) {
    const checks = evaluate(f, row.values, coverOf(open, c.from));
    if (checks.every((x) => x.ok)) return { ...c, checks };
  }
  if (open.details.length > 0) return closestReading(f, row, open, candidates);
  return sinceSameKind(f, row, open, headerSinceTotal);
}

/**
 * Where the cover of a total may start, most natural first: its detail rows (`block`), then
 * everything open, then the open totals from the second, the third … on (`nested`).
 */
function candidateReadings(open: Open): Candidate[] {
  const candidates: Candidate[] = [];
  if (open.details.length > 0) candidates.push({ from: open.totals.length, reading: 'block' });
  for (let from = 0; from < open.totals.length; from++) candidates.push({ from, reading: 'nested' });
  return candidates;
}

/**
 * Nothing adds up: report against the reading that comes closest (a wrong detail row leaves its
 * block total nearly right; a wrong grand total is near the sum of the blocks). The block reading
 * comes first and stays unless another is clearly closer.
 */
function closestReading(f: Frame, row: AnnexRow, open: Open, candidates: Candidate[]): Reading | null {
  const miss = (checks: Check[]) => Math.max(0, ...checks.map((x) => Math.abs(x.stated - x.computed) / Math.max(1, Math.abs(x.stated))));
  let chosen: Reading | null = null;
  for (const c of candidates) {
    const checks = evaluate(f, row.values, coverOf(open, c.from));
    if (!chosen || miss(checks) < 0.5 * miss(chosen.checks)) chosen = { ...c, checks };
  }
  return chosen;
}

/**
 * A total right after other totals that adds up no way: most naturally it covers the totals since
 * the previous total of its own kind (`TOTALT …` after `TOTALT …`; right after one, all of them).
 * Not when a header came between (it heads a block of its own), nor when the total is smaller
 * than one of its supposed parts.
 */
function sinceSameKind(f: Frame, row: AnnexRow, open: Open, headerSinceTotal: boolean): Reading | null {
  if (headerSinceTotal) return null;
  let from = open.totals.map((u) => kindOf(u.label)).lastIndexOf(kindOf(row.label)) + 1;
  if (from === open.totals.length) from = 0;
  const cover = coverOf(open, from);
  const smaller = f.numCols.some((c) => {
    const s = row.values[c];
    return s !== null && s >= 0 && cover.some((u) => (u.stated[c] ?? 0) > s + f.rpr);
  });
  return smaller ? null : { from, reading: 'nested', checks: evaluate(f, row.values, cover) };
}

/** A total's stated values against the sum of the units it would cover, per numeric column. */
function evaluate(f: Frame, vals: Record<number, number | null>, cover: Unit[]): Check[] {
  const checks: Check[] = [];
  for (const c of f.numCols) {
    const s = vals[c];
    if (s === null) continue;
    let sumStated = 0;
    let sumAlt = 0;
    for (const u of cover) {
      sumStated += u.stated[c] ?? 0;
      sumAlt += u.alt[c] ?? u.stated[c] ?? 0;
    }
    const count = Math.max(1, cover.length);
    const tol = f.tolerance(c, count);
    // Report the sum of the rows as printed, unless only the recomputed subtotals add up.
    const computed =
      nearlyEqual(s, sumStated) || (!nearlyEqual(s, sumAlt) && (nearlyEqual(s, sumStated, tol) || !nearlyEqual(s, sumAlt, tol))) ? sumStated : sumAlt;
    checks.push({ col: c, stated: s, computed, count, ok: nearlyEqual(s, computed, tol) });
  }
  return checks;
}

/** Records a total with its reading, and puts it in place of what it covers. */
function close(f: Frame, walk: Walk, open: Open, row: AnnexRow, chosen: Reading): void {
  const cover = coverOf(open, chosen.from);
  walk.totals.push({
    row: row.r,
    label: labelOf(row),
    checks: chosen.checks.map(({ col, stated, computed, count }) => ({ col, stated, computed, count })),
    covers: cover.map((u) => u.r),
    reading: chosen.reading,
  });
  for (const ch of chosen.checks) {
    if (nearlyEqual(ch.stated, ch.computed)) continue;
    walk.issues.push({
      kind: ch.ok ? 'total-rounding' : 'total-mismatch',
      at: ref(f.sheetName, row.r, ch.col),
      params: {
        label: labelOf(row),
        column: f.byCol.get(ch.col)!.header,
        stated: ch.stated,
        computed: ch.computed,
        diff: ch.stated - ch.computed,
        count: ch.count,
        tolerance: f.tolerance(ch.col, ch.count),
      },
    });
  }
  const alt: Record<number, number | null> = {};
  for (const ch of chosen.checks) alt[ch.col] = ch.computed;
  const leaves = cover.flatMap((u) => u.leaves);
  walk.leavesOf.set(row.r, leaves);
  open.totals = [...open.totals.slice(0, chosen.from), unitOf(row, alt, leaves)];
  open.details = [];
}

function unitOf(row: AnnexRow, alt: Record<number, number | null>, leaves: number[]): Unit {
  return { r: row.r, label: row.label, stated: row.values, alt, leaves };
}

/** SUM formulas in total cells that leave detail rows of their block out. */
function incompleteSumRanges(sheet: SheetInput, numCols: number[], totals: AnnexTotal[], leavesOf: Map<number, number[]>): AnnexIssue[] {
  const issues: AnnexIssue[] = [];
  for (const t of totals) {
    // Only totals that cover something (not `empty` ones) have rows to leave out.
    const leaves = leavesOf.get(t.row);
    if (!leaves) continue;
    for (const c of numCols) {
      // Stryker disable next-line StringLiteral: equivalent, any other text for no formula is no SUM either
      const f = getCell(sheet, t.row, c)?.f ?? '';
      const ranges = parseSumFormula(f);
      if (!ranges) continue;
      const included = new Set<number>();
      for (const rg of ranges) {
        if (c < rg.c1 || c > rg.c2) continue;
        for (let r = rg.r1; r <= rg.r2; r++) {
          included.add(r);
          // Referencing a subtotal includes the rows under it.
          const under = leavesOf.get(r);
          if (under) for (const l of under) included.add(l);
        }
      }
      const missing = leaves.filter((r) => !included.has(r) && !isBlank(getCell(sheet, r, c)?.v ?? null));
      if (missing.length === 0) continue;
      issues.push({
        kind: 'sum-range-incomplete',
        at: ref(sheet.name, t.row, c),
        params: {
          formula: f,
          label: t.label,
          missing: missing.slice(0, 5).map((r) => a1(r, c)).join(', ') + (missing.length > 5 ? ' …' : ''),
          count: missing.length,
        },
      });
    }
  }
  return issues;
}

/** Ansvar codes used twice in one annex: reported at the second use. */
function duplicateKeys(sheetName: string, columns: AnnexColumn[], rows: AnnexRow[]): AnnexIssue[] {
  const keyCol = columns.find((c) => c.role === 'key');
  if (!keyCol) return [];
  const issues: AnnexIssue[] = [];
  const nameOf = (x: AnnexRow) => columns.filter((c) => c.role === 'name').map((c) => x.texts[c.col]).find((s) => !!s) ?? '';
  const seen = new Map<string, AnnexRow>();
  for (const row of rows) {
    if (row.kind !== 'data') continue;
    const k = row.texts[keyCol.col];
    if (!k) continue;
    const norm = normalizeKey(k);
    const prev = seen.get(norm);
    if (!prev) {
      seen.set(norm, row);
      continue;
    }
    issues.push({
      kind: 'duplicate-key',
      at: ref(sheetName, row.r, keyCol.col),
      params: { key: k, first: a1(prev.r, keyCol.col), name: nameOf(row), firstName: nameOf(prev) },
    });
  }
  return issues;
}

/** `tkr` in the header, kronor in the cells: one finding per column, at its (first) header cell. */
function suspectUnits(group: RecognizedTable[], sheetName: string, columns: AnnexColumn[], rows: AnnexRow[]): AnnexIssue[] {
  const issues: AnnexIssue[] = [];
  for (const col of columns.filter((c) => c.numeric && c.unit === 'tkr')) {
    const vals = rows.filter((r) => r.kind === 'data').map((r) => r.values[col.col]).filter((v) => v !== null);
    if (vals.length === 0) continue;
    const sorted = vals.map(Math.abs).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    if (median < TKR_SUSPECT_MEDIAN) continue;
    const t = group.find((g) => g.columns.some((c) => c.col === col.col))!;
    issues.push({ kind: 'unit-suspect', at: ref(sheetName, t.firstRow, col.col), params: { column: col.header, median } });
  }
  return issues;
}

export function analyzeAnnexes(model: PlanModel, input: WorkbookInput, options: ResolvedOptions): AnnexAnalysis[] {
  const sheets = new Map(input.sheets.map((s) => [s.name, s]));
  // A stored mapping may name a sheet that is gone: its tables are not read.
  const tables = model.tables.filter((t) => t.kind === 'annex' && sheets.has(t.sheet));
  return groupTables(tables).map((group) => analyzeGroup(group, sheets.get(group[0].sheet)!, options));
}

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
 * - `empty`: a total with no detail rows since the previous total (`TOTALT INSKRIVEN
 *   DAGVERKSAMHET`) has nothing to check.
 * When none adds up, the mismatch is reported against the most natural reading.
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
const TOTAL_HEADER = /^(total|totalt|summa|sum|totalsumma|totals)\b/;
/** Header words that name a column rather than a block's category. */
const STANDARD_HEADER = /^(ansvar|ansvarskod|kostnadsstalle|konto|benamning|verksamhet|enhet|namn|name|key|unit|account|cost centre|cost center)$/;

/** Median above which a `tkr` value is implausible for one line: 100 000 tkr = 100 Mkr. */
export const TKR_SUSPECT_MEDIAN = 100_000;

interface Unit {
  /** Index into the annex's rows. */
  idx: number;
  kind: 'detail' | 'total';
  stated: Record<number, number | null>;
  /** The computed sum for a total (so a wrong subtotal does not also fail the grand total). */
  alt: Record<number, number | null>;
  /** Detail rows (0-based sheet rows) underneath, recursively. */
  leaves: number[];
  label: string;
}

/** Parses `SUM(C5:C20)`, `SUM($C$5:$C$9;C12)`; null for anything else (other functions, sheets). */
export function parseSumFormula(f: string): { r1: number; c1: number; r2: number; c2: number }[] | null {
  const m = /^\s*=?\s*SUM\s*\(([^()]*)\)\s*$/i.exec(f);
  if (!m) return null;
  const args = m[1].split(/[,;]/).map((x) => x.trim());
  const out: { r1: number; c1: number; r2: number; c2: number }[] = [];
  for (const a of args) {
    if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.test(a)) return null;
    out.push(parseRange(a.replace(/\$/g, '')));
  }
  return out.length > 0 ? out : null;
}

/** Annex tables grouped per annex: a `Bilaga …` title starts a new one; untitled tables continue it. */
function groupTables(tables: RecognizedTable[]): RecognizedTable[][] {
  const groups: RecognizedTable[][] = [];
  const current = new Map<string, RecognizedTable[]>();
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const sorted = [...tables].sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.firstRow - b.firstRow);
  for (const t of sorted) {
    const cur = current.get(t.sheet);
    const titled = !!t.title && ANNEX_TITLE.test(fold(t.title));
    if (!cur || titled) {
      const g = [t];
      groups.push(g);
      current.set(t.sheet, g);
    } else cur.push(t);
  }
  return groups;
}

function cellText(sheet: SheetInput, r: number, c: number): string {
  return valueText(getCell(sheet, r, c)?.v ?? null).trim();
}

/** Decimals a number is written with (at most 6; binary noise beyond that is ignored). */
function decimalsOf(v: number): number {
  const s = String(Math.round(Math.abs(v) * 1e6) / 1e6);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

function firstWord(label: string): string {
  return fold(label).split(' ')[0] ?? '';
}

function analyzeGroup(group: RecognizedTable[], sheet: SheetInput, options: ResolvedOptions): AnnexAnalysis {
  const first = group[0];
  // Union of the tables' columns, by position.
  const byCol = new Map<number, AnnexColumn>();
  for (const t of group)
    for (const c of t.columns)
      if (!byCol.has(c.col)) byCol.set(c.col, { col: c.col, role: c.role, header: c.header, unit: c.unit, numeric: NUMERIC_ROLES.has(c.role) });
  const columns = [...byCol.values()].sort((a, b) => a.col - b.col);
  const numCols = columns.filter((c) => c.numeric).map((c) => c.col);
  const textCols = columns.filter((c) => !c.numeric);
  const keyCol = columns.find((c) => c.role === 'key');
  const labelCols = columns.filter((c) => c.role === 'key' || c.role === 'name');

  // Rows as read.
  const rows: AnnexRow[] = [];
  for (const t of group) {
    for (const tr of t.rows) {
      const texts: Record<number, string> = {};
      for (const c of textCols) {
        const s = cellText(sheet, tr.r, c.col);
        if (s) texts[c.col] = s;
      }
      const values: Record<number, number | null> = {};
      let anyNum = false;
      for (const c of numCols) {
        const n = readNumber(getCell(sheet, tr.r, c)?.v);
        values[c] = n;
        if (n !== null) anyNum = true;
      }
      const firstText = labelCols.map((c) => texts[c.col]).find((x) => !!x) ?? Object.values(texts)[0] ?? null;
      if (tr.kind === 'header') {
        const category = labelCols.map((c) => texts[c.col]).find((x) => !!x && !STANDARD_HEADER.test(fold(x))) ?? null;
        rows.push({ r: tr.r, tableId: t.id, kind: 'header', label: category, texts, values });
      } else if (tr.kind === 'total') {
        rows.push({ r: tr.r, tableId: t.id, kind: 'total', label: tr.label ?? firstText, texts, values });
      } else if (tr.kind === 'group' || !anyNum) {
        rows.push({ r: tr.r, tableId: t.id, kind: 'group', label: tr.label ?? firstText, texts, values });
      } else {
        rows.push({ r: tr.r, tableId: t.id, kind: 'data', label: firstText, texts, values });
      }
    }
  }

  const rpr = options.roundingPerRow;
  const totals: AnnexTotal[] = [];
  const issues: AnnexIssue[] = [];
  // Counts (Antal platser, ärenden) are whole by nature: no rounding allowed.
  const countCols = new Set(columns.filter((c) => c.numeric && COUNT_HEADER.test(fold(c.header))).map((c) => c.col));

  // Columns totalling other columns of the same row, decided by the data (most rows add up).
  const rowTotals: AnnexRowTotal[] = [];
  for (const col of columns) {
    if (!col.numeric || !TOTAL_HEADER.test(fold(col.header))) continue;
    const components: number[] = [];
    for (let c = col.col - 1; c >= 0; c--) {
      const cc = byCol.get(c);
      if (!cc || !cc.numeric || TOTAL_HEADER.test(fold(cc.header))) break;
      components.unshift(c);
    }
    if (components.length < 2) continue;
    const isCount = COUNT_HEADER.test(fold(col.header));
    const tol = isCount ? 0 : rpr * components.length;
    const checked: { row: AnnexRow; stated: number; computed: number }[] = [];
    for (const row of rows) {
      if (row.kind === 'header' || row.kind === 'group') continue;
      const s = row.values[col.col];
      if (s === null || s === undefined) continue;
      const parts = components.map((c) => row.values[c]);
      if (parts.every((p) => p === null || p === undefined)) continue;
      checked.push({ row, stated: s, computed: parts.reduce<number>((a, p) => a + (p ?? 0), 0) });
    }
    const ok = checked.filter((x) => nearlyEqual(x.stated, x.computed, tol)).length;
    if (ok < 2 || ok * 2 <= checked.length) continue;
    rowTotals.push({ col: col.col, components });
    // Components of a count total are counts too (Bilaga 1: Utan inriktning … Special → Total Platser).
    if (isCount) for (const c of components) countCols.add(c);
    for (const x of checked) {
      if (nearlyEqual(x.stated, x.computed)) continue;
      issues.push({
        kind: nearlyEqual(x.stated, x.computed, tol) ? 'total-rounding' : 'total-mismatch',
        at: ref(sheet.name, x.row.r, col.col),
        params: {
          label: x.row.label ?? x.row.texts[keyCol?.col ?? -1] ?? '',
          column: col.header,
          stated: x.stated,
          computed: x.computed,
          diff: x.stated - x.computed,
          count: components.length,
          tolerance: tol,
        },
      });
    }
  }

  const leavesOf = new Map<number, number[]>(); // total row → detail rows underneath

  // Half a unit per summed row, the unit being the precision the column is written in (30,56 → 0,01).
  const unitOf = new Map<number, number>();
  for (const c of numCols) {
    let dec = 0;
    for (const row of rows) {
      const v = row.values[c];
      if (v !== null && v !== undefined) dec = Math.max(dec, decimalsOf(v));
    }
    unitOf.set(c, 10 ** -dec);
  }
  const tolerance = (c: number, count: number) => (countCols.has(c) ? 0 : rpr * count * (unitOf.get(c) ?? 1));

  type Check = { col: number; stated: number; computed: number; count: number; ok: boolean };
  const evaluate = (vals: Record<number, number | null>, cover: Unit[]): Check[] => {
    const checks: Check[] = [];
    for (const c of numCols) {
      const s = vals[c];
      if (s === null || s === undefined) continue;
      let sumStated = 0;
      let sumAlt = 0;
      for (const u of cover) {
        sumStated += u.stated[c] ?? 0;
        sumAlt += u.alt[c] ?? u.stated[c] ?? 0;
      }
      const count = Math.max(1, cover.length);
      const tol = tolerance(c, count);
      // Report the sum of the rows as printed, unless only the recomputed subtotals add up.
      const computed =
        nearlyEqual(s, sumStated) || (!nearlyEqual(s, sumAlt) && (nearlyEqual(s, sumStated, tol) || !nearlyEqual(s, sumAlt, tol))) ? sumStated : sumAlt;
      checks.push({ col: c, stated: s, computed, count, ok: nearlyEqual(s, computed, tol) });
    }
    return checks;
  };

  const record = (row: AnnexRow, cover: Unit[], checks: Check[], reading: AnnexTotal['reading']) => {
    totals.push({
      row: row.r,
      label: row.label ?? '',
      checks: checks.map(({ col, stated, computed, count }) => ({ col, stated, computed, count })),
      covers: cover.map((u) => rows[u.idx].r),
      reading,
    });
    for (const ch of checks) {
      const diff = ch.stated - ch.computed;
      if (nearlyEqual(ch.stated, ch.computed)) continue;
      const header = byCol.get(ch.col)?.header ?? '';
      issues.push({
        kind: ch.ok ? 'total-rounding' : 'total-mismatch',
        at: ref(sheet.name, row.r, ch.col),
        params: { label: row.label ?? '', column: header, stated: ch.stated, computed: ch.computed, diff, count: ch.count, tolerance: tolerance(ch.col, ch.count) },
      });
    }
  };

  const toUnit = (idx: number, kind: Unit['kind'], alt: Record<number, number | null>, leaves: number[]): Unit => ({
    idx,
    kind,
    stated: rows[idx].values,
    alt,
    leaves,
    label: rows[idx].label ?? '',
  });

  let units: Unit[] = [];
  let headerSinceTotal = false;
  rows.forEach((row, idx) => {
    if (row.kind === 'header' || row.kind === 'group') {
      headerSinceTotal = true;
      return;
    }
    if (row.kind === 'data') {
      // An unlabelled subtotal: equal to the sum of 2+ totals immediately above it.
      let kt = 0;
      while (kt < units.length && units[units.length - 1 - kt].kind === 'total') kt++;
      for (let j = kt; j >= 2; j--) {
        const cover = units.slice(units.length - j);
        const checks = evaluate(row.values, cover);
        if (checks.length > 0 && checks.every((c) => c.ok)) {
          row.kind = 'subtotal';
          record(row, cover, checks, 'implicit');
          const alt: Record<number, number | null> = {};
          for (const ch of checks) alt[ch.col] = ch.computed;
          const leaves = cover.flatMap((u) => u.leaves);
          leavesOf.set(row.r, leaves);
          units = units.slice(0, units.length - j);
          units.push(toUnit(idx, 'total', alt, leaves));
          return;
        }
      }
      units.push(toUnit(idx, 'detail', {}, [row.r]));
      return;
    }
    // A total row.
    const n = units.length;
    let kd = 0;
    while (kd < n && units[n - 1 - kd].kind === 'detail') kd++;
    const candidates: { start: number; reading: AnnexTotal['reading'] }[] = [];
    if (kd > 0) candidates.push({ start: n - kd, reading: 'block' });
    if (n > kd) candidates.push({ start: 0, reading: 'nested' });
    for (let s = 1; s < n; s++) {
      if (s === n - kd) continue;
      // Only tails that begin at or right after a total: a tail inside a detail block is no reading.
      if (units[s].kind === 'total' || units[s - 1].kind === 'total') candidates.push({ start: s, reading: 'nested' });
    }
    let chosen: { start: number; reading: AnnexTotal['reading']; checks: Check[] } | null = null;
    for (const c of candidates) {
      const checks = evaluate(row.values, units.slice(c.start));
      if (checks.every((x) => x.ok)) {
        chosen = { ...c, checks };
        break;
      }
    }
    if (!chosen) {
      if (kd > 0) {
        // Nothing adds up: report against the reading that comes closest (a wrong detail row
        // leaves its block total nearly right; a wrong grand total is near the sum of the blocks).
        const miss = (checks: Check[]) => Math.max(0, ...checks.map((x) => Math.abs(x.stated - x.computed) / Math.max(1, Math.abs(x.stated))));
        for (const c of candidates) {
          const checks = evaluate(row.values, units.slice(c.start));
          // The block reading comes first and stays unless another is clearly closer.
          if (!chosen || miss(checks) < 0.5 * miss(chosen.checks)) chosen = { ...c, checks };
        }
      } else if (n > 0) {
        // Most natural: since the previous total of the same kind (`TOTALT …` after `TOTALT …`), else all.
        const fw = firstWord(row.label ?? '');
        let start = 0;
        for (let s = n - 1; s >= 0; s--) {
          if (units[s].kind === 'total' && firstWord(units[s].label) === fw) {
            start = s + 1;
            break;
          }
        }
        if (start >= n) start = 0;
        const cover = units.slice(start);
        // A total smaller than one of its supposed parts is a block of its own, not a sum of them.
        const smaller = numCols.some((c) => {
          const s = row.values[c];
          return s !== null && s !== undefined && s >= 0 && cover.some((u) => (u.stated[c] ?? 0) > s + rpr);
        });
        if (!headerSinceTotal && !smaller) chosen = { start, reading: 'nested', checks: evaluate(row.values, cover) };
      }
    }
    headerSinceTotal = false;
    if (!chosen) {
      totals.push({ row: row.r, label: row.label ?? '', checks: [], covers: [], reading: 'empty' });
      leavesOf.set(row.r, []);
      units.push(toUnit(idx, 'total', {}, []));
      return;
    }
    const cover = units.slice(chosen.start);
    record(row, cover, chosen.checks, chosen.reading);
    const alt: Record<number, number | null> = {};
    for (const ch of chosen.checks) alt[ch.col] = ch.computed;
    const leaves = cover.flatMap((u) => u.leaves);
    leavesOf.set(row.r, leaves);
    units = units.slice(0, chosen.start);
    units.push(toUnit(idx, 'total', alt, leaves));
  });

  // SUM formulas in total cells that leave detail rows of their block out.
  for (const t of totals) {
    if (t.reading === 'empty' || t.covers.length === 0) continue;
    const leaves = leavesOf.get(t.row) ?? [];
    for (const c of numCols) {
      const f = getCell(sheet, t.row, c)?.f;
      if (!f) continue;
      const ranges = parseSumFormula(f);
      if (!ranges) continue;
      const included = new Set<number>();
      for (const rg of ranges) {
        if (c < rg.c1 || c > rg.c2) continue;
        for (let r = rg.r1; r <= rg.r2; r++) {
          included.add(r);
          // Referencing a subtotal includes the rows under it.
          for (const l of leavesOf.get(r) ?? []) included.add(l);
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

  // Ansvar codes used twice in one annex: reported at the second use.
  if (keyCol) {
    const seen = new Map<string, AnnexRow>();
    for (const row of rows) {
      if (row.kind !== 'data') continue;
      const k = row.texts[keyCol.col];
      if (!k) continue;
      const norm = k.replace(/\s+/g, '').toLowerCase();
      const prev = seen.get(norm);
      if (!prev) {
        seen.set(norm, row);
        continue;
      }
      const nameOf = (x: AnnexRow) => columns.filter((c) => c.role === 'name').map((c) => x.texts[c.col]).find((s) => !!s) ?? '';
      issues.push({
        kind: 'duplicate-key',
        at: ref(sheet.name, row.r, keyCol.col),
        params: { key: k, first: a1(prev.r, keyCol.col), name: nameOf(row), firstName: nameOf(prev) },
      });
    }
  }

  // `tkr` in the header, kronor in the cells: one finding per column, at its (first) header cell.
  for (const col of columns) {
    if (!col.numeric || col.unit !== 'tkr') continue;
    const vals = rows.filter((r) => r.kind === 'data').map((r) => r.values[col.col]).filter((v): v is number => v !== null && v !== undefined);
    if (vals.length === 0) continue;
    const sorted = vals.map(Math.abs).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    if (median < TKR_SUSPECT_MEDIAN) continue;
    const t = group.find((g) => g.columns.some((c) => c.col === col.col)) ?? first;
    issues.push({ kind: 'unit-suspect', at: ref(sheet.name, t.headerRows[0] ?? t.firstRow, col.col), params: { column: col.header, median } });
  }

  return {
    tableId: first.id,
    tableIds: group.map((t) => t.id),
    sheet: first.sheet,
    title: group.map((t) => t.title).find((x) => !!x) ?? null,
    totals,
    issues,
    columns,
    rows,
    rowTotals,
    headerRow: first.headerRows[0] ?? first.firstRow,
  };
}

export function analyzeAnnexes(model: PlanModel, input: WorkbookInput, options: ResolvedOptions): AnnexAnalysis[] {
  const out: AnnexAnalysis[] = [];
  for (const group of groupTables(model.tables.filter((t) => t.kind === 'annex'))) {
    const sheet = input.sheets.find((s) => s.name === group[0].sheet);
    if (!sheet) continue;
    out.push(analyzeGroup(group, sheet, options));
  }
  return out;
}

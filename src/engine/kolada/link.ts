/**
 * Which indicators are Kolada key figures: an id in a Kolada column of the indicator's row
 * (`Kolada`, `KPI`, `Kolada-ID`, or the column Planark added), else one written as a reference in
 * its name or source cell (`(U21468)`). The column wins over the name, the name over the source.
 */
import { getCell, isBlank, ref, valueText } from '../cells';
import type { Indicator, PlanModel, RecognizedTable, Ref } from '../model';
import { normalizeHeader } from '../recognize/headers';
import type { SheetInput, ValueEdit, WorkbookInput } from '../types';
import { idsInColumnCell, idsInText, isKpiId } from './ids';
import type { KoladaLink, LinkProblem } from './types';

/** Header of the column Planark adds at a table's end; recognised as a Kolada column. */
export const OWN_COLUMN_HEADER = 'Kolada-ID (Planark)';

/** Headers (normalised) that name a Kolada column. Bare `Kolada`/`KPI` only count as headers here, in a recognised table's header row. */
const KOLADA_HEADERS = new Set([
  'kolada', 'kpi', 'kolada id', 'koladaid', 'kpi id', 'kpiid', 'kolada kpi', 'kolada nyckeltal', 'nyckeltal kolada',
  'nyckeltal i kolada', 'kolada kod', 'kolada nr', 'nyckeltals id', 'nyckeltalsid', 'kpi nr', 'kolada id planark',
]);

export function isKoladaHeader(text: string): boolean {
  return KOLADA_HEADERS.has(normalizeHeader(text));
}

function sheetOf(input: WorkbookInput, name: string): SheetInput | undefined {
  return input.sheets.find((s) => s.name === name);
}

/** Columns a table spans on its header row: its mapped columns and the labelled cells next to them. */
export function tableSpan(sheet: SheetInput, t: RecognizedTable): { c1: number; c2: number } {
  const cols = t.columns.map((c) => c.col);
  const c1 = Math.min(...cols);
  let c2 = Math.max(...cols);
  const hr = t.headerRows[0];
  while (!isBlank(getCell(sheet, hr, c2 + 1)?.v ?? null)) c2++;
  return { c1, c2 };
}

/** The table's Kolada column: one recognised as such, else a header cell saying Kolada or KPI. */
export function koladaColumn(input: WorkbookInput, t: RecognizedTable): number | null {
  const mapped = t.columns.find((c) => c.role === 'koladaId');
  if (mapped) return mapped.col;
  const sheet = sheetOf(input, t.sheet);
  if (!sheet || t.columns.length === 0) return null;
  const { c1, c2 } = tableSpan(sheet, t);
  const nameCol = t.columns.find((c) => c.role === 'indicator')?.col;
  for (let c = c1; c <= c2; c++) {
    if (c === nameCol) continue;
    const v = getCell(sheet, t.headerRows[0], c)?.v ?? null;
    if (typeof v === 'string' && isKoladaHeader(v)) return c;
  }
  return null;
}

type One = { id: string } | { problem: LinkProblem['kind'] } | null;

function oneOf(ids: string[], text: string, strict: boolean): One {
  if (ids.length === 1) return { id: ids[0] };
  if (ids.length > 1) return { problem: 'several-ids' };
  return strict && text.trim() !== '' ? { problem: 'not-an-id' } : null;
}

/** Reads one indicator's link: the Kolada column's cell, then the name, then the source. */
function linkOf(input: WorkbookInput, ind: Indicator, col: number | null, sourceRef: Ref | undefined): { id: string; at: Ref; from: KoladaLink['from'] } | { problem: LinkProblem['kind']; at: Ref; text: string } | null {
  const sheet = sheetOf(input, ind.sheet);
  if (col !== null && sheet) {
    const text = valueText(getCell(sheet, ind.row, col)?.v ?? null).trim();
    const at = ref(ind.sheet, ind.row, col);
    const got = oneOf(idsInColumnCell(text), text, true);
    if (got && 'id' in got) return { id: got.id, at, from: 'column' };
    if (got) return { problem: got.problem, at, text };
  }
  const name = ind.name.trim();
  const fromName = oneOf(isKpiId(name.toUpperCase()) ? [name.toUpperCase()] : idsInText(name), name, false);
  if (fromName && 'id' in fromName) return { id: fromName.id, at: ind.nameRef, from: 'name' };
  if (fromName) return { problem: fromName.problem, at: ind.nameRef, text: name };
  const source = (ind.source ?? '').trim();
  if (source && sourceRef) {
    const fromSource = oneOf(idsInText(source), source, false);
    if (fromSource && 'id' in fromSource) return { id: fromSource.id, at: sourceRef, from: 'source' };
    if (fromSource) return { problem: fromSource.problem, at: sourceRef, text: source };
  }
  return null;
}

/** Every indicator linked to a key figure, and every link cell that names none or several. */
export function linkIndicators(input: WorkbookInput, model: PlanModel): { links: KoladaLink[]; problems: LinkProblem[] } {
  const links: KoladaLink[] = [];
  const problems: LinkProblem[] = [];
  const colOf = new Map<string, number | null>();
  const sourceColOf = new Map<string, number | undefined>();
  for (const t of model.tables) {
    if (t.kind !== 'indicators') continue;
    colOf.set(t.id, koladaColumn(input, t));
    sourceColOf.set(t.id, t.columns.find((c) => c.role === 'source')?.col);
  }
  model.indicators.forEach((ind, index) => {
    const sc = sourceColOf.get(ind.tableId);
    const got = linkOf(input, ind, colOf.get(ind.tableId) ?? null, sc === undefined ? undefined : ref(ind.sheet, ind.row, sc));
    if (!got) return;
    if ('id' in got) links.push({ index, kpi: got.id, at: got.at, from: got.from });
    else problems.push({ index, at: got.at, kind: got.problem, text: got.text });
  });
  return { links, problems };
}

/** Where the pane writes a chosen key figure: the values to set, or why it cannot. */
export type IdPlacement = { values: ValueEdit[]; added: boolean } | { problem: 'no-room' | 'no-indicator' | 'not-an-id' };

/**
 * Writes `kpi` into the indicator's row: in the table's Kolada column, or in a column Planark adds
 * right after the table, headed `Kolada-ID (Planark)` on every header row of the table (so a header
 * repeated after a page break still reads as the same table). The new column must be empty down
 * the whole table, and the cell after it empty on the header row, so the table never grows into a
 * user's cells or joins a table beside it.
 */
export function placeKoladaId(input: WorkbookInput, model: PlanModel, index: number, kpi: string): IdPlacement {
  const ind = model.indicators[index];
  if (!ind) return { problem: 'no-indicator' };
  if (!isKpiId(kpi)) return { problem: 'not-an-id' };
  const t = model.tables.find((x) => x.id === ind.tableId);
  const sheet = sheetOf(input, ind.sheet);
  if (!t || !sheet) return { problem: 'no-indicator' };
  const existing = koladaColumn(input, t);
  if (existing !== null) return { values: [{ sheet: ind.sheet, cell: ref(ind.sheet, ind.row, existing).cell, value: kpi }], added: false };
  const { c2 } = tableSpan(sheet, t);
  const c = c2 + 1;
  for (let r = t.firstRow; r <= t.lastRow; r++) if (!isBlank(getCell(sheet, r, c)?.v ?? null) || getCell(sheet, r, c)?.f !== undefined) return { problem: 'no-room' };
  if (t.headerRows.some((hr) => !isBlank(getCell(sheet, hr, c + 1)?.v ?? null))) return { problem: 'no-room' };
  return {
    values: [...t.headerRows.map((hr) => ({ sheet: ind.sheet, cell: ref(ind.sheet, hr, c).cell, value: OWN_COLUMN_HEADER })), { sheet: ind.sheet, cell: ref(ind.sheet, ind.row, c).cell, value: kpi }],
    added: true,
  };
}

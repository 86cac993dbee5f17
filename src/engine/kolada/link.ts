/**
 * Which indicators are Kolada key figures: an id in a Kolada column of the indicator's row
 * (`Kolada`, `KPI`, `Kolada-ID`, or the column Planark added), else one written as a reference in
 * its name or source cell (`(U21468)`). The column wins over the name, the name over the source.
 */
import { a1, getCell, isBlank, ref, valueText } from '../cells';
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

/** The sheet a recognised table or indicator is on (recognition only reads sheets of the input). */
function sheetOf(input: WorkbookInput, name: string): SheetInput {
  return input.sheets.find((s) => s.name === name)!;
}

/** The table's last column on its header row: its last recognised column and the labelled cells after it. */
export function tableEnd(sheet: SheetInput, t: RecognizedTable): number {
  let c = Math.max(...t.columns.map((x) => x.col));
  while (!isBlank(getCell(sheet, t.headerRows[0], c + 1)?.v ?? null)) c++;
  return c;
}

/**
 * The table's Kolada column: the column recognised (or set by the user in Översikt) as the Kolada
 * id, else a header cell saying Kolada, KPI, Kolada-ID … — never the indicator names' own column.
 */
export function koladaColumn(input: WorkbookInput, t: RecognizedTable): number | null {
  const mapped = t.columns.find((x) => x.role === 'koladaId');
  if (mapped) return mapped.col;
  const sheet = sheetOf(input, t.sheet);
  // Stryker disable next-line OptionalChaining: equivalent, every table that holds indicators has their name column
  const nameCol = t.columns.find((x) => x.role === 'indicator')?.col;
  const end = tableEnd(sheet, t);
  for (let c = Math.min(...t.columns.map((x) => x.col)); c <= end; c++) {
    if (c !== nameCol && isKoladaHeader(valueText(getCell(sheet, t.headerRows[0], c)?.v ?? null))) return c;
  }
  return null;
}

type Found = { id: string; at: Ref; from: KoladaLink['from'] } | { problem: LinkProblem['kind']; at: Ref; text: string };

/** One cell's reading: its one id, a problem (several ids; in a Kolada column, text that is no id), or nothing. */
function readIds(text: string, ids: string[], strict: boolean, at: Ref, from: KoladaLink['from']): Found | null {
  if (ids.length > 1) return { problem: 'several-ids', at, text };
  if (ids.length === 1) return { id: ids[0], at, from };
  return strict && text !== '' ? { problem: 'not-an-id', at, text } : null;
}

/** One indicator's link: the Kolada column's cell, then the name, then the source. */
function linkOf(sheet: SheetInput, ind: Indicator, col: number | null, sourceCol: number | undefined): Found | null {
  const cell = valueText(getCell(sheet, ind.row, col ?? -1)?.v ?? null).trim();
  const name = ind.name.toUpperCase();
  // Without a Kolada column the cell reads empty, without a source column the source is empty:
  // an empty text is no reading, so neither the fallback text nor the fallback addresses are used.
  // Stryker disable next-line StringLiteral: equivalent, as said
  const source = ind.source ?? '';
  return (
    // Stryker disable next-line UnaryOperator: equivalent, as said
    readIds(cell, idsInColumnCell(cell), true, ref(ind.sheet, ind.row, col ?? -1), 'column') ??
    readIds(ind.name, isKpiId(name) ? [name] : idsInText(ind.name), false, ind.nameRef, 'name') ??
    // Stryker disable next-line UnaryOperator: equivalent, as said
    readIds(source, idsInText(source), false, ref(ind.sheet, ind.row, sourceCol ?? -1), 'source')
  );
}

/** Every indicator linked to a key figure, and every link cell that names none or several. */
export function linkIndicators(input: WorkbookInput, model: PlanModel): { links: KoladaLink[]; problems: LinkProblem[] } {
  const links: KoladaLink[] = [];
  const problems: LinkProblem[] = [];
  model.indicators.forEach((ind, index) => {
    const t = model.tables.find((x) => x.id === ind.tableId)!;
    const got = linkOf(sheetOf(input, ind.sheet), ind, koladaColumn(input, t), t.columns.find((x) => x.role === 'source')?.col);
    if (got && 'id' in got) links.push({ index, kpi: got.id, at: got.at, from: got.from });
    else if (got) problems.push({ index, at: got.at, kind: got.problem, text: got.text });
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
  const t = model.tables.find((x) => x.id === ind.tableId)!;
  const sheet = sheetOf(input, ind.sheet);
  const existing = koladaColumn(input, t);
  if (existing !== null) return { values: [{ sheet: ind.sheet, cell: a1(ind.row, existing), value: kpi }], added: false };
  const c = tableEnd(sheet, t) + 1;
  const taken = (r: number, col: number) => {
    const x = getCell(sheet, r, col);
    return x?.f !== undefined || !isBlank(x?.v ?? null);
  };
  for (let r = t.firstRow; r <= t.lastRow; r++) if (taken(r, c)) return { problem: 'no-room' };
  // Repeated header rows are the same cells as the first (or they would not be one table).
  if (taken(t.headerRows[0], c + 1)) return { problem: 'no-room' };
  return {
    values: [...t.headerRows.map((hr) => ({ sheet: ind.sheet, cell: a1(hr, c), value: OWN_COLUMN_HEADER })), { sheet: ind.sheet, cell: a1(ind.row, c), value: kpi }],
    added: true,
  };
}

/**
 * Planark's Kolada sheet: the attribution Kolada asks for ("Källa: Kolada, hämtat ÅÅÅÅ-MM-DD"), what
 * was fetched for each linked indicator, and — the marker — which cells Planark wrote and with what
 * value. It is an owned sheet (a PLANARK_OWNED_n name marks it, and follows renames), so it
 * survives saving in Excel. A cell counts as Planark's only while it still holds the value written
 * there; once a user types over it, it is theirs.
 */
import { fold, getCell, valueText } from '../cells';
import type { CellValue, GenCell, Lang, SheetInput, WorkbookInput } from '../types';
import { LEDGER_WORDS } from './messages';
import type { KoladaData, Outcome } from './types';

/** A cell Planark wrote: where, what, and for which key figure and year. */
export interface LedgerEntry {
  sheet: string;
  cell: string;
  kpi: string;
  year: number;
  written: number | string;
}

const TITLE = /^(kalla|source) kolada\b/;

/** True for Planark's Kolada sheet, told by its first cell (its name may be `Kolada (Planark)`). */
export function isLedgerTitle(v: CellValue | undefined): boolean {
  return typeof v === 'string' && TITLE.test(fold(v).replace(/:/g, ''));
}

/** The Kolada sheet among the workbook's owned sheets, if there is one. */
export function findLedger(input: WorkbookInput): SheetInput | undefined {
  const owned = new Set(input.ownedSheets);
  return input.sheets.find((s) => owned.has(s.name) && isLedgerTitle(getCell(s, 0, 0)?.v));
}

const HEAD = {
  sheet: ['blad', 'sheet'],
  cell: ['cell'],
  kpi: ['nyckeltal', 'key figure'],
  year: ['ar', 'year'],
  written: ['skrivet varde', 'value written'],
} as const;
type Column = keyof typeof HEAD;

/** Entries of a Kolada sheet (either language): the rows under the header row that name a written value. */
export function readLedger(sheet: SheetInput | undefined): LedgerEntry[] {
  if (!sheet) return [];
  const rows = sheet.rows;
  // The header row is the one that starts with Blad (Sheet); the columns are found by their headers.
  const hr = rows.findIndex((row) => (HEAD.sheet as readonly string[]).includes(fold(valueText(row?.[0]?.v ?? null))));
  const col: Partial<Record<Column, number>> = {};
  rows[hr]?.forEach((c, i) => {
    const t = fold(valueText(c?.v ?? null));
    for (const k of Object.keys(HEAD) as Column[]) if ((HEAD[k] as readonly string[]).includes(t)) col[k] = i;
  });
  if (Object.keys(HEAD).some((k) => col[k as Column] === undefined)) return [];
  const [, ...body] = rows.slice(hr);
  const out: LedgerEntry[] = [];
  for (const row of body) {
    const v = (k: Column) => row?.[col[k]!]?.v ?? null;
    const written = v('written');
    const year = Number(v('year'));
    const usable = typeof written === 'number' || (typeof written === 'string' && written.trim() !== '');
    if (usable && Number.isInteger(year)) out.push({ sheet: valueText(v('sheet')), cell: valueText(v('cell')).toUpperCase(), kpi: valueText(v('kpi')), year, written });
  }
  return out;
}

/** Equal as Planark compares a cell with what it wrote there (numbers to nine decimals). */
export function sameValue(a: CellValue, b: number | string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim();
}

const rank = (r: Outcome['rank'], lang: Lang): string => (r ? (lang === 'sv' ? `${r.position} av ${r.of}` : `${r.position} of ${r.of}`) : '');

/** The Kolada sheet's rows: attribution, context, then one row per linked indicator. */
export function ledgerRows(data: KoladaData, outcomes: Outcome[], carried: LedgerEntry[], lang: Lang, outcomeText: (o: Outcome) => string): GenCell[][] {
  const w = LEDGER_WORDS[lang];
  const rows: GenCell[][] = [
    [{ v: w.title(data.fetchedOn), bold: true }],
    [{ v: w.municipality(data.municipality.title, data.municipality.id) }],
    [{ v: data.group ? w.group(data.group.title, data.group.id, data.group.members.length) : w.noGroup }],
    [{ v: w.about, italic: true }],
    [],
    w.headers.map((h) => ({ v: h, bold: true, border: { bottom: 'thin' as const } })),
  ];
  for (const o of outcomes) {
    rows.push([
      { v: o.sheet },
      { v: o.cell, link: { sheet: o.sheet, cell: o.cell } },
      { v: o.indicator, wrap: true },
      { v: o.kpi ?? null },
      { v: o.kpi ? (data.kpis[o.kpi]?.title ?? null) : null, wrap: true },
      { v: o.year ?? null },
      { v: o.value ?? null },
      { v: rank(o.rank, lang) || null },
      { v: rank(o.groupRank, lang) || null },
      { v: o.better ? w.better[o.better] : null },
      // Only what Planark wrote (written, refreshed, unchanged) has a value written.
      { v: o.written ?? null },
      { v: outcomeText(o), wrap: true },
    ]);
  }
  // Cells written before that this run did not touch stay Planark's (another year, say).
  for (const e of carried) {
    rows.push([{ v: e.sheet }, { v: e.cell, link: { sheet: e.sheet, cell: e.cell } }, { v: null }, { v: e.kpi }, { v: data.kpis[e.kpi]?.title ?? null }, { v: e.year }, { v: null }, { v: null }, { v: null }, { v: null }, { v: e.written }, { v: null }]);
  }
  return rows;
}

export const LEDGER_WIDTHS = [24, 8, 40, 10, 40, 7, 12, 14, 12, 11, 14, 50];

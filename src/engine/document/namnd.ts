/**
 * Which nämnd the report is for, and which year, found where a controller would write them:
 *
 * 1. the shell's option (`--namnd`, the pane's field) wins;
 * 2. a label cell `Nämnd`, `Nämnd/styrelse`, `Beslutsinstans`, `Beslutande organ`… with the name
 *    beside it or below it (seed 002's document head: `Beslutsinstans · Kommunstyrelsen`; its
 *    `Dokumentägare` is the office, `Omsorg`, and is not read);
 * 3. a nämnd or styrelse named in a title or heading in the first rows of a sheet
 *    (`Vård- och omsorgsnämndens uppdragsplan 2024` → `Vård- och omsorgsnämnden`);
 * 4. the same in the file name (`Socialnämnden VP 2025.xlsx`).
 *
 * Otherwise null: the report leaves a marked place rather than guess. A goal text naming a nämnd
 * (`Vård- och omsorgsnämndens verksamheter ska …`) is not a title and is never read.
 */
import type { CellValue, SheetInput, WorkbookInput } from '../types';
import type { PlanModel } from '../model';
import { fold, valueText } from '../cells';

export interface NamndFound {
  name: string | null;
  source: 'option' | 'label' | 'title' | 'file' | null;
}

// The label words and the name pattern live in the functions that use them (not module constants),
// so that mutation testing can tell which tests read them.

/** A label cell naming the nämnd (`Nämnd`, `Nämnd/styrelse`, `Beslutsinstans`, …), folded. */
function isLabel(folded: string): boolean {
  return new Set(['namnd', 'namnd styrelse', 'styrelse namnd', 'namnd bolag', 'beslutsinstans', 'beslutande organ', 'ansvarig namnd', 'board', 'committee']).has(folded);
}

/** How many rows from the top of a sheet count as its head (titles, the document's header block). */
const HEAD_ROWS = 8;
const MAX_NAME = 60;

function text(v: CellValue | undefined): string {
  return valueText(v ?? null).replace(/\s+/g, ' ').trim();
}

/**
 * `Vård- och omsorgsnämndens` → `Vård- och omsorgsnämnden`; the first letter upper-case. The word
 * ends in nämnd, nämnden, nämndens, styrelse, styrelsen or styrelsens: an `s` at the end is the genitive.
 */
function asName(word: string): string {
  const base = word.endsWith('s') ? word.slice(0, -1) : word;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** A nämnd named in a line of text, or null. A bare `nämnd` / `styrelse` (no name) is none. */
export function namndInText(s: string): string | null {
  // `…nämnden`, `…nämnd`, `…styrelsen` as a word of its own with letters before it (a bare
  // `nämnden` names no one), a `Vård- och` prefix kept.
  const m = /(?<![\p{L}])((?:[\p{L}]+-\s+och\s+)?[\p{L}]+?(?:nämnd(?:en|ens)?|styrelse(?:n|ns)?))(?![\p{L}])/u.exec(s);
  if (!m) return null;
  const word = m[1];
  // `Vård-  och omsorgsnämndens` typed with two spaces, or broken over two lines: one space.
  return asName(word.replace(/\s+/g, ' '));
}

function fromLabels(sheet: SheetInput, rows: number): string | null {
  for (let r = 0; r < Math.min(rows, sheet.rows.length); r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (const [c, cell] of row.entries()) {
      if (!isLabel(fold(text(cell?.v)).replace(/[/\s]+/g, ' '))) continue;
      // A row of labels (`Dokumenttyp · Dokumentägare · Beslutsinstans`) has its values below.
      const labelRow = row.filter((x) => text(x?.v) !== '').length >= 3;
      const right = labelRow ? '' : text(row[c + 1]?.v);
      const below = text(sheet.rows[r + 1]?.[c]?.v);
      const value = right !== '' ? right : below;
      if (value !== '' && value.length <= MAX_NAME && !isLabel(fold(value))) return value;
    }
  }
  return null;
}

/** Cells that are titles: the head rows of a sheet and the title rows above recognised tables. */
function titleTexts(input: WorkbookInput, model: PlanModel | null): string[] {
  // Stryker disable next-line ArrayDeclaration: a text put first names no nämnd and no year; it cannot change what is found.
  const out: string[] = [];
  const goalTexts = new Set(model?.goals.map((g) => g.text));
  for (const s of input.sheets) {
    if (input.ownedSheets.includes(s.name)) continue;
    const firstTable = model?.tables.filter((t) => t.sheet === s.name).reduce((m, t) => Math.min(m, t.firstRow), Infinity) ?? Infinity;
    const limit = Math.min(HEAD_ROWS, firstTable, s.rows.length);
    for (let r = 0; r < limit; r++) s.rows[r]?.forEach((c) => typeof c?.v === 'string' && out.push(c.v));
  }
  model?.tables.forEach((t) => t.title && out.push(t.title));
  return out.filter((t) => !goalTexts.has(t.trim()));
}

export function findNamnd(input: WorkbookInput, model: PlanModel | null, option?: string | null): NamndFound {
  const opt = option?.trim();
  if (opt) return { name: opt, source: 'option' };
  for (const s of input.sheets) {
    if (input.ownedSheets.includes(s.name)) continue;
    const v = fromLabels(s, HEAD_ROWS);
    if (v) return { name: v, source: 'label' };
  }
  for (const t of titleTexts(input, model)) {
    const n = namndInText(t);
    if (n) return { name: n, source: 'title' };
  }
  // `Vård-_och_omsorgsnämnden.xlsx`: underscores for spaces. (The extension needs no removing: a
  // name ends before the dot.)
  const n = input.fileName ? namndInText(input.fileName.replace(/_/g, ' ')) : null;
  return n ? { name: n, source: 'file' } : { name: null, source: null };
}

/**
 * The report's year. Where every current result column names its year (`Utfall 2024`), that year;
 * where this year's results stand in unlabelled columns (`Resultat T1 · T2 · år`) beside earlier
 * years' (`Utfall 2023 · Utfall 2024` for the trend), the year the file name or a plan title names
 * (`verksamhetsplan-2025.xlsx`); then the latest column year; null when nothing says.
 */
export function findYear(input: WorkbookInput, model: PlanModel | null): number | null {
  const current = (model?.tables ?? []).flatMap((t) => t.columns.filter((c) => c.role === 'result' && !c.history));
  const years = current.filter((c) => c.year).map((c) => c.year as number);
  const latest = years.length ? Math.max(...years) : null;
  if (latest !== null && years.length === current.length) return latest;
  const inText = (s: string) => {
    const m = /(?:^|[^\d])(20\d{2})(?!\d)/.exec(s);
    return m ? Number(m[1]) : null;
  };
  const fromFile = input.fileName ? inText(input.fileName) : null;
  if (fromFile) return fromFile;
  for (const t of titleTexts(input, model)) {
    if (!/(verksamhetsplan|uppdragsplan|budget|uppföljning|delår|verksamhetsberättelse|årsredovisning|plan)/i.test(t)) continue;
    const y = inText(t);
    if (y) return y;
  }
  return latest;
}

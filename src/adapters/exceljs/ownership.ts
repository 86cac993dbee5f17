/**
 * Which sheets Planark generated. A workbook-level defined name `PLANARK_OWNED_<n>` refers to
 * `'<sheet>'!$A$1`; Excel rewrites such references when the user renames the sheet, so ownership
 * follows the sheet rather than its name.
 */
import type ExcelJS from 'exceljs';

export const OWNED_PREFIX = 'PLANARK_OWNED_';
const OWNED_NAME = /^PLANARK_OWNED_\d+$/i;

/** `'Röda tråden'!$A$1` → `Röda tråden`; `Blad1!$A$1` → `Blad1`. Null when there is no sheet part. */
export function sheetOfReference(ref: string): string | null {
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return null;
  let s = ref.slice(0, bang).trim();
  if (s.startsWith('=')) s = s.slice(1);
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return s.length ? s : null;
}

/** Quotes a sheet name for a reference (`'Röda tråden'!A1`); quotes inside are doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

interface DefinedNameModel {
  name: string;
  ranges: string[];
}

function definedNames(wb: ExcelJS.Workbook): DefinedNameModel[] {
  // `model` rebuilds the list from ExcelJS's cell matrix; cheap for the handful of names a plan has.
  return (wb.definedNames.model as unknown as DefinedNameModel[] | undefined) ?? [];
}

/** Names of existing sheets that carry a Planark ownership mark, in workbook order. */
export function ownedSheetNames(wb: ExcelJS.Workbook): string[] {
  const marked = new Set<string>();
  for (const dn of definedNames(wb)) {
    if (!OWNED_NAME.test(dn.name)) continue;
    for (const r of dn.ranges) {
      const s = sheetOfReference(r);
      if (s) marked.add(s.toLocaleLowerCase('sv'));
    }
  }
  return wb.worksheets.filter((ws) => marked.has(ws.name.toLocaleLowerCase('sv'))).map((ws) => ws.name);
}

export function isOwned(wb: ExcelJS.Workbook, sheet: string): boolean {
  const l = sheet.toLocaleLowerCase('sv');
  return ownedSheetNames(wb).some((s) => s.toLocaleLowerCase('sv') === l);
}

/** Marks a sheet as Planark's with the next free `PLANARK_OWNED_<n>` name (no-op when marked). */
export function markOwned(wb: ExcelJS.Workbook, sheet: string): void {
  if (isOwned(wb, sheet)) return;
  const used = new Set(definedNames(wb).map((d) => d.name.toUpperCase()));
  let n = 1;
  while (used.has(`${OWNED_PREFIX}${n}`)) n++;
  wb.definedNames.add(`${quoteSheet(sheet)}!$A$1`, `${OWNED_PREFIX}${n}`);
}

/**
 * Which sheets Planark generated. A workbook-level defined name `PLANARK_OWNED_<n>` refers to
 * `'<sheet>'!$A$1`; Excel rewrites such references when the user renames the sheet, so ownership
 * follows the sheet rather than its name.
 */
import type ExcelJS from 'exceljs';
import { freeOwnedNames, ownedSheetKeys, quoteSheet, sheetKey } from '../owned-sheets';

export { OWNED_PREFIX, quoteSheet, sheetOfReference } from '../owned-sheets';

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
  const marked = ownedSheetKeys(definedNames(wb).flatMap((dn) => dn.ranges.map((ref) => ({ name: dn.name, ref }))));
  return wb.worksheets.filter((ws) => marked.has(sheetKey(ws.name))).map((ws) => ws.name);
}

export function isOwned(wb: ExcelJS.Workbook, sheet: string): boolean {
  return ownedSheetNames(wb).some((s) => sheetKey(s) === sheetKey(sheet));
}

/** Marks a sheet as Planark's with the next free `PLANARK_OWNED_<n>` name (no-op when marked). */
export function markOwned(wb: ExcelJS.Workbook, sheet: string): void {
  if (isOwned(wb, sheet)) return;
  const [name] = freeOwnedNames(definedNames(wb).map((d) => d.name), 1);
  wb.definedNames.add(`${quoteSheet(sheet)}!$A$1`, name);
}

/**
 * The reading library for assembling annexes in the pane, loaded only when the user picks files
 * (`await import('./annex-files')`), so ExcelJS never weighs on the pane's first load. Reads the
 * chosen workbooks into engine input, and writes generated sheets into a small .xlsx for hosts
 * that insert a whole workbook (Excel's insertWorksheetsFromBase64).
 */
import ExcelJS from 'exceljs';
import type { GeneratedSheet, Lang, WorkbookInput } from '../engine/types';
import { loadWorkbookBytes } from '../adapters/exceljs/load';
import { readWorkbook } from '../adapters/exceljs/read';
import { writeGeneratedSheet } from '../adapters/exceljs/write';
import { OWNED_PREFIX } from '../adapters/exceljs/ownership';

/** One picked file as engine input; throws an Error with a one-line message in the user's language. */
export async function readAnnexFile(bytes: ArrayBuffer, fileName: string, lang: Lang): Promise<WorkbookInput> {
  const wb = await loadWorkbookBytes(bytes, fileName, lang);
  return readWorkbook(wb, fileName);
}

/** The sheets as a new .xlsx, base64 (what Excel's insertWorksheetsFromBase64 takes). */
export async function sheetsAsBase64(sheets: GeneratedSheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of sheets) writeGeneratedSheet(wb, g);
  // The host marks the inserted sheets itself; a PLANARK_OWNED name carried along would clash.
  for (const dn of wb.definedNames.model) if (dn.name.startsWith(OWNED_PREFIX)) for (const r of dn.ranges) wb.definedNames.remove(r, dn.name);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  let bin = '';
  // In slices: String.fromCharCode(...all) overflows the argument stack on large sheets.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * An .xlsx held in memory (a file the user picked in the browser) → an ExcelJS workbook, read
 * through the package guard first (zip-bomb limits, required parts). Failures are one line in the
 * user's language naming the file; ExcelJS's own messages (its internals, in English) never reach
 * the user. Used by the preview and by the task pane's annex assembly (loaded lazily there).
 */
import ExcelJS from 'exceljs';
import { openPackage, PackageError } from '../xlsx-package';
import type { Lang } from '../../engine/types';

export type OpenErrorKind = 'not-xlsx' | 'corrupt' | 'too-large' | 'sample';

/** Why a file could not be opened, in words a user can act on. */
export function openError(kind: OpenErrorKind, fileName: string, lang: Lang, detail?: string): string {
  const d = detail ? ` (${detail})` : '';
  if (kind === 'too-large') {
    return lang === 'sv'
      ? `”${fileName}” packas upp till mer än 500 MB och öppnas inte (skydd mot zip-bomber).`
      : `"${fileName}" unpacks to more than 500 MB and is not opened (zip-bomb guard).`;
  }
  if (kind === 'not-xlsx') {
    return lang === 'sv'
      ? `”${fileName}” är ingen .xlsx-fil. Spara den som Excel-arbetsbok (.xlsx) i Excel och öppna den igen.`
      : `"${fileName}" is not an .xlsx file. Save it as an Excel workbook (.xlsx) in Excel and open it again.`;
  }
  if (kind === 'sample') {
    return lang === 'sv'
      ? `Exempelarbetsboken kunde inte hämtas${d}. Öppna en egen .xlsx-fil med knappen ovan eller dra den hit.`
      : `The sample workbook could not be loaded${d}. Open an .xlsx file of your own with the button above or drop it here.`;
  }
  return lang === 'sv'
    ? `”${fileName}” kunde inte läsas som en Excel-arbetsbok; filen är skadad eller inte en .xlsx-fil. Öppna filen i Excel, spara den som .xlsx och försök igen.`
    : `"${fileName}" could not be read as an Excel workbook; the file is damaged or not an .xlsx file. Open it in Excel, save it as .xlsx and try again.`;
}

/** Reads .xlsx/.xlsm bytes; throws an Error whose message is `openError`'s. */
export async function loadWorkbookBytes(bytes: ArrayBuffer, fileName: string, lang: Lang): Promise<ExcelJS.Workbook> {
  if (!/\.(xlsx|xlsm)$/i.test(fileName)) throw new Error(openError('not-xlsx', fileName, lang));
  try {
    openPackage(new Uint8Array(bytes));
  } catch (e) {
    throw new Error(openError(e instanceof PackageError && e.code === 'too-large' ? 'too-large' : 'corrupt', fileName, lang));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    // ExcelJS's own message names its internals; the user gets ours.
    throw new Error(openError('corrupt', fileName, lang));
  }
  if (wb.worksheets.length === 0) throw new Error(openError('corrupt', fileName, lang));
  return wb;
}

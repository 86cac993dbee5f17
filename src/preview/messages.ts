/** The preview page's own labels (the task pane has its own). Swedish first, English beside. */
import type { Lang } from '../engine/types';

const M = {
  title: { sv: 'Planark – förhandsvisning', en: 'Planark – preview' },
  open: { sv: 'Öppna .xlsx …', en: 'Open .xlsx …' },
  download: { sv: 'Ladda ned', en: 'Download' },
  dropHint: { sv: 'Släpp en .xlsx-fil här för att öppna den', en: 'Drop an .xlsx file here to open it' },
  loading: { sv: 'Läser arbetsboken …', en: 'Reading the workbook …' },
  sheets: { sv: 'Blad', en: 'Sheets' },
  grid: { sv: 'Kalkylblad', en: 'Worksheet' },
  nameBox: { sv: 'Namnruta', en: 'Name box' },
  formulaBar: { sv: 'Formelfält', en: 'Formula bar' },
  errorTitle: { sv: 'Filen kunde inte öppnas', en: 'The file could not be opened' },
  dismiss: { sv: 'Stäng', en: 'Dismiss' },
  previewNote: {
    sv: 'Förhandsvisning i webbläsaren – inget Excel behövs. Ändringar sparas först när du laddar ned filen.',
    en: 'Preview in the browser – no Excel needed. Changes are saved only when you download the file.',
  },
} as const;

export type PreviewMessage = keyof typeof M;

export function t(key: PreviewMessage, lang: Lang): string {
  return M[key][lang];
}

/** Why a file could not be opened, in words a user can act on. */
export function openError(kind: 'not-xlsx' | 'corrupt' | 'too-large' | 'sample', fileName: string, lang: Lang, detail?: string): string {
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
    ? `”${fileName}” kunde inte läsas som en Excel-arbetsbok; filen är skadad eller inte en .xlsx-fil${d}. Öppna filen i Excel, spara den som .xlsx och försök igen.`
    : `"${fileName}" could not be read as an Excel workbook; the file is damaged or not an .xlsx file${d}. Open it in Excel, save it as .xlsx and try again.`;
}

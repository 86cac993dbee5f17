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

/** Why a file could not be opened: shared with the task pane's annex reading. */
export { openError } from '../adapters/exceljs/load';

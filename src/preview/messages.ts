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
  sample: {
    sv: 'Det här är exempelarbetsboken som följer med Planark, inte din egen fil. Öppna din egen .xlsx med ”Öppna .xlsx …” eller dra filen hit.',
    en: 'This is the sample workbook that comes with Planark, not a file of yours. Open your own .xlsx with "Open .xlsx …" or drop the file here.',
  },
  sampleBadge: { sv: 'Exempel', en: 'Sample' },
  unsavedBadge: { sv: 'Ej nedladdade ändringar', en: 'Changes not downloaded' },
  unsavedTitle: { sv: 'Ändringarna är inte nedladdade', en: 'The changes are not downloaded' },
  unsavedBody: {
    sv: 'Färgerna, bladen och värdena du ändrat i ”{file}” finns bara i den här webbläsarfliken. Öppnar du ”{next}” försvinner de.',
    en: 'The colours, sheets and values you changed in "{file}" exist only in this browser tab. Opening "{next}" discards them.',
  },
  downloadFirst: { sv: 'Ladda ned först', en: 'Download first' },
  openAnyway: { sv: 'Öppna utan att spara', en: 'Open without saving' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  pane: { sv: 'Planark – åtgärdsfönster', en: 'Planark – task pane' },
  workbook: { sv: 'Arbetsbok', en: 'Workbook' },
  toolbar: { sv: 'Arkiv', en: 'File' },
  previewNote: {
    sv: 'Förhandsvisning i webbläsaren – inget Excel behövs. Ändringar sparas först när du laddar ned filen.',
    en: 'Preview in the browser – no Excel needed. Changes are saved only when you download the file.',
  },
} as const;

export type PreviewMessage = keyof typeof M;

export function t(key: PreviewMessage, lang: Lang, vars: Record<string, string> = {}): string {
  return M[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** Why a file could not be opened: shared with the task pane's annex reading. */
export { openError } from '../adapters/exceljs/load';

/**
 * The empty, structured plan workbook of `planark template`: goals, indicators, activities and
 * budget with header rows the engine recognises and drop-down lists for the closed vocabularies.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../engine/types';

interface ColumnSpec {
  header: string;
  width: number;
  /** Drop-down list values (no commas: Excel's inline lists split on them). */
  list?: string[];
  /** Input message shown when the cell is selected. */
  prompt?: string;
  numFmt?: string;
}

interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
}

const HEADER_FILL = 'FFD9E1F2';
/** Rows below the header that get validation lists (a plan rarely has more). */
const LIST_ROWS = 300;

export const TEMPLATE_SHEETS: Record<Lang, SheetSpec[]> = {
  sv: [
    {
      name: 'Mål',
      columns: [
        { header: 'Id', width: 8 },
        { header: 'Nivå', width: 18, list: ['Vision', 'Målområde', 'Fullmäktigemål', 'Nämndmål', 'Verksamhetsmål', 'Enhetsmål'] },
        { header: 'Mål', width: 60 },
        { header: 'Överordnat mål', width: 24, prompt: 'Id eller text för målet en nivå upp. Flera skiljs med komma.' },
      ],
    },
    {
      name: 'Indikatorer',
      columns: [
        { header: 'Mål', width: 28 },
        { header: 'Indikator', width: 40 },
        { header: 'Tröskel', width: 28, prompt: 'T.ex. "Grön 82 Gul 76" eller "Grön 6,5 Gul 7" eller "Grön Ja Röd Nej".' },
        { header: 'Riktning', width: 10, list: ['Öka', 'Minska'] },
        { header: 'Nuläge', width: 10 },
        { header: 'Hur ofta det ska mätas', width: 18, list: ['Månatlig', 'Tertial', 'Delår och helår', 'Årligen'] },
        { header: 'Ansvarig', width: 20 },
        { header: 'Källa', width: 14 },
        { header: 'Resultat T1', width: 12 },
        { header: 'Resultat T2', width: 12 },
        { header: 'Resultat år', width: 12 },
      ],
    },
    {
      name: 'Aktiviteter',
      columns: [
        { header: 'Mål', width: 28 },
        { header: 'Aktivitet', width: 50 },
        { header: 'Ansvarig', width: 20 },
        { header: 'Berörda', width: 24 },
        { header: 'Status', width: 14, list: ['Ej påbörjad', 'Pågår', 'Klar'] },
        { header: 'Klart senast', width: 14, numFmt: 'yyyy-mm-dd' },
      ],
    },
    {
      name: 'Budget',
      columns: [
        { header: 'Ansvar', width: 10 },
        { header: 'Benämning', width: 30 },
        { header: 'Budget', width: 14, numFmt: '# ##0' },
        { header: 'Utfall', width: 14, numFmt: '# ##0' },
        { header: 'Prognos', width: 14, numFmt: '# ##0' },
        { header: 'Avvikelse', width: 14, numFmt: '# ##0' },
        { header: 'Kommentar/åtgärd', width: 40 },
      ],
    },
  ],
  en: [
    {
      name: 'Goals',
      columns: [
        { header: 'Id', width: 8 },
        { header: 'Level', width: 18, list: ['Vision', 'Focus area', 'Council goal', 'Committee goal', 'Operational goal', 'Unit goal'] },
        { header: 'Goal', width: 60 },
        { header: 'Parent goal', width: 24, prompt: 'Id or text of the goal one level up. Separate several with commas.' },
      ],
    },
    {
      name: 'Indicators',
      columns: [
        { header: 'Goal', width: 28 },
        { header: 'Indicator', width: 40 },
        { header: 'Threshold', width: 28, prompt: 'E.g. "Green 82 Yellow 76" or "Green 6.5 Yellow 7" or "Green Yes Red No".' },
        { header: 'Direction', width: 10, list: ['Increase', 'Decrease'] },
        { header: 'Baseline', width: 10 },
        { header: 'Frequency', width: 18, list: ['Monthly', 'Tertial', 'Interim and full year', 'Yearly'] },
        { header: 'Responsible', width: 20 },
        { header: 'Source', width: 14 },
        { header: 'Result T1', width: 12 },
        { header: 'Result T2', width: 12 },
        { header: 'Result year', width: 12 },
      ],
    },
    {
      name: 'Activities',
      columns: [
        { header: 'Goal', width: 28 },
        { header: 'Activity', width: 50 },
        { header: 'Responsible', width: 20 },
        { header: 'Involved', width: 24 },
        { header: 'Status', width: 14, list: ['Not started', 'In progress', 'Done'] },
        { header: 'Deadline', width: 14, numFmt: 'yyyy-mm-dd' },
      ],
    },
    {
      name: 'Budget',
      columns: [
        { header: 'Cost centre', width: 12 },
        { header: 'Name', width: 30 },
        { header: 'Budget', width: 14, numFmt: '#,##0' },
        { header: 'Actual', width: 14, numFmt: '#,##0' },
        { header: 'Forecast', width: 14, numFmt: '#,##0' },
        { header: 'Deviation', width: 14, numFmt: '#,##0' },
        { header: 'Comment/action', width: 40 },
      ],
    },
  ],
};

/** Adds the template's sheets to `wb` (normally a fresh workbook). */
export function buildTemplate(wb: ExcelJS.Workbook, lang: Lang = 'sv'): ExcelJS.Workbook {
  for (const spec of TEMPLATE_SHEETS[lang]) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    spec.columns.forEach((col, i) => {
      const c = i + 1;
      const head = ws.getCell(1, c);
      head.value = col.header;
      head.style = {
        font: { bold: true },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
        alignment: { wrapText: true, vertical: 'top' },
        border: { bottom: { style: 'thin' } },
      };
      const column = ws.getColumn(c);
      column.width = col.width;
      if (col.numFmt) column.numFmt = col.numFmt;
      if (!col.list && !col.prompt) return;
      const dv: ExcelJS.DataValidation = col.list
        ? { type: 'list', allowBlank: true, formulae: [`"${col.list.join(',')}"`], showErrorMessage: true }
        : { type: 'any' as ExcelJS.DataValidation['type'], allowBlank: true, formulae: [] };
      if (col.prompt) Object.assign(dv, { showInputMessage: true, prompt: col.prompt });
      // ExcelJS squeezes equal per-cell validations into one range when it writes.
      for (let r = 2; r <= LIST_ROWS + 1; r++) ws.getCell(r, c).dataValidation = dv;
    });
  }
  return wb;
}

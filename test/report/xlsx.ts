/** Test helper: a WorkbookInput (the seeds' sheets) as a real .xlsx, as Excel would save it. */
import ExcelJS from 'exceljs';
import type { WorkbookInput } from '../../src/engine/types';

export async function xlsxOf(input: WorkbookInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of input.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c || c.v === null || typeof c.v === 'object') return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = c.v;
        if (c.fmt) cell.numFmt = c.fmt;
      }),
    );
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

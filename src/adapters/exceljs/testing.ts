/** Test helpers: round trip a workbook through a real .xlsx buffer, as Excel would hand it over. */
import ExcelJS from 'exceljs';

export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

// The baseline `planark check` is compared with: ExcelJS reading the same file, nothing else
// (`write` as a second argument also writes it back, the baseline for `apply`).
import ExcelJS from 'exceljs';

const [file, write] = process.argv.slice(2);
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(file);
if (write === 'write') await wb.xlsx.writeFile(`${file}.out.xlsx`);

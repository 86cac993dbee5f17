/**
 * `planark assemble` on three unit workbooks built from seed 003's Bilaga 3 blocks: every total in
 * the output is a SUM formula that covers exactly its block and equals the sum of the inputs.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRange } from '../../src/engine/cells';
import { loadWorkbook, planark, ROOT, saveWorkbook, tempDir } from './helpers';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

type Line = [string, string, number, number | null];
const UNITS: [string, string, Line[]][] = [
  ['servicebostader.xlsx', 'Servicebostäder', [['298101', 'Ljuragatan 147-149', 5245914, 12], ['298102', 'Guldringen 77-83', 4806705, 7], ['298105', 'Generalsgatan 41', 5210452, 9]]],
  ['korttid.xlsx', 'Korttidsplatser', [['298501', 'Storhögsgatan 38', 6640002, null], ['298502', 'Lindövägen 100', 5450772, null]]],
  ['boendestod.xlsx', 'Boendestöd', [['298601', 'Boendestöd 1', 13901695, null], ['298602', 'Boendestöd 2', 13901695, null], ['298603', 'Boendestöd 3', 13901695, null], ['298604', 'Boendestöd team 14', 13901695, null]]],
];

function unitWorkbook(category: string, lines: Line[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bilaga 3');
  ws.addRow(['Bilaga 3 Budget 2024 uppdrag verksamhet för personer med funktionsnedsättning']);
  ws.addRow([]);
  ws.addRow(['Ansvar', category, 'Budget uppdrag kr', 'Antal platser']);
  for (const l of lines) ws.addRow([...l]);
  const last = 3 + lines.length;
  const sum = (i: 2 | 3) => lines.reduce((s, l) => s + (l[i] ?? 0), 0);
  ws.addRow(['', 'Summa', { formula: `SUM(C4:C${last})`, result: sum(2) }, { formula: `SUM(D4:D${last})`, result: sum(3) }]);
  return wb;
}

describe('planark assemble on three unit workbooks', () => {
  it('writes one annex whose totals are SUM formulas over exactly their blocks, equal to the inputs', async () => {
    const dir = tempDir();
    const files = [];
    for (const [file, cat, lines] of UNITS) files.push(await saveWorkbook(unitWorkbook(cat, lines), path.join(dir, file)));
    const out = path.join(dir, 'bilagor.xlsx');
    const r = planark(['assemble', ...files, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);

    const wb = await loadWorkbook(out);
    const ws = wb.getWorksheet('Bilagor');
    expect(ws).toBeDefined();
    const sheet = ws!;
    // Blocks: a header row (`Ansvar` in A), detail rows, then the total row with SUM formulas.
    const totals: { row: number; col: number; formula: string }[] = [];
    const headers: number[] = [];
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Ansvar') headers.push(n);
      row.eachCell((cell, c) => {
        const v = cell.value as { formula?: string } | null;
        if (v && typeof v === 'object' && v.formula) totals.push({ row: n, col: c, formula: v.formula });
      });
    });
    expect(headers).toHaveLength(3);
    expect(totals).toHaveLength(6); // two numeric columns × three units

    const budgetTotals: number[] = [];
    for (const t of totals) {
      const m = /^SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(t.formula);
      expect(m, t.formula).not.toBeNull();
      const range = parseRange(m![1]);
      const header = Math.max(...headers.filter((h) => h < t.row));
      // Covers exactly the block: from the row after its header to the row before the total,
      // in the total's own column.
      expect(range.r1 + 1).toBe(header + 1);
      expect(range.r2 + 1).toBe(t.row - 1);
      expect(range.c1 + 1).toBe(t.col);
      expect(range.c2 + 1).toBe(t.col);
      let sum = 0;
      for (let r = range.r1 + 1; r <= range.r2 + 1; r++) sum += Number(sheet.getRow(r).getCell(t.col).value ?? 0);
      if (t.col === 3) budgetTotals.push(sum);
      // Every detail row names its source file.
      for (let r = range.r1 + 1; r <= range.r2 + 1; r++) expect(String(sheet.getRow(r).getCell(5).value)).toMatch(/\.xlsx – Bilaga 3!A\d+$/);
    }
    const expected = UNITS.map(([, , lines]) => lines.reduce((s, l) => s + l[2], 0)).sort((a, b) => a - b);
    expect(budgetTotals.sort((a, b) => a - b)).toEqual(expected);
    // The number format is the Swedish `# ##0` written as Excel's code.
    const someAmount = sheet.getRow(headers[0] + 1).getCell(3);
    expect(someAmount.numFmt).toMatch(/#.##0/);
  });
});

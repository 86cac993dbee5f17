import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildExampleWorkbook } from '../../scripts/build-examples';
import { readWorkbook } from '../../src/adapters/exceljs/read';
import { ROOT } from './helpers';

async function viaXlsx(wb: ExcelJS.Workbook) {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return readWorkbook(back, 'verksamhetsplan-2025.xlsx');
}

describe('examples/verksamhetsplan-2025.xlsx', () => {
  it('is deterministic and the committed file is up to date (run `npm run examples`)', async () => {
    const a = await viaXlsx(buildExampleWorkbook());
    const b = await viaXlsx(buildExampleWorkbook());
    expect(b).toEqual(a);
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.load(readFileSync(path.join(ROOT, 'examples', 'verksamhetsplan-2025.xlsx')) as unknown as ArrayBuffer);
    expect(readWorkbook(committed, 'verksamhetsplan-2025.xlsx')).toEqual(a);
  });

  it.each([
    ['Kommunfullmäktiges indikatorer', 'J2', 81],
    ['Kommunfullmäktiges indikatorer', 'H6', 6.2],
    ['Kommunfullmäktiges indikatorer', 'I6', 7.4],
    ['Kommunfullmäktiges indikatorer', 'J5', 'Ja'],
    ['Verksamhetens indikatorer', 'J5', 'Htj 12; SÄBO 1,5'],
    ['Verksamhetens indikatorer', 'J6', '3/12'],
    ['Verksamhetens indikatorer', 'J4', { error: '#DIV/0!' }],
    ['Kommunfullmäktiges indikatorer', 'K2', 'U23471'], // Kolada-linked (planark kolada)
    ['Kommunfullmäktiges indikatorer', 'K3', 'U21468'],
    ['Kommunfullmäktiges indikatorer', 'J3', undefined], // empty: planark kolada fills it
    ['Verksamhetens indikatorer', 'B8', 'Helhetssyn hemtjänst jämfört med liknande kommuner (U21468)'],
    ['Mål', 'D8', 'KF1, KF4'],
    ['Budgetuppföljning', 'C10', 31283442],
    ['Uppdragsplanens indikatorer', 'C3', 'Minska'],
    ['Uppdragsplanens indikatorer', 'F2', 78],
    ['Uppdragsplanens indikatorer', 'G2', 83],
    ['Uppdragsplanens indikatorer', 'F6', undefined],
  ])('%s!%s holds %j', async (sheet, cell, v) => {
    const input = await viaXlsx(buildExampleWorkbook());
    const s = input.sheets.find((x) => x.name === sheet)!;
    const m = /^([A-Z])(\d+)$/.exec(cell)!;
    expect(s.rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65]?.v).toEqual(v);
  });

  it('leaves N6 without activities and 294113 red without a comment', async () => {
    const input = await viaXlsx(buildExampleWorkbook());
    const acts = input.sheets.find((x) => x.name === 'Aktiviteter')!;
    const goalsWithActivities = new Set(acts.rows.slice(1).map((r) => r?.[0]?.v));
    expect(goalsWithActivities.has('N6')).toBe(false);
    expect(['N1', 'N2', 'N3', 'N4', 'N5', 'N7', 'V1', 'V2'].every((g) => goalsWithActivities.has(g))).toBe(true);
    const budget = input.sheets.find((x) => x.name === 'Budgetuppföljning')!;
    const row = budget.rows.find((r) => r?.[0]?.v === '294113')!;
    expect((row[4]!.v as number) > (row[2]!.v as number) * 1.005).toBe(true);
    expect(row[6]).toBeUndefined();
  });
});

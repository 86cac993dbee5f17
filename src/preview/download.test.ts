import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { analyze, planEdits } from '../engine/analyze';
import { readWorkbook } from '../adapters/exceljs';
import { BrowserWorkbookHost } from './browser-host';
import { downloadFile } from './download';
import { loadWorkbook } from './Preview';
import { PreviewStore } from './store';
import { fidelityWorkbook, SHEETS } from '../../test/lossless/fixture';

async function opened(macro = false) {
  const fx = fidelityWorkbook({ macro });
  const name = macro ? 'plan.xlsm' : 'plan.xlsx';
  const wb = await loadWorkbook(fx.bytes.slice().buffer, name, 'sv');
  const store = new PreviewStore(new ExcelJS.Workbook(), 'x.xlsx');
  store.load(wb, name, fx.bytes);
  return { fx, store, host: new BrowserWorkbookHost(store, { language: 'sv-SE' }) };
}

describe('the preview download patches the opened file', () => {
  it('carries Planark\u2019s colours and sheets and the user\u2019s typed values, and keeps every other part byte for byte', async () => {
    const { fx, store, host } = await opened(true);
    const edits = planEdits(analyze(await host.read(), { period: 'year' }));
    await host.apply(edits);
    store.editCell(SHEETS.indicators, 'F5', '77,5');
    store.editCell(SHEETS.indicators, 'B6', '=HYPERLINK("x")');
    const file = await downloadFile(store);
    expect(file.name).toBe('plan.planark.xlsm');
    expect(file.mime).toBe('application/vnd.ms-excel.sheet.macroEnabled.12');
    const out = unzipSync(file.bytes);
    for (const part of ['xl/vbaProject.bin', 'xl/charts/chart1.xml', 'xl/threadedComments/threadedComment1.xml', 'xl/persons/person.xml', 'docProps/custom.xml', 'xl/tables/table1.xml', 'xl/calcChain.xml', 'xl/sharedStrings.xml']) {
      expect(out[part], part).toEqual(fx.parts[part]);
    }
    const sheet = strFromU8(out['xl/worksheets/sheet1.xml']);
    expect(sheet).toMatch(/<c r="F5" s="3"><v>77.5<\/v><\/c>/);
    expect(sheet).toContain('<c r="B6" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("x")</t></is></c>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(file.bytes.slice().buffer);
    expect(back.worksheets.map((w) => w.name)).toEqual([SHEETS.indicators, SHEETS.goals, SHEETS.lists, 'Sammanställning', 'Röda tråden']);
    expect((back.getWorksheet(SHEETS.indicators)!.getCell('F2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    // What the grid shows and what the download holds agree.
    expect(readWorkbook(back, 'x').sheets[0].rows[4]?.[5]?.v).toBe(77.5);
  });

  it('a rerun after an edit: the last colour and the regenerated sheet win, with no duplicates', async () => {
    const { store, host } = await opened();
    await host.apply(planEdits(analyze(await host.read(), { period: 'year' })));
    store.editCell(SHEETS.indicators, 'F3', '96'); // yellow → green
    await host.apply(planEdits(analyze(await host.read(), { period: 'year' })));
    const pending = store.pendingEdits();
    expect(pending.sheets.map((s) => s.name)).toEqual(['Sammanställning', 'Röda tråden']);
    expect(pending.fills.filter((f) => f.cell === 'F3')).toEqual([{ sheet: SHEETS.indicators, cell: 'F3', fill: 'FFC6EFCE', font: 'FF006100' }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await downloadFile(store)).bytes.slice().buffer);
    const f3 = back.getWorksheet(SHEETS.indicators)!.getCell('F3');
    expect(f3.value).toBe(96);
    expect((f3.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(back.worksheets.filter((w) => w.name === 'Sammanställning')).toHaveLength(1);
  });

  it('refuses a zip bomb before ExcelJS sees it', async () => {
    const { miniWorkbook } = await import('../../test/lossless/raw');
    const bomb = miniWorkbook({ sheetData: '', sheetDeclaredSize: 3_000_000_000 });
    await expect(loadWorkbook(bomb.slice().buffer, 'plan.xlsx', 'sv')).rejects.toThrow('”plan.xlsx” packas upp till mer än 500 MB och öppnas inte (skydd mot zip-bomber).');
  });
});

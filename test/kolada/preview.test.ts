/**
 * Kolada values through the browser preview: the preview host writes them into the workbook in
 * memory, the store keeps them for the download, and the download (the original package patched)
 * holds them — so `Hämta från Kolada` in the preview behaves like `planark kolada`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planKolada } from '../../src/engine/kolada';
import { recognizeWorkbook } from '../../src/engine/recognize';
import { BrowserWorkbookHost } from '../../src/preview/browser-host';
import { downloadFile } from '../../src/preview/download';
import { PreviewStore } from '../../src/preview/store';
import { ROOT } from '../cli/helpers';
import { koladaData } from './fixtures';

async function sampleStore(): Promise<PreviewStore> {
  const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'examples', 'verksamhetsplan-2025.xlsx')));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return new PreviewStore(wb, 'verksamhetsplan-2025.xlsx', bytes);
}

describe('Kolada in the preview', () => {
  it('writes values and the Kolada sheet in memory and in the download; a second run finds them its own', async () => {
    const store = await sampleStore();
    const host = new BrowserWorkbookHost(store, { language: 'sv-SE' });
    const input = await host.read();
    const plan = planKolada(input, recognizeWorkbook(input).model, koladaData(), { lang: 'sv' });
    expect(plan.edits.values).toEqual([
      { sheet: 'Kommunfullmäktiges indikatorer', cell: 'J3', value: 89 },
      { sheet: 'Verksamhetens indikatorer', cell: 'J8', value: 'plats 3 av 8' },
    ]);
    await host.apply(plan.edits);
    expect(store.sheet('Kommunfullmäktiges indikatorer')!.getCell('J3').value).toBe(89);
    expect(store.sheet('Verksamhetens indikatorer')!.getCell('J8').value).toBe('plats 3 av 8');
    expect(store.pendingEdits().values).toEqual(plan.edits.values);

    const d = await downloadFile(store);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(d.bytes as unknown as ArrayBuffer);
    expect(back.getWorksheet('Kommunfullmäktiges indikatorer')!.getCell('J3').value).toBe(89);
    expect(back.getWorksheet('Kommunfullmäktiges indikatorer')!.getCell('J2').value).toBe(81);
    expect(back.getWorksheet('Kolada')!.getCell('A1').value).toBe('Källa: Kolada, hämtat 2025-03-14');

    const again = await host.read();
    const second = planKolada(again, recognizeWorkbook(again).model, koladaData(), { lang: 'sv' });
    expect(second.outcomes.map((o) => o.kind)).toEqual(['kept', 'unchanged', 'unchanged']);
  });
});

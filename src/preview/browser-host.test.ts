import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { HostError } from '../adapters/host';
import { PALETTE } from '../engine/types';
import type { Edits } from '../engine/types';
import { BrowserWorkbookHost, detectLang } from './browser-host';
import { buildSheetView, indexAt, prefixSums } from './sheet-view';
import { normaliseCell, PreviewStore } from './store';

/** A plan sheet with seed 002's indicator texts (Norsjö verksamhetsplan 2025). */
function planWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Verksamhetsplan');
  ws.addRow(['Mål', 'Indikator', 'Målvärde', 'Resultat år']);
  ws.addRow(['Trygg och säker vård', 'Andel positiva svar brukarundersökning', 'Grön 82 Gul 76', 84]);
  ws.addRow(['Trygg och säker vård', 'Sjukfrånvaro', 'Grön 6,5 Gul 7', 7.4]);
  ws.getCell('D3').numFmt = '0.0';
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  wb.addWorksheet('Budget').addRow(['Ansvar', 'Budget', 'Prognos']);
  return wb;
}

function setup(env = { language: 'sv-SE', search: '', dark: false }) {
  const store = new PreviewStore(planWorkbook(), 'verksamhetsplan-2025.xlsx');
  return { store, host: new BrowserWorkbookHost(store, env) };
}

describe('detectLang', () => {
  it.each([
    [{ language: 'sv-SE' }, 'sv'],
    [{ language: 'sv' }, 'sv'],
    [{ language: 'en-GB' }, 'en'],
    [{ language: 'fi-FI' }, 'en'],
    [{}, 'en'],
    [{ language: 'sv-SE', search: '?lang=en' }, 'en'],
    [{ language: 'en-US', search: '?x=1&lang=SV' }, 'sv'],
    [{ language: 'en-US', search: '?lang=de' }, 'en'],
  ])('%j → %s', (env, lang) => {
    expect(detectLang(env)).toBe(lang);
  });

  it('never throws on any query string', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (language, search) => ['sv', 'en'].includes(detectLang({ language, search }))));
  });
});

describe('normaliseCell', () => {
  it.each([
    ['C5', 'C5'],
    ['$c$5', 'C5'],
    [' D3 ', 'D3'],
    ['C5:D9', 'C5'],
    ['XFD1048576', 'XFD1048576'],
    ['XFE1', null],
    ['A0', null],
    ['Verksamhetsplan', null],
    ['', null],
  ])('%j → %j', (cell, out) => {
    expect(normaliseCell(cell)).toBe(out);
  });

  it('never throws and what it returns normalises to itself', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normaliseCell(s);
        return n === null || normaliseCell(n) === n;
      }),
    );
  });
});

describe('BrowserWorkbookHost', () => {
  it('info() says preview, with the language and theme of the browser', () => {
    expect(setup().host.info()).toEqual({ kind: 'preview', lang: 'sv', dark: false });
    expect(setup({ language: 'sv-SE', search: '?lang=en', dark: true }).host.info()).toEqual({ kind: 'preview', lang: 'en', dark: true });
  });

  it('read() hands the engine the workbook through the shared adapter', async () => {
    const { host } = setup();
    const input = await host.read();
    expect(input.fileName).toBe('verksamhetsplan-2025.xlsx');
    expect(input.sheets.map((s) => s.name)).toEqual(['Verksamhetsplan', 'Budget']);
    expect(input.sheets[0].rows[1]?.[2]?.v).toBe('Grön 82 Gul 76');
    expect(input.sheets[0].rows[2]?.[3]).toMatchObject({ v: 7.4, fmt: '0.0' });
  });

  it('apply() writes fills and generated sheets and re-renders the grid', async () => {
    const { store, host } = setup();
    const seen = vi.fn();
    store.subscribe(seen);
    const edits: Edits = {
      fills: [
        { sheet: 'Verksamhetsplan', cell: 'D2', fill: PALETTE.green.fill, font: PALETTE.green.font },
        { sheet: 'Verksamhetsplan', cell: 'D3', fill: PALETTE.red.fill, font: PALETTE.red.font },
      ],
      sheets: [{ kind: 'summary', name: 'Sammanställning', rows: [[{ v: 'Mål', bold: true }], [{ v: 'Trygg och säker vård' }]] }],
    };
    const progress = vi.fn();
    await host.apply(edits, progress);
    expect(progress).toHaveBeenLastCalledWith({ done: 3, total: 3 });
    expect(seen).toHaveBeenCalled();
    expect(store.wb.worksheets.map((w) => w.name)).toEqual(['Verksamhetsplan', 'Budget', 'Sammanställning']);
    const view = buildSheetView(store.sheet('Verksamhetsplan')!, 'sv');
    expect(view.cells[1][3]).toMatchObject({ text: '84', fill: 'FFC6EFCE', font: 'FF006100', number: true });
    expect(view.cells[2][3]).toMatchObject({ text: '7,4', fill: 'FFFFC7CE', font: 'FF9C0006' });
    // Planark now owns the sheet it generated and regenerates it in place.
    expect((await host.read()).ownedSheets).toEqual(['Sammanställning']);
    await host.apply({ fills: [], sheets: [{ kind: 'summary', name: 'Sammanställning', rows: [[{ v: 'Ny' }]] }] });
    expect(store.wb.worksheets.map((w) => w.name)).toEqual(['Verksamhetsplan', 'Budget', 'Sammanställning']);
    expect(store.sheet('Sammanställning')!.getCell('A1').value).toBe('Ny');
  });

  it("apply() refuses to write over a user's sheet with a message in the user's language", async () => {
    const { store, host } = setup();
    const edits: Edits = { fills: [], sheets: [{ kind: 'budget', name: 'Budget', rows: [[{ v: 'x' }]] }] };
    const err = await host.apply(edits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).reason).toBe('protected');
    expect((err as HostError).message).toContain('Budget');
    expect(store.sheet('Budget')!.getCell('A1').value).toBe('Ansvar');
  });

  it('select() shows the sheet and selects the cell; unknown ones are an error', async () => {
    const { store, host } = setup();
    await host.select('budget', '$b$1');
    expect(store.active).toBe('Budget');
    expect(store.selected).toBe('B1');
    expect(store.scrollRequest).toBe(1);
    await expect(host.select('Saknas', 'A1')).rejects.toBeInstanceOf(HostError);
    await expect(host.select('Budget', 'nonsense')).rejects.toBeInstanceOf(HostError);
    expect(store.active).toBe('Budget');
  });

  it('keeps mappings in memory and hands them to the engine on read()', async () => {
    const { host } = setup();
    expect(await host.loadMappings()).toEqual([]);
    const m = [{ sheet: 'Verksamhetsplan', headerRow: 0, kind: 'indicators', columns: { 2: 'thresholds' } }];
    await host.saveMappings(m);
    m[0].columns[2] = 'ignore'; // the host keeps its own copy
    expect(await host.loadMappings()).toEqual([{ sheet: 'Verksamhetsplan', headerRow: 0, kind: 'indicators', columns: { 2: 'thresholds' } }]);
    expect((await host.read()).mappings).toEqual([{ sheet: 'Verksamhetsplan', headerRow: 0, kind: 'indicators', columns: { 2: 'thresholds' } }]);
  });

  it('onChanged() reports an edit made in the grid, read the Swedish way, until unsubscribed', async () => {
    const { store, host } = setup();
    const cb = vi.fn();
    const off = await host.onChanged(cb);
    store.editCell('Verksamhetsplan', 'D3', '6,2');
    expect(cb).toHaveBeenCalledWith({ sheet: 'Verksamhetsplan', address: 'D3' });
    expect((await host.read()).sheets[0].rows[2]?.[3]?.v).toBe(6.2);
    off();
    store.editCell('Verksamhetsplan', 'D2', '');
    expect(cb).toHaveBeenCalledTimes(1);
    expect((await host.read()).sheets[0].rows[1]?.[3]).toBeUndefined();
  });

  it('read() and apply() stop when aborted', async () => {
    const { host } = setup();
    const ac = new AbortController();
    ac.abort();
    await expect(host.read(ac.signal)).rejects.toThrow(/Abort/);
    await expect(host.apply({ fills: [], sheets: [] }, undefined, ac.signal)).rejects.toThrow(/Abort/);
  });
});

describe('sheet view', () => {
  it('shows values, fills and fonts as the file has them', () => {
    const view = buildSheetView(planWorkbook().worksheets[0], 'sv', 10);
    expect(view.rowCount).toBe(13);
    expect(view.cells[0][0]).toMatchObject({ text: 'Mål', bold: true, fill: 'FFD9E1F2' });
    expect(view.cells[2][2]).toMatchObject({ text: 'Grön 6,5 Gul 7' });
    expect(view.cells[5]).toBeUndefined();
  });

  it('indexAt finds the row under any pixel', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: -50, max: 70_000 }), (sizes, y) => {
        const offs = prefixSums(sizes);
        const i = indexAt(offs, y);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(sizes.length);
        if (y >= 0 && y < offs[sizes.length]) expect(offs[i] <= y && y < offs[i + 1]).toBe(true);
      }),
    );
  });
});

describe('selection and unsaved changes (issue 12)', () => {
  it('tells the pane what the user selects in the grid, with the sheet name, until unsubscribed', async () => {
    const { store, host } = setup();
    const cb = vi.fn();
    const off = await host.onSelectionChanged(cb);
    store.select('verksamhetsplan', '$d$3', false);
    expect(cb).toHaveBeenCalledExactlyOnceWith({ sheet: 'Verksamhetsplan', address: 'D3' });
    store.select('Finns inte', 'A1');
    expect(cb).toHaveBeenCalledOnce();
    off();
    store.select('Budget', 'B1');
    expect(cb).toHaveBeenCalledOnce();
  });

  it('counts as unsaved from the first change until the download holds it; a new file starts clean', async () => {
    const { store, host } = setup();
    expect(store.unsaved).toBe(false);
    await host.apply({ fills: [], sheets: [] });
    expect(store.unsaved).toBe(false); // nothing was changed
    await host.apply({ fills: [{ sheet: 'Verksamhetsplan', cell: 'D2', fill: PALETTE.green.fill, font: PALETTE.green.font }], sheets: [] });
    expect(store.unsaved).toBe(true);
    store.markSaved();
    expect(store.unsaved).toBe(false);
    store.editCell('Verksamhetsplan', 'D3', '6,9');
    expect(store.unsaved).toBe(true);
    store.load(planWorkbook(), 'annan.xlsx', null, { sample: false });
    expect([store.unsaved, store.sample]).toEqual([false, false]);
    store.load(planWorkbook(), 'verksamhetsplan-2025.xlsx', null, { sample: true });
    expect(store.sample).toBe(true);
  });
});

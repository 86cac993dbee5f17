/**
 * Change events and co-authoring (findings 3, 4, 5): handlers removed on the context that added
 * them, only the user's own edits call the pane back, Planark's own writes raise nothing, a
 * recheck re-reads only the sheet that changed, drop-down edits the web does not report are
 * caught on selection change and focus, and co-authors' saved column choices are merged.
 */
import { describe, expect, it, vi } from 'vitest';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import type { GeneratedSheet } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { FakeDocument, FakeExcel, FakeOffice } from './fake-excel';
import { planSheet } from './helpers';

const handlerCount = (x: FakeExcel) => [...x.handlers.values()].reduce((n, l) => n + l.length, 0);

describe('handlers', () => {
  it('are removed on the request context that added them, so a re-mounted pane does not stack them', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env());
    const cb = vi.fn();
    const off = await host.onChanged(cb);
    const added = handlerCount(x);
    expect(added).toBeGreaterThanOrEqual(5);
    off();
    await x.settle();
    expect(handlerCount(x)).toBe(0);
    expect(x.removals).toBe(added);
    // Mounted again: one set of handlers, one callback per edit.
    const off2 = await host.onChanged(cb);
    expect(handlerCount(x)).toBe(added);
    await x.edit('Omsorg', 'C3', 70);
    expect(cb).toHaveBeenCalledTimes(1);
    off2();
  });

  it('reports a local edit with the sheet name (looked up by id) and its address', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const cb = vi.fn();
    const off = await new ExcelHost(x.env()).onChanged(cb);
    await x.edit('Omsorg', 'C3', 70);
    expect(cb).toHaveBeenCalledWith({ sheet: 'Omsorg', address: 'C3', kind: 'cells' });
    off();
  });
});

describe('co-authoring', () => {
  it("a co-author's (Remote) edit does not call the pane back; the user's own (Local) does", async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env());
    await host.read();
    const cb = vi.fn();
    const off = await host.onChanged(cb);
    await x.edit('Omsorg', 'C3', 70, { source: 'Remote' });
    expect(cb).not.toHaveBeenCalled();
    await x.edit('Omsorg', 'C4', 71, { source: 'Local' });
    expect(cb).toHaveBeenCalledExactlyOnceWith({ sheet: 'Omsorg', address: 'C4', kind: 'cells' });
    off();
  });

  it("Planark's own writes raise no change events (events off while writing, on again after)", async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    const host = new ExcelHost(x.env());
    await host.read();
    const cb = vi.fn();
    const off = await host.onChanged(cb);
    const gen: GeneratedSheet = { kind: 'summary', name: 'Sammanställning', rows: [[{ v: 'Mål', bold: true }], [{ v: 'Trygghet' }]] };
    await host.apply({ fills: [{ sheet: 'Omsorg', cell: 'C2', fill: PALETTE.green.fill, font: PALETTE.green.font }], sheets: [gen] });
    await x.settle();
    expect(x.sheet('Sammanställning').at('A2')?.value).toBe('Trygghet');
    expect(x.raised).toEqual([]);
    expect(cb).not.toHaveBeenCalled();
    expect(x.enableEvents).toBe(true);
    await x.edit('Omsorg', 'C3', 60);
    expect(cb).toHaveBeenCalledOnce();
    off();
  });

  it('a recheck re-reads only the sheet that changed and reuses the others', async () => {
    const x = new FakeExcel();
    planSheet(x, 200, 'Omsorg');
    planSheet(x, 200, 'Skola');
    planSheet(x, 200, 'Kultur');
    const host = new ExcelHost(x.env());
    const off = await host.onChanged(() => undefined);
    await host.read();
    await x.edit('Skola', 'C3', 12);
    const [syncs, cells] = [x.syncs, x.cellsRead];
    const wb = await host.read(undefined, { changedOnly: true });
    expect(x.syncs - syncs).toBe(2);
    // Skola's 201 rows × 3 columns (and its first 50 rows once more), not all three sheets.
    expect(x.cellsRead - cells).toBe(201 * 3 + 50 * 3);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Omsorg', 'Skola', 'Kultur']);
    expect(wb.sheets[1].rows[2]?.[2]?.v).toBe(12);
    expect(wb.sheets[0].rows[200]?.[0]?.v).toBe('Andel nöjda brukare 200');
    off();
  });

  it("a co-author's edit is not reported but its sheet is read again at the next recheck", async () => {
    const x = new FakeExcel();
    planSheet(x, 5, 'Omsorg');
    planSheet(x, 5, 'Skola');
    const host = new ExcelHost(x.env());
    const off = await host.onChanged(() => undefined);
    await host.read();
    await x.edit('Skola', 'C2', 11, { source: 'Remote' });
    await x.edit('Omsorg', 'C2', 10);
    const wb = await host.read(undefined, { changedOnly: true });
    expect(wb.sheets.map((s) => s.rows[1]?.[2]?.v)).toEqual([10, 11]);
    off();
  });

  it('a fill painted by hand marks its sheet, so a recheck does not colour over it', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 5);
    const host = new ExcelHost(x.env());
    const off = await host.onChanged(() => undefined);
    await host.read();
    await x.paint('Omsorg', 'C4', '#7030A0');
    const wb = await host.read(undefined, { changedOnly: true });
    expect(wb.sheets[0].rows[3]?.[2]?.fill).toBe('FF7030A0');
    expect(s.at('C4')?.fill).toBe('#7030A0');
    off();
  });

  it('without live change handlers a recheck reads everything (it cannot know what changed)', async () => {
    const x = new FakeExcel();
    planSheet(x, 5, 'Omsorg');
    planSheet(x, 5, 'Skola');
    const host = new ExcelHost(x.env());
    await host.read();
    x.sheet('Skola').cell(1, 2).value = 1;
    const cells = x.cellsRead;
    const wb = await host.read(undefined, { changedOnly: true });
    expect(x.cellsRead - cells).toBe(2 * (6 * 3 * 2));
    expect(wb.sheets[1].rows[1]?.[2]?.v).toBe(1);
  });
});

describe('drop-down edits the web does not report (office-js #4066)', () => {
  it('the cell the user leaves is compared with the last read: a changed value is reported', async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    const host = new ExcelHost(x.env({ platform: 'OfficeOnline' }));
    await host.read();
    const cb = vi.fn();
    const off = await host.onChanged(cb);
    await x.select('Omsorg', 'C3');
    await x.edit('Omsorg', 'C3', 'Ja', { raise: false }); // picked from a drop-down: no onChanged
    expect(cb).not.toHaveBeenCalled();
    await x.select('Omsorg', 'C4');
    expect(cb).toHaveBeenCalledExactlyOnceWith({ sheet: 'Omsorg', address: 'C3', kind: 'cells' });
    // Read again, the cell is the new value; moving on again reports nothing.
    await host.read(undefined, { changedOnly: true });
    await x.select('Omsorg', 'C5');
    expect(cb).toHaveBeenCalledOnce();
    off();
  });

  it('and when the pane gets focus (the user picks a value, then clicks the pane)', async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    const focus = new EventTarget();
    const host = new ExcelHost(x.env({}, { focusTarget: focus as unknown as Window }));
    await host.read();
    const cb = vi.fn();
    const off = await host.onChanged(cb);
    await x.select('Omsorg', 'C3');
    await x.edit('Omsorg', 'C3', 50, { raise: false });
    focus.dispatchEvent(new Event('focus'));
    await x.settle();
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).toHaveBeenCalledExactlyOnceWith({ sheet: 'Omsorg', address: 'C3', kind: 'cells' });
    off();
    // Unsubscribed: focus does nothing.
    await x.edit('Omsorg', 'C3', 51, { raise: false });
    focus.dispatchEvent(new Event('focus'));
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).toHaveBeenCalledOnce();
  });

  it('a selection moved over unchanged cells reports nothing', async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    const host = new ExcelHost(x.env());
    await host.read();
    const cb = vi.fn();
    const off = await host.onChanged(cb);
    await x.select('Omsorg', 'A2:C4');
    await x.select('Omsorg', 'B5');
    await x.select('Omsorg', 'C6');
    expect(cb).not.toHaveBeenCalled();
    off();
  });
});

describe('column choices under co-authoring (settings)', () => {
  it('refreshes before saving, so a co-author\'s saved choice is kept beside ours', async () => {
    const doc = new FakeDocument();
    const x = new FakeExcel();
    planSheet(x, 3, 'Omsorg');
    planSheet(x, 3, 'Skola');
    const mine = new ExcelHost(x.env(new FakeOffice({ document: doc })));
    const theirs = new ExcelHost(x.env(new FakeOffice({ document: doc })));
    await mine.read();
    await theirs.read();
    const a = { sheet: 'Omsorg', headerRow: 0, columns: { 1: 'threshold' } };
    const b = { sheet: 'Skola', headerRow: 0, columns: { 2: 'result' } };
    await theirs.saveMappings([b]);
    await mine.saveMappings([a]);
    expect(JSON.parse(String(doc.saved['planark.mappings']))).toEqual([b, a]);
    expect(await theirs.loadMappings()).toEqual([b]); // their memory, until they refresh
  });

  it("a co-author's save raises settingsChanged: the pane is told, and the next read has their choice", async () => {
    const doc = new FakeDocument();
    const x = new FakeExcel();
    planSheet(x, 3);
    const myOffice = new FakeOffice({ document: doc });
    const mine = new ExcelHost(x.env(myOffice));
    const theirs = new ExcelHost(x.env(new FakeOffice({ document: doc })));
    const cb = vi.fn();
    const off = await mine.onChanged(cb);
    await theirs.saveMappings([{ sheet: 'Omsorg', headerRow: 0, columns: { 2: 'ignore' } }]);
    expect(cb).toHaveBeenCalledWith({ sheet: '', address: '', kind: 'settings' });
    expect((await mine.read()).mappings).toEqual([{ sheet: 'Omsorg', headerRow: 0, columns: { 2: 'ignore' } }]);
    off();
    expect(myOffice.settingsHandlers).toHaveLength(0);
  });

  it('ignores invalid stored choices with a warning', async () => {
    const x = new FakeExcel();
    const warn = vi.fn();
    const host = new ExcelHost({ ...x.env({ settings: { 'planark.mappings': '[{"sheet":1}]' } }), warn });
    expect(await host.loadMappings()).toEqual([]);
    expect(warn).toHaveBeenCalledWith('Sparade kolumnval i arbetsboken kunde inte läsas och används inte.');
  });
});

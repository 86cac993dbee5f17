// @vitest-environment jsdom
/**
 * Assembling annexes in the pane (issue 12, point 7): the coordinator picks three unit workbooks,
 * sees their annex tables (the hand-typed total that is 10 000 kr off marked red, in words), and
 * writes the assembled Bilagor sheet into the open workbook — inserted as a workbook where the
 * host can, written through apply otherwise. A damaged file is named with a reason, in Swedish.
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbook } from '../fixtures/sheet';
import { annexUnitFiles } from '../fixtures/annex-units';
import { FakeHost } from './fake-host';
import { renderPane } from './helpers';
import { kfResults } from './workbooks';

async function pickedFiles(extra: File[] = []): Promise<File[]> {
  const files = (await annexUnitFiles()).map((f) => new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  return [...files, ...extra];
}

async function pick(user: ReturnType<typeof renderPane>['user'], files: File[]) {
  await user.upload(screen.getByTestId('annex-files'), files);
  await waitFor(() => expect(screen.getAllByTestId('annex-file')).toHaveLength(files.length), { timeout: 10_000 });
}

describe('Bilagor tab', () => {
  it('lists each file with its annex tables; the total that does not add up is red, with the engine\'s words', async () => {
    const { user } = renderPane(new FakeHost(workbook(kfResults)), { initialSection: 'annex' });
    expect(screen.getByTestId('annex-write')).toHaveProperty('disabled', true);
    await pick(user, await pickedFiles());
    const cards = screen.getAllByTestId('annex-file');
    expect(cards.map((c) => [c.dataset.file, c.dataset.annexes, c.dataset.mismatches])).toEqual([
      ['servicebostader.xlsx', '1', '0'],
      ['korttid.xlsx', '1', '1'],
      ['boendestod.xlsx', '1', '0'],
    ]);
    expect(within(cards[0]).getByTestId('annex-table').textContent).toBe('Bilaga 3 Budget 2024 uppdrag verksamhet för personer med funktionsnedsättning (Bilaga 3 · 3 · 1 summarad)');
    const bad = within(cards[1]).getByTestId('annex-mismatch');
    expect(bad.dataset).toMatchObject({ cell: 'C6', status: 'red' });
    expect(bad.textContent).toContain('Röd');
    expect(bad.textContent).toContain('Summan stämmer inte');
    expect(bad.textContent).toContain('12\u00a0080\u00a0774');
    expect(bad.textContent).toContain('12\u00a0090\u00a0774');
  });

  it('writes the assembled Bilagor through apply when the host cannot insert a workbook; totals are SUM formulas', async () => {
    const host = new FakeHost(workbook(kfResults));
    const { user } = renderPane(host, { initialSection: 'annex' });
    await pick(user, await pickedFiles());
    await user.click(screen.getByTestId('annex-write'));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const [edits] = host.applied;
    expect(edits.fills).toEqual([]);
    expect(edits.sheets.map((g) => [g.kind, g.name])).toEqual([['annexes', 'Bilagor']]);
    const rows = edits.sheets[0].rows;
    const sums = rows.flatMap((r) => r.filter((c) => c?.formula).map((c) => c.formula));
    expect(sums).toHaveLength(6);
    expect(rows.flat().some((c) => c?.v === 'korttid.xlsx – Bilaga 3!A4')).toBe(true);
    expect(await screen.findByTestId('notice-bar')).toHaveProperty('textContent', 'Bladet Bilagor har 3 bilagor från 3 filer.');
    expect(host.selected.at(-1)).toEqual({ sheet: 'Bilagor', cell: 'A1' });
  });

  it('inserts the sheet as a workbook where the host can; the .xlsx holds the same sheet', async () => {
    const host = new FakeHost(workbook(kfResults));
    host.canInsert = true;
    const { user } = renderPane(host, { initialSection: 'annex' });
    await pick(user, await pickedFiles());
    await user.click(screen.getByTestId('annex-write'));
    await waitFor(() => expect(host.inserted).toHaveLength(1));
    expect(host.applied).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(host.inserted[0].base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bilagor']);
    const ws = wb.getWorksheet('Bilagor')!;
    const g = host.inserted[0].sheets[0];
    expect(ws.rowCount).toBe(g.rows.length);
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => (c.formula ? formulas.push(c.formula) : undefined)));
    expect(formulas).toEqual(g.rows.flatMap((r) => r.filter((c) => c?.formula).map((c) => c.formula!)));
  });

  it('never takes a user\'s own "Bilagor": the assembled sheet gets a free name', async () => {
    const mine = workbook(kfResults, { name: 'Bilagor', rows: [[{ v: 'Mina anteckningar' }]] });
    const host = new FakeHost(mine);
    const { user } = renderPane(host, { initialSection: 'annex' });
    await pick(user, await pickedFiles());
    await user.click(screen.getByTestId('annex-write'));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0].sheets[0].name).toBe('Bilagor (Planark)');
  });

  it('a damaged file is named with a reason in Swedish and the others are still assembled', async () => {
    const broken = new File([new Uint8Array([80, 75, 3, 4, 1, 2, 3])], 'trasig.xlsx');
    const host = new FakeHost(workbook(kfResults));
    const { user } = renderPane(host, { initialSection: 'annex' });
    await pick(user, await pickedFiles([broken]));
    const err = screen.getByTestId('annex-file-error');
    expect(err.textContent).toBe(
      'Kunde inte läsas: ”trasig.xlsx” kunde inte läsas som en Excel-arbetsbok; filen är skadad eller inte en .xlsx-fil. Öppna filen i Excel, spara den som .xlsx och försök igen.',
    );
    await user.click(screen.getByRole('button', { name: 'Ta bort trasig.xlsx' }));
    expect(screen.getAllByTestId('annex-file')).toHaveLength(3);
    await user.click(screen.getByTestId('annex-write'));
    await waitFor(() => expect(host.applied).toHaveLength(1));
  });
});

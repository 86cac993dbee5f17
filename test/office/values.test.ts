/**
 * Edits.values through the Office adapter against the fake Excel: text stays text (Excel would
 * read `3/12` as a date and `=A1` as a formula), numbers keep the cell's format, writes are batched
 * by bytes, a protected sheet is refused before anything is written, and Planark's Kolada sheet is
 * read back so a refresh knows which cells are its own.
 */
import { describe, expect, it } from 'vitest';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import { HostError } from '../../src/adapters/host';
import { reinterpreted } from '../../src/adapters/office/write-values';
import { planKolada } from '../../src/engine/kolada';
import { recognizeWorkbook } from '../../src/engine/recognize';
import type { ValueEdit } from '../../src/engine/types';
import { koladaData } from '../kolada/fixtures';
import { FakeExcel } from './fake-excel';
import { planSheet } from './helpers';

const edits = (values: ValueEdit[]) => ({ fills: [], sheets: [], values });

describe('ExcelHost.apply with values', () => {
  it('writes numbers, and text as text even where Excel would read it as a date, a number or a formula', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [['Indikator', 'Resultat år'], ['Helhetssyn', { value: '', numberFormat: '0%' }], ['Rang'], ['Formel'], ['Andel'], ['Tal']]);
    const host = new ExcelHost(x.env());
    await host.read();
    await host.apply(
      edits([
        { sheet: 'Omsorg', cell: 'B2', value: 0.89 },
        { sheet: 'Omsorg', cell: 'B3', value: '3/12' },
        { sheet: 'Omsorg', cell: 'B4', value: '=SUM(A1:A3)' },
        { sheet: 'Omsorg', cell: 'B5', value: 'plats 40 av 290' },
        { sheet: 'Omsorg', cell: 'B6', value: '40%' },
      ]),
    );
    expect(s.at('B2')).toEqual({ value: 0.89, numberFormat: '0%' }); // the cell's own format kept
    expect(s.at('B3')).toEqual({ value: '3/12', numberFormat: '@' });
    expect(s.at('B4')).toEqual({ value: '=SUM(A1:A3)', numberFormat: '@' });
    expect(s.at('B4')?.formula).toBeUndefined();
    expect(s.at('B5')).toEqual({ value: 'plats 40 av 290' }); // plain text: format untouched
    expect(s.at('B6')).toEqual({ value: '40%', numberFormat: '@' });
  });

  it('the fake is no pushover: written without the Text format, `3/12` would have become a date', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [['Rang']]);
    await x.env().run(async (context) => {
      context.workbook.worksheets.getItem('Omsorg').getRange('B1').values = [['3/12']];
      await context.sync();
    });
    expect(typeof s.at('B1')?.value).toBe('number');
  });

  it('null clears the value and keeps the format', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [['Indikator', 'Resultat år'], ['Helhetssyn', { value: 0.81, numberFormat: '0%' }]]);
    const host = new ExcelHost(x.env());
    await host.read();
    await host.apply(edits([{ sheet: 'Omsorg', cell: 'B2', value: null }]));
    expect(s.at('B2')).toEqual({ value: '', numberFormat: '0%' });
  });

  it('goes out in one write request however many values there are, while they fit', async () => {
    const syncs: number[] = [];
    for (const n of [20, 2000]) {
      const x = new FakeExcel();
      planSheet(x, n);
      const host = new ExcelHost(x.env());
      await host.read();
      const before = x.syncs;
      await host.apply(edits(Array.from({ length: n }, (_, i) => ({ sheet: 'Omsorg', cell: `D${i + 2}`, value: i % 2 ? i : `plats ${i} av ${n}` }))));
      syncs.push(x.syncs - before);
      expect(x.sheet('Omsorg').at(`D${n + 1}`)?.value).toBe(n % 2 ? `plats ${n - 1} av ${n}` : n - 1);
    }
    expect(syncs).toEqual([1, 1]);
  });

  it('splits by bytes under the payload budget, never by count', async () => {
    const x = new FakeExcel();
    planSheet(x, 3000);
    const host = new ExcelHost(x.env({}, { payloadBudget: 64 * 1024 }));
    await host.read();
    const before = x.syncs;
    await host.apply(edits(Array.from({ length: 3000 }, (_, i) => ({ sheet: 'Omsorg', cell: `D${i + 2}`, value: `plats ${i + 1} av 3000 ${'x'.repeat(20)}` }))));
    const n = x.syncs - before;
    expect(n).toBeGreaterThan(1);
    expect(x.maxRequest).toBeLessThanOrEqual(64 * 1024);
  });

  it('a protected sheet is refused with its name before anything is written', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('Omsorg', [['Indikator', 'Resultat år'], ['Helhetssyn']]);
    s.protected = true;
    s.allowFormatCells = true; // formatting allowed does not allow values
    const host = new ExcelHost(x.env());
    await host.read();
    const e = await host.apply(edits([{ sheet: 'Omsorg', cell: 'B2', value: 89 }])).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).reason).toBe('protected');
    expect((e as HostError).message).toBe('Bladet ”Omsorg” är skyddat. Ta bort bladskyddet (Granska › Ta bort skydd) och försök igen.');
    expect(s.at('B2')).toEqual(undefined);
  });

  it.each([
    ['3/12', true], ['40%', true], ['1 060', true], ['6,5', true], ['=A1', true], ['+46', true], ['-3', true], ['#N/A', true], ['SANT', true], ['2024-03-14', true],
    ['plats 40 av 290', false], ['År: 83', false], ['rank 3 of 8', false], ['Ja', false], ['U21468', false], ['', false],
  ])('Excel would reinterpret %j: %s', (s, want) => {
    expect(reinterpreted(s)).toBe(want);
  });
});

describe('Kolada through the Office adapter', () => {
  it('writes the fetched values and the Kolada sheet, reads that sheet back, and a second run finds them unchanged', async () => {
    const x = new FakeExcel();
    x.addSheet('KF', [
      ['Indikator', 'Prestationer – det som ska mätas', 'Resultat år', 'Kolada-ID'],
      ['Helhetssyn särskilt boende', 'Grön 82 Gul 76', 81, 'U23471'],
      ['Helhetssyn hemtjänst', 'Grön 95 Gul 91', null, 'U21468'],
    ]);
    x.addSheet('Röda tråden', [['x']]);
    x.names.push({ name: 'PLANARK_OWNED_1', formula: "='Röda tråden'!$A$1" });
    const host = new ExcelHost(x.env());
    const input = await host.read();
    const first = planKolada(input, recognizeWorkbook(input).model, koladaData(), { lang: 'sv' });
    expect(first.edits.values).toEqual([{ sheet: 'KF', cell: 'C3', value: 89 }]);
    await host.apply(first.edits);
    expect(x.sheet('KF').at('C3')?.value).toBe(89);
    expect(x.sheet('KF').at('C2')?.value).toBe(81);
    expect(x.sheet('Kolada').at('A1')?.value).toBe('Källa: Kolada, hämtat 2025-03-14');
    expect(x.names.map((n) => n.name)).toEqual(['PLANARK_OWNED_1', 'PLANARK_OWNED_2']);

    const again = await new ExcelHost(x.env()).read();
    // The Kolada sheet is read (it marks Planark's cells); other owned sheets still are not.
    expect(again.ownedSheets).toEqual(['Röda tråden', 'Kolada']);
    expect(again.sheets.find((s) => s.name === 'Kolada')!.rows.length).toBeGreaterThan(6);
    expect(again.sheets.find((s) => s.name === 'Röda tråden')!.rows).toEqual([]);
    const second = planKolada(again, recognizeWorkbook(again).model, koladaData(), { lang: 'sv' });
    expect(second.outcomes.map((o) => [o.cell, o.kind])).toEqual([
      ['C2', 'kept'],
      ['C3', 'unchanged'],
    ]);
    expect(second.edits.values).toEqual([]);
  });
});

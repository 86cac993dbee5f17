/** Planark's Kolada sheet: found by its title among owned sheets, read back in either language, written exactly. */
import { describe, expect, it } from 'vitest';
import type { SheetInput } from '../types';
import { koladaData } from '../../../test/kolada/fixtures';
import { findLedger, isLedgerTitle, LEDGER_WIDTHS, ledgerRows, readLedger, sameValue } from './ledger';
import type { Outcome } from './types';

const sheet = (name: string, rows: SheetInput['rows']): SheetInput => ({ name, rows });
const row = (...vs: unknown[]) => vs.map((v) => (v === undefined ? undefined : { v: v as never }));

describe('isLedgerTitle', () => {
  it.each([
    ['Källa: Kolada, hämtat 2025-03-14', true],
    ['Source: Kolada, fetched 2025-03-14', true],
    ['källa kolada', true],
    ['Se Källa: Kolada', false],
    ['Källa: Koladas egna', false],
    ['Sammanställning', false],
    [5, false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (v, want) => {
    expect(isLedgerTitle(v as never)).toBe(want);
  });
});

describe('findLedger', () => {
  const title = [[{ v: 'Källa: Kolada, hämtat 2025-03-14' }]];
  it('is Planark’s own sheet whose first cell is the Kolada title', () => {
    const input = { sheets: [sheet('Röda tråden', []), sheet('Kolada (Planark)', title)], ownedSheets: ['Röda tråden', 'Kolada (Planark)'] };
    expect(findLedger(input)?.name).toBe('Kolada (Planark)');
  });
  it('a user’s sheet with the same words is not it', () => {
    expect(findLedger({ sheets: [sheet('Kolada', title)], ownedSheets: [] })).toBeUndefined();
  });
});

describe('readLedger', () => {
  const header = row('Blad', 'Cell', 'Indikator', 'Nyckeltal', 'Titel i Kolada', 'År', 'Värde i Kolada', 'Plats bland kommunerna', 'Plats i gruppen', 'Bäst är', 'Skrivet värde', 'Utfall');
  it('reads the rows under the header that name a written value', () => {
    const s = sheet('Kolada', [
      row('Källa: Kolada, hämtat 2025-03-14'),
      undefined, // a blank row, as a reader leaves it
      header,
      row('KF', 'h5', 'Helhetssyn', 'U21468', 't', 2024, 89, '69 av 290', undefined, 'högt värde', 89, 'skrev 89'),
      row('KF', 'H4', 'Säbo', 'U23471', 't', 2024, 83, undefined, undefined, undefined, ' År: 83 ', undefined),
      row('KF', 'H6', 'Kept', 'U23471', 't', 2024, 83, undefined, undefined, undefined, '   ', undefined),
      row('KF', 'H7', 'Bool', 'U23471', 't', 2024, 83, undefined, undefined, undefined, true, undefined),
      row('KF', 'H8', 'Error', 'U23471', 't', 2024, 83, undefined, undefined, undefined, { error: '#N/A' }, undefined),
      row('KF', 'H9', 'Year', 'U23471', 't', 'x', 83, undefined, undefined, undefined, 83, undefined),
      row('KF', 'H10', 'Zero', 'N00945', 't', 2023, 0, undefined, undefined, undefined, 0, undefined),
    ]);
    expect(readLedger(s)).toEqual([
      { sheet: 'KF', cell: 'H5', kpi: 'U21468', year: 2024, written: 89 },
      { sheet: 'KF', cell: 'H4', kpi: 'U23471', year: 2024, written: ' År: 83 ' },
      { sheet: 'KF', cell: 'H10', kpi: 'N00945', year: 2023, written: 0 },
    ]);
  });

  it('reads the English sheet, and a header on the first row', () => {
    const s = sheet('Kolada', [row('Sheet', 'Cell', 'Key figure', 'Year', 'Value written'), row('KF', 'C3', 'U21468', 2024, 'rank 3 of 8')]);
    expect(readLedger(s)).toEqual([{ sheet: 'KF', cell: 'C3', kpi: 'U21468', year: 2024, written: 'rank 3 of 8' }]);
  });

  it('reads only below the header, over gaps in the rows and in the header', () => {
    const s = sheet('Kolada', [
      row('Källa: Kolada, hämtat 2025-03-14'),
      row('KF', 'C2', undefined, 'U21468', 2024, 5), // above the header, in its columns: not an entry
      row('Blad', 'Cell', undefined, 'Nyckeltal', 'År', 'Skrivet värde'),
      undefined,
      row('KF', 'C3', undefined, 'U21468', 2024, 89),
    ]);
    expect(readLedger(s)).toEqual([{ sheet: 'KF', cell: 'C3', kpi: 'U21468', year: 2024, written: 89 }]);
  });

  it('without its year column, no entry gets year 0', () => {
    expect(readLedger(sheet('Kolada', [row('Blad', 'Cell', 'Nyckeltal', 'Skrivet värde'), row('KF', 'C3', 'U21468', 89)]))).toEqual([]);
  });

  it('claims nothing when a column is gone or there is no header', () => {
    const noWritten = sheet('Kolada', [row('Blad', 'Cell', 'Nyckeltal', 'År'), row('KF', 'C3', 'U21468', 2024)]);
    expect(readLedger(noWritten)).toEqual([]);
    expect(readLedger(sheet('Kolada', [row('Källa: Kolada'), row('KF', 'C3', 'U21468', 2024, 89)]))).toEqual([]);
    expect(readLedger(undefined)).toEqual([]);
  });
});

describe('sameValue', () => {
  it.each([
    [89, 89, true],
    [0.89, 0.8900000000001, true],
    [89, 89.001, false],
    [1e6, 1e6 + 1e-4, true], // nine significant decimals, relative to the size
    [1e6, 1e6 + 1, false],
    [1e-9, 0, true], // exactly at the bound
    ['År: 83', ' År: 83 ', true],
    [' År: 83 ', 'År: 83', true],
    ['89', 89, false],
    [89, '89', false],
    [null, 89, false],
    [true, 'true', false],
  ])('%j and %j → %s', (a, b, want) => {
    expect(sameValue(a as never, b as never)).toBe(want);
  });
});

describe('ledgerRows', () => {
  const outcomes: Outcome[] = [
    { kind: 'written', sheet: 'KF', cell: 'H5', indicator: 'Helhetssyn hemtjänst', kpi: 'U21468', year: 2024, value: 89, written: 89, rank: { position: 69, of: 290 }, groupRank: { position: 3, of: 8 }, better: 'higher' },
    { kind: 'refreshed', sheet: 'KF', cell: 'H6', indicator: 'R', kpi: 'U21468', year: 2024, value: 89, written: 89, better: 'lower' },
    { kind: 'unchanged', sheet: 'KF', cell: 'H7', indicator: 'U', kpi: 'U21468', year: 2024, value: 89, written: 89 },
    { kind: 'kept', sheet: 'KF', cell: 'H4', indicator: 'Helhetssyn säbo', kpi: 'U23471', year: 2024, value: 83 },
    { kind: 'bad-link', sheet: 'KF', cell: 'I3', indicator: 'HME', text: 'ja' },
    { kind: 'unknown-kpi', sheet: 'KF', cell: 'I8', indicator: 'X', kpi: 'U99999' },
  ];
  const carried = [{ sheet: 'KF', cell: 'E20', kpi: 'U21468', year: 2023, written: 88 }, { sheet: 'KF', cell: 'E21', kpi: 'N12345', year: 2023, written: 1 }];

  it('lays the sheet out exactly: title, context, header, one row per outcome, then the cells written before', () => {
    const rows = ledgerRows(koladaData(), outcomes, carried, 'sv', (o) => `<${o.kind}>`);
    expect(rows.slice(0, 6)).toEqual([
      [{ v: 'Källa: Kolada, hämtat 2025-03-14', bold: true }],
      [{ v: 'Kommun: Norrköping (0581)' }],
      [{ v: 'Jämförelsegrupp: Liknande kommuner äldreomsorg, Norrköping, 2024 (G124026), 7 kommuner' }],
      [{ v: expect.stringContaining('Placeringarna är Planarks egen beräkning på Koladas värden'), italic: true }],
      [],
      ['Blad', 'Cell', 'Indikator', 'Nyckeltal', 'Titel i Kolada', 'År', 'Värde i Kolada', 'Plats bland kommunerna', 'Plats i gruppen', 'Bäst är', 'Skrivet värde', 'Utfall'].map((v) => ({ v, bold: true, border: { bottom: 'thin' } })),
    ]);
    const u21468 = 'Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)';
    expect(rows.slice(6)).toEqual([
      [{ v: 'KF' }, { v: 'H5', link: { sheet: 'KF', cell: 'H5' } }, { v: 'Helhetssyn hemtjänst', wrap: true }, { v: 'U21468' }, { v: u21468, wrap: true }, { v: 2024 }, { v: 89 }, { v: '69 av 290' }, { v: '3 av 8' }, { v: 'högt värde' }, { v: 89 }, { v: '<written>', wrap: true }],
      [{ v: 'KF' }, { v: 'H6', link: { sheet: 'KF', cell: 'H6' } }, { v: 'R', wrap: true }, { v: 'U21468' }, { v: u21468, wrap: true }, { v: 2024 }, { v: 89 }, { v: null }, { v: null }, { v: 'lågt värde' }, { v: 89 }, { v: '<refreshed>', wrap: true }],
      [{ v: 'KF' }, { v: 'H7', link: { sheet: 'KF', cell: 'H7' } }, { v: 'U', wrap: true }, { v: 'U21468' }, { v: u21468, wrap: true }, { v: 2024 }, { v: 89 }, { v: null }, { v: null }, { v: null }, { v: 89 }, { v: '<unchanged>', wrap: true }],
      [{ v: 'KF' }, { v: 'H4', link: { sheet: 'KF', cell: 'H4' } }, { v: 'Helhetssyn säbo', wrap: true }, { v: 'U23471' }, { v: expect.stringContaining('särskilt boende'), wrap: true }, { v: 2024 }, { v: 83 }, { v: null }, { v: null }, { v: null }, { v: null }, { v: '<kept>', wrap: true }],
      [{ v: 'KF' }, { v: 'I3', link: { sheet: 'KF', cell: 'I3' } }, { v: 'HME', wrap: true }, { v: null }, { v: null, wrap: true }, { v: null }, { v: null }, { v: null }, { v: null }, { v: null }, { v: null }, { v: '<bad-link>', wrap: true }],
      [{ v: 'KF' }, { v: 'I8', link: { sheet: 'KF', cell: 'I8' } }, { v: 'X', wrap: true }, { v: 'U99999' }, { v: null, wrap: true }, { v: null }, { v: null }, { v: null }, { v: null }, { v: null }, { v: null }, { v: '<unknown-kpi>', wrap: true }],
      [{ v: 'KF' }, { v: 'E20', link: { sheet: 'KF', cell: 'E20' } }, { v: null }, { v: 'U21468' }, { v: u21468 }, { v: 2023 }, { v: null }, { v: null }, { v: null }, { v: null }, { v: 88 }, { v: null }],
      [{ v: 'KF' }, { v: 'E21', link: { sheet: 'KF', cell: 'E21' } }, { v: null }, { v: 'N12345' }, { v: null }, { v: 2023 }, { v: null }, { v: null }, { v: null }, { v: null }, { v: 1 }, { v: null }],
    ]);
    expect(LEDGER_WIDTHS).toHaveLength(rows[5].length);
  });

  it('in English, without a group', () => {
    const rows = ledgerRows(koladaData('0581', null), outcomes.slice(0, 1), [], 'en', () => '');
    expect(rows[0][0].v).toBe('Source: Kolada, fetched 2025-03-14');
    expect(rows[1][0].v).toBe('Municipality: Norrköping (0581)');
    expect(rows[2][0].v).toBe('Comparison group: none given (position among all municipalities)');
    expect(rows[5].map((c) => c.v)).toEqual(['Sheet', 'Cell', 'Indicator', 'Key figure', 'Title in Kolada', 'Year', 'Value in Kolada', 'Position among municipalities', 'Position in group', 'Best is', 'Value written', 'Outcome']);
    expect(rows[6].slice(7, 10).map((c) => c.v)).toEqual(['69 of 290', '3 of 8', 'high value']);
  });
});

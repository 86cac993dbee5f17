/** Which indicators are Kolada key figures, and where the pane writes a chosen one. */
import { describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../recognize';
import type { WorkbookInput } from '../types';
import { afterEdits, typed as typedCell, withColumn } from '../../../test/kolada/fixtures';
import { sheetFromTsv, workbook } from '../../../test/fixtures/sheet';
import { norsjoKfTsv, sideBySideTsv, uppdragsplanIndicatorsTsv } from '../../../test/fixtures/seeds';
import { isKoladaHeader, linkIndicators, OWN_COLUMN_HEADER, placeKoladaId } from './link';
import { cellOf } from '../cells';

const links = (input: WorkbookInput) => {
  const { model } = recognizeWorkbook(input);
  const r = linkIndicators(input, model);
  return {
    links: r.links.map((l) => [model.indicators[l.index].name, l.kpi, l.from, `${l.at.sheet}!${cellOf(l.at)}`]),
    problems: r.problems.map((p) => [p.kind, `${p.at.sheet}!${cellOf(p.at)}`, p.text]),
  };
};

describe('linkIndicators', () => {
  it('reads a Kolada-ID column', () => {
    const input = workbook(sheetFromTsv('KF', withColumn(norsjoKfTsv, 'Mål\tIndikator', 'Kolada-ID', { 'Helhetssyn särskilt boende': 'U23471', 'Helhetssyn hemtjänst': 'U21468' })));
    expect(links(input)).toEqual({
      links: [
        ['Helhetssyn särskilt boende', 'U23471', 'column', 'KF!I4'],
        ['Helhetssyn hemtjänst', 'U21468', 'column', 'KF!I5'],
      ],
      problems: [],
    });
  });

  it('a column the user set to Kolada-id in Översikt is the Kolada column, whatever its header says', () => {
    const base = workbook(sheetFromTsv('T', 'Indikator\tResultat år\tNyckeltal\nHelhetssyn hemtjänst\t\tU21468\nHelhetssyn säbo (U23471)\t\t'));
    expect(links(base).links).toEqual([['Helhetssyn säbo (U23471)', 'U23471', 'name', 'T!A3']]);
    const mapped: WorkbookInput = { ...base, mappings: [{ sheet: 'T', headerRow: 0, columns: { 0: 'indicator', 1: 'result:year', 2: 'koladaId' } }] };
    expect(links(mapped).links).toEqual([
      ['Helhetssyn hemtjänst', 'U21468', 'column', 'T!C2'],
      ['Helhetssyn säbo (U23471)', 'U23471', 'name', 'T!A3'],
    ]);
  });

  it('a bare `KPI` header (recognised as a second indicator column) still names the Kolada column', () => {
    const input = workbook(sheetFromTsv('KF', withColumn(norsjoKfTsv, 'Mål\tIndikator', 'KPI', { HME: 'N00945' })));
    expect(links(input).links).toEqual([['HME', 'N00945', 'column', 'KF!I6']]);
  });

  it('the column wins over the name, the name over the source', () => {
    const input = workbook(
      sheetFromTsv('T', [
        'Indikator\tKälla\tResultat år\tKolada',
        'Helhetssyn (U21468)\tKolada (U23471)\t\tN00945',
        'Helhetssyn (U21468)\tKolada (U23471)\t\t',
        'Helhetssyn\tKolada (U23471)\t\t',
        'U21468\tEgen mätning\t\t',
      ].join('\n')),
    );
    expect(links(input).links).toEqual([
      ['Helhetssyn (U21468)', 'N00945', 'column', 'T!D2'],
      ['Helhetssyn (U21468)', 'U21468', 'name', 'T!A3'],
      ['Helhetssyn', 'U23471', 'source', 'T!B4'],
      ['U21468', 'U21468', 'name', 'T!A5'],
    ]);
  });

  it('names a link cell that holds something else than one id', () => {
    const input = workbook(sheetFromTsv('T', 'Indikator\tResultat år\tKolada-ID\nA\t\tU21468 U23471\nB\t\tja\nC (U21468) (U23471)\t\t'));
    expect(links(input).problems).toEqual([
      ['several-ids', 'T!C2', 'U21468 U23471'],
      ['not-an-id', 'T!C3', 'ja'],
      ['several-ids', 'T!A4', 'C (U21468) (U23471)'],
    ]);
  });

  it('seed 004: `Kolada/Socialstyrelsen` sources and bare `Kolada` cells link nothing and break no table', () => {
    const input = workbook(sheetFromTsv('Uppdragsplan', uppdragsplanIndicatorsTsv.replace(/Kolada\/SKR/g, 'Kolada')));
    const { model } = recognizeWorkbook(input);
    expect(model.tables.filter((t) => t.kind === 'indicators')).toHaveLength(2);
    expect(model.indicators).toHaveLength(24);
    expect(links(input)).toEqual({ links: [], problems: [] });
  });

  it.each([
    ['Kolada', true], ['KPI', true], ['Kolada-ID', true], ['kolada id', true], ['KoladaID', true], ['KPI-id', true], ['KPIID', true], ['Kolada KPI', true],
    ['Kolada nyckeltal', true], ['Nyckeltal (Kolada)', true], ['Nyckeltal i Kolada', true], ['Kolada-kod', true], ['Kolada nr', true], ['Nyckeltals-ID', true],
    ['Nyckeltalsid', true], ['KPI nr', true], ['Kolada-ID (Planark)', true],
    ['Källa', false], ['Indikator', false], ['Kolada/Socialstyrelsen', false], ['', false],
  ])('%j is a Kolada header: %s', (h, want) => {
    expect(isKoladaHeader(h)).toBe(want);
  });

  it('a table whose indicator names stand under `KPI` has no Kolada column: names are not bad links', () => {
    const input = workbook(sheetFromTsv('T', 'KPI\tPrestationer – det som ska mätas\tResultat år\nAndel nöjda\tGrön 82 Gul 76\t\nU21468\tGrön 95 Gul 91\t'));
    expect(links(input)).toEqual({ links: [['U21468', 'U21468', 'name', 'T!A3']], problems: [] });
  });

  it('finds the Kolada column between recognised columns, and after a column without a header', () => {
    const middle = workbook(sheetFromTsv('T', 'Indikator\tKolada\tResultat år\nHelhetssyn\tU21468\t'));
    expect(links(middle).links).toEqual([['Helhetssyn', 'U21468', 'column', 'T!B2']]);
    const gap = workbook(sheetFromTsv('T', 'Indikator\tPrestationer – det som ska mätas\tResultat år\t\tKolada\nHelhetssyn\tGrön 95 Gul 91\t\tx\tU21468'));
    expect(links(gap).links).toEqual([]);
    const labelled = workbook(sheetFromTsv('T', 'Indikator\tPrestationer – det som ska mätas\tResultat år\tAnteckning\tKolada\nHelhetssyn\tGrön 95 Gul 91\t\tx\tU21468'));
    expect(links(labelled).links).toEqual([['Helhetssyn', 'U21468', 'column', 'T!E2']]);
  });

  it('looks past a column without a header inside the table', () => {
    const input = workbook(sheetFromTsv('T', 'Indikator\t\tResultat år\tKolada\nHelhetssyn\tx\t\tU21468'));
    expect(links(input).links).toEqual([['Helhetssyn', 'U21468', 'column', 'T!D2']]);
  });

  it('the names’ own column is never the Kolada column, wherever it stands', () => {
    const input = workbook(sheetFromTsv('T', 'Mål\tKPI\tPrestationer – det som ska mätas\tResultat år\nVälfärd\tAndel nöjda\tGrön 82 Gul 76\t'));
    expect(links(input)).toEqual({ links: [], problems: [] });
  });

  it('a Kolada cell holding only spaces is empty; a lower-case id in the name counts', () => {
    const input = typedCell(workbook(sheetFromTsv('T', 'Indikator\tResultat år\tKolada-ID\nu21468\t\t')), 'T', 'C2', '   ');
    expect(links(input)).toEqual({ links: [['u21468', 'U21468', 'name', 'T!A2']], problems: [] });
  });

  it('a source cell with two ids is a problem at the source cell', () => {
    const input = workbook(sheetFromTsv('T', 'Indikator\tKälla\tResultat år\nHelhetssyn\tKolada (U21468), (U23471)\t'));
    expect(links(input).problems).toEqual([['several-ids', 'T!B2', 'Kolada (U21468), (U23471)']]);
  });

  it('reads each sheet’s own tables', () => {
    const input = workbook(
      sheetFromTsv('A', 'Indikator\tResultat år\nHelhetssyn\t'),
      sheetFromTsv('B', 'Mål\tIndikator\tResultat år\tKolada-ID\tKälla\nVälfärd\tHemtjänst\t\tU21468\t\nVälfärd\tSäbo\t\t\tKolada (U23471)'),
    );
    expect(links(input).links).toEqual([
      ['Hemtjänst', 'U21468', 'column', 'B!D2'],
      ['Säbo', 'U23471', 'source', 'B!E3'],
    ]);
  });
});

describe('placeKoladaId', () => {
  it('adds Planark’s own column after the table, and the table reads the link from it', () => {
    const input = workbook(sheetFromTsv('KF', norsjoKfTsv));
    const { model } = recognizeWorkbook(input);
    const i = model.indicators.findIndex((x) => x.name === 'Helhetssyn hemtjänst');
    const p = placeKoladaId(input, model, i, 'U21468');
    expect(p).toEqual({
      values: [
        { sheet: 'KF', cell: 'I3', value: OWN_COLUMN_HEADER },
        { sheet: 'KF', cell: 'I5', value: 'U21468' },
      ],
      added: true,
    });
    const after = afterEdits(input, { fills: [], sheets: [], values: 'values' in p ? p.values : [] });
    const r = recognizeWorkbook(after);
    expect(r.model.tables.map((t) => [t.id, t.columns.at(-1)?.role])).toEqual([['KF!A3', 'koladaId']]);
    expect(links(after).links).toEqual([['Helhetssyn hemtjänst', 'U21468', 'column', 'KF!I5']]);
    // The next choice goes into the same column.
    const j = r.model.indicators.findIndex((x) => x.name === 'HME');
    expect(placeKoladaId(after, r.model, j, 'N00945')).toEqual({ values: [{ sheet: 'KF', cell: 'I6', value: 'N00945' }], added: false });
  });

  it('a header repeated after a page break gets the header too, so the table stays one', () => {
    const head = 'Indikator\tPrestationer – det som ska mätas\tResultat år';
    const input = workbook(sheetFromTsv('Indikatorer', [head, 'Helhetssyn särskilt boende\tGrön 82 Gul 76\t84', 'Helhetssyn hemtjänst\tGrön 95 Gul 91\t', '', head, 'HME\tGrön 79 Gul 77\t78'].join('\n')));
    const { model } = recognizeWorkbook(input);
    const t = model.tables[0];
    expect(t.headerRows.length).toBeGreaterThan(1);
    const p = placeKoladaId(input, model, model.indicators.length - 1, 'U21468');
    if (!('values' in p)) throw new Error(p.problem);
    expect(p.values.filter((v) => v.value === OWN_COLUMN_HEADER)).toHaveLength(t.headerRows.length);
    const after = recognizeWorkbook(afterEdits(input, { fills: [], sheets: [], values: p.values })).model;
    expect(after.tables.map((x) => x.headerRows)).toEqual([t.headerRows]);
  });

  it('never grows into a table beside it', () => {
    const input = workbook(sheetFromTsv('Uppföljning', sideBySideTsv));
    const { model } = recognizeWorkbook(input);
    const leftTable = model.tables[0];
    const i = model.indicators.findIndex((x) => x.tableId === leftTable.id);
    expect(placeKoladaId(input, model, i, 'U21468')).toEqual({ problem: 'no-room' });
  });

  it('never writes over a value, a formula, or the header row’s next cell', () => {
    const head = 'Indikator\tPrestationer – det som ska mätas\tResultat år';
    const base = () => workbook(sheetFromTsv('T', [head, 'Helhetssyn säbo\tGrön 82 Gul 76\t', 'Helhetssyn hemtjänst\tGrön 95 Gul 91\t'].join('\n')));
    const place = (input: WorkbookInput) => placeKoladaId(input, recognizeWorkbook(input).model, 0, 'U21468');
    expect(place(base())).toMatchObject({ added: true });
    expect(place(typedCell(base(), 'T', 'D3', 'egen anteckning'))).toEqual({ problem: 'no-room' }); // the table's last row
    expect(place(typedCell(base(), 'T', 'D3', null, { f: 'B3' }))).toEqual({ problem: 'no-room' });
    expect(place(typedCell(base(), 'T', 'D5', 'under tabellen'))).toMatchObject({ added: true });
    // The cell after the new column on the header row: another table's, or a note; not joined.
    expect(place(typedCell(base(), 'T', 'E1', 'Övrigt'))).toEqual({ problem: 'no-room' });
  });

  it('writes on the indicator’s own sheet and table', () => {
    const input = workbook(sheetFromTsv('A', 'Indikator\tResultat år\tKolada-ID\nHelhetssyn\t\t'), sheetFromTsv('B', 'Indikator\tResultat år\nHME\t'));
    const { model } = recognizeWorkbook(input);
    const i = model.indicators.findIndex((x) => x.name === 'HME');
    expect(placeKoladaId(input, model, i, 'N00945')).toEqual({
      values: [
        { sheet: 'B', cell: 'C1', value: OWN_COLUMN_HEADER },
        { sheet: 'B', cell: 'C2', value: 'N00945' },
      ],
      added: true,
    });
  });

  it('refuses what is not an id', () => {
    const input = workbook(sheetFromTsv('KF', norsjoKfTsv));
    const { model } = recognizeWorkbook(input);
    expect(placeKoladaId(input, model, 0, 'Helhetssyn')).toEqual({ problem: 'not-an-id' });
    expect(placeKoladaId(input, model, 99, 'U21468')).toEqual({ problem: 'no-indicator' });
  });
});

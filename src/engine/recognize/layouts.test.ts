/**
 * Layouts planners use (SPEC §2, issue 9): year-labelled result columns, a header over two rows,
 * tables side by side. Every sheet is built from the seeds' tables (test/fixtures/seeds.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognizeWorkbook } from './index';
import { WHOLE_ROW, bodyAhead, inCols, splitSideBySide, withSubHeader, withinCols } from './layouts';
import { matchHeader } from './headers';
import { MergeMap, type RowCell } from './grid';
import type { HeaderInfo } from './detect-tables';
import { analyze } from '../analyze';
import {
  norsjoKfTsv, norsjoKfTwoRow, repeatedHeader, sideBySide, sideBySideTsv, uppdragsplanIndicatorsTsv, uppdragsplanUtfall,
} from '../../../test/fixtures/seeds';
import { sheetFromTsv, workbook } from '../../../test/fixtures/sheet';
import type { CellValue, SheetInput } from '../types';
import type { PlanModel } from '../model';
import { cellOf } from '../cells';

const rec = (...sheets: SheetInput[]) => recognizeWorkbook(workbook(...sheets)).model;
const cols = (m: PlanModel, id: string) =>
  m.tables
    .find((t) => t.id === id)
    ?.columns.map((c) => `${c.col}:${c.role}${c.period ? `/${c.period}` : ''}${c.year ? `@${c.year}` : ''}${c.history ? '(history)' : ''}`)
    .join(' ');
const results = (sheet: SheetInput, period: 'year' | 't2' = 'year') =>
  analyze(workbook(sheet), { period }).report.indicators.map((i) => [i.row, i.results.map((r) => `${r.cell}:${r.status}`).join(' ')]);

describe('result columns named by year (SPEC §2)', () => {
  it.each([
    ['Utfall 2023 · Utfall 2024: the latest year is current, the earlier history', 'Indikatorer\tMål\tKälla\tPeriod\tUtfall 2023\tUtfall 2024', '0:indicator 1:direction 2:source 3:frequency 4:result/year@2023(history) 5:result/year@2024'],
    ['Nuläge · Utfall: Utfall is the result beside indicators', 'Indikator\tMål\tNuläge\tUtfall', '0:indicator 1:direction 2:baseline 3:result/year'],
    ['Resultat T2 2023 · Resultat T2 2024', 'Indikator\tMål\tResultat T2 2023\tResultat T2 2024', '0:indicator 1:direction 2:result/t2@2023(history) 3:result/t2@2024'],
    ['Utfall 2023 beside T1 · T2 · År: this year is the unlabelled one', 'Indikator\tMål\tUtfall 2023\tT1\tT2\tÅr', '0:indicator 1:direction 2:result/year@2023(history) 3:result/t1 4:result/t2 5:result/year'],
  ])('%s', (_l, header, expected) => {
    const sheet = sheetFromTsv('P', `${header}\n1. Andel uppföljda ärenden inom myndighets-utövningen*, procent.\tÖka\tWebFOCUS\tDelår, helår\t78\t83`);
    expect(cols(rec(sheet), 'P!A1')).toBe(expected);
  });

  it('a budget table keeps its Utfall as utfall', () => {
    const m = rec(sheetFromTsv('B', 'Ansvar\tBenämning\tBudget\tUtfall 2024\tPrognos\n294101\tRibbingsholmsv 3 B\t15 356 473\t10 135 272\t15 356 473'));
    expect(cols(m, 'B!A1')).toBe('0:key 1:name 2:budget 3:actual@2024 4:forecast');
  });

  it('seed 004 with Utfall 2023 · Utfall 2024: 2023 is each row\'s history, 2024 its result', () => {
    const m = rec(uppdragsplanUtfall());
    const first = m.indicators[0];
    expect(first.results.map((r) => [cellOf(r.ref), r.period, r.year, r.value])).toEqual([['F6', 'year', 2024, 83]]);
    expect(first.history).toEqual([{ ref: { sheet: 'Uppdragsplan', r: 5, c: 4 }, year: 2023, period: 'year', value: 78 }]);
    expect(m.indicators).toHaveLength(24);
  });
});

describe('a header over two rows (SPEC §2)', () => {
  it.each([
    ['merged cells (Resultat over H3:J3, the rest merged down)', true],
    ['as text extraction gives it (merges lost, blanks left)', false],
  ])('seed 002 with `Resultat` over `T1 · T2 · År`: %s', (_l, merged) => {
    const m = rec(norsjoKfTwoRow(merged));
    expect(m.tables.map((t) => [t.id, t.kind, t.headerRows])).toEqual([['KF-indikatorer!A3', 'indicators', [2, 3]]]);
    expect(cols(m, 'KF-indikatorer!A3')).toBe('0:goal 1:indicator 2:activity 3:threshold 4:frequency 5:responsible 6:reporter 7:result/t1 8:result/t2 9:result/year');
    expect(m.tables[0].columns.slice(7).map((c) => c.header)).toEqual(['Resultat T1', 'Resultat T2', 'Resultat År']);
    expect(m.indicators.map((i) => i.name)).toEqual([
      'Helhetssyn särskilt boende', 'Helhetssyn hemtjänst', 'HME', 'SAM – årlig uppföljning', 'Sjukfrånvaro', 'Budgetavvikelse', 'Avslutsenkät',
    ]);
  });

  it('the T2 follow-up of that sheet colours Sjukfrånvaro and Budgetavvikelse from their own thresholds', () => {
    expect(results(norsjoKfTwoRow(), 't2')).toEqual([
      [5, ''], [6, ''], [7, ''], [8, ''],
      [9, 'H9:green I9:red'],
      [10, 'H10:yellow I10:yellow'],
      [11, ''],
    ]);
    const f = analyze(workbook(norsjoKfTwoRow()), { period: 't2' }).findings;
    expect(f.filter((x) => x.code.startsWith('threshold.') || x.code.startsWith('result.'))).toEqual([]);
  });

  it('years under a merged `Utfall` (typed as numbers) are year-labelled results', () => {
    const tsv = uppdragsplanIndicatorsTsv.split('\n').slice(0, 7).join('\n').replace('Indikatorer\tMål\tKälla\tPeriod', 'Indikatorer\tMål\tKälla\tPeriod\tUtfall\n\t\t\t\t2023\t2024');
    const sheet = sheetFromTsv('U', `${tsv}\t78\t83`);
    const m = rec({ ...sheet, merges: ['E5:F5'] });
    expect(cols(m, 'U!A5')).toBe('0:indicator 1:direction 2:source 3:frequency 4:result/year@2023(history) 5:result/year@2024');
    expect(results(sheet)[0]).toEqual([7, 'F7:green']);
  });

  it('a data row under a header is never taken for its second row', () => {
    const m = rec(sheetFromTsv('KF-indikatorer', norsjoKfTsv));
    expect(m.tables[0].headerRows).toEqual([2]);
    expect(m.indicators).toHaveLength(7);
  });
});

describe('tables side by side (SPEC §2)', () => {
  it('a blank column between two tables makes two tables, each with its own columns', () => {
    const m = rec(sideBySide());
    expect(m.tables.map((t) => t.id)).toEqual(['Uppföljning!A3', 'Uppföljning!G3']);
    expect(cols(m, 'Uppföljning!A3')).toBe('0:goal 1:indicator 2:threshold 3:frequency 4:result/year');
    expect(cols(m, 'Uppföljning!G3')).toBe('6:indicator 7:direction 8:source 9:frequency 10:result/year@2023(history) 11:result/year@2024');
  });

  it('a value is judged only against its own table: the right table has no thresholds, only Öka', () => {
    const a = analyze(workbook(sideBySide()));
    const byName = (start: string) => a.report.indicators.find((i) => i.name.startsWith(start))!;
    expect(byName('HME')).toMatchObject({ goal: 'Hållbar och effektiv organisation', direction: 'higher', results: [{ cell: 'E6', status: 'red', reason: '74 < 77 (Gul-gräns) → Röd' }] });
    expect(byName('1. Personalkontinuitet')).toMatchObject({ direction: 'higher', results: [{ cell: 'L4', status: 'red', reason: '15 → 14, Öka → Röd' }] });
    expect(byName('3. Andel personer på särskilt boende')).toMatchObject({ results: [{ cell: 'L6', status: 'yellow' }] });
  });

  it('a table never borrows another\'s goal column: the right one hangs on the goal heading above it', () => {
    const m = rec(sideBySide());
    const right = m.indicators.filter((i) => i.tableId === 'Uppföljning!G3');
    expect(new Set(right.map((i) => i.goal))).toEqual(new Set(['Mål 2: Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.']));
    expect(right.map((i) => cellOf(i.goalRef))).toEqual(['G1', 'G1', 'G1', 'G1']);
    expect(right.every((i) => i.thresholdText === null)).toBe(true);
  });

  it('without a heading above it, the right table is one finding, not a borrowed goal', () => {
    const sheet = sheetFromTsv('U', sideBySideTsvWithoutHeading());
    const m = rec(sheet);
    expect(m.tablesWithoutGoal).toEqual([{ tableId: 'U!G3', sheet: 'U', cell: 'G3', kind: 'indicators' }]);
    expect(m.indicators.filter((i) => i.tableId === 'U!G3').every((i) => i.goal === null)).toBe(true);
  });

  it('a stored mapping for one of them (named by its first column) leaves the other as detected', () => {
    const mapping = { sheet: 'Uppföljning', headerRow: 2, firstCol: 6, kind: 'indicators', columns: { 6: 'indicator', 7: 'direction', 8: 'ignore', 9: 'frequency', 10: 'result', 11: 'result' } };
    const m = recognizeWorkbook({ ...workbook(sideBySide()), mappings: [mapping] }).model;
    expect(m.tables.map((t) => [t.id, t.confirmed ?? false])).toEqual([['Uppföljning!A3', false], ['Uppföljning!G3', true]]);
    expect(cols(m, 'Uppföljning!A3')).toBe('0:goal 1:indicator 2:threshold 3:frequency 4:result/year');
    expect(cols(m, 'Uppföljning!G3')).toBe('6:indicator 7:direction 9:frequency 10:result/year@2023(history) 11:result/year@2024');
  });

  it('a header repeated on the same line, no blank column between, is two tables', () => {
    const m = rec(repeatedHeader());
    expect(m.tables.map((t) => [t.id, t.kind])).toEqual([['Indikatorer!A1', 'indicators'], ['Indikatorer!E1', 'indicators']]);
    expect(results(repeatedHeader())).toEqual([[2, 'D2:green'], [3, 'D3:yellow'], [2, 'H2:yellow'], [3, 'H3:yellow']]);
    expect(m.indicators.map((i) => [i.name, i.goal])).toEqual([
      ['Helhetssyn särskilt boende', 'Välfärd och välbefinnande genom livet'],
      ['Helhetssyn hemtjänst', 'Välfärd och välbefinnande genom livet'],
      ['HME', 'Hållbar och effektiv organisation'],
      ['Sjukfrånvaro', 'Hållbar och effektiv organisation'],
    ]);
  });

  it('a blank header column with values below is a column of one table (Bilaga 1 names)', () => {
    const sheet = sheetFromTsv('I', 'Indikator\tPrestationer – det som ska mätas\t\tResultat år\tIndikator\nHME\tGrön 79 Gul 77\tkommentar\t78\tx');
    expect(rec(sheet).tables.map((t) => t.id)).toEqual(['I!A1']);
  });

  it('a part that is no table by itself stays with its neighbour', () => {
    const sheet = sheetFromTsv('I', 'Indikator\tPrestationer – det som ska mätas\t\tResultat T1\tResultat T2\nHME\tGrön 79 Gul 77\t\t76\t78');
    const m = rec(sheet);
    expect(m.tables.map((t) => t.id)).toEqual(['I!A1']);
    expect(cols(m, 'I!A1')).toBe('0:indicator 1:threshold 3:result/t1 4:result/t2');
  });
});

describe('properties', () => {
  it('two seed tables placed side by side at any gap read as the two tables they are', () => {
    const left = norsjoKfTsv.split('\n').slice(3, 7).map((l) => l.split('\t').slice(0, 5));
    const right = uppdragsplanIndicatorsTsv.split('\n').slice(29, 33).map((l) => l.split('\t'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (gap) => {
        const lines = left.map((l, i) => [...l, ...Array(gap).fill(''), ...right[i]].join('\t')).join('\n');
        const m = rec(sheetFromTsv('S', lines));
        const rightCol = 5 + gap;
        expect(m.tables.map((t) => t.kind)).toEqual(['indicators', 'indicators']);
        expect(m.indicators.filter((i) => i.nameRef.c === rightCol).every((i) => i.thresholdText === null && i.declaredDirection === 'higher')).toBe(true);
        expect(m.indicators.filter((i) => i.nameRef.c === 1).map((i) => i.thresholdText)).toEqual(['Grön 82 Gul 76', 'Grön 95 Gul 91', 'Grön 79 Gul 77']);
      }),
    );
  });
});

function sideBySideTsvWithoutHeading(): string {
  return sideBySideTsv.replace(/\tMål 2: Kvaliteten[^\n]*/, '');
}

// The layout steps one by one, on header lines as planners write them (SPEC §2). A row is written
// as its cells from column A, null for a blank cell.
type Row = (CellValue | null)[];
const rowCells = (row: Row): RowCell[] => row.flatMap((v, c) => (v === null ? [] : [{ c, cell: { v }, v, text: String(v) }]));
function headerOf(row: Row, extra: Partial<HeaderInfo> = {}): HeaderInfo {
  const cells = rowCells(row);
  return { r: 0, cells, matches: new Map(cells.flatMap((x) => { const m = matchHeader(x.text); return m ? [[x.c, m] as const] : []; })), ...extra };
}
const mergeMap = (...merges: string[]) => new MergeMap({ name: 'S', rows: [], merges });
/** A header as `col:text`, and its reading as `col:role/period@year`. */
const said = (h: HeaderInfo | null) =>
  h && {
    cells: h.cells.map((x) => `${x.c}:${x.text}`).join(' | '),
    read: [...h.matches].map(([c, m]) => `${c}:${m.role}${m.period ? `/${m.period}` : ''}${m.year ? `@${m.year}` : ''}`).join(' '),
    ...(h.subRow === undefined ? {} : { subRow: h.subRow }),
  };

describe('bodyAhead: the rows a header\'s table reaches', () => {
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);
  it.each<[string, number[], number, number[]]>([
    ['the rows after the header', [2, 3, 4, 5], 1, [3, 4, 5]],
    ['one blank row does not end a table', [2, 3, 5, 6], 0, [2, 3, 5, 6]],
    ['two blank rows end it', [2, 3, 6, 7], 0, [2, 3]],
    ['a gap before the first row is not looked at', [2, 8, 9], 1, [8, 9]],
    ['nothing after the last row', [2, 3], 2, []],
    ['at most 30 rows are read ahead', upTo(50), 0, upTo(30)],
    ['30 rows from further down', upTo(50), 15, upTo(45).slice(15)],
  ])('%s', (_, nonBlank, from, expected) => {
    expect(bodyAhead(nonBlank, from)).toEqual(expected);
  });
});

describe('withinCols and inCols: a line cut down to a table\'s columns', () => {
  const h = headerOf(['Indikator', 'Målvärde', 'Resultat', 'anteckning', 'Indikator', 'Målvärde', 'Resultat']);
  it.each<[string, { c1: number; c2: number }, string, string]>([
    ['the middle', { c1: 2, c2: 4 }, '2:Resultat | 3:anteckning | 4:Indikator', '2:result/year 4:indicator'],
    ['from the start', { c1: -Infinity, c2: 2 }, '0:Indikator | 1:Målvärde | 2:Resultat', '0:indicator 1:threshold 2:result/year'],
    ['to the end', { c1: 4, c2: Infinity }, '4:Indikator | 5:Målvärde | 6:Resultat', '4:indicator 5:threshold 6:result/year'],
    ['one column', { c1: 3, c2: 3 }, '3:anteckning', ''],
  ])('%s', (_, b, cells, read) => {
    expect(said(withinCols(h, b))).toEqual({ cells, read });
    expect(inCols(h.cells, b).map((x) => x.c)).toEqual(cells.split(' | ').map((x) => Number(x.split(':')[0])));
  });

  it('the whole row is the row itself', () => {
    expect(inCols(h.cells, WHOLE_ROW)).toBe(h.cells);
    expect(said(withinCols(h, WHOLE_ROW))).toEqual(said(h));
  });
});

describe('withSubHeader: a header over two rows', () => {
  it.each<[string, Row, Row, string[], ReturnType<typeof said>]>([
    ['Utfall above T1 · T2 · År (merges lost)', ['Indikator', 'Mål', 'Utfall', null, null], [null, null, 'T1', 'T2', 'År'], [],
      { cells: '0:Indikator | 1:Mål | 2:Utfall T1 | 3:Utfall T2 | 4:Utfall År', read: '0:indicator 1:goal 2:result/t1 3:result/t2 4:result/year', subRow: 1 }],
    ['Utfall merged over T1 · T2 · År', ['Indikator', 'Mål', 'Utfall', null, null], [null, null, 'T1', 'T2', 'År'], ['C1:E1'],
      { cells: '0:Indikator | 1:Mål | 2:Utfall T1 | 3:Utfall T2 | 4:Utfall År', read: '0:indicator 1:goal 2:result/t1 3:result/t2 4:result/year', subRow: 1 }],
    ['years typed as numbers under Utfall', ['Indikator', 'Mål', 'Utfall', null], [null, null, 2023, 2024], [],
      { cells: '0:Indikator | 1:Mål | 2:Utfall 2023 | 3:Utfall 2024', read: '0:indicator 1:goal 2:actual@2023 3:actual@2024', subRow: 1 }],
    ['the first and last years read', ['Indikator', 'Utfall', null], [null, 1990, 2099], [],
      { cells: '0:Indikator | 1:Utfall 1990 | 2:Utfall 2099', read: '0:indicator 1:actual@1990 2:actual@2099', subRow: 1 }],
    ['a non-group label merged across: each sub-label alone', ['Indikator', 'Mål', 'Period', null, null], [null, null, 'T1', 'T2', 'År'], ['C1:D1'],
      { cells: '0:Indikator | 1:Mål | 2:T1 | 3:T2 | 4:År', read: '0:indicator 1:goal 2:result/t1 3:result/t2 4:result/year', subRow: 1 }],
    ['beside the merge, under a blank: still the label to the left', ['Indikator', 'Mål', 'Period', null, null], [null, null, 'T1', null, 'År'], ['C1:D1'],
      { cells: '0:Indikator | 1:Mål | 2:T1 | 4:År', read: '0:indicator 1:goal 2:result/t1 4:result/year', subRow: 1 }],
    ['a sub-label that reads only alone keeps its own role', ['Indikator', 'Ansvarig', 'Utfall', null], [null, null, 'T1', 'Kommentar'], [],
      { cells: '0:Indikator | 1:Ansvarig | 2:Utfall T1 | 3:Kommentar', read: '0:indicator 1:responsible 2:result/t1 3:comment', subRow: 1 }],
    ['a sub-label left of every header cell reads alone', [null, 'Indikator', 'Utfall', null], ['T1', null, 'T2', 'År'], [],
      { cells: '0:T1 | 1:Indikator | 2:Utfall T2 | 3:Utfall År', read: '0:result/t1 1:indicator 2:result/t2 3:result/year', subRow: 1 }],
    ['a header cell right of the group ends it: T2 under a blank beside Källa reads alone', ['Indikator', 'Mål', 'Utfall', null, 'Källa', null], [null, null, 'T1', 'T2', null, 'T2'], [],
      { cells: '0:Indikator | 1:Mål | 2:Utfall T1 | 3:Utfall T2 | 4:Källa | 5:T2', read: '0:indicator 1:goal 2:result/t1 3:result/t2 4:source 5:result/t2', subRow: 1 }],
    ['Resultat is a group word too', ['Indikator', 'Resultat', null], [null, 'T1', 'T2'], [],
      { cells: '0:Indikator | 1:Resultat T1 | 2:Resultat T2', read: '0:indicator 1:result/t1 2:result/t2', subRow: 1 }],
    ['years beside Utfall, none under it: the group word to the left names them', ['Indikator', 'Utfall', null, null], [null, null, 2023, 2024], [],
      { cells: '0:Indikator | 1:Utfall | 2:Utfall 2023 | 3:Utfall 2024', read: '0:indicator 1:actual 2:actual@2023 3:actual@2024', subRow: 1 }],
    ['a year under the blank part of a merged Budget: the merge names it', ['Ansvar', 'Budget', null], [null, null, 2025], ['B1:C1'],
      { cells: '0:Ansvar | 1:Budget | 2:Budget 2025', read: '0:key 1:budget 2:budget', subRow: 1 }],
    ['a year right of a merged Budget with years under it: the label to the left names it', ['Ansvar', 'Budget', null, null], [null, 2024, 2025, 2026], ['B1:C1'],
      { cells: '0:Ansvar | 1:Budget 2024 | 2:Budget 2025 | 3:Budget 2026', read: '0:key 1:budget 2:budget 3:budget', subRow: 1 }],
    ['a header cell that reads as nothing stays, unread', ['Indikator', 'Anteckning', 'Utfall', null], [null, null, 'T1', 'T2'], [],
      { cells: '0:Indikator | 1:Anteckning | 2:Utfall T1 | 3:Utfall T2', read: '0:indicator 2:result/t1 3:result/t2', subRow: 1 }],
  ])('%s', (_, top, sub, merges, expected) => {
    const got = withSubHeader(headerOf(top), 1, rowCells(sub), mergeMap(...merges));
    expect(said(got)).toEqual(expected);
    // Only cells that read have a reading.
    expect([...(got?.matches.values() ?? [])].every((m) => m !== undefined)).toBe(true);
  });

  it.each<[string, Row, Row, string[]]>([
    ['nothing below', ['Indikator', 'Utfall', null], [], []],
    ['a year before 1990', ['Indikator', 'Utfall', null], [null, 1989, 2024], []],
    ['a year after 2099', ['Indikator', 'Utfall', null], [null, 2023, 2100], []],
    ['a number that is no year', ['Indikator', 'Utfall', null], [null, 2023.5, 2024], []],
    ['a value that is neither text nor year', ['Indikator', 'Utfall', null], [null, true, 2024], []],
    ['a text longer than a header (41 characters)', ['Indikator', 'Utfall', null], [null, 'T1', `Antal ${'x'.repeat(35)}`], []],
    ['a data row under Indikator: HME is a name, not a sub-label', ['Indikator', 'Målvärde'], ['HME', 'T1'], []],
    ['a sub-label under a non-group label, not merged', ['Indikator', 'Mål', 'Period', null], [null, null, 'T1', 'T2'], []],
    ['a merge that starts left of the label does not make it a group', ['Indikator', 'Mål', 'Period', null], [null, null, 'T1', 'T2'], ['B1:C1']],
    ['a merge elsewhere on the sheet does not make it a group', ['Indikator', 'Mål', 'Period', null], [null, null, 'T1', 'T2'], ['A5:B5']],
    ['a text under a blank that reads as no header', ['Indikator', 'Utfall', null], [null, 'T1', 'anteckningar'], []],
    ['a word that only ends in a group word is none (Delutfall)', ['Indikator', 'Delutfall', null], [null, 'T1', 'T2'], []],
    ['a word that only starts with one is none (Utfallsanalys)', ['Indikator', 'Utfallsanalys', null], [null, 'T1', 'T2'], []],
    ['a year right of a merged Budget with none under the label itself', ['Ansvar', 'Budget', null, null], [null, null, 2025, 2026], ['B1:C1']],
  ])('no second header row: %s', (_, top, sub, merges) => {
    expect(withSubHeader(headerOf(top), 1, rowCells(sub), mergeMap(...merges))).toBeNull();
  });

  it('a text of 40 characters is still a sub-label', () => {
    const text = `Antal ${'x'.repeat(34)}`;
    expect(matchHeader(text)).not.toBeNull();
    expect(said(withSubHeader(headerOf(['Indikator', 'Utfall', null]), 1, rowCells([null, 'T1', text]), mergeMap()))?.cells).toBe(`0:Indikator | 1:Utfall T1 | 2:${text}`);
  });

  it('through recognition: Mätperiod merged over T1 · T2 · År gives three result columns', () => {
    const sheet = sheetFromTsv('P', 'Indikator\tMålvärde\tMätperiod\t\t\n\t\tT1\tT2\tÅr\nHME\tGrön 79 Gul 77\t76\t78\t80');
    const m = rec({ ...sheet, merges: ['C1:D1'] });
    expect(cols(m, 'P!A1')).toBe('0:indicator 1:threshold 2:result/t1 3:result/t2 4:result/year');
    expect(m.tables[0].columns.slice(2).map((c) => c.header)).toEqual(['T1', 'T2', 'År']);
  });
});

describe('splitSideBySide: tables side by side on one header line', () => {
  const parts = (top: Row, body: Row[] = [], extra: Partial<HeaderInfo> = {}) => {
    const h = headerOf(top, extra);
    return splitSideBySide(h, body.map(rowCells)).map((p) => ({ from: p.c1, to: p.c2, ...said(p.header), whole: p.header === h }));
  };

  it.each<[string, Row, Row[]]>([
    ['one table', ['Indikator', 'Målvärde', 'Resultat'], []],
    ['the same role under another name is no repeat', ['Indikator', 'Målvärde', 'Resultat', 'Nyckeltal', 'Målvärde', 'Resultat'], []],
    ['a repeated header that starts no table (Resultat)', ['Indikator', 'Resultat', 'Målvärde', 'Resultat', 'Målvärde'], []],
    ['a repeated first header whose role starts no table', ['Målvärde', 'Indikator', 'Resultat', 'Målvärde', 'Indikator', 'Resultat'], []],
    ['a blank header column with a value below in any row', ['Indikator', 'Målvärde', null, 'Aktivitet', 'Ansvarig'], [['HME', 'x', null, 'a', 'b'], ['HME', 'x', 'kommentar', 'a', 'b']]],
    ['a part with one cell stays with its neighbour', ['Indikator', 'Målvärde', null, 'Aktivitet'], []],
    ['a part with one header stays with its neighbour', ['Indikator', 'Målvärde', null, 'Aktivitet', 'anteckning'], []],
    ['a part mostly of unread cells stays with its neighbour', ['Indikator', 'Målvärde', null, 'Indikator', 'x1', 'x2', 'x3', 'x4', 'Resultat', 'x5'], []],
    ['a part that is no table of its own (results only) stays with its neighbour', ['Resultat T1', 'Resultat T2', null, 'Indikator', 'Målvärde'], []],
  ])('one table: %s', (_, top, body) => {
    const h = headerOf(top);
    const got = splitSideBySide(h, body.map(rowCells));
    expect(got).toEqual([{ header: h, ...WHOLE_ROW }]);
    expect(got[0].header).toBe(h);
  });

  it('a blank column, blank in the body too, splits the line', () => {
    expect(parts(['Indikator', 'Målvärde', 'Resultat', null, 'Aktivitet', 'Ansvarig'], [['HME', 'x', 1, null, 'a', 'b']])).toEqual([
      { from: -Infinity, to: 3, cells: '0:Indikator | 1:Målvärde | 2:Resultat', read: '0:indicator 1:threshold 2:result/year', whole: false },
      { from: 4, to: Infinity, cells: '4:Aktivitet | 5:Ansvarig', read: '4:activity 5:responsible', whole: false },
    ]);
  });

  it.each<[string, Row]>([
    ['Indikator', ['Indikator', 'Målvärde', 'Indikator', 'Målvärde']],
    ['Aktivitet', ['Aktivitet', 'Ansvarig', 'Aktivitet', 'Ansvarig']],
    ['Risk', ['Risk', 'Kontrollmoment', 'Risk', 'Kontrollmoment']],
    ['Ansvar', ['Ansvar', 'Budget', 'Ansvar', 'Budget']],
    ['Mål', ['Mål', 'Indikator', 'Mål', 'Indikator']],
    ['Målformulering', ['Målformulering', 'Nivå', 'Målformulering', 'Nivå']],
    ['Mål-ID', ['Mål-ID', 'Målformulering', 'Mål-ID', 'Målformulering']],
  ])('the first header again starts a table: %s', (_, top) => {
    expect(parts(top).map((p) => [p.from, p.to, p.cells])).toEqual([
      [-Infinity, 1, `0:${top[0]} | 1:${top[1]}`],
      [2, Infinity, `2:${top[2]} | 3:${top[3]}`],
    ]);
  });

  it('the first header again, in any case, three times', () => {
    expect(parts(['Indikator', 'Målvärde', 'Resultat', 'indikator', 'Målvärde', 'Resultat', 'INDIKATOR', 'Resultat']).map((p) => [p.from, p.to, p.cells])).toEqual([
      [-Infinity, 2, '0:Indikator | 1:Målvärde | 2:Resultat'],
      [3, 5, '3:indikator | 4:Målvärde | 5:Resultat'],
      [6, Infinity, '6:INDIKATOR | 7:Resultat'],
    ]);
  });

  it('a part no table of its own joins the one after it when first, the one before it otherwise', () => {
    expect(parts(['Resultat T1', 'Resultat T2', null, 'Indikator', 'Målvärde', null, 'Aktivitet', 'Ansvarig']).map((p) => [p.from, p.to, p.cells, p.read])).toEqual([
      [-Infinity, 5, '0:Resultat T1 | 1:Resultat T2 | 3:Indikator | 4:Målvärde', '0:result/t1 1:result/t2 3:indicator 4:threshold'],
      [6, Infinity, '6:Aktivitet | 7:Ansvarig', '6:activity 7:responsible'],
    ]);
    expect(parts(['Indikator', 'Målvärde', null, 'Ansvarig', 'Kommentar', null, 'Aktivitet', 'Mål']).map((p) => [p.from, p.to, p.cells])).toEqual([
      [-Infinity, 5, '0:Indikator | 1:Målvärde | 3:Ansvarig | 4:Kommentar'],
      [6, Infinity, '6:Aktivitet | 7:Mål'],
    ]);
    expect(parts(['Indikator', 'Målvärde', null, 'Aktivitet', 'Ansvarig', null, 'Ansvarig', 'Kommentar']).map((p) => [p.from, p.to, p.cells])).toEqual([
      [-Infinity, 2, '0:Indikator | 1:Målvärde'],
      [3, Infinity, '3:Aktivitet | 4:Ansvarig | 6:Ansvarig | 7:Kommentar'],
    ]);
  });

  it('a part of exactly one header in three cells is a table', () => {
    expect(parts(['Indikator', 'Målvärde', null, 'Indikator', 'x1', 'x2', 'x3', 'x4', 'Resultat']).map((p) => [p.from, p.to, p.read])).toEqual([
      [-Infinity, 2, '0:indicator 1:threshold'],
      [3, Infinity, '3:indicator 8:result/year'],
    ]);
  });

  it('each part keeps the second header row, and has none when the line has none', () => {
    expect(parts(['Indikator', 'Målvärde', null, 'Aktivitet', 'Ansvarig'], [], { subRow: 1 }).map((p) => p.subRow)).toEqual([1, 1]);
    const split = splitSideBySide(headerOf(['Indikator', 'Målvärde', null, 'Aktivitet', 'Ansvarig']), []);
    expect(split.map((p) => 'subRow' in p.header)).toEqual([false, false]);
  });
});

/**
 * Layouts planners use (SPEC §2, issue 9): year-labelled result columns, a header over two rows,
 * tables side by side. Every sheet is built from the seeds' tables (test/fixtures/seeds.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognizeWorkbook } from './index';
import { analyze } from '../analyze';
import {
  norsjoKfTsv, norsjoKfTwoRow, repeatedHeader, sideBySide, sideBySideTsv, uppdragsplanIndicatorsTsv, uppdragsplanUtfall,
} from '../../../test/fixtures/seeds';
import { sheetFromTsv, workbook } from '../../../test/fixtures/sheet';
import type { SheetInput } from '../types';
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

import { describe, expect, it } from 'vitest';
import { summarySheet } from './summary-sheet';
import { assessGoal } from '../rollup';
import type { PlanModel } from '../model';
import type { Period, Status } from '../types';
import { PALETTE } from '../types';
import { analysis, context, model, seed002Model, seed003Model, withGoal } from '../../../test/fixtures/plan-model';

/** Seed 003 with results: nämndmål 1 green at T1 then red for the year; 2 yellow; 3 green. */
function ctx003(o: { period?: Period; lang?: 'sv' | 'en'; m?: PlanModel } = {}) {
  const m = o.m ?? seed003Model();
  const res: [Period, Status][][] = [[['t1', 'green'], ['year', 'red']], [['year', 'yellow']], [['year', 'green']]];
  return context(m, { ...o, indicators: m.indicators.map((x, i) => analysis(x, res[i] ?? [])) });
}

/** The goal rows: after the 4 heading rows, before the blank row and the 6 rows of the rule. */
const NOTE_ROWS = 7;
const goalRows = <T,>(rows: T[][]) => rows.slice(4, -NOTE_ROWS);
const body = (rows: { v: unknown }[][]) => goalRows(rows).map((r) => r.map((c) => c.v));

describe('summarySheet', () => {
  it('lists goals depth-first from the KF-mål, indented, with counts including the goals below', () => {
    const s = summarySheet(ctx003(), [])!;
    expect(s.rows[0][0]).toMatchObject({ v: 'Sammanställning', bold: true });
    expect(s.rows[1][0].v).toBe(
      'Uppföljningsperiod: helår. En indikators status är dess senaste resultat som ska vara rapporterat vid perioden; saknas det räknas indikatorn som utan resultat.',
    );
    expect(s.rows[3].map((c) => c.v)).toEqual(['Id', 'Nivå', 'Mål', 'Grön', 'Gul', 'Röd', 'Utan resultat', 'Aktiviteter', 'Brister i röda tråden', 'Bedömning']);
    expect(s.rows[3].every((c) => c.bold)).toBe(true);
    expect(s.freezeRows).toBe(4);
    expect(s.colWidths).toHaveLength(10);
    expect(body(s.rows)).toEqual([
      ['Mål 1', 'Fullmäktigemål', 'Alla norrköpingsbor som kan arbeta ska arbeta', 0, 0, 1, 0, 1, 0, 'Ej uppfyllt'],
      ['Mål 1', 'Nämndmål', 'Målet är att stärka den enskildes möjligheter att leva ett självständigt liv, utifrån den enskildes behov.', 0, 0, 1, 0, 1, 0, 'Ej uppfyllt'],
      ['Mål 2', 'Fullmäktigemål', 'Norrköpings kommun ska ha ett starkt näringsliv för lokal tillväxt', 0, 0, 0, 1, 1, 0, 'Ej bedömd'],
      ['Mål 4', 'Nämndmål', 'Valfriheten, tryggheten och kvaliteten i vård och omsorg om äldre personer ska stärkas under mandatperioden.', 0, 0, 0, 1, 1, 0, 'Ej bedömd'],
      ['Mål 3', 'Fullmäktigemål', 'Norrköpingsbornas utbildningsnivå ska höjas', 0, 0, 0, 1, 1, 0, 'Ej bedömd'],
      ['Mål 5', 'Nämndmål', 'Kompetensförsörjningen till vård- och omsorgsnämndens verksamheter ska i större utsträckning svara mot verksamhetens behov.', 0, 0, 0, 1, 1, 0, 'Ej bedömd'],
      // One green, one yellow, one red of three assessed: not more than half red, so partly met.
      ['Mål 4', 'Fullmäktigemål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov', 1, 1, 1, 4, 7, 0, 'Delvis uppfyllt'],
      ['Mål 2', 'Nämndmål', 'Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.', 0, 1, 0, 0, 1, 0, 'Delvis uppfyllt'],
      ['Mål 3', 'Nämndmål', expect.stringMatching(/^Vård- och omsorgsnämndens verksamheter ska fortsätta/), 1, 0, 0, 0, 1, 0, 'Uppfyllt'],
      ['Mål 6', 'Nämndmål', expect.stringMatching(/^Vård- och omsorgsnämndens verksamheter ska arbeta/), 0, 0, 0, 1, 1, 0, 'Ej bedömd'],
      ['Mål 7', 'Nämndmål', 'Uppnå en ekonomi i balans genom effektivt resursutnyttjande och god ekonomistyrning', 0, 0, 0, 1, 1, 0, 'Ej bedömd'],
      ['Mål 5', 'Fullmäktigemål', 'Norrköping ska vara en klimatsmart kommun som gör anpassningar till ett förändrat klimat', 0, 0, 0, 0, 0, 0, 'Ej bedömd'],
      ['Mål 6', 'Fullmäktigemål', 'Det ska vara tryggt och säkert i Norrköpings kommun', 0, 0, 0, 1, 1, 0, 'Ej bedömd'],
    ]);
  });

  it('writes the assessment in words and with the palette fill; links each goal text to its cell', () => {
    const s = summarySheet(ctx003(), [])!;
    const rows = goalRows(s.rows);
    expect(rows[0][9]).toMatchObject({ v: 'Ej uppfyllt', fill: PALETTE.red.fill, font: PALETTE.red.font });
    expect(rows[7][9]).toMatchObject({ v: 'Delvis uppfyllt', fill: PALETTE.yellow.fill, font: PALETTE.yellow.font });
    expect(rows[8][9]).toMatchObject({ v: 'Uppfyllt', fill: PALETTE.green.fill, font: PALETTE.green.font });
    expect(rows[11][9].fill).toBeUndefined();
    expect(rows[1][2].link).toEqual({ sheet: 'Mål', cell: 'C8' });
    expect(rows[0][2].link).toEqual({ sheet: 'Mål', cell: 'C2' });
    expect(s.rows[3].slice(3, 6).map((c) => c.fill)).toEqual([PALETTE.green.fill, PALETTE.yellow.fill, PALETTE.red.fill]);
  });

  it('uses the status at the chosen period: at T2 only results due by T2 count (nämndmål 1 green from T1)', () => {
    const s = summarySheet(ctx003({ period: 't2' }), [])!;
    expect(s.rows[1][0].v).toContain('T2 (delårsbokslut, 8 månader)');
    // The year results are not due yet at T2: only nämndmål 1's T1 result counts.
    expect(s.rows[5].map((c) => c.v).slice(3)).toEqual([1, 0, 0, 0, 1, 0, 'Uppfyllt']);
    expect(s.rows[11].map((c) => c.v).slice(3)).toEqual([0, 0, 0, 1, 1, 0, 'Ej bedömd']);
    // KF-mål 4: one green (T1) of one assessed; six without result.
    expect(s.rows[10].map((c) => c.v).slice(3)).toEqual([1, 0, 0, 6, 7, 0, 'Uppfyllt']);
  });

  it('a red-thread gap is counted beside the assessment, not folded into it', () => {
    const m = seed003Model();
    const s = summarySheet(ctx003({ m: { ...m, activities: m.activities.filter((a) => a.goal !== 'Mål 3') } }), [])!;
    const byText = (start: string) => s.rows.find((r) => String(r[2]?.v).startsWith(start))!;
    const goal3 = byText('Vård- och omsorgsnämndens verksamheter ska fortsätta');
    expect(goal3.map((c) => c.v).slice(3)).toEqual([1, 0, 0, 0, 0, 1, 'Uppfyllt']);
    expect(goal3[8].fill).toBe(PALETTE.gap.fill);
    expect(byText('Kommunens välfärdstjänster').map((c) => c.v).slice(8)).toEqual([1, 'Delvis uppfyllt']);
    expect(byText('Norrköpingsbornas utbildningsnivå').map((c) => c.v).slice(8)).toEqual([0, 'Ej bedömd']);
  });

  it('indents a goal by its depth (Excel\'s indent, not spaces in the text)', () => {
    const rows = goalRows(summarySheet(ctx003(), [])!.rows);
    expect(rows[0][2].indent).toBeUndefined();
    expect(rows[1][2]).toMatchObject({ indent: 1, wrap: true });
  });

  it('writes the assessment rule on its own rows, each merged across the table, and the period line merged too', () => {
    const s = summarySheet(ctx003(), [])!;
    const n = s.rows.length;
    expect(s.rows.slice(n - 6).map((r) => r[0].v)).toEqual([
      'Så bedöms målen:',
      'Uppfyllt – alla bedömda indikatorer är gröna.',
      'Delvis uppfyllt – några indikatorer är gula eller röda, men högst hälften är röda.',
      'Ej uppfyllt – mer än hälften av de bedömda indikatorerna är röda.',
      'Ej bedömd – ingen indikator har något resultat för perioden än.',
      'Antalen omfattar målen under. Brister i röda tråden står i en egen kolumn och ändrar inte bedömningen.',
    ]);
    expect(s.rows[n - 7]).toEqual([]);
    expect(s.merges).toEqual(['A2:J2', ...Array.from({ length: 6 }, (_, i) => `A${n - 5 + i}:J${n - 5 + i}`)]);
    // Every line fits the merged width (the columns add up to 185 characters): nothing is cut off.
    const width = s.colWidths!.reduce((a, b) => a + b, 0);
    for (const r of s.rows.slice(n - 6)) expect(String(r[0].v).length).toBeLessThan(width);
    expect(s.print).toEqual({ area: true, landscape: true, fitToWidth: true });
  });

  it('in English', () => {
    const s = summarySheet(ctx003({ lang: 'en' }), [])!;
    expect(s.rows[0][0].v).toBe('Summary');
    expect(s.rows[3].map((c) => c.v)).toEqual(['Id', 'Level', 'Goal', 'Green', 'Yellow', 'Red', 'Without result', 'Activities', 'Red-thread gaps', 'Assessment']);
    expect(s.rows[4].map((c) => c.v).slice(0, 2)).toEqual(['Mål 1', 'Council goal']);
    expect(s.rows[4][9].v).toBe('Not met');
    expect(s.rows[10][9].v).toBe('Partly met');
    expect(s.rows[s.rows.length - 5][0].v).toBe('Met – every assessed indicator is green.');
  });

  it('seed 002 without a goals table: the implicit goals, one level', () => {
    const m = seed002Model();
    const s = summarySheet(context(m, { indicators: m.indicators.map((x, i) => analysis(x, i === 0 ? [['year', 'green']] : [])) }), [])!;
    expect(body(s.rows)).toEqual([
      [null, null, 'Välfärd och välbefinnande genom livet', 1, 0, 0, 1, 2, 0, 'Uppfyllt'],
      [null, null, 'Hållbar och effektiv organisation', 0, 0, 0, 3, 3, 0, 'Ej bedömd'],
    ]);
    expect(s.rows[4][2].link).toEqual({ sheet: 'Verksamhetsplan', cell: 'A2' });
  });

  it('a goal text starting with `=` stays a plain value, never a formula', () => {
    const m = withGoal(seed003Model(), 4, { text: '=HYPERLINK("http://example.com";"Klicka")' });
    const s = summarySheet(ctx003({ m }), [])!;
    const cell = s.rows.flat().find((c) => typeof c.v === 'string' && c.v.includes('HYPERLINK'))!;
    expect(cell.v).toBe('=HYPERLINK("http://example.com";"Klicka")');
    expect(cell.formula).toBeUndefined();
    expect(s.rows.flat().every((c) => c.formula === undefined)).toBe(true);
  });

  it('no goals: no sheet', () => {
    expect(summarySheet(context(model({})), [])).toBeNull();
  });

  it.each<[string, [number, number, number, number], string]>([
    ['every assessed indicator green', [2, 0, 0, 0], 'met'],
    ['green, others without result', [1, 0, 0, 5], 'met'],
    ['a yellow among greens', [2, 1, 0, 0], 'partly'],
    ['one red of three', [1, 1, 1, 0], 'partly'],
    ['exactly half red', [1, 0, 1, 0], 'partly'],
    ['more than half red', [1, 0, 2, 0], 'not-met'],
    ['all red', [0, 0, 3, 1], 'not-met'],
    ['no result yet', [0, 0, 0, 4], 'not-assessed'],
    ['no indicators', [0, 0, 0, 0], 'not-assessed'],
  ])('assessment: %s', (_n, [green, yellow, red, missing], want) => {
    expect(assessGoal({ green, yellow, red, missing })).toBe(want);
  });
});

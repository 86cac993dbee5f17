import { describe, expect, it } from 'vitest';
import { assess, summarySheet } from './summary-sheet';
import type { PlanModel } from '../model';
import type { Period, Status } from '../types';
import { PALETTE } from '../types';
import { analysis, context, model, seed002Model, seed003Model, withGoal } from '../redthread/testing';

/** Seed 003 with results: nämndmål 1 green at T1 then red for the year; 2 yellow; 3 green. */
function ctx003(o: { period?: Period; lang?: 'sv' | 'en'; m?: PlanModel } = {}) {
  const m = o.m ?? seed003Model();
  const res: [Period, Status][][] = [[['t1', 'green'], ['year', 'red']], [['year', 'yellow']], [['year', 'green']]];
  return context(m, { ...o, indicators: m.indicators.map((x, i) => analysis(x, res[i] ?? [])) });
}

const body = (rows: { v: unknown }[][]) => rows.slice(4, -2).map((r) => r.map((c) => c.v));

describe('summarySheet', () => {
  it('lists goals depth-first from the KF-mål, indented, with counts including the goals below', () => {
    const s = summarySheet(ctx003(), [])!;
    expect(s.rows[0][0]).toMatchObject({ v: 'Sammanställning', bold: true });
    expect(s.rows[1][0].v).toBe('Uppföljningsperiod: helår. Indikatorernas status är det senaste bedömda resultatet fram till perioden.');
    expect(s.rows[3].map((c) => c.v)).toEqual(['Id', 'Nivå', 'Mål', 'Grön', 'Gul', 'Röd', 'Utan resultat', 'Aktiviteter', 'Bedömning']);
    expect(s.rows[3].every((c) => c.bold)).toBe(true);
    expect(s.freezeRows).toBe(4);
    expect(s.colWidths).toHaveLength(9);
    expect(body(s.rows)).toEqual([
      ['Mål 1', 'Fullmäktigemål', 'Alla norrköpingsbor som kan arbeta ska arbeta', 0, 0, 1, 0, 1, 'Röd'],
      ['Mål 1', 'Nämndmål', '    Målet är att stärka den enskildes möjligheter att leva ett självständigt liv, utifrån den enskildes behov.', 0, 0, 1, 0, 1, 'Röd'],
      ['Mål 2', 'Fullmäktigemål', 'Norrköpings kommun ska ha ett starkt näringsliv för lokal tillväxt', 0, 0, 0, 1, 1, 'Gul'],
      ['Mål 4', 'Nämndmål', '    Valfriheten, tryggheten och kvaliteten i vård och omsorg om äldre personer ska stärkas under mandatperioden.', 0, 0, 0, 1, 1, 'Gul'],
      ['Mål 3', 'Fullmäktigemål', 'Norrköpingsbornas utbildningsnivå ska höjas', 0, 0, 0, 1, 1, 'Gul'],
      ['Mål 5', 'Nämndmål', '    Kompetensförsörjningen till vård- och omsorgsnämndens verksamheter ska i större utsträckning svara mot verksamhetens behov.', 0, 0, 0, 1, 1, 'Gul'],
      ['Mål 4', 'Fullmäktigemål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov', 1, 1, 1, 4, 7, 'Röd'],
      ['Mål 2', 'Nämndmål', '    Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.', 0, 1, 0, 0, 1, 'Gul'],
      ['Mål 3', 'Nämndmål', expect.stringMatching(/^ {4}Vård- och omsorgsnämndens verksamheter ska fortsätta/), 1, 0, 0, 0, 1, 'Grön'],
      ['Mål 6', 'Nämndmål', expect.stringMatching(/^ {4}Vård- och omsorgsnämndens verksamheter ska arbeta/), 0, 0, 0, 1, 1, 'Gul'],
      ['Mål 7', 'Nämndmål', '    Uppnå en ekonomi i balans genom effektivt resursutnyttjande och god ekonomistyrning', 0, 0, 0, 1, 1, 'Gul'],
      ['Mål 5', 'Fullmäktigemål', 'Norrköping ska vara en klimatsmart kommun som gör anpassningar till ett förändrat klimat', 0, 0, 0, 0, 0, 'Ej bedömd'],
      ['Mål 6', 'Fullmäktigemål', 'Det ska vara tryggt och säkert i Norrköpings kommun', 0, 0, 0, 1, 1, 'Gul'],
    ]);
  });

  it('writes the status in words and with the palette fill; links each goal text to its cell', () => {
    const s = summarySheet(ctx003(), [])!;
    const rows = s.rows.slice(4, -2);
    expect(rows[0][8]).toMatchObject({ v: 'Röd', fill: PALETTE.red.fill, font: PALETTE.red.font });
    expect(rows[7][8]).toMatchObject({ v: 'Gul', fill: PALETTE.yellow.fill, font: PALETTE.yellow.font });
    expect(rows[8][8]).toMatchObject({ v: 'Grön', fill: PALETTE.green.fill, font: PALETTE.green.font });
    expect(rows[11][8].fill).toBeUndefined();
    expect(rows[1][2].link).toEqual({ sheet: 'Mål', cell: 'C8' });
    expect(rows[0][2].link).toEqual({ sheet: 'Mål', cell: 'C2' });
    expect(s.rows[3].slice(3, 6).map((c) => c.fill)).toEqual([PALETTE.green.fill, PALETTE.yellow.fill, PALETTE.red.fill]);
  });

  it('uses the status at the chosen period (T2: nämndmål 1 is still green from T1)', () => {
    const s = summarySheet(ctx003({ period: 't2' }), [])!;
    expect(s.rows[1][0].v).toContain('T2 (delårsbokslut, 8 månader)');
    // The year results are not due yet at T2: only nämndmål 1's T1 result counts.
    expect(s.rows[5].map((c) => c.v).slice(3)).toEqual([1, 0, 0, 0, 1, 'Grön']);
    expect(s.rows[11].map((c) => c.v).slice(3)).toEqual([0, 0, 0, 1, 1, 'Gul']);
  });

  it('a red-thread gap makes the goal and its parents red', () => {
    const m = seed003Model();
    const s = summarySheet(ctx003({ m: { ...m, activities: m.activities.filter((a) => a.goal !== 'Mål 3') } }), [])!;
    const byText = (start: string) => s.rows.find((r) => String(r[2]?.v).trimStart().startsWith(start))!;
    expect(byText('Vård- och omsorgsnämndens verksamheter ska fortsätta').map((c) => c.v).slice(3)).toEqual([1, 0, 0, 0, 0, 'Röd']);
    expect(byText('Kommunens välfärdstjänster')[8].v).toBe('Röd');
    expect(byText('Norrköpingsbornas utbildningsnivå')[8].v).toBe('Gul');
  });

  it('writes the assessment rule in a note row at the bottom', () => {
    const s = summarySheet(ctx003(), [])!;
    expect(s.rows[s.rows.length - 1][0].v).toMatch(/^Bedömning: Röd om någon indikator är röd eller målet .* brist i röda tråden; annars Gul .* fler än hälften saknar resultat; annars Grön .*; annars Ej bedömd\./);
  });

  it('in English', () => {
    const s = summarySheet(ctx003({ lang: 'en' }), [])!;
    expect(s.rows[0][0].v).toBe('Summary');
    expect(s.rows[3].map((c) => c.v)).toEqual(['Id', 'Level', 'Goal', 'Green', 'Yellow', 'Red', 'Without result', 'Activities', 'Assessment']);
    expect(s.rows[4].map((c) => c.v).slice(0, 2)).toEqual(['Mål 1', 'Council goal']);
    expect(s.rows[4][8].v).toBe('Red');
    expect(s.rows[s.rows.length - 1][0].v).toMatch(/^Assessment: Red if/);
  });

  it('seed 002 without a goals table: the implicit goals, one level', () => {
    const m = seed002Model();
    const s = summarySheet(context(m, { indicators: m.indicators.map((x, i) => analysis(x, i === 0 ? [['year', 'green']] : [])) }), [])!;
    expect(body(s.rows)).toEqual([
      [null, null, 'Välfärd och välbefinnande genom livet', 1, 0, 0, 1, 2, 'Grön'],
      [null, null, 'Hållbar och effektiv organisation', 0, 0, 0, 3, 3, 'Gul'],
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

  it.each<[string, [number, number, number, number], boolean, string]>([
    ['any red', [3, 0, 1, 0], false, 'red'],
    ['a gap with all green', [2, 0, 0, 0], true, 'red'],
    ['any yellow', [2, 1, 0, 0], false, 'yellow'],
    ['more than half without result', [1, 0, 0, 2], false, 'yellow'],
    ['exactly half without result', [1, 0, 0, 1], false, 'green'],
    ['all with results green', [2, 0, 0, 0], false, 'green'],
    ['no indicators', [0, 0, 0, 0], false, 'none'],
  ])('assessment: %s', (_n, [green, yellow, red, missing], gap, want) => {
    expect(assess({ green, yellow, red, missing }, gap)).toBe(want);
  });
});

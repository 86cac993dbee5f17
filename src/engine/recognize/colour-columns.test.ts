/**
 * colourColumns must name every column the engine's fills can touch (else an adapter reading
 * fills only there could paint over a user's fill), and every column where a traffic light sets
 * the font. Checked on the seeds' real tables: with no fills yet, every wanted colour is an edit.
 */
import { describe, expect, it } from 'vitest';
import { analyze, planEdits } from '../analyze';
import { parseA1 } from '../cells';
import { PALETTE } from '../types';
import type { SheetInput } from '../types';
import { colourColumns } from './colour-columns';
import { seedSheets, norsjoKfIndicators, budgetFollowUp, norrkopingGoal1 } from '../../../test/fixtures/seeds';
import { sheetFromTsv, workbook } from '../../../test/fixtures/sheet';
import { kfResults } from '../../../test/taskpane/workbooks';

const sheets: SheetInput[] = [...seedSheets(), kfResults];

describe('colourColumns', () => {
  it.each(sheets.map((s) => [s.name, s] as const))('%s: every fill the engine plans is in a named column', (_, sheet) => {
    const edits = planEdits(analyze(workbook(sheet), { period: 'year' }), { sheets: [] });
    const cols = colourColumns(sheet, []);
    for (const f of edits.fills) {
      const { c } = parseA1(f.cell);
      expect(cols.fill, `${f.cell}`).toContain(c);
      if (f.font) expect(cols.font, `${f.cell} font`).toContain(c);
    }
  });

  it('the seeds give the rule something to check: traffic lights, budget colours and red-thread gaps', () => {
    const all = sheets.flatMap((s) => planEdits(analyze(workbook(s), { period: 'year' }), { sheets: [] }).fills);
    expect(all.some((f) => f.fill === PALETTE.green.fill)).toBe(true);
    expect(all.some((f) => f.fill === PALETTE.red.fill)).toBe(true);
    expect(all.some((f) => f.fill === PALETTE.gap.fill)).toBe(true);
  });

  it('names the result and red-thread columns of a KF indicator table, not its text columns', () => {
    // Mål · Indikator · Aktiviteter · Prestationer · Hur ofta · Ansvarig ×2 · Resultat T1/T2/år:
    // the result takes traffic lights (fill and font); goal, indicator and activity cells take
    // gap highlights (fill only); thresholds, frequency and the responsible are never coloured.
    expect(colourColumns(norsjoKfIndicators, [])).toEqual({ fill: [0, 1, 2, 7], font: [7] });
  });

  it("a budget follow-up's budget, actual, forecast and deviation columns take traffic lights", () => {
    // Ansvar · Benämning · Budget · Utfall · Prognos · Avvikelse: the ansvar column is the
    // table's first header cell (flagged there when it has no goal).
    expect(colourColumns(budgetFollowUp, [])).toEqual({ fill: [0, 2, 3, 4, 5], font: [2, 3, 4, 5] });
  });

  it('a goals table (Mål 1): goal and parent columns may be highlighted, none takes a font', () => {
    expect(colourColumns(norrkopingGoal1, [])).toEqual({ fill: [0, 1], font: [] });
  });

  it('a goals table: level, id, goal text and parent — all but the level may take a gap fill', () => {
    // The level column is named too, as the table's first header cell.
    const sheet = sheetFromTsv('M', 'Nivå\tMål-ID\tMålformulering\tÖverordnat mål\tKommentar\nNämndmål\tN1\tTrygg vård\tKF1\tx');
    expect(colourColumns(sheet, [])).toEqual({ fill: [0, 1, 2, 3], font: [] });
  });

  it('a goal column that is not the first: goal names may take a gap fill', () => {
    const sheet = sheetFromTsv('I', 'Indikator\tMål\tMålvärde\tResultat\nHME\tTrygg vård\tGrön 82 Gul 76\t80');
    expect(colourColumns(sheet, [])).toEqual({ fill: [0, 1, 3], font: [3] });
  });

  it('a goal heading above a table is named, in its own column', () => {
    // Mål 1 at C1 above Indikator · Målvärde · Kommentar · Resultat: C is the comment column,
    // never coloured itself, but the heading may be flagged.
    const sheet = sheetFromTsv('I', '\t\tMål 1: Trygg och säker vård\n\nIndikator\tMålvärde\tKommentar\tResultat\nHME\tGrön 82 Gul 76\tbra\t80');
    expect(colourColumns(sheet, [])).toEqual({ fill: [0, 2, 3], font: [3] });
  });

  it('a sheet without tables names nothing', () => {
    expect(colourColumns({ name: 'Anteckningar', rows: [[{ v: 'Möte 3 maj' }], [{ v: 'Inga beslut' }]] }, [])).toEqual({ fill: [], font: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { budgetFigures, budgetPart } from './budget';
import type { Block, ParagraphBlock, TableBlock } from './types';
import { analyzeBudgets } from '../budget/analyze-budget';
import type { ResolvedOptions } from '../types';
import { budgetTable, BUDGET_ROLES, BUDGET_TSV, withRow } from '../../../test/fixtures/budget';
import { modelOf } from '../../../test/fixtures/tables';

const opts = (o: Partial<ResolvedOptions> = {}): ResolvedOptions => ({ lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 10, ...o });
const budgets = (tsv = BUDGET_TSV, o: Partial<ResolvedOptions> = {}, roles?: Parameters<typeof budgetTable>[1]) => {
  const { sheet, table } = budgetTable(tsv, roles);
  return analyzeBudgets(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts(o));
};
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const runsText = (runs: { text: string }[]) => nb(runs.map((r) => r.text).join(''));
const tableOf = (blocks: Block[]) => blocks.find((b): b is TableBlock => b.kind === 'table')!;
/** The blocks as short lines: `H1 text`, `P text`, `T n rows`. */
const outline = (blocks: Block[]) => blocks.map((b) => (b.kind === 'heading' ? `H${b.level} ${b.text}` : b.kind === 'paragraph' ? `P${b.style === 'placeholder' ? '?' : ''} ${runsText(b.runs)}` : `T ${b.rows.length}`));
const introBlock = (blocks: Block[]) => blocks.find((b) => b.kind === 'paragraph' && b.style === 'note') as ParagraphBlock;
const intro = (blocks: Block[]) => nb(introBlock(blocks).runs.map((r) => r.text).join(''));

describe('budgetPart: the introduction', () => {
  it('says the month, the thresholds and how the workbook writes its Avvikelse (budget − prognos)', () => {
    expect(intro(budgetPart(budgets(), 'sv'))).toBe(
      'Prognos för helåret mot budget per ansvar, utfall till och med oktober. Avvikelse + betyder överskridande (kostnad över budget eller intäkt under budget). Trösklar: Grön 0 %, Gul 0,5 %. I arbetsboken står avvikelsen som budget − prognos (minus = underskott).',
    );
    expect(introBlock(budgetPart(budgets(), 'sv')).runs.map((r) => r.italic)).toEqual([true]);
    expect(intro(budgetPart(budgets(BUDGET_TSV, { lang: 'en' }), 'en'))).toBe(
      'Full-year forecast against budget per cost centre, actuals through October. A + deviation is an overspend (cost over budget or revenue under budget). Thresholds: Green 0%, Yellow 0.5%. In the workbook the deviation is written budget − forecast (minus = deficit).',
    );
  });

  it('a workbook writing prognos − budget is told it matches the report; without Avvikelse nothing is said', () => {
    const fmb = BUDGET_TSV.split('\n')
      .map((l, i) => (i < 2 ? l : l.split('\t').map((c, j) => (j === 6 && c !== '' ? String(-Number(c.replace(/ /g, ''))) : c)).join('\t')))
      .join('\n');
    expect(intro(budgetPart(budgets(fmb), 'sv'))).toMatch(/Gul 0,5 %\. I arbetsboken står avvikelsen som prognos − budget, som här\.$/);
    expect(intro(budgetPart(budgets(fmb, { lang: 'en' }), 'en'))).toMatch(/Yellow 0\.5%\. In the workbook the deviation is written forecast − budget, as here\.$/);
    const noDev = budgets(BUDGET_TSV, {}, { 0: 'key', 1: 'name', 2: 'lineType', 3: 'budget', 4: 'actual', 5: 'forecast', 7: 'comment' });
    expect(intro(budgetPart(noDev, 'sv'))).toMatch(/Trösklar: Grön 0 %, Gul 0,5 %\.$/);
  });
});

describe('budgetPart: the table per ansvar', () => {
  it('key, name, budget, prognos, the signed deviation, its share and the status in words and colour; a total row', () => {
    const t = tableOf(budgetPart(budgets(), 'sv'));
    expect(t.header).toEqual(['Ansvar', 'Benämning', 'Budget', 'Prognos', 'Avvikelse', 'Andel', 'Status']);
    expect(t.widths).toEqual([10, 26, 14, 14, 14, 8, 8]);
    expect(t.totalRow).toBe(true);
    expect(t.rows.map((r) => r.map((c) => runsText(c.runs)))).toEqual([
      ['294101', 'Ribbingsholmsv 3 B', '15 356 000 kr', '15 300 000 kr', '−56 000 kr', '−0,4 %', 'Grön'],
      ['294103', 'Bryggaregatan 6:1', '16 765 000 kr', '17 100 000 kr', '+335 000 kr', '2 %', 'Röd'],
      ['294105', 'Sågvägen 10', '35 484 000 kr', '35 600 000 kr', '+116 000 kr', '0,3 %', 'Gul'],
      ['294107', 'Nils Åbergs gata 2', '38 552 000 kr', '38 900 000 kr', '+348 000 kr', '0,9 %', 'Röd'],
      ['294060', 'säbo Lokalhyror', '5 000 000 kr', '4 900 000 kr', '+100 000 kr', '2 %', 'Röd'],
      ['294109', 'Kalkstensgatan 5', '30 093 000 kr', '30 000 000 kr', '−93 000 kr', '−0,3 %', 'Grön'],
      // The users' Summa row is left out; the total is the lines' own (revenue 294060 counts as +100 tkr).
      ['Totalt', '', '141 250 000 kr', '141 800 000 kr', '+750 000 kr', '0,5 %', ''],
    ]);
    expect(t.rows[1].map((c) => [c.align ?? 'left', c.tone ?? null, !!c.runs[0].bold])).toEqual([
      ['left', null, false],
      ['left', null, false],
      ['right', null, false],
      ['right', null, false],
      ['right', null, false],
      ['right', null, false],
      ['left', 'red', true],
    ]);
    expect(t.rows.slice(0, 6).map((r) => r[6].tone)).toEqual(['green', 'red', 'yellow', 'red', 'red', 'green']);
  });

  it('in English', () => {
    const t = tableOf(budgetPart(budgets(BUDGET_TSV, { lang: 'en' }), 'en'));
    expect(t.header).toEqual(['Cost centre', 'Name', 'Budget', 'Forecast', 'Deviation', 'Share', 'Status']);
    expect(t.rows[1].map((c) => runsText(c.runs))).toEqual(['294103', 'Bryggaregatan 6:1', '16,765,000 kr', '17,100,000 kr', '+335,000 kr', '2%', 'Red']);
    expect(t.rows.slice(0, 3).map((r) => runsText(r[6].runs))).toEqual(['Green', 'Red', 'Yellow']);
    expect(runsText(t.rows[6][0].runs)).toBe('Total');
  });

  it('a deviation of exactly 0 has no sign; a budget of 0 has no share, in the line and in the total', () => {
    const tsv = ['Budgetuppföljning', 'Ansvar\tBenämning\tBudget\tPrognos', '294101\tRibbingsholmsv 3 B\t0\t50', '294103\tBryggaregatan 6:1\t0\t-50'].join('\n');
    const t = tableOf(budgetPart(budgets(tsv, {}, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }), 'sv'));
    expect(t.rows.map((r) => r.slice(4).map((c) => runsText(c.runs)))).toEqual([
      ['+50 kr', '–', 'Röd'],
      ['−50 kr', '–', 'Grön'],
      ['0 kr', '–', ''],
    ]);
  });
});

describe('budgetPart: analysis and åtgärd per red and yellow ansvar (seed 001)', () => {
  it('red before yellow, the larger overspend first; the comment as written or a marked place for it', () => {
    const blocks = budgetPart(budgets(), 'sv');
    expect(outline(blocks)).toEqual([
      'H1 Ekonomi – budgetavvikelser',
      expect.stringMatching(/^P Prognos för helåret/),
      'T 7',
      'H2 Analys och åtgärder per ansvar',
      'H3 294107 Nils Åbergs gata 2',
      'P Avvikelse +348 000 kr (0,9 %) – ● Röd',
      'P? Analys och åtgärd: [Analys saknas: skriv orsaken till avvikelsen och vilka åtgärder som vidtas.]',
      'H3 294103 Bryggaregatan 6:1',
      'P Avvikelse +335 000 kr (2 %) – ● Röd',
      'P Analys och åtgärd: Ökade bemanningskostnader. Analys och åtgärdsplan redovisas till förvaltningschef.',
      'H3 294060 säbo Lokalhyror',
      'P Avvikelse +100 000 kr (2 %) – ● Röd',
      'P? Analys och åtgärd: [Analys saknas: skriv orsaken till avvikelsen och vilka åtgärder som vidtas.]',
      'H3 294105 Sågvägen 10',
      'P Avvikelse +116 000 kr (0,3 %) – ● Gul',
      'P? Analys och åtgärd: [Analys saknas: skriv orsaken till avvikelsen och vilka åtgärder som vidtas.]',
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1, newPage: true });
  });

  it('the deviation line: a coloured marker and the status word in its colour; the placeholder marked', () => {
    const blocks = budgetPart(budgets(), 'sv');
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === '294107 Nils Åbergs gata 2');
    expect((blocks[i + 1] as ParagraphBlock).runs.slice(1)).toEqual([
      { text: '●', tone: 'red', marker: true },
      { text: ' Röd', bold: true, tone: 'red' },
    ]);
    expect(blocks[i + 2]).toEqual({
      kind: 'paragraph',
      style: 'placeholder',
      runs: [
        { text: 'Analys och åtgärd: ', bold: true },
        { text: '[Analys saknas: skriv orsaken till avvikelsen och vilka åtgärder som vidtas.]', tone: 'placeholder', italic: true },
      ],
    });
    const j = blocks.findIndex((b) => b.kind === 'heading' && b.text === '294103 Bryggaregatan 6:1');
    expect(blocks[j + 2]).toEqual({ kind: 'paragraph', runs: [{ text: 'Analys och åtgärd: ', bold: true }, { text: 'Ökade bemanningskostnader. Analys och åtgärdsplan redovisas till förvaltningschef.' }] });
  });

  it('with an Analys column and an Åtgärdsplan column: each said apart, each missing one marked', () => {
    const tsv = withRow(BUDGET_TSV.replace('Kommentar/åtgärd', 'Analys\tÅtgärdsplan'), '294107', ['294107', 'Nils Åbergs gata 2', 'Kostnad', '38 552', '33 000', '38 900', '-348', 'Vakanser har tillsatts med bemanningsföretag.', '']);
    const blocks = budgetPart(budgets(tsv, {}, { ...BUDGET_ROLES, 7: 'comment', 8: 'action' }), 'sv');
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === '294107 Nils Åbergs gata 2');
    expect(outline(blocks.slice(i, i + 4))).toEqual([
      'H3 294107 Nils Åbergs gata 2',
      'P Avvikelse +348 000 kr (0,9 %) – ● Röd',
      'P Analys: Vakanser har tillsatts med bemanningsföretag.',
      'P? Åtgärd: [Åtgärd saknas: skriv åtgärdsplanen.]',
    ]);
    const k = blocks.findIndex((b) => b.kind === 'heading' && b.text === '294060 säbo Lokalhyror');
    expect(outline(blocks.slice(k + 2, k + 4))).toEqual(['P? Analys: [Analys saknas: skriv orsaken till avvikelsen och vilka åtgärder som vidtas.]', 'P? Åtgärd: [Åtgärd saknas: skriv åtgärdsplanen.]']);
  });

  it('with both columns, in English', () => {
    const tsv = BUDGET_TSV.replace('Kommentar/åtgärd', 'Analys\tÅtgärdsplan');
    const blocks = budgetPart(budgets(tsv, { lang: 'en' }, { ...BUDGET_ROLES, 7: 'comment', 8: 'action' }), 'en');
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === '294103 Bryggaregatan 6:1');
    expect(outline(blocks.slice(i + 2, i + 4))).toEqual([
      'P Analysis: Ökade bemanningskostnader. Analys och åtgärdsplan redovisas till förvaltningschef.',
      'P? Action: [Action missing: write the action plan.]',
    ]);
  });

  it('a line without a name is headed by its key; a red line over a budget of 0 has no share', () => {
    const tsv = ['Budgetuppföljning', 'Ansvar\tBenämning\tBudget\tPrognos', '294101\t\t0\t50'].join('\n');
    expect(tableOf(budgetPart(budgets(tsv, {}, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }), 'sv')).rows[0].slice(0, 2).map((c) => runsText(c.runs))).toEqual(['294101', '']);
    expect(outline(budgetPart(budgets(tsv, {}, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }), 'sv')).slice(3, 6)).toEqual([
      'H2 Analys och åtgärder per ansvar',
      'H3 294101',
      'P Avvikelse +50 kr (–) – ● Röd',
    ]);
  });

  it('nothing red or yellow: no section for analysis', () => {
    const tsv = ['Budgetuppföljning', 'Ansvar\tBenämning\tBudget\tPrognos', '294101\tRibbingsholmsv 3 B\t1 000\t900'].join('\n');
    expect(outline(budgetPart(budgets(tsv, {}, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }), 'sv')).slice(2)).toEqual(['T 2']);
  });

  it('in English', () => {
    const blocks = budgetPart(budgets(BUDGET_TSV, { lang: 'en' }), 'en');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Finances – budget deviations', newPage: true });
    expect(outline(blocks).slice(3, 7)).toEqual([
      'H2 Analysis and actions per cost centre',
      'H3 294107 Nils Åbergs gata 2',
      'P Deviation +348,000 kr (0.9%) – ● Red',
      'P? Analysis and action: [Analysis missing: write the cause of the deviation and the actions taken.]',
    ]);
  });
});

describe('budgetPart: several budget tables, and none', () => {
  it('each table under its sheet’s name, with its own analysis heading', () => {
    const one = budgetTable(BUDGET_TSV, { ...BUDGET_ROLES }, 'Budget okt');
    const two = budgetTable(BUDGET_TSV, { ...BUDGET_ROLES }, 'Budget nov');
    const b = analyzeBudgets(modelOf(one.table, two.table), { sheets: [one.sheet, two.sheet], ownedSheets: [] }, opts());
    const h = outline(budgetPart(b, 'sv')).filter((x) => /^H[12]/.test(x));
    expect(h).toEqual(['H1 Ekonomi – budgetavvikelser', 'H2 Budget okt', 'H2 Analys och åtgärder per ansvar – Budget okt', 'H2 Budget nov', 'H2 Analys och åtgärder per ansvar – Budget nov']);
  });

  it('no budget table: no budget part', () => {
    expect(budgetPart([], 'sv')).toEqual([]);
  });
});

describe('budgetFigures: the overview’s numbers', () => {
  it('red lines, red lines without analysis, and the overspend in all (total rows left out)', () => {
    expect(budgetFigures(budgets())).toEqual({ red: 3, unexplained: 2, deviation: 750000 });
  });

  it('counts only the red lines', () => {
    const tsv = ['Budgetuppföljning', 'Ansvar\tBenämning\tBudget\tPrognos', '294101\tA\t1 000\t1 100', '294103\tB\t1 000\t900', '294105\tC\t1 000\t900'].join('\n');
    expect(budgetFigures(budgets(tsv, {}, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }))).toEqual({ red: 1, unexplained: 1, deviation: -100 });
  });

  it('none without budget lines', () => {
    expect(budgetFigures([])).toBeNull();
    const onlyTotal = ['Budgetuppföljning', 'Ansvar\tBenämning\tBudget\tPrognos', 'Summa\t\t1 000\t1 100'].join('\n');
    expect(budgetFigures(budgets(onlyTotal, {}, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast' }))).toBeNull();
  });
});

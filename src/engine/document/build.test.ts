import { describe, expect, it } from 'vitest';
import { buildReportDocument, reportTitle } from './build';
import { sections } from './goals';
import type { Block, HeadingBlock, ParagraphBlock, TableBlock } from './types';
import { runRules } from '../rules';
import { analyzeBudgets } from '../budget/analyze-budget';
import { budgetTable } from '../../../test/fixtures/budget';
import { modelOf } from '../../../test/fixtures/tables';
import type { Finding, Period } from '../types';
import type { PlanModel } from '../model';
import type { RuleContext } from '../rules/rule';
import { AREA1, AREA2, analysis, context, goal, indicator, model, seed002Model, seed003Model } from '../../../test/fixtures/plan-model';

const src = (ctx: RuleContext, findings: Finding[] = []) => ({ input: { fileName: 'plan.xlsx', sheets: [], ownedSheets: [] }, options: ctx.options, ctx, findings });
const headings = (blocks: Block[]) => blocks.filter((b): b is HeadingBlock => b.kind === 'heading');

describe('reportTitle', () => {
  it.each<[Period, number | null, string, string]>([
    ['t1', 2025, 'Delårsrapport T1 2025', 'Interim report T1 2025'],
    ['t2', 2025, 'Delårsbokslut T2 2025', 'Interim accounts T2 2025'],
    ['year', 2024, 'Verksamhetsberättelse 2024', 'Annual report 2024'],
    ['q1', 2025, 'Uppföljning kvartal 1 2025', 'Follow-up quarter 1 2025'],
    ['oct', null, 'Uppföljning oktober', 'Follow-up October'],
  ])('%s', (p, year, sv, en) => {
    expect(reportTitle(p, year, 'sv')).toBe(sv);
    expect(reportTitle(p, year, 'en')).toBe(en);
  });
});

describe('sections', () => {
  it('goals with a målområde: one section per målområde in the sheet’s order, the KF-mål above them last', () => {
    const ctx = context(seed003Model());
    const s = sections(ctx, 'sv');
    expect(s.map((x) => x.title)).toEqual([AREA1, AREA2, 'Övergripande mål']);
    const text = (i: number) => ctx.graph.nodes[i].goal.text.slice(0, 24);
    // Nämndmål 1–4 under målområde 1 in row order (not in the order their first KF-mål come).
    expect(s[0].goals.map((g) => [text(g.node), g.depth])).toEqual([
      ['Målet är att stärka den ', 0],
      ['Kvaliteten i verksamhete', 0],
      ['Vård- och omsorgsnämnden', 0],
      ['Valfriheten, tryggheten ', 0],
    ]);
    expect(s[2].goals).toHaveLength(6);
  });

  it('without målområden: each top goal opens a section, the goals below follow one level down', () => {
    const ctx = context(
      model({
        goals: [
          goal(1, 'MO1', 'Målområde', 'Kvalitet i stöd, service, vård och omsorg'),
          goal(2, 'N1', 'Nämndmål', 'Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.', ['MO1']),
          goal(3, 'V1', 'Verksamhetsmål', 'Personalkontinuiteten i hemtjänsten ska öka.', ['N1']),
          goal(4, 'MO2', 'Målområde', 'Attraktiv arbetsgivare och ändamålsenlig organisation'),
        ],
      }),
    );
    const s = sections(ctx, 'sv');
    expect(s.map((x) => [x.title, x.kind, x.goals.map((g) => [ctx.graph.nodes[g.node].goal.id, g.depth])])).toEqual([
      [null, 'top', [['MO1', 0], ['N1', 1], ['V1', 2]]],
      [null, 'top', [['MO2', 0]]],
    ]);
    const doc = buildReportDocument(src(ctx), { date: '2025-05-10' });
    expect(headings(doc.blocks).map((h) => [h.level, h.text.slice(0, 12), !!h.newPage])).toEqual([
      [1, 'Sammanfattni', false],
      [1, 'MO1: Kvalite', true],
      [2, 'N1: Kvalitet', false],
      [3, 'V1: Personal', false],
      // A top goal with nothing below it runs on without a page break.
      [1, 'MO2: Attrakt', false],
    ]);
  });
});

describe('buildReportDocument', () => {
  // Built inside each test, so that mutation testing can tell which tests run the code.
  const lonely = (): PlanModel => {
    const m = seed002Model();
    return { ...m, indicators: [...m.indicators, indicator(9, 'Avslutsenkät', null, { sheet: 'Verksamhetsplan', noGoalCol: true })] };
  };
  const build = () => {
    const withLone = lonely();
    const ctx = context(withLone, { period: 't2', indicators: withLone.indicators.map((x, i) => analysis(x, i === 0 ? [['t2', 'green']] : [])) });
    return buildReportDocument(src(ctx), { date: '2025-09-15' });
  };

  it('title, kind, date; no nämnd found: null, and a marked place on the title page', () => {
    const doc = build();
    expect(doc).toMatchObject({ title: 'Delårsbokslut T2', kind: 'delarsbokslut', namnd: null, namndSource: null, date: '2025-09-15', file: 'plan.xlsx' });
    expect(doc.titleLines).toEqual(['[Nämndens namn]', 'Uppföljningsperiod: T2 (delårsbokslut, 8 månader)', 'Datum: 2025-09-15', 'Underlag: plan.xlsx']);
  });

  it('an indicator that hangs on no goal still appears, under Utan mål', () => {
    const doc = build();
    const h = headings(doc.blocks).map((x) => x.text);
    expect(h).toContain('Utan mål');
    const i = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Utan mål');
    const t = doc.blocks[i + 1];
    expect(t.kind === 'table' && t.rows.map((r) => r[0].runs[0].text)).toEqual(['Avslutsenkät']);
  });

  it('the assessment line: label, coloured marker and word', () => {
    const doc = build();
    const i = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Välfärd och välbefinnande genom livet');
    const p = doc.blocks[i + 1];
    expect(p.kind === 'paragraph' && p.runs).toEqual([
      { text: 'Bedömning: ', bold: true },
      { text: '●', tone: 'green', marker: true },
      { text: ' Uppfyllt', bold: true, tone: 'green' },
    ]);
  });

  it('every text from users is carried as text (the renderers never evaluate it)', () => {
    const withLone = lonely();
    const odd = { ...withLone, indicators: withLone.indicators.map((x, i) => (i === 0 ? { ...x, name: '=HYPERLINK("http://x")', analysis: '<b>fet</b>' } : x)) };
    const d = buildReportDocument(src(context(odd)), { date: '2025-01-01' });
    const all = JSON.stringify(d.blocks);
    expect(all).toContain('=HYPERLINK(\\"http://x\\")');
    expect(all).toContain('<b>fet</b>');
  });
});

describe('buildReportDocument: the overview', () => {
  const cellsOf = (b: Block) => (b.kind === 'table' ? [b.header, ...b.rows.map((r) => r.map((c) => c.runs.map((x) => x.text).join('')))] : null);
  /** Seed 003 at helår: nämndmål 1–7 green, red, yellow, green, none, red, green. */
  const seed003 = (lang: 'sv' | 'en' = 'sv', p: Partial<PlanModel> = {}) => {
    const m = seed003Model(p);
    const statuses = ['green', 'red', 'yellow', 'green', 'none', 'red', 'green'] as const;
    return context(m, { lang, indicators: m.indicators.map((x, i) => analysis(x, [['year', statuses[i] ?? 'none']])) });
  };
  const overview = (blocks: Block[]) => blocks.slice(0, blocks.findIndex((b, i) => i > 0 && b.kind === 'heading'));

  it('goals per assessment by level (ranked), with a total; indicators per colour with a total; the rule', () => {
    const o = overview(buildReportDocument(src(seed003()), { date: '2025-01-20' }).blocks);
    expect(o[0]).toEqual({ kind: 'heading', level: 1, text: 'Sammanfattning' });
    expect(o[1]).toEqual({ kind: 'paragraph', runs: [{ text: 'Måluppfyllelse vid helår. En indikators status är dess senaste resultat som ska vara rapporterat vid perioden; saknas det räknas indikatorn som utan resultat.' }] });
    expect(o[2]).toEqual({ kind: 'paragraph', runs: [{ text: 'Mål per bedömning', bold: true }] });
    expect(cellsOf(o[3])).toEqual([
      ['Bedömning', 'Fullmäktigemål', 'Nämndmål', 'Totalt'],
      ['Uppfyllt', '3', '3', '6'],
      ['Delvis uppfyllt', '1', '1', '2'],
      ['Ej uppfyllt', '0', '2', '2'],
      ['Ej bedömd', '2', '1', '3'],
    ]);
    const goals = o[3] as TableBlock;
    expect(goals.widths).toEqual([24, 14, 14, 10]);
    expect(goals.rows.map((r) => [r[0].tone ?? null, r[0].runs[0].bold, r[1].align])).toEqual([
      ['green', true, 'right'],
      ['yellow', true, 'right'],
      ['red', true, 'right'],
      [null, true, 'right'],
    ]);
    expect(goals.totalRow).toBeUndefined();
    expect(o[4]).toMatchObject({ kind: 'paragraph', style: 'note', runs: [{ text: expect.stringMatching(/^Uppfyllt när alla bedömda indikatorer är gröna; .* Antalen omfattar målen under\.$/), italic: true }] });
    expect(o[5]).toEqual({ kind: 'paragraph', runs: [{ text: 'Indikatorer per färg', bold: true }] });
    expect(cellsOf(o[6])).toEqual([
      ['Status', 'Antal'],
      ['Grön', '3'],
      ['Gul', '1'],
      ['Röd', '2'],
      ['Utan resultat', '1'],
      ['Totalt', '7'],
    ]);
    const inds = o[6] as TableBlock;
    expect([inds.widths, inds.totalRow]).toEqual([[24, 10], true]);
    expect(inds.rows.map((r) => [r[0].tone ?? null, r[0].runs[0].bold ?? null, r[1].align])).toEqual([
      ['green', true, 'right'],
      ['yellow', true, 'right'],
      ['red', true, 'right'],
      [null, false, 'right'],
      [null, null, 'right'],
    ]);
    expect(o).toHaveLength(7);
  });

  it('in English', () => {
    const o = overview(buildReportDocument(src(seed003('en')), { date: '2025-01-20' }).blocks);
    expect(o.map((b) => (b.kind === 'table' ? cellsOf(b)![0].join('|') : b.kind === 'heading' ? b.text : b.runs[0].text))).toEqual([
      'Summary',
      "Goal attainment at full year. An indicator's status is its latest result due by the period; if that is missing, the indicator counts as without result.",
      'Goals by assessment',
      'Assessment|Council goal|Committee goal|Total',
      'Met when every assessed indicator is green; Not met when more than half of them are red; otherwise Partly met; Not assessed when no indicator has a result yet. Counts include the goals below.',
      'Indicators by colour',
      'Status|Count',
    ]);
    expect(cellsOf(o[6])!.map((r) => r[0])).toEqual(['Status', 'Green', 'Yellow', 'Red', 'Without result', 'Total']);
    expect(cellsOf(o[3])!.map((r) => r[0])).toEqual(['Assessment', 'Met', 'Partly met', 'Not met', 'Not assessed']);
  });

  it('one level only: no total column; goals without a level are counted under Mål', () => {
    const m = model({ goals: [goal(1, 'A', null, 'Trygg vård'), goal(2, 'B', null, 'God ekonomi')] });
    const o = overview(buildReportDocument(src(context(m)), { date: '2025-01-20' }).blocks);
    expect(cellsOf(o[3])).toEqual([
      ['Bedömning', 'Mål'],
      ['Uppfyllt', '0'],
      ['Delvis uppfyllt', '0'],
      ['Ej uppfyllt', '0'],
      ['Ej bedömd', '2'],
    ]);
    expect((o[3] as TableBlock).widths).toEqual([24, 14]);
    const en = overview(buildReportDocument(src(context(m, { lang: 'en' })), { date: '2025-01-20' }).blocks);
    expect(cellsOf(en[3])![0]).toEqual(['Assessment', 'Goals']);
  });

  it('levels are columns from the highest down, whatever order the goals come in; the total column right-aligned', () => {
    const m = model({
      goals: [
        goal(1, 'N1', 'Nämndmål', 'Kvaliteten ska utvecklas.'),
        goal(2, null, null, 'Trygg och säker vård'),
        goal(3, 'KF4', 'KF-mål', 'Kommunens välfärdstjänster ska hålla en hög kvalitet'),
      ],
    });
    const t = overview(buildReportDocument(src(context(m)), { date: '2025-01-20' }).blocks)[3] as TableBlock;
    // A goal without a level and without parents ranks first (0), then Fullmäktigemål (2), Nämndmål (3).
    expect(t.header).toEqual(['Bedömning', 'Mål', 'Fullmäktigemål', 'Nämndmål', 'Totalt']);
    expect(t.rows[3].map((c) => [c.runs[0].text, c.align ?? null])).toEqual([
      ['Ej bedömd', null],
      ['1', 'right'],
      ['1', 'right'],
      ['1', 'right'],
      ['3', 'right'],
    ]);
  });

  it('no goals, indicators, budget or gaps: the overview’s heading and period line, then only the closing note', () => {
    const d = buildReportDocument(src(context(model({}))), { date: '2025-01-20' });
    expect(d.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? b.runs[0].text.slice(0, 30) : b.kind))).toEqual([
      'Sammanfattning',
      'Måluppfyllelse vid helår. En i',
      'Rapporten är framtagen med Pla',
    ]);
    expect(d.blocks[2]).toEqual({ kind: 'paragraph', style: 'note', runs: [{ text: 'Rapporten är framtagen med Planark ur arbetsbokens mål, indikatorer, aktiviteter och budgetuppföljning. Texter inom hakparentes är platser att skriva i.', italic: true }] });
  });

  it('the budget and the red thread in one line each: red lines, those without analysis, the overspend; the gaps in the gap colour', () => {
    const { sheet, table: t } = budgetTable();
    const base = seed003('sv', { indicators: seed003Model().indicators.filter((x) => x.goal !== 'Mål 6') });
    const ctx = { ...base, budgets: analyzeBudgets(modelOf(t), { sheets: [sheet], ownedSheets: [] }, base.options) };
    const findings = runRules(ctx);
    const o = overview(buildReportDocument(src(ctx, findings), { date: '2025-01-20' }).blocks).map((b) => (b.kind === 'paragraph' ? { ...b, runs: b.runs.map((r) => ({ ...r, text: r.text.replace(/\u00a0/g, ' ') })) } : b));
    expect(o.slice(-2)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Budget: 3 ansvar har röd avvikelse, varav 2 utan analys eller åtgärd. Prognosen mot budget totalt: +750 000 kr.' }] },
      { kind: 'paragraph', runs: [{ text: 'Röda tråden: 1 brist i planen (se Brister i planen).', tone: 'gap' }] },
    ]);
    const en = { ...ctx, options: { ...ctx.options, lang: 'en' as const } };
    // One red line, explained; the lines in all under budget, or exactly on it.
    const one = (tsv: string, lang: 'sv' | 'en') => {
      const b = budgetTable(tsv, { 0: 'key', 1: 'name', 2: 'budget', 3: 'forecast', 4: 'comment' });
      const c = { ...context(model({}), { lang }), budgets: analyzeBudgets(modelOf(b.table), { sheets: [b.sheet], ownedSheets: [] }, context(model({})).options) };
      const blocks = buildReportDocument(src(c), { date: '2025-01-20' }).blocks;
      return (blocks.find((x) => x.kind === 'paragraph' && x.runs[0].text.startsWith('Budget:')) as ParagraphBlock).runs[0].text.replace(/\u00a0/g, ' ');
    };
    const under = 'Budget okt\nAnsvar\tBenämning\tBudget\tPrognos\tKommentar\n294103\tBryggaregatan 6:1\t16 765\t17 100\tVakanser.\n294105\tSågvägen 10\t35 484\t35 000\t';
    expect(one(under, 'sv')).toBe('Budget: 1 ansvar har röd avvikelse. Prognosen mot budget totalt: −149 kr.');
    expect(one(under, 'en')).toBe('Budget: 1 cost centre has a red deviation. Forecast against budget in all: -149 kr.');
    const even = 'Budget okt\nAnsvar\tBenämning\tBudget\tPrognos\tKommentar\n294103\tBryggaregatan 6:1\t1 000\t1 100\tVakanser.\n294105\tSågvägen 10\t1 000\t900\t';
    expect(one(even, 'sv')).toBe('Budget: 1 ansvar har röd avvikelse. Prognosen mot budget totalt: 0 kr.');
    const e = overview(buildReportDocument(src(en, runRules(en)), { date: '2025-01-20' }).blocks);
    expect(e.slice(-2).map((b) => (b as ParagraphBlock).runs[0].text.replace(/\u00a0/g, ' '))).toEqual([
      'Budget: 3 cost centres have a red deviation, 2 of them without analysis or action. Forecast against budget in all: +750,000 kr.',
      'Red thread: 1 gap in the plan (see Gaps in the plan).',
    ]);
  });
});

describe('buildReportDocument: gaps, title page', () => {
  const f = (code: string, sheet: string, cell: string, message: string): Finding => ({ code, severity: 'warning', sheet, cell, message });

  it('the gaps in the plan: red-thread findings in sheet and row order, each with its label in the gap colour, its place and message', () => {
    const ctx = context(seed003Model());
    const findings = [
      f('redthread.goal-without-activity', 'Mål', 'C12', 'Mål 5 saknar aktivitet.'),
      f('result.missing', 'Indikatorer', 'H2', 'Resultat saknas.'),
      f('responsible.missing', 'Verksamhetsplan', 'C3', 'Ansvarig saknas.'),
      f('redthread.unknown-parent', 'Mål', 'D9', 'Okänt mål.'),
      f('redthread.cycle', 'Mål', '', 'Målen bildar en cirkel.'),
    ];
    const blocks = buildReportDocument(src(ctx, findings), { date: '2025-01-20' }).blocks;
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Brister i planen');
    expect(blocks[i]).toEqual({ kind: 'heading', level: 1, text: 'Brister i planen', newPage: true });
    expect(blocks[i + 1]).toEqual({ kind: 'paragraph', runs: [{ text: 'Det här behöver rättas i arbetsboken för att röda tråden ska hålla. Varje brist står med sin plats.' }] });
    const t = blocks[i + 2] as TableBlock;
    expect(t).toMatchObject({ kind: 'table', header: ['Brist', 'Var', 'Beskrivning'], widths: [22, 16, 62] });
    expect(t.rows.map((r) => r.map((c) => c.runs[0].text))).toEqual([
      ['Målen hänvisar i en cirkel', 'Mål', 'Målen bildar en cirkel.'],
      ['Okänt överordnat mål', 'Mål!D9', 'Okänt mål.'],
      ['Målet saknar aktivitet', 'Mål!C12', 'Mål 5 saknar aktivitet.'],
      ['Ansvarig saknas', 'Verksamhetsplan!C3', 'Ansvarig saknas.'],
    ]);
    expect(t.rows[0][0]).toEqual({ runs: [{ text: 'Målen hänvisar i en cirkel', bold: true }], tone: 'gap' });
    // The closing note follows.
    expect(blocks[i + 3]).toMatchObject({ kind: 'paragraph', style: 'note' });
    // The summary counts them: more than one is `brister` / `gaps`.
    const summary = (b: Block[]) => b.find((x): x is ParagraphBlock => x.kind === 'paragraph' && x.runs[0].tone === 'gap');
    expect(summary(blocks)).toEqual({ kind: 'paragraph', runs: [{ text: 'Röda tråden: 4 brister i planen (se Brister i planen).', tone: 'gap' }] });
    const en = context(seed003Model(), { lang: 'en' });
    const enBlocks = buildReportDocument(src(en, findings), { date: '2025-01-20' }).blocks;
    expect(summary(enBlocks)!.runs[0].text).toBe('Red thread: 4 gaps in the plan (see Gaps in the plan).');
  });

  it('no red-thread finding: no gaps part', () => {
    const blocks = buildReportDocument(src(context(seed003Model()), [f('result.missing', 'Indikatorer', 'H2', 'Resultat saknas.')]), { date: '2025-01-20' }).blocks;
    expect(blocks.some((b) => b.kind === 'heading' && b.text === 'Brister i planen')).toBe(false);
  });

  it('the title page: the nämnd given, the period, the date; no file line without a file name', () => {
    const ctx = context(model({}), { period: 't1', lang: 'en' });
    const d = buildReportDocument({ input: { sheets: [], ownedSheets: [] }, options: ctx.options, ctx, findings: [] }, { date: '2025-05-20', namnd: 'Omsorgsnämnden' });
    expect(d).toMatchObject({ lang: 'en', kind: 'delarsrapport', period: 't1', title: 'Interim report T1', namnd: 'Omsorgsnämnden', namndSource: 'option', year: null, file: null });
    expect(d.titleLines).toEqual(['Omsorgsnämnden', 'Follow-up period: T1 (interim report, 4 months)', 'Date: 2025-05-20']);
  });
});

describe('buildReportDocument in English: title page, gaps and the closing note', () => {
  it('no nämnd found: a marked place; the gaps part and the note in English', () => {
    const ctx = context(seed003Model(), { lang: 'en' });
    const findings: Finding[] = [{ code: 'redthread.goal-without-activity', severity: 'warning', sheet: 'Mål', cell: 'C12', message: 'Goal 5 has no activity.' }];
    const d = buildReportDocument(src(ctx, findings), { date: '2025-01-20' });
    expect(d.titleLines).toEqual(['[Name of the committee]', 'Follow-up period: full year', 'Date: 2025-01-20', 'Source: plan.xlsx']);
    const i = d.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Gaps in the plan');
    expect(d.blocks[i + 1]).toEqual({ kind: 'paragraph', runs: [{ text: 'These need correcting in the workbook for the red thread to hold. Each gap is listed with where it is.' }] });
    expect((d.blocks[i + 2] as TableBlock).header).toEqual(['Gap', 'Where', 'Description']);
    expect(d.blocks[d.blocks.length - 1]).toEqual({
      kind: 'paragraph',
      style: 'note',
      runs: [{ text: "This report was made with Planark from the workbook's goals, indicators, activities and budget follow-up. Text in square brackets marks a place to write.", italic: true }],
    });
  });
});

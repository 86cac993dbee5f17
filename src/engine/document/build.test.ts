import { describe, expect, it } from 'vitest';
import { buildReportDocument, reportTitle } from './build';
import { sections } from './goals';
import type { Block, HeadingBlock } from './types';
import type { Finding, Period } from '../types';
import type { PlanModel } from '../model';
import type { RuleContext } from '../rules/rule';
import { AREA1, AREA2, analysis, context, goal, indicator, model, seed002Model, seed003Model } from '../redthread/testing';

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
    expect(s.map((x) => [x.title, x.goals.map((g) => [ctx.graph.nodes[g.node].goal.id, g.depth])])).toEqual([
      [null, [['MO1', 0], ['N1', 1], ['V1', 2]]],
      [null, [['MO2', 0]]],
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

import { describe, expect, it } from 'vitest';
import { redThreadSheet } from './redthread-sheet';
import type { Finding, GenCell, Period, Status } from '../types';
import { PALETTE } from '../types';
import type { PlanModel } from '../model';
import type { Rule } from '../rules/rule';
import { analysis, context, model, run, seed002Model, seed003Model, withGoal } from '../../../test/fixtures/plan-model';
import missingParent from '../rules/redthread-missing-parent';
import unknownGoal from '../rules/redthread-unknown-goal';
import goalWithoutActivity from '../rules/redthread-goal-without-activity';
import responsibleMissing from '../rules/responsible-missing';

const RULES: Rule[] = [missingParent, unknownGoal, goalWithoutActivity, responsibleMissing];

function findingsFor(m: PlanModel, lang: 'sv' | 'en' = 'sv'): Finding[] {
  const ctx = context(m, { lang });
  return RULES.flatMap((r) => run(r, ctx));
}

/** Seed 003 with four gaps on three sheets: nämndmål 2 without parent, an indicator naming `Mål 9`, an activity without ansvarig, nämndmål 7 without activity. */
function broken(): PlanModel {
  const m = withGoal(seed003Model(), 8, { parents: [] });
  return {
    ...m,
    indicators: m.indicators.map((x, i) => (i === 3 ? { ...x, goal: 'Mål 9' } : x)),
    activities: m.activities.map((x, i) => (i === 1 ? { ...x, responsible: null } : i === 6 ? { ...x, goal: 'Mål 1' } : x)),
  };
}

const texts = (rows: GenCell[][]) => rows.map((r) => r.map((c) => c.v));
const rowOf = (rows: GenCell[][], start: string) => rows.find((r) => typeof r[2]?.v === 'string' && r[2].v.startsWith(start))!;

describe('redThreadSheet: the chain', () => {
  // Built inside each test, so that mutation testing can tell which tests run the code.
  const make = () => {
    const m = seed003Model();
    const res: [Period, Status][][] = [[['t1', 'green'], ['year', 'red']], [['year', 'yellow']]];
    const ctx = context(m, { indicators: m.indicators.map((x, i) => analysis(x, res[i] ?? [])) });
    return redThreadSheet(ctx, findingsFor(m))!;
  };

  it('title, a line on what it holds, and one header style', () => {
    const s = make();
    expect(s.rows[0][0]).toMatchObject({ v: 'Röda tråden', bold: true });
    expect(s.rows[1][0].v).toBe('13 mål, 7 indikatorer och 7 aktiviteter. Inga brister i röda tråden.');
    expect(texts([s.rows[3]])[0]).toEqual(['Nivå', 'Id', 'Mål, indikator eller aktivitet', 'Målvärde', 'Resultat', 'Status', 'Ansvarig', 'Brist i röda tråden']);
    expect(new Set(s.rows[3].map((c) => JSON.stringify([c.bold, c.fill, c.border])).values()).size).toBe(1);
    expect(s.freezeRows).toBe(4);
    expect(s.print).toEqual({ area: true, landscape: true, fitToWidth: true });
  });

  it('each goal under its parent with level and id, indented by depth; under it its indicators and activities', () => {
    const s = make();
    const chain = s.rows.slice(4, 4 + 9).map((r) => [r[0].v, r[1].v, String(r[2].v).slice(0, 29), r[2].indent ?? 0]);
    expect(chain).toEqual([
      ['Fullmäktigemål', 'Mål 1', 'Alla norrköpingsbor som kan a', 0],
      ['Nämndmål', 'Mål 1', 'Målet är att stärka den enski', 1],
      ['Indikator', null, '1. Andel uppföljda ärenden in', 2],
      ['Aktivitet', null, 'b) Ställ om verksamheter så a', 2],
      ['Fullmäktigemål', 'Mål 2', 'Norrköpings kommun ska ha ett', 0],
      ['Nämndmål', 'Mål 4', 'Valfriheten, tryggheten och k', 1],
      ['Indikator', null, '1. Andel brukare som tycker a', 2],
      ['Aktivitet', null, 'Projekt för att stärka valfri', 2],
      ['Fullmäktigemål', 'Mål 3', 'Norrköpingsbornas utbildnings', 0],
    ]);
    // Goal rows are bold and link to the goal's cell; the goal's assessment stands in Status.
    const kf1 = s.rows[4];
    expect(kf1[2]).toMatchObject({ bold: true, link: { sheet: 'Mål', cell: 'C2' } });
    expect(kf1[5]).toEqual({ v: 'Ej uppfyllt', bold: true, fill: PALETTE.red.fill, font: PALETTE.red.font });
  });

  it('an indicator row: target, results by period, status in words and colour, ansvarig, link to its name', () => {
    const s = make();
    const ind = s.rows[6];
    expect(ind[2]).toMatchObject({ v: '1. Andel uppföljda ärenden inom myndighetsutövningen*, procent', link: { sheet: 'Indikatorer', cell: 'B2' }, indent: 2 });
    expect(ind[4].v).toBe('T1: 1 · År: 1');
    expect(ind[5]).toEqual({ v: 'Röd', fill: PALETTE.red.fill, font: PALETTE.red.font });
    expect(ind[6].v).toBe('Enhetschef');
    expect(ind[7]).toEqual({ v: null });
    // Without a result at the period: the words say so, no colour.
    const noResult = rowOf(s.rows, 'Andel medarbetare med godkänd språkbedömning');
    expect(noResult[5]).toEqual({ v: 'Utan resultat', italic: true });
  });

  it('an activity row: ansvarig, link to the activity', () => {
    const s = make();
    const act = s.rows[7];
    expect(act[2].link).toEqual({ sheet: 'Verksamhetsplan', cell: 'B2' });
    expect(act[6].v).toBe('VC beställning och uppföljning');
  });

  it('a whole thread ends with the sentence that says so', () => {
    const s = make();
    expect(s.rows[s.rows.length - 1]).toEqual([{ v: 'Röda tråden är hel: varje mål, indikator och aktivitet hänger ihop och har en ansvarig.', italic: true }]);
  });
});

describe('redThreadSheet: gaps where they are', () => {
  const budget: Finding = { code: 'budget.deviation-unexplained', severity: 'error', sheet: 'Budget', cell: 'F9', message: 'x' };
  // Built inside each test, so that mutation testing can tell which tests run the code.
  const make = () => {
    const m = broken();
    return redThreadSheet(context(m), [budget, ...findingsFor(m)])!;
  };

  it('says how many gaps are marked', () => {
    const s = make();
    expect(s.rows[1][0].v).toBe('13 mål, 7 indikatorer och 7 aktiviteter. 4 brister är markerade i orange på raden där de finns; klicka på bristen för att gå till cellen.');
  });

  it.each([
    ['a goal without parent: on its own row (now a top goal)', 'Vård- och omsorgsnämndens verksamheter ska fortsätta', 'Målet saknar överordnat mål', 'Mål', 'D10'],
    ['a goal without activity', 'Uppnå en ekonomi i balans', 'Målet saknar aktivitet', 'Mål', 'C14'],
    ['an activity without ansvarig', 'b) Genomföra kvalitetsutvecklande', 'Ansvarig saknas', 'Verksamhetsplan', 'C3'],
    ['an indicator naming an unknown goal, under Utan mål', '1. Andel brukare som tycker', 'Okänt mål', 'Indikatorer', 'A5'],
  ])('%s', (_n, start, words, sheet, cell) => {
    const s = make();
    const row = rowOf(s.rows, start);
    expect(row[7]).toEqual({ v: words, fill: PALETTE.gap.fill, wrap: true, link: { sheet, cell } });
  });

  it('the goal without parent is a top goal; what hangs on no goal has its own heading', () => {
    const s = make();
    const goal = rowOf(s.rows, 'Vård- och omsorgsnämndens verksamheter ska fortsätta');
    expect(goal[2].indent).toBeUndefined();
    const i = s.rows.findIndex((r) => r[2]?.v === 'Utan mål – Indikatorer och aktiviteter som inte hänger på något mål.');
    expect(i).toBeGreaterThan(4);
    expect(s.rows[i + 1][2].v).toMatch(/^1\. Andel brukare som tycker/);
  });

  it('the findings follow the chain with readable labels, never codes, each linked to its cell', () => {
    const s = make();
    const head = s.rows.findIndex((r) => r[0]?.v === 'Brist');
    expect(s.rows[head - 1][0]).toEqual({ v: 'Anmärkningar', bold: true });
    expect(texts([s.rows[head]])[0]).toEqual(['Brist', 'Allvarlighet', 'Beskrivning', 'Blad', 'Cell']);
    const list = s.rows.slice(head + 1);
    expect(list.map((r) => [r[0].v, r[1].v, r[3].v, r[4].v])).toEqual([
      ['Målet saknar överordnat mål', 'Fel', 'Mål', 'D10'],
      ['Målet saknar aktivitet', 'Varning', 'Mål', 'C14'],
      ['Ansvarig saknas', 'Varning', 'Verksamhetsplan', 'C3'],
      ['Okänt mål', 'Fel', 'Indikatorer', 'A5'],
    ]);
    for (const r of list) {
      expect(r[4].link).toEqual({ sheet: r[3].v, cell: r[4].v });
      expect(r[2].wrap).toBe(true);
    }
    // The budget finding belongs to the Budgetavvikelser sheet, not here; no cell shows a code.
    expect(s.rows.flat().some((c) => typeof c.v === 'string' && /\b(redthread|responsible|budget)\.[a-z-]+/.test(c.v))).toBe(false);
  });

  it('in English', () => {
    const m = broken();
    const en = redThreadSheet(context(m, { lang: 'en' }), findingsFor(m, 'en'))!;
    expect(en.rows[0][0].v).toBe('Red thread');
    expect(en.rows[3].map((c) => c.v)).toEqual(['Level', 'Id', 'Goal, indicator or activity', 'Target', 'Results', 'Status', 'Responsible', 'Red-thread gap']);
    expect(rowOf(en.rows, 'Uppnå en ekonomi i balans')[7].v).toBe('Goal has no activity');
    expect(rowOf(en.rows, 'Uppnå en ekonomi i balans')[0].v).toBe('Committee goal');
  });
});

describe('redThreadSheet: other layouts', () => {
  it('seed 002: an indicator and its activity on one row, both without ansvarig, get one gap each', () => {
    const m = seed002Model();
    const mm: PlanModel = {
      ...m,
      indicators: m.indicators.map((x, i) => (i === 0 ? { ...x, responsible: null } : x)),
      activities: m.activities.map((x, i) => (i === 0 ? { ...x, responsible: null } : x)),
    };
    const f = findingsFor(mm).filter((x) => x.code === 'responsible.missing');
    expect(f.map((x) => x.cell)).toEqual(['F2', 'F2']);
    const s = redThreadSheet(context(mm), f)!;
    const ind = rowOf(s.rows, 'Helhetssyn särskilt boende');
    const act = rowOf(s.rows, 'Särskilt fokus på att förbättra');
    expect([ind[0].v, ind[7].v]).toEqual(['Indikator', 'Ansvarig saknas']);
    expect([act[0].v, act[7].v]).toEqual(['Aktivitet', 'Ansvarig saknas']);
    // Implicit goals (no goals table) have no level or id.
    expect(rowOf(s.rows, 'Hållbar och effektiv organisation').slice(0, 2).map((c) => c.v)).toEqual([null, null]);
  });

  it('no plan at all: no sheet', () => {
    expect(redThreadSheet(context(model({})), [])).toBeNull();
  });

  it('users’ text stays plain values', () => {
    const m = withGoal(seed003Model(), 0, { text: '=HYPERLINK("http://x";"y")' });
    const mm = { ...m, indicators: m.indicators.map((x, i) => (i === 0 ? { ...x, goal: '=Mål 9' } : x)) };
    const s = redThreadSheet(context(mm), findingsFor(mm))!;
    expect(s.rows[4][2].v).toBe('=HYPERLINK("http://x";"y")');
    const f = s.rows.find((r) => r[0]?.v === 'Okänt mål' && r[1]?.v === 'Fel')!;
    expect(f[2].v).toContain('"=Mål 9"');
    expect(s.rows.flat().every((c) => c.formula === undefined)).toBe(true);
  });
});

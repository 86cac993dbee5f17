import { describe, expect, it } from 'vitest';
import { redThreadSheet } from './redthread-sheet';
import type { Finding } from '../types';
import type { PlanModel } from '../model';
import type { Rule } from '../rules/rule';
import { context, model, run, seed002Model, seed003Model, withGoal } from '../redthread/testing';
import missingParent from '../rules/redthread-missing-parent';
import unknownGoal from '../rules/redthread-unknown-goal';
import goalWithoutActivity from '../rules/redthread-goal-without-activity';
import responsibleMissing from '../rules/responsible-missing';

const RULES: Rule[] = [missingParent, unknownGoal, goalWithoutActivity, responsibleMissing];

function findingsFor(m: PlanModel, lang: 'sv' | 'en' = 'sv'): Finding[] {
  const ctx = context(m, { lang });
  return RULES.flatMap((r) => run(r, ctx));
}

/** Seed 003 with four gaps on three sheets, listed here out of order on purpose. */
function broken(): PlanModel {
  const m = withGoal(seed003Model(), 8, { parents: [] });
  return {
    ...m,
    indicators: m.indicators.map((x, i) => (i === 3 ? { ...x, goal: 'Mål 9' } : x)),
    activities: m.activities.map((x, i) => (i === 1 ? { ...x, responsible: null } : i === 6 ? { ...x, goal: 'Mål 1' } : x)),
  };
}

describe('redThreadSheet', () => {
  it('lists red-thread and responsible findings by sheet order, then row, with links', () => {
    const m = broken();
    const budget: Finding = { code: 'budget.deviation-unexplained', severity: 'error', sheet: 'Budget', cell: 'F9', message: 'x' };
    const s = redThreadSheet(context(m), [budget, ...findingsFor(m)])!;
    expect(s.rows[0][0]).toMatchObject({ v: 'Röda tråden', bold: true });
    expect(s.rows[1][0].v).toBe('2 fel, 2 varningar, 0 information. Klicka på en cell för att gå dit.');
    expect(s.rows[3].map((c) => c.v)).toEqual(['Kod', 'Allvarlighet', 'Blad', 'Cell', 'Meddelande']);
    expect(s.rows[3].every((c) => c.bold)).toBe(true);
    expect(s.freezeRows).toBe(4);
    expect(s.rows.slice(4).map((r) => r.slice(0, 4).map((c) => c.v))).toEqual([
      ['redthread.missing-parent', 'Fel', 'Mål', 'D10'],
      ['redthread.goal-without-activity', 'Varning', 'Mål', 'C14'],
      ['responsible.missing', 'Varning', 'Verksamhetsplan', 'C3'],
      ['redthread.unknown-goal', 'Fel', 'Indikatorer', 'A5'],
    ]);
    for (const r of s.rows.slice(4)) {
      expect(r[3].link).toEqual({ sheet: r[2].v, cell: r[3].v });
      expect(r[4].wrap).toBe(true);
    }
  });

  it('says the red thread is whole in a single line when there is nothing', () => {
    const s = redThreadSheet(context(seed003Model()), findingsFor(seed003Model()))!;
    expect(s.rows.map((r) => r.map((c) => c.v))).toEqual([
      ['Röda tråden'],
      ['Röda tråden är hel: varje mål, indikator och aktivitet hänger ihop och har en ansvarig.'],
    ]);
    const en = redThreadSheet(context(seed002Model(), { lang: 'en' }), [])!;
    expect(en.rows[0][0].v).toBe('Red thread');
    expect(en.rows[1][0].v).toMatch(/^The red thread is whole/);
  });

  it('no plan at all: no sheet', () => {
    expect(redThreadSheet(context(model({})), [])).toBeNull();
  });

  it('messages from users’ text stay plain values', () => {
    const m = seed003Model();
    const mm = { ...m, indicators: m.indicators.map((x, i) => (i === 0 ? { ...x, goal: '=Mål 9' } : x)) };
    const s = redThreadSheet(context(mm), findingsFor(mm))!;
    const row = s.rows.find((r) => r[0]?.v === 'redthread.unknown-goal')!;
    expect(row[4].v).toContain('"=Mål 9"');
    expect(s.rows.flat().every((c) => c.formula === undefined)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { ColumnRole, TableKind } from '../model';
import { decideKind } from './kinds';

// Header roles as the seeds' tables name them (SPEC §2), and the kind each table is read as.
describe('decideKind: the kind of a table from its header roles', () => {
  it.each<[string, ColumnRole[], TableKind | null]>([
    // Goals: goal texts, or goal names with an id, level or parent.
    ['Mål-ID, Nivå, Mål, Överordnat mål', ['goalId', 'level', 'goalText', 'parent'], 'goals'],
    ['Målområde, Nämndmål (text only)', ['area', 'goalText'], 'goals'],
    ['Mål with Mål-ID', ['goalId', 'goal'], 'goals'],
    ['Mål with Nivå', ['level', 'goal'], 'goals'],
    ['Mål with Överordnat mål', ['parent', 'goal'], 'goals'],
    // A goal name alone is a reference, not a goals table.
    ['Mål alone', ['goal'], null],
    // Indicators and activities name their goal; they are not goals tables.
    ['Nämndmål, Indikator, Målvärde, Resultat (seed 002)', ['goal', 'goalText', 'indicator', 'threshold', 'result'], 'indicators'],
    ['Mål, Aktivitet, Ansvarig', ['goalText', 'activity', 'responsible'], 'activities'],
    ['Mål-ID, Mål, Aktivitet', ['goalId', 'goal', 'activity'], 'activities'],
    // Risks before indicators: a risk table may name an indicator.
    ['Risk, Kontrollmoment', ['risk', 'control'], 'risks'],
    ['Risk, Indikator', ['risk', 'indicator'], 'risks'],
    ['Kontroll, Ansvarig', ['control', 'responsible'], 'risks'],
    ['Indikator, Grön, Gul, Röd', ['indicator', 'green', 'yellow', 'red'], 'indicators'],
    // Budget needs a budget and an utfall or prognos (seed 001).
    ['Ansvar, Budget, Utfall', ['key', 'budget', 'actual'], 'budget'],
    ['Verksamhet, Budget, Prognos', ['name', 'budget', 'forecast'], 'budget'],
    ['Indikator, Budget, Utfall', ['indicator', 'budget', 'actual'], 'indicators'],
    ['Aktivitet, Budget, Prognos', ['activity', 'budget', 'forecast'], 'budget'],
    ['Aktivitet, Budget', ['activity', 'budget'], 'activities'],
    // Annex tables: a key or name with amounts (or a budget without prognos), Bilaga 1–6.
    ['Ansvar, Belopp (Bilaga)', ['key', 'amount'], 'annex'],
    ['Verksamhet, Budget 2026', ['name', 'budget'], 'annex'],
    ['Verksamhet, Belopp, Prognos', ['name', 'amount', 'forecast'], null],
    ['Belopp alone', ['amount'], null],
    ['Ansvar alone', ['key'], null],
    ['nothing known', [], null],
  ])('%s → %s', (_, roles, kind) => {
    expect(decideKind(new Set(roles))).toBe(kind);
  });
});

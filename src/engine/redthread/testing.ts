/**
 * Test builders for the red-thread module: PlanModel literals in the seeds' real words, so rule
 * and sheet tests need not wait for recognition. Not used by the product.
 */
import type { Activity, Goal, Indicator, PlanModel, RecognizedTable } from '../model';
import type { IndicatorAnalysis, ResultEvaluation } from '../results/types';
import type { Period, Status } from '../types';
import type { RuleContext } from '../rules/rule';
import { ref } from '../cells';
import { buildGoalGraph } from './graph';
import { periodMonth } from '../periods';
import { currentResult } from '../results/current';

export const GOAL_SHEET = 'Mål';
export const PLAN_SHEET = 'Verksamhetsplan';

/** Goals sheet layout: A id, B level, C text, D parent link, E målområde. */
export function goal(row: number, id: string | null, level: string | null, text: string, parents: string[] = [], o: { area?: string; noParentCol?: boolean; sheet?: string } = {}): Goal {
  const sheet = o.sheet ?? GOAL_SHEET;
  return {
    sheet,
    row,
    textRef: ref(sheet, row, 2),
    id,
    idRef: id === null ? undefined : ref(sheet, row, 0),
    level,
    text,
    parents,
    parentRef: o.noParentCol ? undefined : ref(sheet, row, 3),
    area: o.area,
  };
}

/** Indicator row: A goal, B indicator, F responsible (seed 002's column order, shortened). */
export function indicator(row: number, name: string, goalName: string | null, o: { responsible?: string | null; tableId?: string; sheet?: string; noGoalCol?: boolean; noRespCol?: boolean } = {}): Indicator {
  const sheet = o.sheet ?? PLAN_SHEET;
  return {
    sheet,
    row,
    nameRef: ref(sheet, row, 1),
    name,
    goal: goalName,
    goalRef: o.noGoalCol ? undefined : ref(sheet, row, 0),
    goalSource: o.noGoalCol ? undefined : 'column',
    thresholdText: null,
    declaredDirection: null,
    baseline: null,
    frequency: null,
    responsible: o.responsible === undefined ? 'Enhetschef' : o.responsible,
    responsibleRef: o.noRespCol ? undefined : ref(sheet, row, 5),
    results: [],
    tableId: o.tableId ?? `${sheet}!A1`,
  };
}

/** Activity row: A goal, B activity, C ansvarig, D berörda (seed 003's `Aktiviteter · Ansvarig · Berörda`). */
export function activity(row: number, text: string, goalName: string | null, o: { responsible?: string | null; involved?: string | null; tableId?: string; sheet?: string; noGoalCol?: boolean; noRespCol?: boolean } = {}): Activity {
  const sheet = o.sheet ?? PLAN_SHEET;
  return {
    sheet,
    row,
    textRef: ref(sheet, row, 1),
    text,
    goal: goalName,
    goalRef: o.noGoalCol ? undefined : ref(sheet, row, 0),
    goalSource: o.noGoalCol ? undefined : 'column',
    responsible: o.responsible === undefined ? 'VC egen regi' : o.responsible,
    responsibleRef: o.noRespCol ? undefined : ref(sheet, row, 2),
    involved: o.involved ?? null,
    tableId: o.tableId ?? `${sheet}!A1`,
  };
}

export function table(id: string, sheet: string, kind: RecognizedTable['kind'], roles: RecognizedTable['columns'][number]['role'][]): RecognizedTable {
  return {
    id,
    sheet,
    kind,
    headerRows: [0],
    columns: roles.map((role, col) => ({ col, role, header: role })),
    firstRow: 0,
    lastRow: 100,
    rows: [],
  };
}

export function model(p: Partial<PlanModel>): PlanModel {
  return { tables: [], goals: [], indicators: [], activities: [], risks: [], tablesWithoutGoal: [], ...p };
}

/**
 * A minimal analysis with one evaluated result per (period, status). Every listed period is due
 * once the chosen period reaches it (`context` applies the chosen period); `none` is a missing one.
 */
export function analysis(ind: Indicator, results: [Period, Status][] = [], period: Period = 'year'): IndicatorAnalysis {
  const evs = results.map(
    ([p, status], k): ResultEvaluation => ({
      result: { ref: ref(ind.sheet, ind.row, 7 + k), period: p, value: status === 'none' ? null : 1 },
      period: p,
      value: status === 'none' ? null : 1,
      status,
      ...(status === 'none' ? { problem: 'missing' as const } : {}),
      reason: '',
    }),
  );
  return atPeriod({ indicator: ind, thresholdState: 'ok', thresholdIssues: [], direction: 'higher', duePeriods: [], results: evs, current: null }, period);
}

/** The analysis as at `period`: its listed periods up to then are due; the period rule picks the status. */
export function atPeriod(ia: IndicatorAnalysis, period: Period): IndicatorAnalysis {
  const limit = periodMonth(period);
  const due = [...new Set(ia.results.map((e) => e.period))].filter((p) => periodMonth(p) <= limit);
  return { ...ia, duePeriods: due, current: currentResult(ia.results, due, period) };
}

export function context(m: PlanModel, o: { lang?: 'sv' | 'en'; period?: Period; indicators?: IndicatorAnalysis[] } = {}): RuleContext {
  const period = o.period ?? 'year';
  return {
    model: m,
    indicators: (o.indicators ?? m.indicators.map((i) => analysis(i))).map((ia) => atPeriod(ia, period)),
    graph: buildGoalGraph(m),
    budgets: [],
    annexes: [],
    options: { lang: o.lang ?? 'sv', period, budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: periodMonth(period) },
    unreadable: [],
  };
}

// Seed 003 (Norrköping VP 2024): KF-mål 1–6 and uppdragsplanens mål 1–7 -----------------------------

export const KF = [
  'Alla norrköpingsbor som kan arbeta ska arbeta',
  'Norrköpings kommun ska ha ett starkt näringsliv för lokal tillväxt',
  'Norrköpingsbornas utbildningsnivå ska höjas',
  'Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov',
  'Norrköping ska vara en klimatsmart kommun som gör anpassningar till ett förändrat klimat',
  'Det ska vara tryggt och säkert i Norrköpings kommun',
];
/** The links as the seed writes them, footnote marks and trailing full stops included. */
export const KF_LINK = {
  1: 'Mål 1 Alla norrköpingsbor som kan arbeta ska arbeta ⁴',
  2: 'Mål 2 Norrköpings kommun ska ha ett starkt näringsliv för lokal tillväxt ⁵',
  3: 'Mål 3 Norrköpingsbornas utbildningsnivå ska höjas ⁷',
  4: 'Mål 4 Kommunens välfärdstjänster ska hålla en hög kvalitet och utgå från individens behov',
  6: 'Mål 6 Det ska vara tryggt och säkert i Norrköpings kommun ⁶',
};
export const AREA1 = 'Målområde 1: Kvalitet i stöd, service, vård och omsorg';
export const AREA2 = 'Målområde 2: Attraktiv arbetsgivare och ändamålsenlig organisation';
export const UP = [
  'Målet är att stärka den enskildes möjligheter att leva ett självständigt liv, utifrån den enskildes behov.',
  'Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.',
  'Vård- och omsorgsnämndens verksamheter ska fortsätta arbetet mot målbilden att alla invånare erbjuds en god, nära, jämlik och samordnad hälso- och sjukvård, omsorg och socialtjänst som förebygger ohälsa och stärker hälsan.',
  'Valfriheten, tryggheten och kvaliteten i vård och omsorg om äldre personer ska stärkas under mandatperioden.',
  'Kompetensförsörjningen till vård- och omsorgsnämndens verksamheter ska i större utsträckning svara mot verksamhetens behov.',
  'Vård- och omsorgsnämndens verksamheter ska arbeta med modern teknik för att öka kvaliteten samt utvecklas för att kunna möta demografiska utmaningar.',
  'Uppnå en ekonomi i balans genom effektivt resursutnyttjande och god ekonomistyrning',
];
/** Parent links of UP mål 1–7 as in seed 003's `Övergripande mål` column. */
export const UP_PARENTS: string[][] = [
  [KF_LINK[1], KF_LINK[4]],
  [KF_LINK[4]],
  [KF_LINK[4]],
  [KF_LINK[2], KF_LINK[4], KF_LINK[6]],
  [KF_LINK[3], KF_LINK[4]],
  [KF_LINK[4]],
  [`${KF_LINK[4]}.`],
];

/** Goals sheet: header on row 0, KF-mål on rows 1–6, nämndmål on rows 7–13. */
export function seed003Goals(): Goal[] {
  return [
    ...KF.map((t, i) => goal(1 + i, `Mål ${i + 1}`, 'KF-mål', t)),
    ...UP.map((t, i) => goal(7 + i, `Mål ${i + 1}`, 'Uppdragsplanens mål', t, UP_PARENTS[i], { area: i < 4 ? AREA1 : AREA2 })),
  ];
}

/** Seed 003 activities, one or more per nämndmål, naming their goal by id. */
export function seed003Activities(): Activity[] {
  return [
    activity(1, 'b) Ställ om verksamheter så att lediga platser kan beläggas så att antalet icke verkställda beslut minskar. (Indikator 3 och 14)', 'Mål 1', { responsible: 'VC beställning och uppföljning', involved: 'VC egen regi VC myndighet' }),
    activity(2, 'b) Genomföra kvalitetsutvecklande insatser inom demensomsorgen.', 'Mål 2', { responsible: 'VC egen regi', involved: null }),
    activity(3, 'c) Förankra den övergripande strategin och målbilden med Nära vård samt skapa en gemensam målbild och ett gemensamt förhållningssätt i arbetet inom kontoret.', 'Mål 3', { responsible: 'VoD', involved: 'Samtliga VC' }),
    activity(4, 'Projekt för att stärka valfrihet, trygghet och kostnadseffektivitet i vård och omsorg om äldre personer', 'Mål 4', { responsible: 'VC verksamhetsutveckling' }),
    activity(5, 'h) Analysera inkomna synpunkter & klagomål kring behov av språkförstärkande insatser.', 'Mål 5', { responsible: 'VC beställning och uppföljning', involved: 'VC egenregi VC verksamhets- utveckling' }),
    activity(6, 'Arbeta med modern teknik för att öka kvalitén.', 'Mål 6', { responsible: 'VC verksamhetsutveckling' }),
    activity(7, 'Säkerställa god ekonomistyrning i alla enheter.', 'Mål 7', { responsible: 'VC ekonomi' }),
  ];
}

/** Seed 003 indicators, one per nämndmål (Öka/Minska tables), naming their goal by id. */
export function seed003Indicators(): Indicator[] {
  const sheet = 'Indikatorer';
  const t = `${sheet}!A1`;
  return [
    indicator(1, '1. Andel uppföljda ärenden inom myndighetsutövningen*, procent', 'Mål 1', { sheet, tableId: t }),
    indicator(2, '1. Personalkontinuitet inom hemtjänsten', 'Mål 2', { sheet, tableId: t }),
    indicator(3, '1. Andel personer på särskilt boende för äldre som upplever måltiderna på sitt boende oftast/ alltid som en trevlig stund på dagen, procent', 'Mål 3', { sheet, tableId: t }),
    indicator(4, '1. Andel brukare som tycker att personalen brukar ta hänsyn till dennes åsikter och önskemål om hur hjälpen ska utföras inom hemtjänst Sol äldre, procent.', 'Mål 4', { sheet, tableId: t }),
    indicator(5, 'Andel medarbetare med godkänd språkbedömning', 'Mål 5', { sheet, tableId: t }),
    indicator(6, 'Andel verksamheter som använder digital tillsyn', 'Mål 6', { sheet, tableId: t }),
    indicator(7, 'Budgetavvikelse', 'Mål 7', { sheet, tableId: t }),
  ];
}

export function seed003Model(p: Partial<PlanModel> = {}): PlanModel {
  return model({
    tables: [
      table(`${GOAL_SHEET}!A1`, GOAL_SHEET, 'goals', ['goalId', 'level', 'goalText', 'parent', 'area']),
      table(`${PLAN_SHEET}!A1`, PLAN_SHEET, 'activities', ['goal', 'activity', 'responsible', 'involved']),
      table('Indikatorer!A1', 'Indikatorer', 'indicators', ['goal', 'indicator', 'direction', 'frequency', 'source', 'responsible']),
    ],
    goals: seed003Goals(),
    activities: seed003Activities(),
    indicators: seed003Indicators(),
    ...p,
  });
}

// Seed 002 (Norsjö VP 2025): no goals table; `Mål` column names the goal ---------------------------

export const G002 = ['Välfärd och välbefinnande genom livet', 'Hållbar och effektiv organisation'];

/** Seed 002's `Kommunfullmäktiges indikatorer` table: indicator and its Aktiviteter on each row. */
export function seed002Model(): PlanModel {
  const sheet = 'Verksamhetsplan';
  const t = `${sheet}!A1`;
  const rows: [string, string, string][] = [
    [G002[0], 'Helhetssyn särskilt boende', 'Särskilt fokus på att förbättra -personalens kompetens -aktiviteter'],
    [G002[0], 'Helhetssyn hemtjänst', 'Särskilt fokus på -ensamhet -fast vårdkontakt'],
    [G002[1], 'HME', 'Särskilt fokus på -meningsfullt arbete -lär och utvecklas -mål och uppföljning'],
    [G002[1], 'SAM – årlig uppföljning', 'Samtliga chefer ska genomföra uppföljningen senast 20251031'],
    [G002[1], 'Sjukfrånvaro', 'Hållbara scheman Följa rutiner för upprepad korttidsfrånvaro Motivera till vaccination'],
  ];
  return model({
    tables: [table(t, sheet, 'indicators', ['goal', 'indicator', 'activity', 'threshold', 'frequency', 'responsible', 'reporter', 'result'])],
    indicators: rows.map(([g, n], i) => indicator(1 + i, n, g, { sheet, tableId: t, responsible: 'Respektive chef i omsorgen' })),
    activities: rows.map(([g, , a], i) => {
      const x = activity(1 + i, a, g, { sheet, tableId: t, responsible: 'Respektive chef i omsorgen' });
      // Aktiviteter is column C in seed 002; its ansvarig is column F.
      return { ...x, textRef: ref(sheet, 1 + i, 2), responsibleRef: ref(sheet, 1 + i, 5) };
    }),
  });
}

/** Runs one rule the way the runner does and returns its findings. */
export function run(rule: import('../rules/rule').Rule, ctx: RuleContext): import('../types').Finding[] {
  return rule.check(ctx).map((h) => ({ code: rule.code, severity: rule.severity, sheet: h.sheet, cell: h.cell, message: rule.message[ctx.options.lang](h.params) }));
}

/** Replaces one goal of a model (by index) with changes. */
export function withGoal(m: PlanModel, i: number, change: Partial<Goal>): PlanModel {
  return { ...m, goals: m.goals.map((g, k) => (k === i ? { ...g, ...change } : g)) };
}

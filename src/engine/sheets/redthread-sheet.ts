/**
 * Röda tråden / Red thread (SPEC §6): the chain itself as a table a nämnd can read — every goal
 * under its parent (indented by level, with id and level), under each goal its indicators
 * (threshold, results, status in words and colour) and its activities (ansvarig, status), then
 * what hangs on no goal. Every gap is marked in words on the row where it is, in the gap colour,
 * linked to its cell. After the chain, the findings with readable labels (findings/labels.ts).
 */
import type { Finding, GenCell, GeneratedSheet, Lang, Severity } from '../types';
import { PALETTE } from '../types';
import type { RuleContext } from '../rules/rule';
import type { Activity, Indicator } from '../model';
import type { IndicatorAnalysis } from '../results/types';
import { parseA1, cellOf } from '../cells';
import { assessGoal, goalCounts, indicatorStatus, type Assessment, type Counted } from '../rollup';
import { levelLabel } from '../redthread/levels';
import { hierarchyOrder } from '../redthread/order';
import { thresholdShown } from '../results/messages';
import { findingLabel, SEVERITY_LABELS } from '../findings/labels';
import { ASSESSMENT_WORDS, periodShort, resultValueText, STATUS_WORDS } from '../words';

export function isRedThreadFinding(f: Finding): boolean {
  return f.code.startsWith('redthread.') || f.code === 'responsible.missing';
}

export function sheetOrder(ctx: RuleContext): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s && !out.includes(s)) out.push(s);
  };
  ctx.model.tables.forEach((t) => add(t.sheet));
  ctx.model.goals.forEach((g) => add(g.sheet));
  ctx.model.indicators.forEach((i) => add(i.sheet));
  ctx.model.activities.forEach((a) => add(a.sheet));
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function position(cell: string): { r: number; c: number } {
  try {
    return parseA1(cell);
  } catch {
    return { r: -1, c: -1 };
  }
}

/**
 * By sheet order, row, column, severity, code. Kept here rather than importing the rule index,
 * which would pull every rule into this sheet builder.
 */
export function sortBySheetThenRow(findings: Finding[], order: string[]): Finding[] {
  const idx = new Map(order.map((s, i) => [s, i]));
  return [...findings].sort((a, b) => {
    const s = (idx.get(a.sheet) ?? order.length) - (idx.get(b.sheet) ?? order.length) || a.sheet.localeCompare(b.sheet);
    if (s) return s;
    const p = position(a.cell);
    const q = position(b.cell);
    return p.r - q.r || p.c - q.c || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code);
  });
}

const T = {
  sv: {
    title: 'Röda tråden',
    intro: (g: number, i: number, a: number, gaps: number) =>
      `${g} mål, ${i} indikatorer och ${a} aktiviteter. ${gaps === 0 ? 'Inga brister i röda tråden.' : `${gaps} ${gaps === 1 ? 'brist är markerad' : 'brister är markerade'} i orange på raden där de finns; klicka på bristen för att gå till cellen.`}`,
    head: ['Nivå', 'Id', 'Mål, indikator eller aktivitet', 'Målvärde', 'Resultat', 'Status', 'Ansvarig', 'Brist i röda tråden'],
    indicator: 'Indikator',
    activity: 'Aktivitet',
    orphans: 'Utan mål',
    orphansNote: 'Indikatorer och aktiviteter som inte hänger på något mål.',
    findings: 'Anmärkningar',
    findingsHead: ['Brist', 'Allvarlighet', 'Beskrivning', 'Blad', 'Cell'],
    whole: 'Röda tråden är hel: varje mål, indikator och aktivitet hänger ihop och har en ansvarig.',
  },
  en: {
    title: 'Red thread',
    intro: (g: number, i: number, a: number, gaps: number) =>
      `${g} goals, ${i} indicators and ${a} activities. ${gaps === 0 ? 'No gaps in the red thread.' : `${gaps} ${gaps === 1 ? 'gap is' : 'gaps are'} marked in orange on the row where ${gaps === 1 ? 'it is' : 'they are'}; click a gap to go to its cell.`}`,
    head: ['Level', 'Id', 'Goal, indicator or activity', 'Target', 'Results', 'Status', 'Responsible', 'Red-thread gap'],
    indicator: 'Indicator',
    activity: 'Activity',
    orphans: 'Without a goal',
    orphansNote: 'Indicators and activities that hang on no goal.',
    findings: 'Findings',
    findingsHead: ['Gap', 'Severity', 'Description', 'Sheet', 'Cell'],
    whole: 'The red thread is whole: every goal, indicator and activity is linked and has someone responsible.',
  },
};

const WIDTHS = [16, 9, 64, 24, 20, 14, 26, 40];
const HEADER_STYLE: Partial<GenCell> = { bold: true, fill: 'FFD9E1F2', border: { bottom: 'thin' } };
const COUNTED_PALETTE: Record<Counted, (typeof PALETTE)['green' | 'yellow' | 'red'] | null> = {
  green: PALETTE.green,
  yellow: PALETTE.yellow,
  red: PALETTE.red,
  missing: null,
};
const ASSESSMENT_PALETTE: Record<Assessment, (typeof PALETTE)['green' | 'yellow' | 'red'] | null> = {
  met: PALETTE.green,
  partly: PALETTE.yellow,
  'not-met': PALETTE.red,
  'not-assessed': null,
};

type RowKey = `g${number}` | `i${number}` | `a${number}`;

/**
 * Which chain row each red-thread finding belongs to: the goal, indicator or activity on the
 * finding's sheet row. A row holding both an indicator and its activity (seed 002's Aktiviteter
 * column) takes activity codes on the activity and the rest on the indicator.
 */
function placeFindings(ctx: RuleContext, findings: Finding[]): Map<RowKey, Finding[]> {
  const byRow = new Map<string, RowKey[]>();
  const add = (sheet: string, r: number, key: RowKey) => {
    const k = `${sheet}\u0000${r}`;
    const list = byRow.get(k) ?? [];
    list.push(key);
    byRow.set(k, list);
  };
  ctx.graph.nodes.forEach((n) => {
    if (!n.implicit) add(n.goal.sheet, n.goal.row, `g${n.index}`);
  });
  ctx.model.indicators.forEach((x, i) => add(x.sheet, x.row, `i${i}`));
  ctx.model.activities.forEach((x, i) => add(x.sheet, x.row, `a${i}`));
  // Gaps the graph ties to a goal (an implicit goal has no row of its own).
  const goalOfIssue = new Map<string, number>();
  for (const issue of ctx.graph.issues) if (issue.goal !== undefined) goalOfIssue.set(`${issue.at.sheet}\u0000${cellOf(issue.at)}`, issue.goal);

  const at = new Map<RowKey, Finding[]>();
  for (const f of findings) {
    const { r } = position(f.cell);
    let keys = byRow.get(`${f.sheet}\u0000${r}`) ?? [];
    const g = goalOfIssue.get(`${f.sheet}\u0000${f.cell}`);
    if (keys.length === 0 && g !== undefined) keys = [`g${g}`];
    if (keys.length === 0) continue;
    const holds = (k: RowKey) => (at.get(k) ?? []).some((x) => x.code === f.code && x.cell === f.cell);
    const of = (kind: string) => keys.filter((k) => k[0] === kind);
    const key =
      of('g')[0] ??
      (f.code === 'redthread.activity-without-goal' ? of('a')[0] : undefined) ??
      (f.code === 'redthread.indicator-without-goal' ? of('i')[0] : undefined) ??
      // The same finding twice at one cell (indicator and its activity): one each.
      [...of('i'), ...of('a')].find((k) => !holds(k)) ??
      keys[0];
    const list = at.get(key) ?? [];
    list.push(f);
    at.set(key, list);
  }
  return at;
}

/** The gap column: each gap in words, in the gap colour, linked to the first gap's cell. */
function gapCell(found: Finding[] | undefined, lang: Lang): GenCell {
  if (!found?.length) return { v: null };
  const words = [...new Set(found.map((f) => findingLabel(f.code, lang)))].join('; ');
  const first = found[0];
  return { v: words, fill: PALETTE.gap.fill, wrap: true, ...(first.sheet && first.cell ? { link: { sheet: first.sheet, cell: first.cell } } : {}) };
}

function resultsText(ia: IndicatorAnalysis, lang: Lang): string {
  return ia.results
    .filter((ev) => ev.value !== null)
    .map((ev) => `${periodShort(ev.period, lang)}: ${resultValueText(ev.value, ev.result.fmt, lang)}`)
    .join(' · ');
}

function indicatorRow(x: Indicator, ia: IndicatorAnalysis | undefined, depth: number, gaps: Finding[] | undefined, lang: Lang): GenCell[] {
  const t = T[lang];
  const status = ia ? indicatorStatus(ia) : 'missing';
  const pal = COUNTED_PALETTE[status];
  return [
    { v: t.indicator, italic: true },
    { v: null },
    { v: x.name, link: { sheet: x.nameRef.sheet, cell: cellOf(x.nameRef) }, wrap: true, indent: depth },
    { v: (ia ? thresholdShown(ia) : x.thresholdText) || null, wrap: true },
    { v: ia ? resultsText(ia, lang) || null : null, wrap: true },
    { v: STATUS_WORDS[lang][status], ...(pal ? { fill: pal.fill, font: pal.font } : { italic: true }) },
    { v: x.responsible, wrap: true },
    gapCell(gaps, lang),
  ];
}

function activityRow(x: Activity, depth: number, gaps: Finding[] | undefined, lang: Lang): GenCell[] {
  return [
    { v: T[lang].activity, italic: true },
    { v: null },
    { v: x.text, link: { sheet: x.textRef.sheet, cell: cellOf(x.textRef) }, wrap: true, indent: depth },
    { v: null },
    { v: null },
    { v: x.status ?? null, wrap: true },
    { v: x.responsible, wrap: true },
    gapCell(gaps, lang),
  ];
}

export function redThreadSheet(ctx: RuleContext, findings: Finding[]): Omit<GeneratedSheet, 'name' | 'kind'> | null {
  const lang = ctx.options.lang;
  const t = T[lang];
  const mine = sortBySheetThenRow(findings.filter(isRedThreadFinding), sheetOrder(ctx));
  const { model, graph } = ctx;
  // A workbook with no plan at all (only budget or annexes) has no thread to speak of.
  if (mine.length === 0 && model.goals.length === 0 && model.indicators.length === 0 && model.activities.length === 0) return null;

  const at = placeFindings(ctx, mine);
  const counts = goalCounts(graph, ctx.indicators);
  const analysisOf = new Map(ctx.indicators.map((ia) => [ia.indicator, ia]));
  const rows: GenCell[][] = [
    [{ v: t.title, bold: true }],
    [{ v: t.intro(graph.nodes.length, model.indicators.length, model.activities.length, mine.length), italic: true }],
    [],
    t.head.map((h): GenCell => ({ v: h, ...HEADER_STYLE })),
  ];

  for (const { node, depth } of hierarchyOrder(graph)) {
    const n = graph.nodes[node];
    const a = assessGoal(counts[node]);
    const pal = ASSESSMENT_PALETTE[a];
    rows.push([
      { v: levelLabel(n.level, lang) ?? n.goal.level ?? null, bold: true },
      { v: n.goal.id ?? null, bold: true },
      { v: n.goal.text, bold: true, wrap: true, link: { sheet: n.goal.textRef.sheet, cell: cellOf(n.goal.textRef) }, ...(depth ? { indent: depth } : {}) },
      { v: null },
      { v: null },
      { v: ASSESSMENT_WORDS[lang][a], bold: true, ...(pal ? { fill: pal.fill, font: pal.font } : {}) },
      { v: null },
      gapCell(at.get(`g${node}`), lang),
    ]);
    for (const i of n.indicators) rows.push(indicatorRow(model.indicators[i], analysisOf.get(model.indicators[i]), depth + 1, at.get(`i${i}`), lang));
    for (const i of n.activities) rows.push(activityRow(model.activities[i], depth + 1, at.get(`a${i}`), lang));
  }

  const loneIndicators = model.indicators.map((_, i) => i).filter((i) => (graph.indicatorGoal[i] ?? -1) < 0);
  const loneActivities = model.activities.map((_, i) => i).filter((i) => (graph.activityGoal[i] ?? -1) < 0);
  if (loneIndicators.length || loneActivities.length) {
    rows.push([{ v: null }, { v: null }, { v: `${t.orphans} – ${t.orphansNote}`, bold: true, fill: PALETTE.gap.fill }]);
    for (const i of loneIndicators) rows.push(indicatorRow(model.indicators[i], analysisOf.get(model.indicators[i]), 1, at.get(`i${i}`), lang));
    for (const i of loneActivities) rows.push(activityRow(model.activities[i], 1, at.get(`a${i}`), lang));
  }

  rows.push([]);
  if (mine.length === 0) {
    rows.push([{ v: t.whole, italic: true }]);
  } else {
    rows.push([{ v: t.findings, bold: true }]);
    rows.push(t.findingsHead.map((h): GenCell => ({ v: h, ...HEADER_STYLE })));
    for (const f of mine) {
      rows.push([
        { v: findingLabel(f.code, lang), fill: PALETTE.gap.fill, wrap: true },
        { v: SEVERITY_LABELS[lang][f.severity] },
        { v: f.message, wrap: true },
        { v: f.sheet || null },
        { v: f.cell || null, ...(f.sheet && f.cell ? { link: { sheet: f.sheet, cell: f.cell } } : {}) },
      ]);
    }
  }
  return { rows, colWidths: WIDTHS, freezeRows: 4, print: { area: true, landscape: true, fitToWidth: true } };
}

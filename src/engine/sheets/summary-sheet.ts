/**
 * Sammanställning / Summary (SPEC §6): per goal in hierarchy order, its indicators by status for
 * the chosen period (own and descendants'), its activities, and an overall assessment.
 *
 * Assessment rule (also written in the sheet's note row):
 * - Röd: any indicator is red, or the goal or a goal below it has a red-thread gap;
 * - Gul: otherwise, any indicator is yellow, or more than half of the indicators lack a result;
 * - Grön: otherwise, at least one indicator has a result (and all with results are green);
 * - Ej bedömd: no indicator has a result.
 */
import type { Finding, GenCell, GeneratedSheet, Lang, Period } from '../types';
import { MONTHS, PALETTE } from '../types';
import type { RuleContext } from '../rules/rule';
import { goalCounts, type GoalCounts } from '../rollup';
import { levelLabel } from '../redthread/levels';

export type Assessment = 'red' | 'yellow' | 'green' | 'none';

export function assess(c: GoalCounts, gap: boolean): Assessment {
  const total = c.green + c.yellow + c.red + c.missing;
  if (c.red > 0 || gap) return 'red';
  if (c.yellow > 0 || c.missing * 2 > total) return 'yellow';
  if (c.green > 0) return 'green';
  return 'none';
}

const MONTH_NAMES: Record<Lang, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function periodName(p: Period, lang: Lang): string {
  const sv = lang === 'sv';
  switch (p) {
    case 'q1':
      return sv ? 'kvartal 1' : 'quarter 1';
    case 't1':
      return sv ? 'T1 (delårsrapport, 4 månader)' : 'T1 (interim report, 4 months)';
    case 't2':
      return sv ? 'T2 (delårsbokslut, 8 månader)' : 'T2 (interim accounts, 8 months)';
    case 'year':
      return sv ? 'helår' : 'full year';
    default:
      return MONTH_NAMES[lang][MONTHS.indexOf(p)];
  }
}

const T = {
  sv: {
    title: 'Sammanställning',
    period: (p: string) => `Uppföljningsperiod: ${p}. Indikatorernas status är det senaste bedömda resultatet fram till perioden.`,
    head: ['Id', 'Nivå', 'Mål', 'Grön', 'Gul', 'Röd', 'Utan resultat', 'Aktiviteter', 'Bedömning'],
    words: { red: 'Röd', yellow: 'Gul', green: 'Grön', none: 'Ej bedömd' } as Record<Assessment, string>,
    note: 'Bedömning: Röd om någon indikator är röd eller målet (eller ett mål under det) har en brist i röda tråden; annars Gul om någon indikator är gul eller fler än hälften saknar resultat; annars Grön om minst en indikator har resultat; annars Ej bedömd. Antalen omfattar målen under.',
  },
  en: {
    title: 'Summary',
    period: (p: string) => `Follow-up period: ${p}. An indicator's status is its latest assessed result up to the period.`,
    head: ['Id', 'Level', 'Goal', 'Green', 'Yellow', 'Red', 'Without result', 'Activities', 'Assessment'],
    words: { red: 'Red', yellow: 'Yellow', green: 'Green', none: 'Not assessed' } as Record<Assessment, string>,
    note: 'Assessment: Red if any indicator is red or the goal (or a goal below it) has a red-thread gap; otherwise Yellow if any indicator is yellow or more than half lack a result; otherwise Green if at least one indicator has a result; otherwise Not assessed. Counts include the goals below.',
  },
};

/** Goals depth-first from the roots; a goal serving several parents is listed once, under the first. */
export function hierarchyOrder(ctx: RuleContext): { node: number; depth: number }[] {
  const { nodes, roots } = ctx.graph;
  const seen = new Set<number>();
  const out: { node: number; depth: number }[] = [];
  const visit = (n: number, depth: number) => {
    if (seen.has(n)) return;
    seen.add(n);
    out.push({ node: n, depth });
    for (const c of nodes[n].children) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  // Goals only reachable through a cycle have no root; list them last so none is lost.
  for (const n of nodes) visit(n.index, 0);
  return out;
}

export function summarySheet(ctx: RuleContext, findings: Finding[]): Omit<GeneratedSheet, 'name' | 'kind'> | null {
  void findings; // gaps come from the graph, which knows which goal each belongs to
  const { graph, options } = ctx;
  if (graph.nodes.length === 0) return null;
  const lang = options.lang;
  const t = T[lang];
  const counts = goalCounts(graph, ctx.indicators, options.period);

  // Own gaps, then rolled up to ancestors, with a guard against cycles.
  const ownGap = graph.nodes.map(() => false);
  for (const i of graph.issues) if (i.goal !== undefined) ownGap[i.goal] = true;
  const subtree = (n: number, seen: Set<number>, acc: Set<number>) => {
    if (seen.has(n)) return;
    seen.add(n);
    acc.add(n);
    for (const c of graph.nodes[n].children) subtree(c, seen, acc);
  };
  const under = graph.nodes.map((n) => {
    const acc = new Set<number>();
    subtree(n.index, new Set(), acc);
    return acc;
  });

  const rows: GenCell[][] = [];
  rows.push([{ v: t.title, bold: true }]);
  rows.push([{ v: t.period(periodName(options.period, lang)), italic: true }]);
  rows.push([]);
  rows.push(
    t.head.map((h, k): GenCell => {
      const cell: GenCell = { v: h, bold: true };
      const pal = k === 3 ? PALETTE.green : k === 4 ? PALETTE.yellow : k === 5 ? PALETTE.red : null;
      if (pal) {
        cell.fill = pal.fill;
        cell.font = pal.font;
      }
      return cell;
    }),
  );
  for (const { node, depth } of hierarchyOrder(ctx)) {
    const n = graph.nodes[node];
    const c = counts[node];
    const set = under[node];
    const activities = new Set<number>();
    let gap = false;
    for (const m of set) {
      for (const a of graph.nodes[m].activities) activities.add(a);
      if (ownGap[m]) gap = true;
    }
    const a = assess(c, gap);
    const status: GenCell = { v: t.words[a], bold: a !== 'none' };
    if (a !== 'none') {
      status.fill = PALETTE[a].fill;
      status.font = PALETTE[a].font;
    }
    // Users' text is written as a value; indentation is spaces in front (GenCell has no indent).
    rows.push([
      { v: n.goal.id ?? null },
      { v: levelLabel(n.level, lang) ?? n.goal.level ?? null },
      { v: '    '.repeat(depth) + n.goal.text, link: { sheet: n.goal.textRef.sheet, cell: n.goal.textRef.cell }, wrap: true },
      { v: c.green, numFmt: '0' },
      { v: c.yellow, numFmt: '0' },
      { v: c.red, numFmt: '0' },
      { v: c.missing, numFmt: '0' },
      { v: activities.size, numFmt: '0' },
      status,
    ]);
  }
  rows.push([]);
  rows.push([{ v: t.note, italic: true, wrap: true }]);
  return { rows, colWidths: [10, 18, 70, 8, 8, 8, 14, 12, 14], freezeRows: 4 };
}

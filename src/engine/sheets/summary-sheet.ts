/**
 * Sammanställning / Summary (SPEC §6): per goal in hierarchy order, its indicators by status for
 * the chosen period (own and descendants', by the one period rule), its activities, its red-thread
 * gaps, and its assessment in words (Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömd, from
 * rollup.ts). Gaps stand beside the assessment; they are not folded into it.
 */
import type { Finding, GenCell, GeneratedSheet, Lang, Period } from '../types';
import { MONTHS, PALETTE } from '../types';
import type { RuleContext } from '../rules/rule';
import { assessGoal, goalCounts, type Assessment } from '../rollup';
import { levelLabel } from '../redthread/levels';

/** The assessment's colour in the sheet (none for Ej bedömd). */
const ASSESSMENT_PALETTE: Record<Assessment, (typeof PALETTE)['green' | 'yellow' | 'red'] | null> = {
  met: PALETTE.green,
  partly: PALETTE.yellow,
  'not-met': PALETTE.red,
  'not-assessed': null,
};

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

export const ASSESSMENT_WORDS: Record<Lang, Record<Assessment, string>> = {
  sv: { met: 'Uppfyllt', partly: 'Delvis uppfyllt', 'not-met': 'Ej uppfyllt', 'not-assessed': 'Ej bedömd' },
  en: { met: 'Met', partly: 'Partly met', 'not-met': 'Not met', 'not-assessed': 'Not assessed' },
};

const T = {
  sv: {
    title: 'Sammanställning',
    period: (p: string) =>
      `Uppföljningsperiod: ${p}. En indikators status är dess senaste resultat som ska vara rapporterat vid perioden; saknas det räknas indikatorn som utan resultat.`,
    head: ['Id', 'Nivå', 'Mål', 'Grön', 'Gul', 'Röd', 'Utan resultat', 'Aktiviteter', 'Brister i röda tråden', 'Bedömning'],
    note: 'Bedömning: Uppfyllt när alla bedömda indikatorer är gröna; Ej uppfyllt när mer än hälften av dem är röda; annars Delvis uppfyllt; Ej bedömd när ingen indikator har resultat än. Brister i röda tråden redovisas bredvid och påverkar inte bedömningen. Antalen omfattar målen under.',
  },
  en: {
    title: 'Summary',
    period: (p: string) =>
      `Follow-up period: ${p}. An indicator's status is its latest result due by the period; if that is missing, the indicator counts as without result.`,
    head: ['Id', 'Level', 'Goal', 'Green', 'Yellow', 'Red', 'Without result', 'Activities', 'Red-thread gaps', 'Assessment'],
    note: 'Assessment: Met when every assessed indicator is green; Not met when more than half of them are red; otherwise Partly met; Not assessed when no indicator has a result yet. Red-thread gaps are reported beside it and do not change it. Counts include the goals below.',
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
  const counts = goalCounts(graph, ctx.indicators);

  // Gaps per goal, then for a goal with the goals below it (a cycle is guarded).
  const ownGaps = graph.nodes.map(() => 0);
  for (const i of graph.issues) if (i.goal !== undefined) ownGaps[i.goal]++;
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
    const activities = new Set<number>();
    let gaps = 0;
    for (const m of under[node]) {
      for (const a of graph.nodes[m].activities) activities.add(a);
      gaps += ownGaps[m];
    }
    const a = assessGoal(c);
    const pal = ASSESSMENT_PALETTE[a];
    const status: GenCell = { v: ASSESSMENT_WORDS[lang][a], bold: pal !== null };
    if (pal) {
      status.fill = pal.fill;
      status.font = pal.font;
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
      gaps > 0 ? { v: gaps, numFmt: '0', fill: PALETTE.gap.fill } : { v: 0, numFmt: '0' },
      status,
    ]);
  }
  rows.push([]);
  rows.push([{ v: t.note, italic: true, wrap: true }]);
  return { rows, colWidths: [10, 18, 70, 8, 8, 8, 14, 12, 14, 16], freezeRows: 4 };
}

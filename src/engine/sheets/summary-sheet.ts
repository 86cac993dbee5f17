/**
 * Sammanställning / Summary (SPEC §6): per goal in hierarchy order, its indicators by status for
 * the chosen period (own and descendants', by the one period rule), its activities, its red-thread
 * gaps, and its assessment in words (Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömd, from
 * rollup.ts). Gaps stand beside the assessment; they are not folded into it.
 */
import type { Finding, GenCell, GeneratedSheet } from '../types';
import { PALETTE } from '../types';
import type { RuleContext } from '../rules/rule';
import { assessGoal, goalCounts, type Assessment } from '../rollup';
import { levelLabel } from '../redthread/levels';
import { hierarchyOrder as order } from '../redthread/order';
import { ASSESSMENT_WORDS, periodName } from '../words';
import { cellOf } from '../cells';

/** The assessment's colour in the sheet (none for Ej bedömd). */
const ASSESSMENT_PALETTE: Record<Assessment, (typeof PALETTE)['green' | 'yellow' | 'red'] | null> = {
  met: PALETTE.green,
  partly: PALETTE.yellow,
  'not-met': PALETTE.red,
  'not-assessed': null,
};

/** Moved to ../words (shared with the report); re-exported for existing imports. */
export { ASSESSMENT_WORDS, periodName } from '../words';

const T = {
  sv: {
    title: 'Sammanställning',
    period: (p: string) =>
      `Uppföljningsperiod: ${p}. En indikators status är dess senaste resultat som ska vara rapporterat vid perioden; saknas det räknas indikatorn som utan resultat.`,
    head: ['Id', 'Nivå', 'Mål', 'Grön', 'Gul', 'Röd', 'Utan resultat', 'Aktiviteter', 'Brister i röda tråden', 'Bedömning'],
    note: [
      'Så bedöms målen:',
      'Uppfyllt – alla bedömda indikatorer är gröna.',
      'Delvis uppfyllt – några indikatorer är gula eller röda, men högst hälften är röda.',
      'Ej uppfyllt – mer än hälften av de bedömda indikatorerna är röda.',
      'Ej bedömd – ingen indikator har något resultat för perioden än.',
      'Antalen omfattar målen under. Brister i röda tråden står i en egen kolumn och ändrar inte bedömningen.',
    ],
  },
  en: {
    title: 'Summary',
    period: (p: string) =>
      `Follow-up period: ${p}. An indicator's status is its latest result due by the period; if that is missing, the indicator counts as without result.`,
    head: ['Id', 'Level', 'Goal', 'Green', 'Yellow', 'Red', 'Without result', 'Activities', 'Red-thread gaps', 'Assessment'],
    note: [
      'How goals are assessed:',
      'Met – every assessed indicator is green.',
      'Partly met – some indicators are yellow or red, but no more than half are red.',
      'Not met – more than half of the assessed indicators are red.',
      'Not assessed – no indicator has a result for the period yet.',
      'Counts include the goals below. Red-thread gaps have a column of their own and do not change the assessment.',
    ],
  },
};

/** Goals in hierarchy order (moved to ../redthread/order; kept for existing imports). */
export function hierarchyOrder(ctx: RuleContext): { node: number; depth: number }[] {
  return order(ctx.graph);
}

/** Columns of the table; the period line and the rule note are merged across all of them. */
const WIDTHS = [10, 18, 70, 8, 8, 8, 14, 12, 21, 16];
const LAST_COL = 'J';

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
    // Users' text is written as a value; the level below shows as Excel's indent.
    rows.push([
      { v: n.goal.id ?? null },
      { v: levelLabel(n.level, lang) ?? n.goal.level ?? null },
      { v: n.goal.text, link: { sheet: n.goal.textRef.sheet, cell: cellOf(n.goal.textRef) }, wrap: true, ...(depth ? { indent: depth } : {}) },
      { v: c.green, numFmt: '0' },
      { v: c.yellow, numFmt: '0' },
      { v: c.red, numFmt: '0' },
      { v: c.missing, numFmt: '0' },
      { v: activities.size, numFmt: '0' },
      gaps > 0 ? { v: gaps, numFmt: '0', fill: PALETTE.gap.fill } : { v: 0, numFmt: '0' },
      status,
    ]);
  }
  // The rule, one short line per row merged across the table: readable, never cut off.
  rows.push([]);
  const merges = [`A2:${LAST_COL}2`];
  t.note.forEach((line, i) => {
    merges.push(`A${rows.length + 1}:${LAST_COL}${rows.length + 1}`);
    rows.push([{ v: line, italic: i > 0, bold: i === 0 }]);
  });
  return { rows, colWidths: WIDTHS, freezeRows: 4, merges, print: { area: true, landscape: true, fitToWidth: true } };
}

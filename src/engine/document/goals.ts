/**
 * The goals part of the report: sections per målområde (or per top goal where the workbook has no
 * målområde), and per goal its assessment with a coloured marker and the word, its indicators as a
 * table (target, results per period, status in words and colour, the reason), its activities, and
 * the analysis found in the workbook or a marked place to write it.
 */
import type { CellValue, Lang } from '../types';
import type { RuleContext } from '../rules/rule';
import type { IndicatorAnalysis } from '../results/types';
import type { Finding } from '../types';
import type { GoalNode } from '../redthread/types';
import { assessGoal, goalCounts, indicatorStatus, type Assessment, type Counted, type GoalCounts } from '../rollup';
import { hierarchyOrder } from '../redthread/order';
import { levelLabel } from '../redthread/levels';
import { shortLabel } from '../redthread/closest';
import { thresholdShown } from '../results/messages';
import { periodMonth } from '../periods';
import { findingLabel } from '../findings/labels';
import { valueText, cellOf } from '../cells';
import { ASSESSMENT_WORDS, periodShort, resultValueText, STATUS_WORDS } from '../words';
import type { Block, Run, TableBlock, TableCell, Tone } from './types';
import { texts } from './texts';

export const ASSESSMENT_TONE: Record<Assessment, Tone | undefined> = { met: 'green', partly: 'yellow', 'not-met': 'red', 'not-assessed': undefined };
export const COUNTED_TONE: Record<Counted, Tone | undefined> = { green: 'green', yellow: 'yellow', red: 'red', missing: undefined };

interface Placed {
  node: number;
  /** Depth inside its section: 0 for the section's top goals. */
  depth: number;
}

export interface Section {
  /** A målområde's name, `Övergripande mål`, or null when the section's first goal is its heading. */
  title: string | null;
  /** `area`: a målområde's goals, listed apart from the goals they serve. */
  kind: 'area' | 'top' | 'other';
  intro?: string;
  goals: Placed[];
}

/**
 * Sections in reading order. Where goals carry a målområde (an area column), each målområde is a
 * section holding its goals and the goals below them, and the goals above them that have none (the
 * KF-mål the nämnd's goals serve) close the report's goal part. Otherwise each top goal opens a
 * section of its own (a målområde kept as a goal of level Målområde is such a top goal).
 */
export function sections(ctx: RuleContext, lang: Lang): Section[] {
  const t = texts(lang);
  const order = hierarchyOrder(ctx.graph);
  const nodes = ctx.graph.nodes;
  if (!nodes.some((n) => n.goal.area)) {
    const out: Section[] = [];
    for (const p of order) {
      // Hierarchy order starts at a top goal (depth 0), so there is always a section to add to.
      if (p.depth === 0) out.push({ title: null, kind: 'top', goals: [] });
      out[out.length - 1].goals.push(p);
    }
    return out;
  }
  // Per målområde its subtrees (a top goal and the goals below it), put in sheet order after.
  const byArea = new Map<string, Placed[][]>();
  const other: Section = { title: t.otherGoals, kind: 'other', intro: t.otherGoalsIntro, goals: [] };
  // The chain of listed goals above the current one: its area (own or inherited) and depth.
  // Stryker disable next-line ArrayDeclaration: an entry without depth or area at the bottom is never popped and reads as no parent.
  const stack: { depth: number; area: string | null; rel: number }[] = [];
  for (const p of order) {
    while (stack.length && stack[stack.length - 1].depth >= p.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const own = nodes[p.node].goal.area ?? null;
    const area = own ?? parent?.area ?? null;
    const rel = parent && parent.area === area ? parent.rel + 1 : 0;
    stack.push({ depth: p.depth, area, rel });
    if (area === null) {
      other.goals.push({ node: p.node, depth: rel });
      continue;
    }
    let trees = byArea.get(area);
    if (!trees) byArea.set(area, (trees = []));
    if (rel === 0) trees.push([]);
    trees[trees.length - 1].push({ node: p.node, depth: rel });
  }
  const areaSections = [...byArea.entries()].map(([title, trees]): Section => ({
    title,
    kind: 'area',
    goals: trees.sort((a, b) => a[0].node - b[0].node).flat(),
  }));
  return [...areaSections, ...(other.goals.length ? [other] : [])];
}

/** Heading level of a goal: the section heading is 1, its top goals 2, deeper goals 3. */
function headingLevel(section: Section, depth: number): 1 | 2 | 3 {
  const base = section.title === null ? 1 : 2;
  return Math.min(3, base + depth) as 1 | 2 | 3;
}

export function goalHeading(n: GoalNode): string {
  return n.goal.id ? `${n.goal.id}: ${n.goal.text}` : n.goal.text;
}

/** `● Delvis uppfyllt`: the coloured marker and the word, never colour alone. */
export function assessmentRuns(a: Assessment, lang: Lang): Run[] {
  const tone = ASSESSMENT_TONE[a];
  return [...(tone ? [{ text: '●', tone, marker: true }] : [{ text: '○', marker: true }]), { text: ` ${ASSESSMENT_WORDS[lang][a]}`, bold: true, ...(tone ? { tone } : {}) }];
}

function statusCell(status: Counted, lang: Lang): TableCell {
  const tone = COUNTED_TONE[status];
  return { runs: [{ text: STATUS_WORDS[lang][status], bold: status !== 'missing', italic: status === 'missing' }], ...(tone ? { tone } : {}) };
}

const text = (s: string, extra: Partial<Run> = {}): TableCell => ({ runs: [{ text: s, ...extra }] });

interface PeriodColumn {
  key: string;
  label: string;
  sort: [number, number];
}

/** Result columns of a set of indicators: earlier years, then this year's periods, in time order. */
function periodColumns(list: IndicatorAnalysis[], lang: Lang, year: number | null): PeriodColumn[] {
  const cols = new Map<string, PeriodColumn>();
  for (const ia of list) {
    for (const h of ia.indicator.history ?? []) {
      cols.set(`h${h.year}|${h.period}`, { key: `h${h.year}|${h.period}`, label: h.period === 'year' ? String(h.year) : `${periodShort(h.period, lang)} ${h.year}`, sort: [h.year, periodMonth(h.period)] });
    }
    for (const ev of ia.results) {
      const y = ev.result.year;
      const key = `r${y ?? ''}|${ev.period}`;
      const label = y ? (ev.period === 'year' ? String(y) : `${periodShort(ev.period, lang)} ${y}`) : periodShort(ev.period, lang);
      cols.set(key, { key, label, sort: [y ?? year ?? 9999, periodMonth(ev.period)] });
    }
  }
  return [...cols.values()].sort((a, b) => a.sort[0] - b.sort[0] || a.sort[1] - b.sort[1]);
}

/** An earlier year's value as written: a percent-formatted share in percent, an error as its code. */
function historyText(v: CellValue, fmt: string | undefined, lang: Lang): string {
  if (typeof v === 'number') return resultValueText(fmt?.includes('%') ? Math.round(v * 10000) / 100 : v, fmt, lang);
  return valueText(v);
}

/**
 * Results read in percent points (a `%` threshold or a yes-share), shown with their `%`. A change
 * threshold's `%` is the change (`Öka med 5 %`), not the result: 63 participants stay 63.
 */
function percentIndicator(ia: IndicatorAnalysis): boolean {
  const t = ia.threshold;
  const numeric = t?.direction === 'yes-no' ? t.share : t;
  return (numeric?.direction === 'higher' || numeric?.direction === 'lower') && numeric.unit === '%';
}

function targetText(ia: IndicatorAnalysis, lang: Lang): string {
  const shown = thresholdShown(ia);
  if (shown) return shown;
  const d = ia.indicator.declaredDirection;
  if (d === 'higher') return lang === 'sv' ? 'Öka' : 'Increase';
  if (d === 'lower') return lang === 'sv' ? 'Minska' : 'Decrease';
  return '–';
}

function reasonText(ia: IndicatorAnalysis, lang: Lang): string {
  // Every judged result has its reason in words (a missing one: `Resultat saknas`).
  return ia.current ? ia.current.reason : texts(lang).notDue;
}

/** The indicator table: indicator, target, results per period (each in its colour), status, reason. */
export function indicatorTable(list: IndicatorAnalysis[], lang: Lang, year: number | null): TableBlock {
  const t = texts(lang).indicatorHead;
  const cols = periodColumns(list, lang, year);
  const rows: TableCell[][] = list.map((ia) => {
    const cells: TableCell[] = [text(ia.indicator.name), text(targetText(ia, lang))];
    for (const c of cols) {
      const h = ia.indicator.history?.find((x) => `h${x.year}|${x.period}` === c.key);
      if (h) {
        cells.push({ runs: [{ text: historyText(h.value, h.fmt, lang) }], align: 'right' });
        continue;
      }
      const ev = ia.results.find((e) => `r${e.result.year ?? ''}|${e.period}` === c.key);
      const tone = ev && ev.status !== 'none' ? (ev.status as Tone) : undefined;
      const fmt = ev && percentIndicator(ia) ? '%' : ev?.result.fmt;
      cells.push({ runs: [{ text: ev ? resultValueText(ev.value, fmt, lang) : '' }], align: 'right', ...(tone ? { tone } : {}) });
    }
    cells.push(statusCell(indicatorStatus(ia), lang));
    cells.push(text(reasonText(ia, lang)));
    return cells;
  });
  return {
    kind: 'table',
    header: [t.name, t.target, ...cols.map((c) => c.label), t.status, t.reason],
    widths: [30, 16, ...cols.map(() => 7), 10, 24],
    rows,
  };
}

function activityTable(ctx: RuleContext, list: number[], lang: Lang): TableBlock {
  const t = texts(lang).activityHead;
  const acts = list.map((i) => ctx.model.activities[i]);
  // Status and Klart only when the workbook's activity tables have those columns.
  const hasStatus = ctx.model.activities.some((a) => a.status !== undefined);
  const hasDeadline = ctx.model.activities.some((a) => a.deadline !== undefined);
  return {
    kind: 'table',
    header: [t.text, t.responsible, ...(hasStatus ? [t.status] : []), ...(hasDeadline ? [t.deadline] : [])],
    widths: [60, 22, ...(hasStatus ? [14] : []), ...(hasDeadline ? [12] : [])],
    rows: acts.map((a) => [
      text(a.text),
      text(a.responsible ?? '–'),
      ...(hasStatus ? [text(a.status ?? '–')] : []),
      ...(hasDeadline ? [text(a.deadline ?? '–')] : []),
    ]),
  };
}

/** Paragraphs of a text: its lines, trimmed (a `\r` too), blank lines dropped. */
function paragraphs(s: string): string[] {
  return s
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

export interface GoalPartInput {
  ctx: RuleContext;
  findings: Finding[];
  lang: Lang;
  year: number | null;
}

/** Gaps the graph ties to a goal, with the finding they became (for the place). */
function goalGaps(p: GoalPartInput, node: number): { label: string; where: string }[] {
  return p.ctx.graph.issues
    .filter((i) => i.goal === node)
    .map((i) => ({ label: findingLabel(`redthread.${i.kind}`, p.lang), where: `${i.at.sheet}!${cellOf(i.at)}` }));
}

function goalBlocks(p: GoalPartInput, section: Section, placed: Placed, counts: GoalCounts[]): Block[] {
  const { ctx, lang } = p;
  const t = texts(lang);
  const n = ctx.graph.nodes[placed.node];
  const c = counts[placed.node];
  const a = assessGoal(c);
  const out: Block[] = [];
  const level = headingLevel(section, placed.depth);
  // A top goal opens a new page when it heads goals below it; a flat list of goals runs on.
  out.push({ kind: 'heading', level, text: goalHeading(n), ...(level === 1 && n.children.length ? { newPage: true } : {}) });

  const line: Run[] = [{ text: `${t.assessment}: `, bold: true }, ...assessmentRuns(a, lang)];
  const lvl = levelLabel(n.level, lang) ?? n.goal.level;
  if (lvl) line.push({ text: ` · ${t.level}: ${lvl}` });
  // A section's top goal (a målområde's goal, or one reached only through a cycle) stands apart
  // from the goals it serves: name them all. Elsewhere a goal stands under its first parent: name
  // the others.
  const apart = placed.depth === 0;
  const serves = (apart ? n.parents : n.parents.slice(1)).map((q) => shortLabel(ctx.graph.nodes[q].goal.id, ctx.graph.nodes[q].goal.text, 40));
  if (serves.length) line.push({ text: ` · ${apart ? t.contributesTo : t.alsoUnder}: ${serves.join(', ')}` });
  out.push({ kind: 'paragraph', runs: line });
  out.push({ kind: 'paragraph', runs: [{ text: t.counts(c.green, c.yellow, c.red, c.missing, n.children.length > 0) }] });
  for (const g of goalGaps(p, placed.node)) {
    out.push({ kind: 'paragraph', runs: [{ text: `${t.gap}: `, bold: true }, { text: g.label, tone: 'gap' }, { text: ` (${g.where})` }] });
  }

  const inds = n.indicators.map((i) => ctx.indicators[i]);
  if (inds.length) {
    out.push(indicatorTable(inds, lang, p.year));
    const written = inds.filter((ia) => ia.indicator.analysis);
    if (written.length) {
      out.push({ kind: 'paragraph', runs: [{ text: t.indicatorAnalysis, bold: true }] });
      for (const ia of written) out.push({ kind: 'paragraph', runs: [{ text: `${ia.indicator.name}: `, bold: true }, { text: ia.indicator.analysis! }] });
    }
  }
  if (n.activities.length) {
    out.push({ kind: 'paragraph', runs: [{ text: t.activities, bold: true }] });
    out.push(activityTable(ctx, n.activities, lang));
  }
  out.push({ kind: 'paragraph', runs: [{ text: t.analysis, bold: true }] });
  const analysis = n.goal.analysis ? paragraphs(n.goal.analysis) : [];
  if (analysis.length) for (const s of analysis) out.push({ kind: 'paragraph', runs: [{ text: s }] });
  else out.push({ kind: 'paragraph', style: 'placeholder', runs: [{ text: t.analysisPlaceholder, tone: 'placeholder', italic: true }] });
  if (n.goal.action) out.push({ kind: 'paragraph', runs: [{ text: `${t.action}: `, bold: true }, { text: n.goal.action }] });
  return out;
}

/** Every section's blocks; then what hangs on no goal, so no indicator is left out of the report. */
export function goalsPart(p: GoalPartInput): Block[] {
  const { ctx, lang } = p;
  const t = texts(lang);
  const counts = goalCounts(ctx.graph, ctx.indicators);
  // Analyses are matched to indicators by position (the pane's worker may hand over copies).
  const out: Block[] = [];
  for (const s of sections(ctx, lang)) {
    if (s.title !== null) {
      out.push({ kind: 'heading', level: 1, text: s.title, newPage: true });
      if (s.intro) out.push({ kind: 'paragraph', style: 'note', runs: [{ text: s.intro, italic: true }] });
    }
    for (const g of s.goals) out.push(...goalBlocks(p, s, g, counts));
  }
  // The graph has an entry for every indicator and activity: -1 for none.
  const lone = ctx.model.indicators.map((_, i) => i).filter((i) => ctx.graph.indicatorGoal[i] < 0);
  const loneActs = ctx.model.activities.map((_, i) => i).filter((i) => ctx.graph.activityGoal[i] < 0);
  if (lone.length || loneActs.length) {
    out.push({ kind: 'heading', level: 1, text: t.withoutGoal, newPage: true });
    if (lone.length) out.push(indicatorTable(lone.map((i) => ctx.indicators[i]), lang, p.year));
    if (loneActs.length) {
      out.push({ kind: 'paragraph', runs: [{ text: t.activities, bold: true }] });
      out.push(activityTable(ctx, loneActs, lang));
    }
  }
  return out;
}

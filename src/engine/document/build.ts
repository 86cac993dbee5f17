/**
 * The delårsrapport / verksamhetsberättelse for the nämnd (SPEC §6, §8) as a plain document, read
 * top to bottom: title page, overview, the goals per målområde, the budget deviations, the gaps in
 * the plan. Pure: an analysis in, a ReportDocument out; the date comes from the shell.
 */
import type { Finding, Lang, Period, ResolvedOptions, WorkbookInput } from '../types';
import type { RuleContext } from '../rules/rule';
import { assessGoal, countStatuses, goalCounts, type Assessment, type Counted } from '../rollup';
import { levelLabel } from '../redthread/levels';
import { hierarchyOrder } from '../redthread/order';
import { findingLabel } from '../findings/labels';
import { isRedThreadFinding, sortBySheetThenRow, sheetOrder } from '../sheets/redthread-sheet';
import { ASSESSMENT_WORDS, periodName, STATUS_WORDS } from '../words';
import { kr } from '../budget/format';
import type { Block, ReportDocument, ReportKind, TableCell } from './types';
import { texts } from './texts';
import { findNamnd, findYear } from './namnd';
import { ASSESSMENT_TONE, COUNTED_TONE, goalsPart } from './goals';
import { budgetFigures, budgetPart } from './budget';

/** What the builder reads: an `Analysis` (engine/analyze.ts) fits, and so does its plain copy. */
export interface ReportSource {
  input: WorkbookInput;
  options: ResolvedOptions;
  ctx: RuleContext;
  findings: Finding[];
}

export interface ReportOptions {
  /** ISO date the report is made (the shell's today). */
  date: string;
  /** The nämnd's name as the user gave it; else it is looked for in the workbook. */
  namnd?: string | null;
}

export function reportKind(p: Period): ReportKind {
  if (p === 't1') return 'delarsrapport';
  if (p === 't2') return 'delarsbokslut';
  if (p === 'year') return 'verksamhetsberattelse';
  return 'uppfoljning';
}

export function reportTitle(p: Period, year: number | null, lang: Lang): string {
  const t = texts(lang);
  const kind = t.kind[reportKind(p)];
  const what = p === 't1' || p === 't2' ? `${kind} ${p.toUpperCase()}` : p === 'year' ? kind : `${kind} ${periodName(p, lang)}`;
  return year ? `${what} ${year}` : what;
}

const ASSESSMENTS: Assessment[] = ['met', 'partly', 'not-met', 'not-assessed'];
const COUNTED: Counted[] = ['green', 'yellow', 'red', 'missing'];

const cell = (s: string | number, extra: Partial<TableCell> = {}): TableCell => ({ runs: [{ text: String(s) }], ...extra });

/** Goals per assessment (rows, each with its marker and word) and level (columns). */
function goalsOverview(src: ReportSource, lang: Lang): Block {
  const t = texts(lang);
  const { graph } = src.ctx;
  const counts = goalCounts(graph, src.ctx.indicators);
  const levels: { key: string; label: string }[] = [];
  for (const { node } of hierarchyOrder(graph)) {
    const n = graph.nodes[node];
    const key = n.level ?? '';
    if (!levels.some((l) => l.key === key)) levels.push({ key, label: levelLabel(n.level, lang) ?? t.goalsColumn });
  }
  levels.sort((a, b) => rankOf(src, a.key) - rankOf(src, b.key));
  const tally = (a: Assessment, level: string | null) => graph.nodes.filter((n) => (level === null || (n.level ?? '') === level) && assessGoal(counts[n.index]) === a).length;
  const several = levels.length > 1;
  return {
    kind: 'table',
    header: [t.assessment, ...levels.map((l) => l.label), ...(several ? [t.total] : [])],
    widths: [24, ...levels.map(() => 14), ...(several ? [10] : [])],
    rows: ASSESSMENTS.map((a) => {
      const tone = ASSESSMENT_TONE[a];
      return [
        { runs: [{ text: ASSESSMENT_WORDS[lang][a], bold: true }], ...(tone ? { tone } : {}) },
        ...levels.map((l) => cell(tally(a, l.key), { align: 'right' })),
        ...(several ? [cell(tally(a, null), { align: 'right' })] : []),
      ];
    }),
  };
}

/** A level's rank: its first goal's (every level listed comes from a goal). */
function rankOf(src: ReportSource, level: string): number {
  return src.ctx.graph.nodes.find((x) => (x.level ?? '') === level)!.rank;
}

function indicatorsOverview(src: ReportSource, lang: Lang): Block {
  const t = texts(lang);
  const c = countStatuses(src.ctx.indicators);
  const total = COUNTED.reduce((s, k) => s + c[k], 0);
  return {
    kind: 'table',
    header: [t.statusColumn, t.countColumn],
    widths: [24, 10],
    totalRow: true,
    rows: [
      ...COUNTED.map((k) => {
        const tone = COUNTED_TONE[k];
        return [{ runs: [{ text: STATUS_WORDS[lang][k], bold: k !== 'missing' }], ...(tone ? { tone } : {}) }, cell(c[k], { align: 'right' })];
      }),
      [cell(t.total), cell(total, { align: 'right' })],
    ],
  };
}

function overviewPart(src: ReportSource, redThread: Finding[]): Block[] {
  const lang = src.options.lang;
  const t = texts(lang);
  const out: Block[] = [
    { kind: 'heading', level: 1, text: t.overview },
    { kind: 'paragraph', runs: [{ text: t.overviewIntro(periodName(src.options.period, lang)) }] },
  ];
  if (src.ctx.graph.nodes.length) {
    out.push({ kind: 'paragraph', runs: [{ text: t.goalsByAssessment, bold: true }] });
    out.push(goalsOverview(src, lang));
    out.push({ kind: 'paragraph', style: 'note', runs: [{ text: t.rule, italic: true }] });
  }
  if (src.ctx.indicators.length) {
    out.push({ kind: 'paragraph', runs: [{ text: t.indicatorsByColour, bold: true }] });
    out.push(indicatorsOverview(src, lang));
  }
  const b = budgetFigures(src.ctx.budgets);
  if (b) out.push({ kind: 'paragraph', runs: [{ text: t.budgetSummary(b.red, b.unexplained, `${b.deviation > 0 ? '+' : ''}${kr(b.deviation, lang)}`) }] });
  if (redThread.length) out.push({ kind: 'paragraph', runs: [{ text: t.gapSummary(redThread.length), tone: 'gap' }] });
  return out;
}

function gapsPart(findings: Finding[], lang: Lang): Block[] {
  if (findings.length === 0) return [];
  const t = texts(lang);
  return [
    { kind: 'heading', level: 1, text: t.gaps, newPage: true },
    { kind: 'paragraph', runs: [{ text: t.gapsIntro }] },
    {
      kind: 'table',
      header: t.gapsHead,
      widths: [22, 16, 62],
      rows: findings.map((f) => [{ runs: [{ text: findingLabel(f.code, lang), bold: true }], tone: 'gap' }, cell(f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.sheet), cell(f.message)]),
    },
  ];
}

export function buildReportDocument(src: ReportSource, o: ReportOptions): ReportDocument {
  const lang = src.options.lang;
  const t = texts(lang);
  const period = src.options.period;
  const namnd = findNamnd(src.input, src.ctx.model, o.namnd);
  const year = findYear(src.input, src.ctx.model);
  const redThread = sortBySheetThenRow(src.findings.filter(isRedThreadFinding), sheetOrder(src.ctx));
  const file = src.input.fileName ?? null;
  return {
    lang,
    kind: reportKind(period),
    period,
    title: reportTitle(period, year, lang),
    namnd: namnd.name,
    namndSource: namnd.source,
    year,
    date: o.date,
    file,
    titleLines: [namnd.name ?? t.namndPlaceholder, t.periodLine(periodName(period, lang)), t.dateLine(o.date), ...(file ? [t.fileLine(file)] : [])],
    blocks: [
      ...overviewPart(src, redThread),
      ...goalsPart({ ctx: src.ctx, findings: src.findings, lang, year }),
      ...budgetPart(src.ctx.budgets, lang),
      ...gapsPart(redThread, lang),
      { kind: 'paragraph', style: 'note', runs: [{ text: t.madeBy, italic: true }] },
    ],
  };
}

/**
 * Per indicator: its threshold parsed and validated (or its direction, for a trend indicator),
 * which periods are due, every result coloured with its reason in words (SPEC §3), and its
 * status at the chosen period by the one period rule (./current.ts). Pure: model in, analysis out.
 */
import type { Indicator, PlanModel, ResultCell } from '../model';
import type { CellValue, Lang, Period, ResolvedOptions } from '../types';
import { PERIODS } from '../types';
import { fold, isBlank, isErrorValue, valueText } from '../cells';
import { periodMonth, readPeriodLabel } from '../periods';
import { readNumericCell } from '../numbers';
import { parseBandColumns, parseThreshold, readDirectionOnly } from '../thresholds/parse';
import { evaluate } from '../thresholds/evaluate';
import type { Threshold, ThresholdIssue, ThresholdParse } from '../thresholds/types';
import type { IndicatorAnalysis, ResultEvaluation } from './types';
import { reasonText, type ResultWhy } from './reason';
import { currentResult } from './current';
import { baselinePoint, periodPoint, previousPoint, trendStatus, type Point } from './trend';

/** Periods a combined `Resultat T1/T2/år` column stands for. */
export const COMBINED_PERIODS: readonly Period[] = ['t1', 't2', 'year'];

function sortPeriods(ps: Iterable<Period>): Period[] {
  return [...new Set(ps)].sort((a, b) => periodMonth(a) - periodMonth(b) || PERIODS.indexOf(a) - PERIODS.indexOf(b));
}

const MONTH_NAMES: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mar: 3, mars: 3, apr: 4, april: 4, maj: 5, may: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, aug: 8, augusti: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/**
 * Which periods an indicator is followed up in, from its frequency text (before the chosen period
 * is applied). `tracked` are the periods the table has result columns for (monthly indicators are
 * due in each of them). The rule:
 *  - `Månatlig`/`Månadsvis`/`monthly` → every tracked period;
 *  - `Årligen (maj)` → from May on: the months May–Dec, T2 and År (any period ending in or after May);
 *  - `Årligen`/`Årlig`/`Helår`/`yearly` → År;
 *  - `Tertial` → T1, T2, År; `Kvartal` → Q1, jun, sep, dec and År; these words anywhere in a
 *    phrase too (`Mäts varje tertial`, `Kvartalsvis uppföljning`);
 *  - otherwise the period words listed (`Delår, Helår` → T2, År; `T2, Årsbokslut 2025` → T2, År;
 *    `T1, T2, år`; `Kvartal 1, delår`), years ignored;
 *  - empty or unknown → År.
 */
export function frequencyPeriods(frequency: string | null | undefined, tracked: readonly Period[]): Period[] {
  const f = fold(frequency ?? '');
  if (/manatlig|manadsvis|varje manad|monthly|per manad|manadsrapport/.test(f)) return sortPeriods(tracked);
  const fromMonth = /(?:arligen|arlig|helar|yearly|annually|en gang per ar)\s*\(?\s*([a-z]+)/.exec(f);
  if (fromMonth && MONTH_NAMES[fromMonth[1]]) {
    const m = MONTH_NAMES[fromMonth[1]];
    return sortPeriods(PERIODS.filter((p) => periodMonth(p) >= m));
  }
  const out = new Set<Period>();
  for (const raw of f.split(/\s*(?:[,;/\n]|\boch\b|\bsamt\b|\band\b)\s*/)) {
    const tok = raw.replace(/\b(19|20)\d{2}\b/g, '').trim();
    const label = readPeriodLabel(tok);
    if (label) {
      out.add(label);
      continue;
    }
    // A frequency word anywhere in the part, as planners write it: `Mäts varje tertial`,
    // `Tertialvis uppföljning`, `Redovisas årligen`.
    const word = /(?:^|\s)(?:(arligen|arlig|arsvis|helarsvis|yearly|annually|per ar|varje ar)|(tertial|tertialvis)|(kvartal|kvartalsvis|quarterly))(?=\s|$)/.exec(tok);
    if (word?.[1]) out.add('year');
    else if (word?.[2]) ['t1', 't2', 'year'].forEach((p) => out.add(p as Period));
    else if (word?.[3]) ['q1', 'jun', 'sep', 'dec', 'year'].forEach((p) => out.add(p as Period));
  }
  return out.size ? sortPeriods(out) : ['year'];
}

/** Periods due at the chosen period: in the frequency's set and ending no later than it. */
export function duePeriods(frequency: string | null | undefined, chosen: Period, tracked: readonly Period[]): Period[] {
  const limit = periodMonth(chosen);
  return frequencyPeriods(frequency, tracked).filter((p) => periodMonth(p) <= limit);
}

/** One labelled value of a combined cell, e.g. `T2: 83`. */
export interface CombinedPart {
  period: Period;
  text: string;
}

/** Reads the label at the start of a part: `T1`, `År`, `Kvartal 1`, `Helår:`. */
function splitLabel(part: string): CombinedPart | null {
  const words = part.split(' ');
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    // readPeriodLabel reads `T1:` and `År=` as labels itself.
    const p = readPeriodLabel(words.slice(0, k).join(' '));
    if (p) return { period: p, text: words.slice(k).join(' ').replace(/^[:=]\s*/, '') };
  }
  return null;
}

/**
 * Splits a combined result cell into labelled values: `T1: 80; T2: 83`, `T1 80, T2 83, År 85`, one
 * per line. A part without a period label belongs to the one before it (so `T1: Htj 12; SÄBO 1,2`
 * stays one value). Returns null when the cell has no labels at all (a single value).
 */
export function splitCombined(text: string): CombinedPart[] | null {
  const parts = text
    .split(/\s*[;\n\r]+\s*|\s*,\s*(?=\p{L})/u)
    .map((p) => p.replace(/[\u00a0\u202f\u2007\s]+/g, ' ').trim())
    .filter((p) => p !== '');
  const out: CombinedPart[] = [];
  for (const part of parts) {
    const l = splitLabel(part);
    if (l) out.push(l);
    else if (out.length) out[out.length - 1].text += `; ${part}`;
    else return null;
  }
  return out.length ? out : null;
}

/** What the indicator is judged by: parsed thresholds, or only a direction (a trend indicator). */
interface Reading {
  parsed: ThresholdParse | null;
  threshold?: Threshold;
  /** Öka/Minska without thresholds: coloured by the trend (SPEC §3). */
  trend: 'higher' | 'lower' | null;
  issues: ThresholdIssue[];
}

function readThreshold(ind: Indicator): Reading {
  const bc = ind.bandColumns;
  let parsed: ThresholdParse | null = null;
  if (bc && [bc.green, bc.yellow, bc.red].some((x) => x !== undefined && x.trim() !== '')) {
    parsed = parseBandColumns(bc, ind.declaredDirection);
  } else if (ind.thresholdText && ind.thresholdText.trim() !== '') {
    // `Öka` written where the thresholds go is a direction, not an unreadable threshold.
    const only = readDirectionOnly(ind.thresholdText);
    if (only) {
      const conflict = ind.declaredDirection && ind.declaredDirection !== only;
      return {
        parsed: null,
        trend: only,
        issues: conflict ? [{ kind: 'direction-conflict', params: { source: 'declared', found: only, expected: ind.declaredDirection as string } }] : [],
      };
    }
    parsed = parseThreshold(ind.thresholdText, ind.declaredDirection);
  }
  if (parsed?.ok) return { parsed, threshold: parsed.threshold, trend: null, issues: [...parsed.issues] };
  return { parsed, trend: parsed === null ? ind.declaredDirection : null, issues: [] };
}

/** A value that could not be judged, as it reads (entries are never blank but when missing). */
function rawValue(v: CellValue): number | string {
  return typeof v === 'number' ? v : valueText(v).trim();
}

/** One value to judge: a result cell, or one labelled part of a combined cell, or a due gap. */
interface Entry {
  result: ResultCell;
  period: Period;
  value: CellValue;
  fmt?: string;
  missing?: boolean;
}

/** The results of the row in order: separate columns, then the combined cell's labelled parts. */
function collectEntries(ind: Indicator, due: readonly Period[], chosen: Period): Entry[] {
  // Index loops, no filtered copies: this runs for every indicator of a plan.
  let combined: ResultCell | undefined;
  const out: Entry[] = [];
  for (let k = 0; k < ind.results.length; k++) {
    const r = ind.results[k];
    if (r.period === 'combined') {
      combined ??= r;
      continue;
    }
    if (isBlank(r.value)) {
      if (due.includes(r.period)) out.push({ result: r, period: r.period, value: null, missing: true });
      continue;
    }
    out.push({ result: r, period: r.period, value: r.value, fmt: r.fmt });
  }
  if (!combined) return out;
  const seen = new Set<Period>();
  if (!isBlank(combined.value)) {
    const parts = typeof combined.value === 'string' ? splitCombined(combined.value) : null;
    if (parts) {
      for (const p of parts) {
        if (p.text === '') continue; // `T2:` with nothing after it: as if the label were absent
        seen.add(p.period);
        out.push({ result: combined, period: p.period, value: p.text });
      }
    } else {
      // A single unlabelled value counts for the chosen period.
      seen.add(chosen);
      out.push({ result: combined, period: chosen, value: combined.value, fmt: combined.fmt });
    }
  }
  for (const p of due) {
    if (seen.has(p) || ind.results.some((r) => r.period === p)) continue; // a column of its own
    if (!COMBINED_PERIODS.includes(p)) continue;
    out.push({ result: combined, period: p, value: null, missing: true });
  }
  return out;
}

/** The row's values in time order for the trend: earlier years, the baseline, this year's results. */
function rowPoints(ind: Indicator, entries: readonly Entry[]): Point[] {
  const points: Point[] = [];
  for (const h of ind.history ?? []) {
    const n = readNumericCell(h.value, h.fmt); // null for an Excel error too
    if (n) points.push(periodPoint(h.period, n.value, n.decimals, h.year));
  }
  const base = readNumericCell(ind.baseline ?? null, ind.baselineFmt);
  if (base) points.push(baselinePoint(base.value, base.decimals));
  for (const e of entries) {
    const n = readNumericCell(e.value, e.fmt); // null for a missing value or an Excel error
    if (n) points.push(periodPoint(e.period, n.value, n.decimals));
  }
  return points;
}

/**
 * What a result's value was judged, with why: an evaluation without its cell and reason, which
 * evaluation() adds. Equal values under one threshold share one (frozen, with its reason).
 */
type Judgement = Omit<ResultEvaluation, 'result' | 'period' | 'reason'> & { why: ResultWhy };

function judgeByTrend(e: Entry, want: 'higher' | 'lower', points: readonly Point[]): Judgement {
  const n = readNumericCell(e.value, e.fmt); // null for an Excel error, which rawValue shows by its code
  if (!n) return { value: rawValue(e.value), status: 'none', problem: 'unparseable', why: { kind: 'unparseable', value: rawValue(e.value) } };
  const here = periodPoint(e.period, n.value, n.decimals);
  const prev = previousPoint(here.at, points);
  if (!prev) return { value: n.value, status: 'none', problem: 'no-comparison', why: { kind: 'no-comparison', value: n.value, want } };
  return { value: n.value, status: trendStatus(want, prev, here), why: { kind: 'trend', from: prev.value, to: n.value, want } };
}

function judgeByThreshold(e: Entry, t: Threshold, ind: Indicator): Judgement {
  const ev = evaluate(t, e.value, { fmt: e.fmt, baseline: ind.baseline, baselineFmt: ind.baselineFmt });
  if ('problem' in ev) {
    return ev.missingSegments
      ? { value: ev.value, status: 'none', problem: ev.problem, missingSegments: ev.missingSegments, why: { kind: 'segment-missing', labels: ev.missingSegments } }
      : { value: ev.value, status: 'none', problem: ev.problem, why: { kind: 'unparseable', value: ev.value } };
  }
  // Every value that reaches here is non-blank, and evaluate says why for each (only a blank has none).
  return { value: ev.value, status: ev.status, why: ev.why as ResultWhy };
}

/** A judgement under a threshold with its reason: what equal values under one threshold share. */
type Verdict = Judgement & { reason: string };

/** Distinct values remembered per threshold and number format; past that, values are judged anew. */
const VERDICTS_PER_THRESHOLD = 2048;

/**
 * A result judged by its threshold, with its reason in words. A plan repeats its values under one
 * threshold (Ja/Nej, ranks, whole percentages), so equal values (with the same number format, and
 * no baseline to compare with) are judged once and share the verdict: its `why` is frozen.
 */
function judgeByThresholdWithReason(e: Entry, t: Threshold, ind: Indicator, memo: IndicatorMemo, lang: Lang): ResultEvaluation {
  const v = e.value;
  const shareable = ind.baseline === null && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean');
  const byValue = shareable ? memo.verdicts(t, e.fmt, lang) : null;
  let verdict = byValue?.get(v as number | string | boolean);
  if (!verdict) {
    const j = judgeByThreshold(e, t, ind);
    const reason = reasonText(j.why, j.status, lang);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cap bounds memory only; a value past it is judged anew, alike
    if (!byValue || byValue.size >= VERDICTS_PER_THRESHOLD) return evaluation(j, e, reason);
    byValue.set(v as number | string | boolean, (verdict = deepFreeze({ ...j, reason })));
  }
  return evaluation(verdict, e, verdict.reason);
}

/**
 * A judgement with its cell and reason, in the order the type lists them, as one literal for each
 * shape: evaluations are kept for the whole analysis, one per result, and a literal grown property
 * by property moves its properties to a second array.
 */
function evaluation(j: Judgement, e: Entry, reason: string): ResultEvaluation {
  const { result, period } = e;
  const { value, status, problem, missingSegments, why } = j;
  if (problem === undefined) return { result, period, value, status, why, reason };
  if (missingSegments === undefined) return { result, period, value, status, problem, why, reason };
  return { result, period, value, status, problem, missingSegments, why, reason };
}

/** What results without a value or a threshold rest on, shared (frozen): kept per result otherwise. */
const MISSING: ResultWhy = Object.freeze({ kind: 'missing' });
const THRESHOLD_UNREADABLE: ResultWhy = Object.freeze({ kind: 'threshold-unreadable' });
const NO_THRESHOLD: ResultWhy = Object.freeze({ kind: 'no-threshold' });

function judge(e: Entry, reading: Reading, points: readonly Point[]): Judgement {
  if (e.missing) return { value: null, status: 'none', problem: 'missing', why: MISSING };
  // A threshold's results go through judgeByThresholdWithReason (analyzeIndicator).
  if (reading.trend) return judgeByTrend(e, reading.trend, points);
  // No usable threshold: keep the value, no colour; an Excel error is still unreadable.
  const why = reading.parsed ? THRESHOLD_UNREADABLE : NO_THRESHOLD;
  if (isErrorValue(e.value)) return { value: e.value.error, status: 'none', problem: 'unparseable', why };
  return { value: rawValue(e.value), status: 'none', why };
}

/**
 * Threshold readings and follow-up periods remembered by text for one analysis: a plan repeats a
 * handful of threshold and frequency texts over all its rows, so each is parsed once. Readings are
 * frozen because the indicators with the same text share them.
 */
export class IndicatorMemo {
  /** Readings without band columns by threshold text, one per declared direction (h, l, none). */
  private readonly byText = new Map<string | null, Partial<Record<'higher' | 'lower' | 'none', Reading>>>();
  /** Readings with band columns (rare), by everything readThreshold reads. */
  private readonly withBands = new Map<string, Reading>();
  private readonly periods = new Map<readonly Period[], Map<string | null | undefined, Map<Period, readonly Period[]>>>();
  private readonly trackedBy = new Map<string, Period[]>();
  /** The last row's result periods and what they gave: rows of one table share their columns. */
  private lastPeriods: ResultCell['period'][] = [];
  private lastTracked: Period[] | null = null;
  private readonly verdictsBy = new Map<Threshold, Map<string, Map<number | string | boolean, Verdict>>>();

  /** Verdicts under threshold `t` for values with number format `fmt`, in `lang`. */
  verdicts(t: Threshold, fmt: string | undefined, lang: Lang): Map<number | string | boolean, Verdict> {
    let byFmt = this.verdictsBy.get(t);
    if (!byFmt) this.verdictsBy.set(t, (byFmt = new Map()));
    const key = fmt === undefined ? lang : `${lang}\u0000${fmt}`;
    let byValue = byFmt.get(key);
    if (!byValue) byFmt.set(key, (byValue = new Map()));
    return byValue;
  }

  reading(ind: Indicator): Reading {
    const bc = ind.bandColumns;
    const dir = ind.declaredDirection ?? 'none';
    if (!bc) {
      // Keyed by the cell's own string: its hash is kept with it, so rows sharing a text cost a lookup.
      const text = ind.thresholdText ?? null;
      let byDir = this.byText.get(text);
      if (!byDir) this.byText.set(text, (byDir = {}));
      return (byDir[dir] ??= deepFreeze(readThreshold(ind)));
    }
    // Everything readThreshold reads, unambiguously: direction, band columns, text.
    const key = JSON.stringify([dir, bc.green, bc.yellow, bc.red, ind.thresholdText]);
    let r = this.withBands.get(key);
    if (!r) this.withBands.set(key, (r = deepFreeze(readThreshold(ind))));
    return r;
  }

  /** The periods the row has result columns for (the combined column standing for T1, T2, År). */
  tracked(ind: Indicator): Period[] {
    const rs = ind.results;
    const last = this.lastPeriods;
    // Stryker disable all: a shortcut only; trackedBy below gives the same array (tests: "tracked periods")
    if (this.lastTracked && rs.length === last.length) {
      let same = true;
      for (let k = 0; k < rs.length && same; k++) same = rs[k].period === last[k];
      if (same) return this.lastTracked;
    }
    // Stryker restore all
    let key = '';
    for (const r of rs) key += `${r.period},`;
    let t = this.trackedBy.get(key);
    if (!t) {
      const periods: Period[] = [];
      for (const r of rs) if (r.period !== 'combined') periods.push(r.period);
      if (rs.some((r) => r.period === 'combined')) periods.push(...COMBINED_PERIODS);
      this.trackedBy.set(key, (t = sortPeriods(periods)));
    }
    // Stryker disable next-line ArrowFunction: as above, the shortcut's key only
    this.lastPeriods = rs.map((r) => r.period);
    this.lastTracked = t;
    return t;
  }

  /**
   * `duePeriods`, with the frequency read once per text. The array is shared by every indicator
   * with the same columns, frequency text and chosen period: read it, never change it.
   */
  due(frequency: string | null | undefined, chosen: Period, tracked: readonly Period[]): readonly Period[] {
    // `tracked` comes from tracked() above, one array per set of columns.
    let byText = this.periods.get(tracked);
    if (!byText) this.periods.set(tracked, (byText = new Map()));
    let byChosen = byText.get(frequency);
    if (!byChosen) byText.set(frequency, (byChosen = new Map()));
    let due = byChosen.get(chosen);
    if (!due) {
      const limit = periodMonth(chosen);
      byChosen.set(chosen, (due = Object.freeze(frequencyPeriods(frequency, tracked).filter((p) => periodMonth(p) <= limit))));
    }
    return due;
  }
}

function deepFreeze<T>(x: T): T {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Object.freeze and isFrozen take primitives and null too; the test only saves calls
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

export function analyzeIndicator(ind: Indicator, options: ResolvedOptions, memo = new IndicatorMemo()): IndicatorAnalysis {
  const reading = memo.reading(ind);
  const { parsed, threshold } = reading;
  const needsBaseline = threshold?.direction === 'change' && !readNumericCell(ind.baseline ?? null, ind.baselineFmt);
  // The reading's issues are shared (frozen) by every row with its text; a row of its own gets a copy.
  const thresholdIssues: readonly ThresholdIssue[] = needsBaseline
    ? [...reading.issues, { kind: 'needs-baseline', params: { baseline: valueText(ind.baseline ?? null).trim() } }]
    : reading.issues;

  const tracked = memo.tracked(ind);
  const due = memo.due(ind.frequency, options.period, tracked);

  const entries = collectEntries(ind, due, options.period);
  const points = reading.trend ? rowPoints(ind, entries) : [];
  // Sized once: an array grown by push() keeps room for 17, and one is kept per indicator.
  // Stryker disable next-line ArrayDeclaration: the length is memory only; assignment by index fills either array alike
  const results: ResultEvaluation[] = new Array(entries.length);
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (reading.threshold && !e.missing) {
      results[k] = judgeByThresholdWithReason(e, reading.threshold, ind, memo, options.lang);
      continue;
    }
    const j = judge(e, reading, points);
    results[k] = evaluation(j, e, reasonText(j.why, j.status, options.lang));
  }

  const thresholdState = parsed === null ? (reading.trend ? 'trend' : 'missing') : parsed.ok ? 'ok' : 'unparseable';
  const direction = threshold?.direction ?? reading.trend ?? ind.declaredDirection ?? null;
  const current = currentResult(results, due, options.period);
  // One literal per shape, in the order the type lists them (see evaluation()).
  if (parsed && !parsed.ok)
    return { indicator: ind, thresholdState, unparseableReason: parsed.reason, thresholdIssues, direction, results, duePeriods: due, current };
  return threshold
    ? { indicator: ind, thresholdState, threshold, thresholdIssues, direction, results, duePeriods: due, current }
    : { indicator: ind, thresholdState, thresholdIssues, direction, results, duePeriods: due, current };
}

export function analyzeIndicators(model: PlanModel, options: ResolvedOptions): IndicatorAnalysis[] {
  const memo = new IndicatorMemo();
  return model.indicators.map((ind) => analyzeIndicator(ind, options, memo));
}

/**
 * Per indicator: its threshold parsed and validated (or its direction, for a trend indicator),
 * which periods are due, every result coloured with its reason in words (SPEC §3), and its
 * status at the chosen period by the one period rule (./current.ts). Pure: model in, analysis out.
 */
import type { Indicator, PlanModel, ResultCell } from '../model';
import type { CellValue, Period, ResolvedOptions } from '../types';
import { PERIODS } from '../types';
import { fold, isBlank, isErrorValue, valueText } from '../cells';
import { periodMonth, readPeriodLabel } from '../periods';
import { readNumericCell } from '../numbers';
import { parseBandColumns, parseThreshold, readDirectionOnly } from '../thresholds/parse';
import { evaluate } from '../thresholds/evaluate';
import type { Threshold, ThresholdIssue, ThresholdParse } from '../thresholds/types';
import type { IndicatorAnalysis, ResultEvaluation } from './types';
import { reasonText } from './reason';
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
 *  - `Tertial` → T1, T2, År; `Kvartal` → Q1, jun, sep, dec and År;
 *  - otherwise the period words listed (`Delår, Helår` → T2, År; `T2, Årsbokslut 2025` → T2, År;
 *    `T1, T2, år`; `Kvartal 1, delår`), years ignored;
 *  - empty or unknown → År.
 */
export function frequencyPeriods(frequency: string | null | undefined, tracked: readonly Period[]): Period[] {
  const f = fold(frequency ?? '');
  if (f === '') return ['year'];
  if (/manatlig|manadsvis|varje manad|monthly|per manad|manadsrapport/.test(f)) return sortPeriods(tracked);
  const fromMonth = /(?:arligen|arlig|helar|yearly|annually|en gang per ar)\s*\(?\s*([a-z]+)\s*\)?/.exec(f);
  if (fromMonth && MONTH_NAMES[fromMonth[1]]) {
    const m = MONTH_NAMES[fromMonth[1]];
    return sortPeriods(PERIODS.filter((p) => periodMonth(p) >= m));
  }
  const out = new Set<Period>();
  for (const raw of f.split(/\s*(?:[,;/\n]|\boch\b|\bsamt\b|\band\b)\s*/)) {
    const tok = raw.replace(/\b(19|20)\d{2}\b/g, '').trim();
    if (tok === '') continue;
    if (/^(arligen|arlig|helarsvis|yearly|annually|varje ar|en gang per ar|1 gang per ar|ars)$/.test(tok)) out.add('year');
    else if (/^(tertial|tertialvis|per tertial)$/.test(tok)) ['t1', 't2', 'year'].forEach((p) => out.add(p as Period));
    else if (/^(kvartal|kvartalsvis|quarterly|per kvartal)$/.test(tok)) ['q1', 'jun', 'sep', 'dec', 'year'].forEach((p) => out.add(p as Period));
    else {
      const p = readPeriodLabel(tok);
      if (p) out.add(p);
    }
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
    const label = words.slice(0, k).join(' ').replace(/[:=]+$/, '');
    const p = readPeriodLabel(label);
    if (p) return { period: p, text: words.slice(k).join(' ').replace(/^[:=]\s*/, '').trim() };
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

function rawValue(v: CellValue): number | string | null {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return v;
  return valueText(v).trim();
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
  const combined = ind.results.find((r) => r.period === 'combined');
  const separate = ind.results.filter((r): r is ResultCell & { period: Period } => r.period !== 'combined');
  const out: Entry[] = [];
  for (const r of separate) {
    if (isBlank(r.value)) {
      if (due.includes(r.period)) out.push({ result: r, period: r.period, value: null, missing: true });
      continue;
    }
    out.push({ result: r, period: r.period, value: r.value, ...(r.fmt !== undefined ? { fmt: r.fmt } : {}) });
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
      out.push({ result: combined, period: chosen, value: combined.value, ...(combined.fmt !== undefined ? { fmt: combined.fmt } : {}) });
    }
  }
  for (const p of due) {
    if (seen.has(p) || separate.some((r) => r.period === p)) continue;
    if (!COMBINED_PERIODS.includes(p)) continue;
    out.push({ result: combined, period: p, value: null, missing: true });
  }
  return out;
}

/** The row's values in time order for the trend: earlier years, the baseline, this year's results. */
function rowPoints(ind: Indicator, entries: readonly Entry[]): Point[] {
  const points: Point[] = [];
  for (const h of ind.history ?? []) {
    const n = isErrorValue(h.value) ? null : readNumericCell(h.value, h.fmt);
    if (n) points.push(periodPoint(h.period, n.value, n.decimals, h.year));
  }
  const base = readNumericCell(ind.baseline ?? null, ind.baselineFmt);
  if (base) points.push(baselinePoint(base.value, base.decimals));
  for (const e of entries) {
    const n = e.missing || isErrorValue(e.value) ? null : readNumericCell(e.value, e.fmt);
    if (n) points.push(periodPoint(e.period, n.value, n.decimals));
  }
  return points;
}

type Judged = Omit<ResultEvaluation, 'reason'>;

function judgeByTrend(e: Entry, want: 'higher' | 'lower', points: readonly Point[]): Judged {
  const base = { result: e.result, period: e.period };
  if (isErrorValue(e.value)) return { ...base, value: e.value.error, status: 'none', problem: 'unparseable', why: { kind: 'unparseable', value: e.value.error } };
  const n = readNumericCell(e.value, e.fmt);
  if (!n) return { ...base, value: rawValue(e.value), status: 'none', problem: 'unparseable', why: { kind: 'unparseable', value: rawValue(e.value) } };
  const here = periodPoint(e.period, n.value, n.decimals);
  const prev = previousPoint(here.at, points);
  if (!prev) return { ...base, value: n.value, status: 'none', problem: 'no-comparison', why: { kind: 'no-comparison', value: n.value, want } };
  return { ...base, value: n.value, status: trendStatus(want, prev, here), why: { kind: 'trend', from: prev.value, to: n.value, want } };
}

function judgeByThreshold(e: Entry, t: Threshold, ind: Indicator): Judged {
  const ev = evaluate(t, e.value, { fmt: e.fmt, baseline: ind.baseline, ...(ind.baselineFmt !== undefined ? { baselineFmt: ind.baselineFmt } : {}) });
  const { result, period } = e;
  if ('problem' in ev) {
    return ev.missingSegments
      ? { result, period, value: ev.value, status: 'none', problem: ev.problem, missingSegments: ev.missingSegments, why: { kind: 'segment-missing', labels: ev.missingSegments } }
      : { result, period, value: ev.value, status: 'none', problem: ev.problem, why: { kind: 'unparseable', value: ev.value } };
  }
  // Written out rather than spread: this runs once per result of the plan.
  return ev.why ? { result, period, value: ev.value, status: ev.status, why: ev.why } : { result, period, value: ev.value, status: ev.status };
}

function judge(e: Entry, reading: Reading, ind: Indicator, points: readonly Point[]): Judged {
  if (e.missing) return { result: e.result, period: e.period, value: null, status: 'none', problem: 'missing', why: { kind: 'missing' } };
  if (reading.threshold) return judgeByThreshold(e, reading.threshold, ind);
  if (reading.trend) return judgeByTrend(e, reading.trend, points);
  // No usable threshold: keep the value, no colour; an Excel error is still unreadable.
  const why = reading.parsed ? ({ kind: 'threshold-unreadable' } as const) : ({ kind: 'no-threshold' } as const);
  if (isErrorValue(e.value)) return { result: e.result, period: e.period, value: e.value.error, status: 'none', problem: 'unparseable', why };
  return { result: e.result, period: e.period, value: rawValue(e.value), status: 'none', why };
}

/**
 * Threshold readings and follow-up periods remembered by text for one analysis: a plan repeats a
 * handful of threshold and frequency texts over all its rows, so each is parsed once. Readings are
 * frozen because the indicators with the same text share them.
 */
export class IndicatorMemo {
  private readonly readings = new Map<string, Reading>();
  private readonly periods = new Map<readonly Period[], Map<string, Period[]>>();
  private readonly trackedBy = new Map<string, Period[]>();

  reading(ind: Indicator): Reading {
    const bc = ind.bandColumns;
    // Everything readThreshold reads, unambiguously: direction letter, band columns (rare), text.
    const dir = ind.declaredDirection === 'higher' ? 'h' : ind.declaredDirection === 'lower' ? 'l' : 'n';
    const bands = bc ? `B${JSON.stringify([bc.green, bc.yellow, bc.red])}\u0000` : 'A';
    const key = `${dir}${bands}${ind.thresholdText === null || ind.thresholdText === undefined ? 'N' : `T${ind.thresholdText}`}`;
    let r = this.readings.get(key);
    if (!r) this.readings.set(key, (r = deepFreeze(readThreshold(ind))));
    return r;
  }

  /** The periods the row has result columns for (the combined column standing for T1, T2, År). */
  tracked(ind: Indicator): Period[] {
    let key = '';
    for (const r of ind.results) key += `${r.period},`;
    let t = this.trackedBy.get(key);
    if (!t) {
      const periods: Period[] = [];
      for (const r of ind.results) if (r.period !== 'combined') periods.push(r.period);
      if (ind.results.some((r) => r.period === 'combined')) periods.push(...COMBINED_PERIODS);
      this.trackedBy.set(key, (t = sortPeriods(periods)));
    }
    return t;
  }

  /** `duePeriods`, with the frequency read once per text. */
  due(frequency: string | null | undefined, chosen: Period, tracked: readonly Period[]): Period[] {
    // `tracked` comes from tracked() above, one array per set of columns.
    let byText = this.periods.get(tracked);
    if (!byText) this.periods.set(tracked, (byText = new Map()));
    let ps = byText.get(frequency ?? '');
    if (!ps) byText.set(frequency ?? '', (ps = frequencyPeriods(frequency, tracked)));
    const limit = periodMonth(chosen);
    return ps.filter((p) => periodMonth(p) <= limit);
  }
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

export function analyzeIndicator(ind: Indicator, options: ResolvedOptions, memo = new IndicatorMemo()): IndicatorAnalysis {
  const reading = memo.reading(ind);
  const { parsed, threshold } = reading;
  const thresholdIssues: ThresholdIssue[] = reading.issues.slice();
  if (threshold?.direction === 'change' && !readNumericCell(ind.baseline ?? null, ind.baselineFmt)) {
    thresholdIssues.push({ kind: 'needs-baseline', params: { baseline: valueText(ind.baseline ?? null).trim() } });
  }

  const tracked = memo.tracked(ind);
  const due = memo.due(ind.frequency, options.period, tracked);

  const entries = collectEntries(ind, due, options.period);
  const points = reading.trend ? rowPoints(ind, entries) : [];
  const results: ResultEvaluation[] = entries.map((e) => {
    const j = judge(e, reading, ind, points) as ResultEvaluation;
    j.reason = j.why ? reasonText(j.why, j.status, options.lang) : ''; // j is this result's own
    return j;
  });

  return {
    indicator: ind,
    thresholdState: parsed === null ? (reading.trend ? 'trend' : 'missing') : parsed.ok ? 'ok' : 'unparseable',
    ...(threshold ? { threshold } : {}),
    ...(parsed && !parsed.ok ? { unparseableReason: parsed.reason } : {}),
    thresholdIssues,
    direction: threshold?.direction ?? reading.trend ?? ind.declaredDirection ?? null,
    results,
    duePeriods: due,
    current: currentResult(results, due, options.period),
  };
}

export function analyzeIndicators(model: PlanModel, options: ResolvedOptions): IndicatorAnalysis[] {
  const memo = new IndicatorMemo();
  return model.indicators.map((ind) => analyzeIndicator(ind, options, memo));
}

/**
 * Per indicator: its threshold parsed and validated, which periods are due, and every result
 * coloured (SPEC §3). Pure: model in, analysis out.
 */
import type { Indicator, PlanModel, ResultCell } from '../model';
import type { CellValue, Period, ResolvedOptions } from '../types';
import { PERIODS } from '../types';
import { fold, isBlank, isErrorValue, valueText } from '../cells';
import { periodMonth, readPeriodLabel } from '../periods';
import { readNumericCell } from '../numbers';
import { parseBandColumns, parseThreshold } from '../thresholds/parse';
import { evaluate } from '../thresholds/evaluate';
import type { ThresholdIssue, ThresholdParse } from '../thresholds/types';
import type { IndicatorAnalysis, ResultEvaluation } from './types';

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

function readThreshold(ind: Indicator): ThresholdParse | null {
  const bc = ind.bandColumns;
  if (bc && [bc.green, bc.yellow, bc.red].some((x) => x !== undefined && x.trim() !== '')) {
    return parseBandColumns(bc, ind.declaredDirection);
  }
  if (ind.thresholdText && ind.thresholdText.trim() !== '') return parseThreshold(ind.thresholdText, ind.declaredDirection);
  return null;
}

function rawValue(v: CellValue): number | string | null {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return v;
  return valueText(v).trim();
}

export function analyzeIndicator(ind: Indicator, options: ResolvedOptions): IndicatorAnalysis {
  const parsed = readThreshold(ind);
  const threshold = parsed?.ok ? parsed.threshold : undefined;
  const thresholdIssues: ThresholdIssue[] = parsed?.ok ? [...parsed.issues] : [];
  if (threshold?.direction === 'change' && !readNumericCell(ind.baseline ?? null)) {
    thresholdIssues.push({ kind: 'needs-baseline', params: { baseline: valueText(ind.baseline ?? null).trim() } });
  }

  const combined = ind.results.find((r) => r.period === 'combined');
  const separate = ind.results.filter((r): r is ResultCell & { period: Period } => r.period !== 'combined');
  const tracked = sortPeriods([...separate.map((r) => r.period), ...(combined ? COMBINED_PERIODS : [])]);
  const due = duePeriods(ind.frequency, options.period, tracked);

  const results: ResultEvaluation[] = [];
  const judge = (result: ResultCell, period: Period, value: CellValue, fmt?: string): ResultEvaluation => {
    if (!threshold) {
      // No usable threshold: keep the value, no colour; an Excel error is still unreadable.
      if (isErrorValue(value)) return { result, period, value: value.error, status: 'none', problem: 'unparseable' };
      return { result, period, value: rawValue(value), status: 'none' };
    }
    const ev = evaluate(threshold, value, { fmt, baseline: ind.baseline });
    if ('problem' in ev) {
      return ev.missingSegments
        ? { result, period, value: ev.value, status: 'none', problem: ev.problem, missingSegments: ev.missingSegments }
        : { result, period, value: ev.value, status: 'none', problem: ev.problem };
    }
    return { result, period, value: ev.value, status: ev.status };
  };

  for (const r of separate) {
    if (isBlank(r.value)) {
      if (due.includes(r.period)) results.push({ result: r, period: r.period, value: null, status: 'none', problem: 'missing' });
      continue;
    }
    results.push(judge(r, r.period, r.value, r.fmt));
  }

  if (combined) {
    const seen = new Set<Period>();
    if (!isBlank(combined.value)) {
      const parts = typeof combined.value === 'string' ? splitCombined(combined.value) : null;
      if (parts) {
        for (const p of parts) {
          if (p.text === '') continue; // `T2:` with nothing after it: as if the label were absent
          seen.add(p.period);
          results.push(judge(combined, p.period, p.text));
        }
      } else {
        // A single unlabelled value counts for the chosen period.
        seen.add(options.period);
        results.push(judge(combined, options.period, combined.value, combined.fmt));
      }
    }
    for (const p of due) {
      if (seen.has(p) || separate.some((r) => r.period === p)) continue;
      if (!COMBINED_PERIODS.includes(p)) continue;
      results.push({ result: combined, period: p, value: null, status: 'none', problem: 'missing' });
    }
  }

  return {
    indicator: ind,
    thresholdState: parsed === null ? 'missing' : parsed.ok ? 'ok' : 'unparseable',
    ...(threshold ? { threshold } : {}),
    ...(parsed && !parsed.ok ? { unparseableReason: parsed.reason } : {}),
    thresholdIssues,
    results,
    duePeriods: due,
  };
}

export function analyzeIndicators(model: PlanModel, options: ResolvedOptions): IndicatorAnalysis[] {
  return model.indicators.map((ind) => analyzeIndicator(ind, options));
}

/** Shared pieces for the threshold.* and result.* rules: where to report, and words for messages. */
import type { Lang, Period } from '../types';
import type { RuleContext, RuleHit, MessageParams } from '../rules/rule';
import { fmtNum } from '../format';
import type { ThresholdIssueKind } from '../thresholds/types';
import type { IndicatorAnalysis, ResultEvaluation } from './types';
import { cellOf } from '../cells';

/** threshold.* findings go at the threshold cell, or the name cell when there is none. */
export function thresholdCell(ia: IndicatorAnalysis): { sheet: string; cell: string } {
  const r = ia.indicator.thresholdRef ?? ia.indicator.nameRef;
  return { sheet: r.sheet, cell: cellOf(r) };
}

/** The threshold as the user wrote it (free text, or the Grön/Gul/Röd columns joined). */
export function thresholdShown(ia: IndicatorAnalysis): string {
  const bc = ia.indicator.bandColumns;
  if (bc && [bc.green, bc.yellow, bc.red].some((x) => x && x.trim() !== '')) {
    return [['Grön', bc.green], ['Gul', bc.yellow], ['Röd', bc.red]]
      .filter(([, v]) => v && v.trim() !== '')
      .map(([k, v]) => `${k} ${(v ?? '').trim()}`)
      .join(' ');
  }
  return (ia.indicator.thresholdText ?? '').replace(/<[^>]{0,40}>/g, '').replace(/\s+/g, ' ').trim();
}

/** One hit per threshold issue of a kind, with the issue's values plus indicator and text. */
export function issueHits(ctx: RuleContext, kind: ThresholdIssueKind): RuleHit[] {
  const out: RuleHit[] = [];
  const all = ctx.indicators;
  for (let i = 0; i < all.length; i++) {
    const ia = all[i];
    for (let k = 0; k < ia.thresholdIssues.length; k++) {
      const issue = ia.thresholdIssues[k];
      if (issue.kind !== kind) continue;
      out.push({ ...thresholdCell(ia), params: { indicator: ia.indicator.name, text: thresholdShown(ia), ...issue.params } });
    }
  }
  return out;
}

const COLOUR: Record<Lang, Record<string, string>> = {
  sv: { green: 'Grön', yellow: 'Gul', red: 'Röd' },
  en: { green: 'Green', yellow: 'Yellow', red: 'Red' },
};
export const colourWord = (c: string | number | undefined, lang: Lang): string => COLOUR[lang][String(c)] ?? String(c ?? '');

const PERIOD: Record<Lang, Record<Period, string>> = {
  sv: {
    q1: 'kvartal 1', t1: 'T1', t2: 'T2', year: 'helår',
    jan: 'januari', feb: 'februari', mar: 'mars', apr: 'april', may: 'maj', jun: 'juni', jul: 'juli', aug: 'augusti', sep: 'september', oct: 'oktober', nov: 'november', dec: 'december',
  },
  en: {
    q1: 'quarter 1', t1: 'T1', t2: 'T2', year: 'full year',
    jan: 'January', feb: 'February', mar: 'March', apr: 'April', may: 'May', jun: 'June', jul: 'July', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December',
  },
};
export const periodWord = (p: string | number | undefined, lang: Lang): string => PERIOD[lang][String(p) as Period] ?? String(p ?? '');

/** Label users write in a combined cell for a period (`T2: 83`). */
export const periodLabel = (p: string | number | undefined): string =>
  ({ q1: 'Q1', t1: 'T1', t2: 'T2', year: 'År' } as Record<string, string>)[String(p)] ?? String(p ?? '');

/** `15–20`, or `13` when both ends are equal. */
export function span(p: MessageParams, lang: Lang): string {
  const from = Number(p.from);
  const to = Number(p.to);
  return from === to ? fmtNum(from, lang) : `${fmtNum(from, lang)}–${fmtNum(to, lang)}`;
}

/** ` (HTJ)` for a segment's issue, empty otherwise. */
export const segmentNote = (p: MessageParams): string => (p.segment ? ` (${p.segment})` : '');

/** Hits at each result cell with the given problem; `params` adds the rule's own message values. */
export function resultHits(
  ctx: RuleContext,
  problem: NonNullable<ResultEvaluation['problem']>,
  params: (ia: IndicatorAnalysis, ev: ResultEvaluation) => MessageParams,
): RuleHit[] {
  const hits: RuleHit[] = [];
  // Index loops: several rules walk every result of the plan.
  const all = ctx.indicators;
  for (let i = 0; i < all.length; i++) {
    const ia = all[i];
    for (let k = 0; k < ia.results.length; k++) {
      const ev = ia.results[k];
      if (ev.problem !== problem) continue;
      hits.push({ sheet: ev.result.ref.sheet, cell: cellOf(ev.result.ref), params: { indicator: ia.indicator.name, period: ev.period, ...params(ia, ev) } });
    }
  }
  return hits;
}

/**
 * From fetched Kolada values to edits: for each linked indicator, the year, the result cell, what
 * to write there (a number for value thresholds, a position such as `plats 40 av 290` for rank
 * thresholds, which the existing rank evaluation then judges), the ranks among all municipalities
 * and in the comparison group, and whether the cell may be written: only when it is empty, or
 * holds exactly what Planark wrote there before (a refresh). Everything else is left alone and said.
 */
import { resolveOptions } from '../analyze';
import { fold, getCell, isBlank, parseA1, cellOf } from '../cells';
import type { HistoryCell, Indicator, PlanModel, Ref, ResultCell } from '../model';
import { analyzeIndicator } from '../results/analyze-indicators';
import { reasonText } from '../results/reason';
import { pickSheetName, SHEET_TITLES } from '../sheets/naming';
import { evaluate } from '../thresholds/evaluate';
import type { Threshold } from '../thresholds/types';
import type { CellInput, Edits, GeneratedSheet, Lang, ValueEdit, WorkbookInput } from '../types';
import { findLedger, LEDGER_WIDTHS, ledgerRows, readLedger, sameValue, type LedgerEntry } from './ledger';
import { linkIndicators } from './link';
import { outcomeText } from './messages';
import { positionText, rankOf, type Better } from './rank';
import type { KoladaData, KoladaLink, Outcome } from './types';

export interface KoladaPlanOptions {
  lang: Lang;
  /** The year asked for (`--year`); otherwise the table's year, else Kolada's latest for the municipality. */
  year?: number;
}

export interface KoladaPlan {
  edits: Edits;
  outcomes: Outcome[];
}

/** A result cell Kolada's annual value can go into, as it is now. */
interface Target {
  ref: Ref;
  cell: CellInput | undefined;
  combined: boolean;
}

/** The year the table's columns name (`Utfall 2024`): only the latest year's columns are results, earlier ones history. */
export function tableYear(ind: Indicator): number | undefined {
  return ind.results.find((r) => r.year !== undefined)?.year;
}

/** The year to fetch and fill for one indicator: asked, the table's, else Kolada's latest for the municipality. */
export function chooseYear(ind: Indicator, series: Record<number, number> | undefined, asked?: number): number | undefined {
  const years = Object.keys(series ?? {}).map(Number);
  return asked ?? tableYear(ind) ?? (years.length ? Math.max(...years) : undefined);
}

/**
 * The cell for an annual value of `year`: where the table labels columns by year, the full-year
 * column of that year (an earlier year's history column included); otherwise the full-year column
 * (`Resultat år`, `Helår`), else the combined `Resultat T1/T2/år`.
 */
export function targetCell(input: WorkbookInput, ind: Indicator, year: number): Target | null {
  const sheet = input.sheets.find((s) => s.name === ind.sheet)!;
  const at = (r: ResultCell | HistoryCell | undefined): Target | null => (r ? { ref: r.ref, cell: getCell(sheet, r.ref.r, r.ref.c), combined: r.period === 'combined' } : null);
  const fullYear = (r: { period: string; year?: number }) => r.period === 'year' && r.year === year;
  if (tableYear(ind) !== undefined) return at(ind.results.find(fullYear) ?? ind.history?.find(fullYear));
  return at(ind.results.find((r) => r.period === 'year') ?? ind.results.find((r) => r.period === 'combined'));
}

/** Explicit words for which end is best, anywhere in the threshold text or the name. */
export function betterFromWords(text: string): Better | null {
  const t = fold(text);
  if (/\b(hogre|hogt|storre|mer) (varde )?(ar|=) (battre|bast|bra)\b|\bhigher is better\b/.test(t)) return 'higher';
  if (/\b(lagre|lagt|mindre) (varde )?(ar|=) (battre|bast|bra)\b|\blower is better\b/.test(t)) return 'lower';
  return null;
}

/** `Jämförbara kommuner`, `liknande kommuner`: the plan ranks within a group, not the whole country. */
export function comparesWithGroup(ind: Indicator): boolean {
  const t = fold(`${ind.name} ${ind.thresholdText} ${ind.source}`);
  return /\b(jamforbara|liknande|jamforelse) ?kommuner\b|\bjamforelsegrupp|\b(comparable|similar) municipalities\b/.test(t);
}

/** A percent number format scales by 100 (`0%`); a quoted `"%"` is only a character. */
export function percentFormat(fmt: string | undefined): boolean {
  // Stryker disable next-line StringLiteral: equivalent, a text without % in place of either empty text changes nothing
  return /%/.test((fmt ?? '').replace(/"[^"]*"/g, ''));
}

/** Kommuner to rank among: type K (not regions, not Riket); where Kolada gave no type, four digits not starting 00. */
export function kommunIds(data: KoladaData): string[] {
  return data.municipalities.filter((m) => (m.type ? m.type === 'K' : /^\d{4}$/.test(m.id) && !m.id.startsWith('00'))).map((m) => m.id);
}

/**
 * Which end ranks first: the thresholds' own direction (a change threshold's wanted change), else —
 * for rank and yes/no thresholds, or none — the declared Öka/Minska or explicit words.
 */
function betterOf(t: Threshold | undefined, ind: Indicator, direction: string | null): Better | null {
  if (t?.direction === 'change') {
    // Stryker disable next-line StringLiteral: the threshold parser always states a change threshold's better side
    return t.better ?? 'higher';
  }
  if (direction === 'higher' || direction === 'lower') return direction;
  return ind.declaredDirection ?? betterFromWords(`${ind.thresholdText} ${ind.name}`);
}

/** How the value will be judged by the indicator's thresholds: `13,8 % ≤ 25 % (Grön)`. */
function judge(t: Threshold | undefined, v: number | string, target: Target, ind: Indicator, lang: Lang): Pick<Outcome, 'status' | 'reason'> {
  if (!t) return {};
  const e = evaluate(t, v, { fmt: target.cell?.fmt, baseline: ind.baseline, baselineFmt: ind.baselineFmt }) as { status?: Outcome['status'] | 'none'; why?: Parameters<typeof reasonText>[0] };
  return e.status && e.status !== 'none' ? { status: e.status, reason: reasonText(e.why!, e.status, lang) } : {};
}

type Decided = { problem: Outcome } | { outcome: Omit<Outcome, 'kind'>; write: number | string; target: Target };

/** Everything about one link except whether its cell may be written. */
function decide(input: WorkbookInput, model: PlanModel, data: KoladaData, link: KoladaLink, opts: KoladaPlanOptions, kommuner: string[]): Decided {
  const ind = model.indicators[link.index];
  const base = { sheet: link.at.sheet, cell: cellOf(link.at), indicator: ind.name, kpi: link.kpi };
  if (!data.kpis[link.kpi]) return { problem: { ...base, kind: 'unknown-kpi' } };
  const series = data.series[link.kpi];
  const year = chooseYear(ind, series, opts.year);
  if (year === undefined) return { problem: { ...base, kind: 'no-data' } };
  const value = series?.[year];
  if (value === undefined) return { problem: { ...base, kind: 'no-data', year } };
  const target = targetCell(input, ind, year);
  if (!target) return { problem: { ...base, kind: 'no-target', year, value } };

  const a = analyzeIndicator(ind, resolveOptions());
  const t = a.threshold;
  const better = betterOf(t, ind, a.direction);
  const field = data.field[link.kpi]?.[year] ?? {};
  const rank = better && rankOf(field, data.municipality.id, better, kommuner);
  const groupRank = better && data.group && rankOf(field, data.municipality.id, better, data.group.members);
  const outcome = { ...base, sheet: target.ref.sheet, cell: cellOf(target.ref), year, value, ...(better ? { better } : {}), ...(rank ? { rank } : {}), ...(groupRank ? { groupRank } : {}) };
  const label = (x: string) => (target.combined ? `${opts.lang === 'sv' ? 'År' : 'Year'}: ${x}` : x);

  if (t?.direction === 'rank') {
    if (!better) return { problem: { ...outcome, kind: 'no-direction' } };
    if (!data.group && comparesWithGroup(ind)) return { problem: { ...outcome, kind: 'needs-group' } };
    const r = data.group ? groupRank : rank;
    if (!r) return { problem: { ...outcome, kind: 'not-ranked' } };
    const text = positionText(r, opts.lang);
    return { outcome: { ...outcome, ...judge(t, text, target, ind, opts.lang) }, write: label(text), target };
  }
  if (t?.direction === 'segments' || (t?.direction === 'yes-no' && !t.share)) return { problem: { ...outcome, kind: 'unsupported' } };
  const n = percentFormat(target.cell?.fmt) ? value / 100 : value;
  return { outcome: { ...outcome, ...judge(t, n, target, ind, opts.lang) }, write: target.combined ? label(opts.lang === 'sv' ? String(n).replace('.', ',') : String(n)) : n, target };
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** A cell named in the Kolada sheet, as it is now; undefined when its sheet or address is gone. */
function cellNamed(input: WorkbookInput, e: LedgerEntry): CellInput | undefined {
  const sheet = input.sheets.find((s) => s.name === e.sheet);
  if (!sheet || !/^[A-Z]{1,3}\d+$/.test(e.cell)) return undefined;
  const { r, c } = parseA1(e.cell);
  return getCell(sheet, r, c);
}

/** Still Planark's: the cell holds the value written there, and no formula. */
function stillOurs(cell: CellInput | undefined, written: number | string): boolean {
  return cell?.f === undefined && sameValue(cell?.v ?? null, written);
}

/** Plans the values to write and Planark's Kolada sheet. Pure: `data` is what the client fetched. */
export function planKolada(input: WorkbookInput, model: PlanModel, data: KoladaData, opts: KoladaPlanOptions): KoladaPlan {
  const { links, problems } = linkIndicators(input, model);
  const ledgerSheet = findLedger(input);
  const before = new Map(readLedger(ledgerSheet).map((e) => [key(e.sheet, e.cell), e]));
  const kommuner = kommunIds(data);
  const outcomes: Outcome[] = [];
  const values: ValueEdit[] = [];
  const touched = new Set<string>();
  const byIndicator = new Map<number, KoladaLink>(links.map((l) => [l.index, l]));
  const problemOf = new Map(problems.map((p) => [p.index, p]));

  // In the workbook's order: indicator by indicator.
  model.indicators.forEach((ind, index) => {
    const p = problemOf.get(index);
    if (p) outcomes.push({ kind: 'bad-link', sheet: p.at.sheet, cell: cellOf(p.at), indicator: ind.name, text: p.text });
    const link = byIndicator.get(index);
    if (!link) return;
    const d = decide(input, model, data, link, opts, kommuner);
    if ('problem' in d) {
      outcomes.push(d.problem);
      return;
    }
    const k = key(d.target.ref.sheet, cellOf(d.target.ref));
    touched.add(k);
    const mine = before.get(k);
    const now = d.target.cell?.v ?? null;
    const kind: Outcome['kind'] =
      d.target.cell?.f === undefined && isBlank(now) ? 'written' : mine && stillOurs(d.target.cell, mine.written) ? (sameValue(now, d.write) ? 'unchanged' : 'refreshed') : 'kept';
    outcomes.push(kind === 'kept' ? { ...d.outcome, kind } : { ...d.outcome, kind, written: d.write });
    if (kind === 'written' || kind === 'refreshed') values.push({ sheet: d.target.ref.sheet, cell: cellOf(d.target.ref), value: d.write });
  });

  // Cells written before and not targeted now stay Planark's while they still hold that value.
  const carried = [...before.values()].filter((e) => !touched.has(key(e.sheet, e.cell)) && stillOurs(cellNamed(input, e), e.written));
  const sheet: GeneratedSheet = {
    kind: 'kolada',
    name: ledgerSheet?.name ?? pickSheetName(SHEET_TITLES.kolada[opts.lang], new Set(input.sheets.map((s) => s.name)), new Set()),
    rows: ledgerRows(data, outcomes, carried, opts.lang, (o) => outcomeText(o, opts.lang)),
    colWidths: LEDGER_WIDTHS,
    freezeRows: 6,
  };
  return { edits: { fills: [], sheets: [sheet], values }, outcomes };
}

/** The key figures the workbook links to, and (given the municipality's own values) the years each one needs. */
export function koladaRequest(input: WorkbookInput, model: PlanModel, asked?: number): { kpis: string[]; years: (series: KoladaData['series']) => Record<string, number[]> } {
  const { links } = linkIndicators(input, model);
  return {
    kpis: [...new Set(links.map((l) => l.kpi))],
    years: (series) => {
      const out: Record<string, Set<number>> = {};
      for (const l of links) {
        const y = chooseYear(model.indicators[l.index], series[l.kpi], asked);
        if (y !== undefined) (out[l.kpi] ??= new Set()).add(y);
      }
      return Object.fromEntries(Object.entries(out).map(([k, ys]) => [k, [...ys]]));
    },
  };
}

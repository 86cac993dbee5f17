/**
 * From fetched Kolada values to edits: for each linked indicator, the year, the result cell, what
 * to write there (a number for value thresholds, a position such as `plats 40 av 290` for rank
 * thresholds, which the existing rank evaluation then judges), the ranks among all municipalities
 * and in the comparison group, and whether the cell may be written: only when it is empty, or
 * holds exactly what Planark wrote there before (a refresh). Everything else is left alone and said.
 */
import { resolveOptions } from '../analyze';
import { fold, getCell, isBlank } from '../cells';
import type { HistoryCell, Indicator, PlanModel, Ref, ResultCell } from '../model';
import { analyzeIndicator } from '../results/analyze-indicators';
import { reasonText } from '../results/reason';
import { evaluate } from '../thresholds/evaluate';
import type { Threshold } from '../thresholds/types';
import { pickSheetName, SHEET_TITLES } from '../sheets/naming';
import type { CellValue, Edits, GeneratedSheet, Lang, ValueEdit, WorkbookInput } from '../types';
import { cellOrder, findLedger, LEDGER_WIDTHS, ledgerRows, readLedger, sameValue, type LedgerEntry } from './ledger';
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

/** A result cell Kolada's annual value can go into. */
interface Target {
  ref: Ref;
  fmt?: string;
  value: CellValue;
  formula: boolean;
  combined: boolean;
}

const ANNUAL = new Set(['year', 'combined']);

/** The year a table's own columns name for the full-year result (`Utfall 2024`), the latest if several. */
export function tableYear(ind: Indicator): number | undefined {
  const years = ind.results.filter((r) => r.year !== undefined && ANNUAL.has(r.period)).map((r) => r.year!);
  return years.length ? Math.max(...years) : undefined;
}

/** The year to fetch and fill for one indicator. */
export function chooseYear(ind: Indicator, series: Record<number, number> | undefined, asked?: number): number | undefined {
  if (asked !== undefined) return asked;
  const own = tableYear(ind);
  if (own !== undefined) return own;
  const years = Object.keys(series ?? {}).map(Number);
  return years.length ? Math.max(...years) : undefined;
}

/**
 * The cell for an annual value of `year`: where the table labels columns by year, the full-year
 * column of that year (history columns included); otherwise the full-year column (`Resultat år`,
 * `Helår`), else the combined `Resultat T1/T2/år`.
 */
export function targetCell(input: WorkbookInput, ind: Indicator, year: number): Target | null {
  const sheet = input.sheets.find((s) => s.name === ind.sheet);
  const cellOf = (r: ResultCell | HistoryCell, combined: boolean): Target => {
    const c = sheet ? getCell(sheet, r.ref.r, r.ref.c) : undefined;
    return { ref: r.ref, ...(c?.fmt !== undefined ? { fmt: c.fmt } : {}), value: c?.v ?? null, formula: c?.f !== undefined, combined };
  };
  const labelled = ind.results.some((r) => r.year !== undefined) || (ind.history?.length ?? 0) > 0;
  if (labelled) {
    const current = ind.results.find((r) => r.year === year && ANNUAL.has(r.period));
    if (current) return cellOf(current, current.period === 'combined');
    const past = ind.history?.find((h) => h.year === year && h.period === 'year');
    return past ? cellOf(past, false) : null;
  }
  const full = ind.results.find((r) => r.period === 'year');
  if (full) return cellOf(full, false);
  const combined = ind.results.find((r) => r.period === 'combined');
  return combined ? cellOf(combined, true) : null;
}

/** Explicit words for which end is best, anywhere in the threshold text or the name. */
function betterFromWords(text: string): Better | null {
  const t = fold(text);
  if (/\b(hogre|hogt|storre|mer) (varde )?(ar|=) (battre|bast|bra)\b|\bhigher is better\b/.test(t)) return 'higher';
  if (/\b(lagre|lagt|mindre) (varde )?(ar|=) (battre|bast|bra)\b|\blower is better\b/.test(t)) return 'lower';
  return null;
}

/** `Jämförbara kommuner`, `liknande kommuner`: the plan ranks within a group, not the whole country. */
function comparesWithGroup(ind: Indicator): boolean {
  const t = fold([ind.name, ind.thresholdText ?? '', ind.source ?? ''].join(' '));
  return /\b(jamforbara|liknande|jamforelse) ?kommuner\b|\bjamforelsegrupp|\b(comparable|similar) municipalities\b/.test(t);
}

function percentFormat(fmt: string | undefined): boolean {
  return !!fmt && /%/.test(fmt.replace(/"[^"]*"/g, ''));
}

/** Kommuner (type K; Riket and the regions are not municipalities to rank among). */
function kommunIds(data: KoladaData): string[] {
  const ks = data.municipalities.filter((m) => m.type === 'K').map((m) => m.id);
  return ks.length ? ks : data.municipalities.map((m) => m.id).filter((id) => /^\d{4}$/.test(id) && !id.startsWith('00'));
}

interface Decided {
  outcome: Omit<Outcome, 'kind'> & { kind?: Outcome['kind'] };
  /** The value to write into the cell (a combined cell gets `År: …`). */
  write?: number | string;
  target?: Target;
}

/** Everything about one link except whether its cell may be written. */
function decide(input: WorkbookInput, model: PlanModel, data: KoladaData, link: KoladaLink, opts: KoladaPlanOptions, kommuner: string[]): Decided {
  const ind = model.indicators[link.index];
  const base = { sheet: link.at.sheet, cell: link.at.cell, indicator: ind.name, kpi: link.kpi };
  if (!data.kpis[link.kpi]) return { outcome: { ...base, kind: 'unknown-kpi' } };
  const series = data.series[link.kpi];
  const year = chooseYear(ind, series, opts.year);
  const value = year === undefined ? undefined : series?.[year];
  if (year === undefined || value === undefined) return { outcome: { ...base, kind: 'no-data', ...(year !== undefined ? { year } : {}) } };
  const target = targetCell(input, ind, year);
  if (!target) return { outcome: { ...base, kind: 'no-target', year, value } };
  const at = { ...base, sheet: target.ref.sheet, cell: target.ref.cell, year, value };

  const a = analyzeIndicator(ind, resolveOptions({ lang: opts.lang }));
  const t = a.threshold;
  const declared = ind.declaredDirection ?? betterFromWords(`${ind.thresholdText ?? ''} ${ind.name}`);
  const better: Better | null =
    t && (t.direction === 'higher' || t.direction === 'lower') ? t.direction : t?.direction === 'change' ? (t.better ?? 'higher') : (declared ?? (a.direction === 'higher' || a.direction === 'lower' ? a.direction : null));
  const field = data.field[link.kpi]?.[year] ?? {};
  const rank = better ? rankOf(field, data.municipality.id, better, kommuner) : null;
  const groupRank = better && data.group ? rankOf(field, data.municipality.id, better, data.group.members) : null;
  const outcome = { ...at, ...(better ? { better } : {}), ...(rank ? { rank } : {}), ...(groupRank ? { groupRank } : {}) };

  if (t?.direction === 'rank') {
    if (!better) return { outcome: { ...outcome, kind: 'no-direction' } };
    if (!data.group && comparesWithGroup(ind)) return { outcome: { ...outcome, kind: 'needs-group' } };
    const r = data.group ? groupRank : rank;
    if (!r) return { outcome: { ...outcome, kind: 'not-ranked' } };
    const text = positionText(r, opts.lang);
    return { outcome: { ...outcome, ...judge(t, text, target, ind, opts.lang) }, write: target.combined ? `${opts.lang === 'sv' ? 'År' : 'Year'}: ${text}` : text, target };
  }
  if (t?.direction === 'segments' || (t?.direction === 'yes-no' && !t.share)) return { outcome: { ...outcome, kind: 'unsupported' } };
  const n = percentFormat(target.fmt) ? value / 100 : value;
  const judged = t ? judge(t, n, target, ind, opts.lang) : {};
  return { outcome: { ...outcome, ...judged }, write: target.combined ? `${opts.lang === 'sv' ? 'År' : 'Year'}: ${String(n).replace('.', opts.lang === 'sv' ? ',' : '.')}` : n, target };
}

/** How the value will be judged by the indicator's thresholds: `13,8 % ≤ 25 % (Grön)`. */
function judge(t: Threshold, v: number | string, target: Target, ind: Indicator, lang: Lang): Pick<Outcome, 'status' | 'reason'> {
  const e = evaluate(t, v, { ...(target.fmt ? { fmt: target.fmt } : {}), baseline: ind.baseline ?? null, ...(ind.baselineFmt ? { baselineFmt: ind.baselineFmt } : {}) });
  if (!('status' in e) || e.status === 'none' || !e.why) return {};
  return { status: e.status, reason: reasonText(e.why, e.status, lang) };
}

/** Empty as far as filling goes: no value and no formula. */
function isEmpty(t: Target): boolean {
  return !t.formula && isBlank(t.value);
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell.toUpperCase()}`;

/** Plans the values to write and Planark's Kolada sheet. Pure: `data` is what the client fetched. */
export function planKolada(input: WorkbookInput, model: PlanModel, data: KoladaData, opts: KoladaPlanOptions): KoladaPlan {
  const { links, problems } = linkIndicators(input, model);
  const ledgerSheet = findLedger(input);
  const before = new Map(readLedger(ledgerSheet).map((e) => [key(e.sheet, e.cell), e]));
  const kommuner = kommunIds(data);
  const outcomes: Outcome[] = [];
  const values: ValueEdit[] = [];
  const touched = new Set<string>();

  for (const p of problems) {
    outcomes.push({ kind: 'bad-link', sheet: p.at.sheet, cell: p.at.cell, indicator: model.indicators[p.index].name, text: p.text });
  }
  for (const link of links) {
    const d = decide(input, model, data, link, opts, kommuner);
    if (d.outcome.kind || d.write === undefined || !d.target) {
      outcomes.push(d.outcome as Outcome);
      continue;
    }
    const k = key(d.target.ref.sheet, d.target.ref.cell);
    touched.add(k);
    const mine = before.get(k);
    let kind: Outcome['kind'];
    if (isEmpty(d.target)) kind = 'written';
    else if (mine && !d.target.formula && sameValue(d.target.value, mine.written)) kind = sameValue(d.target.value, d.write) ? 'unchanged' : 'refreshed';
    else kind = 'kept';
    outcomes.push({ ...d.outcome, kind, ...(kind !== 'kept' ? { written: d.write } : {}) } as Outcome);
    if (kind === 'written' || kind === 'refreshed') values.push({ sheet: d.target.ref.sheet, cell: d.target.ref.cell, value: d.write });
  }

  // Cells written before and not targeted now stay Planark's while they still hold that value.
  const carried: LedgerEntry[] = [];
  for (const [k, e] of before) {
    if (touched.has(k)) continue;
    const s = input.sheets.find((x) => x.name === e.sheet);
    const m = /^([A-Z]+)(\d+)$/.exec(e.cell);
    if (!s || !m) continue;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    const cell = getCell(s, Number(m[2]) - 1, c - 1);
    if (cell?.f === undefined && sameValue(cell?.v ?? null, e.written)) carried.push(e);
  }

  const order = cellOrder(input);
  outcomes.sort(order);
  carried.sort(order);
  const sheet = ledger(input, data, outcomes, carried, opts.lang, ledgerSheet?.name);
  return { edits: { fills: [], sheets: [sheet], values }, outcomes };
}

function ledger(input: WorkbookInput, data: KoladaData, outcomes: Outcome[], carried: LedgerEntry[], lang: Lang, existing: string | undefined): GeneratedSheet {
  const taken = new Set(input.sheets.map((s) => s.name));
  const owned = new Set(input.ownedSheets);
  // Never take over another of Planark's sheets (a Sammanställning renamed `Kolada`, say).
  if (!existing) for (const s of input.sheets) if (owned.has(s.name)) owned.delete(s.name);
  const name = existing ?? pickSheetName(SHEET_TITLES.kolada[lang], taken, owned);
  return {
    kind: 'kolada',
    name,
    rows: ledgerRows(data, outcomes, carried, lang, (o) => outcomeText(o, lang)),
    colWidths: LEDGER_WIDTHS,
    freezeRows: 6,
  };
}

/** The key figures the workbook links to, and (given the municipality's own values) the years each one needs. */
export function koladaRequest(input: WorkbookInput, model: PlanModel, asked?: number): { kpis: string[]; years: (series: KoladaData['series']) => Record<string, number[]> } {
  const { links } = linkIndicators(input, model);
  return {
    kpis: [...new Set(links.map((l) => l.kpi))],
    years: (series) => {
      const out: Record<string, number[]> = {};
      for (const l of links) {
        const y = chooseYear(model.indicators[l.index], series[l.kpi], asked);
        if (y !== undefined && !(out[l.kpi] ??= []).includes(y)) out[l.kpi].push(y);
      }
      return out;
    },
  };
}

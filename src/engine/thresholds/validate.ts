/**
 * Turns bounds as written into a numeric threshold (deciding the better direction) and finds what
 * is wrong with it: contradicting directions, overlapping bands, gaps, no yellow band (SPEC §3).
 */
import type { Status } from '../types';
import type { Band, Bound, Classified, NumericThreshold, ThresholdIssue } from './types';

export type Colour = Exclude<Status, 'none'>;

/** A bound as written; `bare` is a plain number whose side depends on the direction. */
export interface RawBound {
  op: Bound['op'] | 'bare';
  value: number;
  to?: number;
  decimals: number;
}

export interface RawBand {
  status: Colour;
  bound: RawBound;
}

const ORDER: Record<Colour, number> = { green: 0, yellow: 1, red: 2 };

/** Which side an explicit word or symbol puts the band on, read as "this band is above/below". */
function sideOf(op: RawBound['op']): 'above' | 'below' | null {
  if (op === '>=' || op === '>') return 'above';
  if (op === '<=' || op === '<') return 'below';
  return null;
}

/** The direction a band's explicit words imply: green/yellow above → higher; red above → lower. */
function wordDirection(b: RawBand): 'higher' | 'lower' | null {
  const side = sideOf(b.bound.op);
  if (!side) return null;
  const up = side === 'above';
  return b.status === 'red' ? (up ? 'lower' : 'higher') : up ? 'higher' : 'lower';
}

/** The numbers a bound names, low to high: a range's two ends, or its one value (only ranges have `to`). */
function span(b: RawBound): [number, number] {
  const to = b.to ?? b.value;
  return [Math.min(b.value, to), Math.max(b.value, to)];
}

/** Direction from the order of two bands (`better` should be the better colour). */
function orderDirection(better: RawBound, worse: RawBound): 'higher' | 'lower' | null {
  // The middles decide, whether the bands lie apart or overlap (an overlap is reported separately):
  // compared as sums of the two ends, which is the same comparison without the halving.
  const [a1, a2] = span(better);
  const [b1, b2] = span(worse);
  const a = a1 + a2;
  const b = b1 + b2;
  return a > b ? 'higher' : a < b ? 'lower' : null;
}

export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // Half away from zero, as Excel rounds.
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

/** Interval of a resolved bound: [lo, hi] with open/closed ends. */
interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

// Whether an end at infinity is open or closed never matters: no number reaches it.
// Stryker disable next-line BooleanLiteral: the end at +Infinity is never reached, open or closed.
const above = (lo: number, loOpen: boolean): Interval => ({ lo, hi: Infinity, loOpen, hiOpen: true });
// Stryker disable next-line BooleanLiteral: the end at -Infinity is never reached, open or closed.
const below = (hi: number, hiOpen: boolean): Interval => ({ lo: -Infinity, hi, loOpen: true, hiOpen });

function intervalOf(b: Bound): Interval {
  switch (b.op) {
    case '>=':
      return above(b.value, false);
    case '>':
      return above(b.value, true);
    case '<=':
      return below(b.value, false);
    case '<':
      return below(b.value, true);
    default: {
      const [lo, hi] = span(b);
      return { lo, hi, loOpen: false, hiOpen: false };
    }
  }
}

/** Whether `x` lies in the interval. */
function inside(iv: Interval, x: number): boolean {
  return (iv.loOpen ? x > iv.lo : x >= iv.lo) && (iv.hiOpen ? x < iv.hi : x <= iv.hi);
}

/** Precision step of the thresholds (whole numbers → 1, one decimal → 0.1). */
export function stepOf(decimals: number): number {
  return 10 ** -decimals;
}

/**
 * Decides the direction and resolves bare numbers, then validates. Word directions win over the
 * order of the numbers; a declared Öka/Minska is only used when neither says anything.
 */
export function resolveNumeric(
  raw: RawBand[],
  declared: 'higher' | 'lower' | null | undefined,
  unit: '%' | '',
  opts: { label?: string } = {},
): { threshold: NumericThreshold; issues: ThresholdIssue[] } {
  const issues: ThresholdIssue[] = [];
  const seg: Record<string, string> = opts.label ? { segment: opts.label } : {};
  const bands = [...raw].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const words = new Set(bands.map(wordDirection).filter((d): d is 'higher' | 'lower' => d !== null));
  let order: 'higher' | 'lower' | null = null;
  for (let i = 0; i + 1 < bands.length && order === null; i++) {
    order = orderDirection(bands[i].bound, bands[i + 1].bound);
  }
  let direction: 'higher' | 'lower';
  if (words.size === 2) {
    issues.push({ kind: 'direction-conflict', params: { ...seg, source: 'words', found: 'higher', expected: 'lower' } });
    direction = order ?? declared ?? 'higher';
  } else if (words.size === 1) {
    direction = [...words][0];
    if (order && order !== direction) {
      issues.push({ kind: 'direction-conflict', params: { ...seg, source: 'order', found: order, expected: direction } });
    }
  } else {
    direction = order ?? declared ?? 'higher';
  }
  // One conflict is enough: only a direction conflict can have been found so far.
  if (declared && declared !== direction && issues.length === 0) {
    issues.push({ kind: 'direction-conflict', params: { ...seg, source: 'declared', found: direction, expected: declared } });
  }

  const resolved: Band[] = bands.map((b) => {
    const { op, value, to, decimals } = b.bound;
    if (op !== 'bare') return { status: b.status, bound: to === undefined ? { op, value, decimals } : { op, value, to, decimals } };
    // Bare numbers: green/yellow are the better side's edge; red is the worse side.
    const up = b.status === 'red' ? direction === 'lower' : direction === 'higher';
    return { status: b.status, bound: { op: up ? '>=' : '<=', value, decimals } };
  });

  const green = resolved.find((b) => b.status === 'green');
  const yellow = resolved.find((b) => b.status === 'yellow');
  const noYellow = !!(green && yellow) && String(span(green.bound)) === String(span(yellow.bound));
  if (noYellow) issues.push({ kind: 'no-yellow-band', params: { ...seg, value: span(green.bound)[0] } });

  // Overlap: any two bands that share values, except cascading half-lines (`Grön 82 Gul 76`) and
  // a yellow band written as green is (reported above). Bands are sorted, so `b` comes after `a`.
  const pairs = resolved.flatMap((a, i) => resolved.slice(i + 1).map((b) => [a, b] as const));
  for (const [a, b] of pairs) {
    const sa = sideOf(a.bound.op);
    if (sa && sa === sideOf(b.bound.op)) continue;
    if (noYellow && b === yellow) continue;
    const ia = intervalOf(a.bound);
    const ib = intervalOf(b.bound);
    const lo = Math.max(ia.lo, ib.lo);
    const hi = Math.min(ia.hi, ib.hi);
    // Values in between (lo < hi), or the one value lo = hi where both reach it.
    if (lo < hi || (inside(ia, lo) && inside(ib, lo))) {
      issues.push({ kind: 'overlap', params: { ...seg, a: a.status, b: b.status, from: round(lo, 6), to: round(hi, 6) } });
    }
  }

  // Gaps between neighbouring bands, at the precision the two bounds are written in: the steps
  // between the upper band's lowest value and the lower band's highest. A half-line's end at
  // infinity never makes a gap (the difference is -Infinity or NaN).
  for (let i = 0; i + 1 < resolved.length; i++) {
    const better = resolved[i];
    const worse = resolved[i + 1];
    const step = stepOf(Math.max(better.bound.decimals, worse.bound.decimals));
    const [up, down] = direction === 'higher' ? [intervalOf(better.bound), intervalOf(worse.bound)] : [intervalOf(worse.bound), intervalOf(better.bound)];
    const bottom = up.loOpen ? up.lo + step : up.lo;
    const top = down.hiOpen ? down.hi - step : down.hi;
    if (Math.round((bottom - top) / step) > 1) {
      const [from, to] = [round(top + step, 6), round(bottom - step, 6)];
      issues.push({ kind: 'gap', params: { ...seg, a: better.status, b: worse.status, from, to } });
    }
  }

  return { threshold: { direction, unit, bands: resolved }, issues };
}

/** Highest number of decimals any bound is written with. */
export function precisionOf(bands: Band[]): number {
  return bands.reduce((m, b) => Math.max(m, b.bound.decimals), 0);
}

/** What classifying against one threshold needs, worked out once per threshold. */
interface BandPlan {
  decimals: number;
  /** Each band's interval, green reaching to the better end and red to the worse end. */
  inner: { b: Band; iv: Interval }[];
  /** The worst written edge (of the non-red bands) a number must reach to be an implied red. */
  edge: { limit: number; band: Band } | null;
}

function bandPlan(t: NumericThreshold): BandPlan {
  const higher = t.direction === 'higher';
  const inner = t.bands.map((b) => {
    const iv = intervalOf(b.bound);
    if (b.status === 'green') {
      if (higher) iv.hi = Infinity;
      else iv.lo = -Infinity;
    }
    if (b.status === 'red') {
      if (higher) iv.lo = -Infinity;
      else iv.hi = Infinity;
    }
    return { b, iv };
  });
  const worst = t.bands.filter((b) => b.status !== 'red');
  if (worst.length === 0) return { decimals: precisionOf(t.bands), inner, edge: null };
  const edges = worst.map((b) => ({ b, iv: intervalOf(b.bound) }));
  const limit = higher ? Math.min(...edges.map((e) => e.iv.lo)) : Math.max(...edges.map((e) => e.iv.hi));
  const at = edges.filter((e) => (higher ? e.iv.lo : e.iv.hi) === limit);
  return { decimals: precisionOf(t.bands), inner, edge: { limit, band: at[at.length - 1].b } };
}

// Parsed thresholds that many results share are frozen (one analysis reads each text once):
// their plan is kept beside them.
const PLANS = new WeakMap<Band[], { higher?: BandPlan; lower?: BandPlan }>();

function planOf(t: NumericThreshold): BandPlan {
  if (!Object.isFrozen(t.bands)) return bandPlan(t);
  let byDir = PLANS.get(t.bands);
  // Stryker disable next-line ConditionalExpression: a fresh cache entry each time gives the same plans, only slower.
  if (!byDir) PLANS.set(t.bands, (byDir = {}));
  return (byDir[t.direction] ??= bandPlan(t));
}

/**
 * The colour of a number under a numeric threshold, compared at the thresholds' precision.
 * Green reaches to the better end, red (written or implied) to the worse end; a value that falls
 * between two bands (a gap) gets no colour.
 */
export function classifyBand(t: NumericThreshold, x: number): Classified {
  const plan = planOf(t);
  const xr = round(x, plan.decimals);
  for (const { b, iv } of plan.inner) {
    if (inside(iv, xr)) return { status: b.status, rounded: xr, band: b };
  }
  // Worse than every band: red, whether or not a red band is written. The edge itself is red only
  // where every band there leaves it open: a band closed there would have taken it above.
  const e = plan.edge;
  if (!e) return { status: 'none', rounded: xr };
  const past = t.direction === 'higher' ? xr <= e.limit : xr >= e.limit;
  return past ? { status: 'red', rounded: xr, beyond: e.band } : { status: 'none', rounded: xr };
}

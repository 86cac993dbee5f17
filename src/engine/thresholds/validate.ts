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

function span(b: RawBound): [number, number] {
  return b.op === 'range' ? [Math.min(b.value, b.to ?? b.value), Math.max(b.value, b.to ?? b.value)] : [b.value, b.value];
}

/** Direction from the order of two bands (`better` should be the better colour). */
function orderDirection(better: RawBound, worse: RawBound): 'higher' | 'lower' | null {
  const [a1, a2] = span(better);
  const [b1, b2] = span(worse);
  if (a1 >= b2 && a2 > b1) return a1 === b2 && a2 === b1 ? null : 'higher';
  if (a2 <= b1 && a1 < b2) return 'lower';
  // Overlapping: compare midpoints (the overlap itself is reported separately).
  const ma = (a1 + a2) / 2;
  const mb = (b1 + b2) / 2;
  return ma > mb ? 'higher' : ma < mb ? 'lower' : null;
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

function intervalOf(b: Bound): Interval {
  switch (b.op) {
    case '>=':
      return { lo: b.value, hi: Infinity, loOpen: false, hiOpen: true };
    case '>':
      return { lo: b.value, hi: Infinity, loOpen: true, hiOpen: true };
    case '<=':
      return { lo: -Infinity, hi: b.value, loOpen: true, hiOpen: false };
    case '<':
      return { lo: -Infinity, hi: b.value, loOpen: true, hiOpen: true };
    case 'range': {
      const [lo, hi] = span(b);
      return { lo, hi, loOpen: false, hiOpen: false };
    }
    default:
      return { lo: b.value, hi: b.value, loOpen: false, hiOpen: false };
  }
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
  opts: { label?: string; checkDeclared?: boolean } = {},
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
  if (opts.checkDeclared !== false && declared && declared !== direction && !issues.some((i) => i.kind === 'direction-conflict')) {
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
  if (green && yellow) {
    const [g1, g2] = span(green.bound);
    const [y1, y2] = span(yellow.bound);
    if (g1 === y1 && g2 === y2) {
      issues.push({ kind: 'no-yellow-band', params: { ...seg, value: g1 } });
    }
  }

  // Overlap: any two bands that share values, except cascading half-lines (`Grön 82 Gul 76`).
  for (let i = 0; i < resolved.length; i++) {
    for (let j = i + 1; j < resolved.length; j++) {
      const a = resolved[i];
      const b = resolved[j];
      const sa = sideOf(a.bound.op);
      const sb = sideOf(b.bound.op);
      if (sa && sa === sb) continue;
      if (issues.some((x) => x.kind === 'no-yellow-band') && a.status === 'green' && b.status === 'yellow') continue;
      const ia = intervalOf(a.bound);
      const ib = intervalOf(b.bound);
      const lo = Math.max(ia.lo, ib.lo);
      const hi = Math.min(ia.hi, ib.hi);
      const loOpen = lo === ia.lo ? ia.loOpen || (lo === ib.lo && ib.loOpen) : ib.loOpen;
      const hiOpen = hi === ia.hi ? ia.hiOpen || (hi === ib.hi && ib.hiOpen) : ib.hiOpen;
      if (lo < hi || (lo === hi && !loOpen && !hiOpen)) {
        issues.push({ kind: 'overlap', params: { ...seg, a: a.status, b: b.status, from: round(lo, 6), to: round(hi, 6) } });
      }
    }
  }

  // Gaps between neighbouring bands, at the precision the two bounds are written in.
  for (let i = 0; i + 1 < resolved.length; i++) {
    const better = resolved[i];
    const worse = resolved[i + 1];
    const step = stepOf(Math.max(better.bound.decimals, worse.bound.decimals));
    const ib = intervalOf(better.bound);
    const iw = intervalOf(worse.bound);
    let edgeBetter: number;
    let edgeWorse: number;
    if (direction === 'higher') {
      if (!Number.isFinite(ib.lo) || !Number.isFinite(iw.hi)) continue;
      edgeBetter = ib.loOpen ? ib.lo + step : ib.lo;
      edgeWorse = iw.hiOpen ? iw.hi - step : iw.hi;
      if (edgeBetter - edgeWorse > step * (1 + 1e-9)) {
        issues.push({ kind: 'gap', params: { ...seg, a: better.status, b: worse.status, from: round(edgeWorse + step, 6), to: round(edgeBetter - step, 6) } });
      }
    } else {
      if (!Number.isFinite(ib.hi) || !Number.isFinite(iw.lo)) continue;
      edgeBetter = ib.hiOpen ? ib.hi - step : ib.hi;
      edgeWorse = iw.loOpen ? iw.lo + step : iw.lo;
      if (edgeWorse - edgeBetter > step * (1 + 1e-9)) {
        issues.push({ kind: 'gap', params: { ...seg, a: better.status, b: worse.status, from: round(edgeBetter + step, 6), to: round(edgeWorse - step, 6) } });
      }
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
  /** The worst written edge (of the non-red bands) a number must pass to be an implied red. */
  edge: { limit: number; closed: boolean; band: Band } | null;
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
  const closed = at.some((e) => !(higher ? e.iv.loOpen : e.iv.hiOpen));
  return { decimals: precisionOf(t.bands), inner, edge: { limit, closed, band: at[at.length - 1].b } };
}

// Parsed thresholds that many results share are frozen (one analysis reads each text once):
// their plan is kept beside them.
const PLANS = new WeakMap<Band[], { higher?: BandPlan; lower?: BandPlan }>();

function planOf(t: NumericThreshold): BandPlan {
  if (!Object.isFrozen(t.bands)) return bandPlan(t);
  let byDir = PLANS.get(t.bands);
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
    if ((iv.loOpen ? xr > iv.lo : xr >= iv.lo) && (iv.hiOpen ? xr < iv.hi : xr <= iv.hi)) return { status: b.status, rounded: xr, band: b };
  }
  // Worse than every band: red, whether or not a red band is written.
  const e = plan.edge;
  if (!e) return { status: 'none', rounded: xr };
  const past = t.direction === 'higher' ? (e.closed ? xr < e.limit : xr <= e.limit) : e.closed ? xr > e.limit : xr >= e.limit;
  return past ? { status: 'red', rounded: xr, beyond: e.band } : { status: 'none', rounded: xr };
}

/** The colour of a number under a numeric threshold (see `classifyBand`). */
export function classify(t: NumericThreshold, x: number): Status {
  return classifyBand(t, x).status;
}

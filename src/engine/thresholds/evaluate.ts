/** The traffic-light colour of one result under a parsed threshold (SPEC §3). */
import type { CellValue, Status } from '../types';
import { isBlank, isErrorValue, fold } from '../cells';
import { parseNumber, readNumericCell } from '../numbers';
import type { Threshold, Why } from './types';
import { classifyBand } from './validate';
import { MARKUP, normalizeText } from './parse';

export type Evaluation =
  | { status: Status; value: number | string | null; why?: Why }
  | { problem: 'unparseable' | 'segment-missing'; missingSegments?: string[]; value: string | null };

const unparseable = (v: CellValue): Evaluation => ({
  problem: 'unparseable',
  value: isErrorValue(v) ? v.error : typeof v === 'string' ? v.trim() : String(v),
});

function readYesNo(v: CellValue): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return null;
  const t = fold(v);
  if (/^(ja|yes|true|sant|x)$/.test(t)) return true;
  if (/^(nej|no|false|falskt)$/.test(t)) return false;
  return null;
}

/**
 * A rank position as a percentage of the field: `3/12`, `plats 3 av 12`, `3 av 12`, `3 of 12`,
 * or a percent position (`20%`). Position 3 of 12 is 25 %: within the best quarter.
 */
export function readRank(v: CellValue, fmt?: string): number | null {
  if (typeof v === 'number') {
    const n = readNumericCell(v, fmt);
    return n && n.percent ? n.value : null;
  }
  if (typeof v !== 'string') return null;
  const t = normalizeText(v).toLowerCase();
  const m = /^(?:plats|placering|rank|position|nr\.?)?\s*(\d+)\s*(?:\/|av|of)\s*(\d+)$/u.exec(t);
  if (m) {
    const pos = Number(m[1]);
    const n = Number(m[2]);
    if (pos < 1 || pos > n) return null;
    return (pos / n) * 100;
  }
  const p = parseNumber(t);
  return p && p.percent ? p.value : null;
}

/**
 * Labelled values from a segmented result: `Htj 12; SÄBO 1,2` (`;`, `,` before a label, newline),
 * by label folded (`sabo`) to the value as written (`1,2`). A part must start with its label.
 */
export function readSegments(text: string): Map<string, string> | null {
  const out = new Map<string, string>();
  const parts = text
    .replace(MARKUP, ' ')
    .split(/\s*[;\n\r]\s*|\s*,\s*(?=\p{L})/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const p of parts) {
    // The label is lazy, so the spaces before the value are not part of it.
    const m = /^(\p{L}[^\d:=]*?)\s*[:=]?\s*([-−+]?\d.*)/u.exec(p);
    if (!m) return null;
    out.set(fold(m[1]), m[2]);
  }
  return out.size ? out : null;
}

function readBaseline(b: CellValue | undefined, fmt?: string): number | null {
  return readNumericCell(b ?? null, fmt)?.value ?? null;
}

/**
 * Colours one result. Empty results are `none` (whether they are due is decided by the caller).
 * Numbers compare at the precision the thresholds are written in; percent-formatted cells in
 * percent points. A change needs either a signed change (`+12%`) or a baseline to compare with.
 */
export function evaluate(t: Threshold, value: CellValue, ctx: { fmt?: string; baseline?: CellValue; baselineFmt?: string } = {}): Evaluation {
  // An Excel error (`#DIV/0!`) is read by no form below, so it is unparseable.
  if (isBlank(value)) return { status: 'none', value: null };
  switch (t.direction) {
    case 'higher':
    case 'lower': {
      const n = readNumericCell(value, ctx.fmt);
      if (!n) return unparseable(value);
      const c = classifyBand(t, n.value);
      return { status: c.status, value: n.value, why: { kind: 'number', value: n.value, c, unit: t.unit, ...(t.unitWord ? { unitWord: t.unitWord } : {}) } };
    }
    case 'yes-no': {
      const yn = readYesNo(value);
      if (yn !== null) return { status: yn ? t.yes : t.no, value: yn ? 'Ja' : 'Nej', why: { kind: 'answer', yes: yn } };
      if (!t.share) return unparseable(value);
      const n = readNumericCell(value, ctx.fmt);
      if (!n) return unparseable(value);
      const c = classifyBand(t.share, n.value);
      return { status: c.status, value: n.value, why: { kind: 'number', value: n.value, c, unit: '%' } };
    }
    case 'change': {
      const nt = { direction: t.better, unit: t.unit, bands: t.bands };
      const unit = { unit: t.unit, ...(t.unitWord ? { unitWord: t.unitWord } : {}) };
      // A signed text (`+12%`, `−3`, `–3` as word processors write it) is the change itself;
      // anything else is the new level. (A sign anywhere but in front is no number either way.)
      if (typeof value === 'string' && /[-−–+]/.test(value)) {
        const n = parseNumber(value);
        if (!n) return unparseable(value);
        const c = classifyBand(nt, n.value);
        return { status: c.status, value: n.value, why: { kind: 'change', base: null, value: n.value, change: n.value, c, ...unit } };
      }
      const n = readNumericCell(value, ctx.fmt);
      if (!n) return unparseable(value);
      const base = readBaseline(ctx.baseline, ctx.baselineFmt);
      if (base === null || (t.unit === '%' && base === 0)) return { status: 'none', value: n.value, why: { kind: 'change', base, value: n.value, change: null, ...unit } };
      // Multiplied before dividing, so whole numbers give whole percentages (−7, not −7.000000000000001).
      const change = t.unit === '%' ? ((n.value - base) * 100) / Math.abs(base) : n.value - base;
      const c = classifyBand(nt, change);
      return { status: c.status, value: n.value, why: { kind: 'change', base, value: n.value, change, c, ...unit } };
    }
    case 'rank': {
      const pos = readRank(value, ctx.fmt);
      if (pos === null) return unparseable(value);
      // Stryker disable next-line StringLiteral: classifyBand reads the direction and the bands, never the unit.
      const c = classifyBand({ direction: t.better, unit: '%', bands: t.bands }, pos);
      const shown = typeof value === 'string' ? value.trim() : pos;
      return { status: c.status, value: shown, why: { kind: 'rank', shown: String(shown), position: pos, c } };
    }
    case 'segments': {
      if (typeof value !== 'string') return unparseable(value);
      const seg = readSegments(value);
      if (!seg) return unparseable(value);
      const missing: string[] = [];
      const parts: Extract<Why, { kind: 'segments' }>['parts'] = [];
      for (const s of t.segments) {
        const raw = seg.get(fold(s.label));
        if (raw === undefined) {
          missing.push(s.label);
          continue;
        }
        const n = parseNumber(raw);
        if (!n) return unparseable(value);
        const c = classifyBand(s.threshold, n.value);
        parts.push({ label: s.label, value: n.value, c, unit: s.threshold.unit, ...(s.threshold.unitWord ? { unitWord: s.threshold.unitWord } : {}) });
      }
      const shown = value.trim();
      if (missing.length) return { problem: 'segment-missing', missingSegments: missing, value: shown };
      // The worst part decides; a part in a gap has no colour, so the whole is only coloured when
      // red settles it.
      const got = new Set(parts.map((p) => p.c.status));
      const status: Status = got.has('red') ? 'red' : got.has('none') ? 'none' : got.has('yellow') ? 'yellow' : 'green';
      return { status, value: shown, why: { kind: 'segments', parts } };
    }
  }
}

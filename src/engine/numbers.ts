/**
 * Reading numbers as Swedish (and English) users write them: `6,5`, `1 060`, `787 972 084`,
 * `0,5%`, `95 %`, `−3`, `1.5`. Pure; never throws.
 */
import type { CellValue } from './types';

export interface ParsedNumber {
  value: number;
  /** The text carried a `%` (or the cell had a percent format): value is in percent points. */
  percent: boolean;
  /** Digits written after the decimal separator (precision for comparisons). */
  decimals: number;
}

// Thousands separators users and Intl produce: space, no-break space, narrow no-break, figure space.
const SEP = '[ \\u00a0\\u202f\\u2007]';
const SWEDISH_GROUPED = new RegExp(`^(\\d{1,3}(?:${SEP}\\d{3})+)(?:,(\\d+))?$`);
const SWEDISH_PLAIN = /^(\d*),(\d+)$|^(\d+),?$/;
const ENGLISH_DOT = /^(\d*)\.(\d+)$/;
const ENGLISH_GROUPED = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/;

/**
 * Parses one number. Comma is the decimal separator (Swedish first: `1,060` is 1.06); a dot is a
 * decimal point only where it cannot be a thousands separator (`1.5`, `0.125`, not `1.060`).
 * Returns null for anything that is not exactly one number.
 */
export function parseNumber(text: string): ParsedNumber | null {
  if (typeof text !== 'string') return null;
  let t = text.replace(/[\u00a0\u202f\u2007]/g, ' ').trim();
  if (t === '' || t.length > 64) return null;
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trimEnd();
  }
  let sign = 1;
  const s0 = t[0];
  if (s0 === '-' || s0 === '\u2212' || s0 === '\u2013' || s0 === '+') {
    if (s0 !== '+') sign = -1;
    t = t.slice(1).trimStart();
  }
  if (t === '') return null;
  let intPart: string;
  let frac = '';
  let m: RegExpExecArray | null;
  if ((m = SWEDISH_GROUPED.exec(t))) {
    intPart = m[1].replace(/ /g, '');
    frac = m[2] ?? '';
  } else if ((m = SWEDISH_PLAIN.exec(t))) {
    intPart = m[1] ?? m[3] ?? '';
    frac = m[2] ?? '';
  } else if ((m = ENGLISH_GROUPED.exec(t))) {
    intPart = m[1].replace(/,/g, '');
    frac = m[2];
  } else if ((m = ENGLISH_DOT.exec(t))) {
    // `1.060` could be a thousands separator (European) or a decimal point: refuse to guess.
    if (m[2].length === 3 && /^[1-9]\d{0,2}$/.test(m[1])) return null;
    intPart = m[1];
    frac = m[2];
  } else {
    return null;
  }
  if (intPart === '' && frac === '') return null;
  const value = sign * Number(`${intPart || '0'}.${frac || '0'}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, percent, decimals: frac.length };
}

/** Decimals of a number's shortest representation, capped (binary noise such as 0.1+0.2). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  for (let d = 0; d <= 10; d++) {
    if (Math.abs(Math.round(n * 10 ** d) / 10 ** d - n) <= Math.abs(n) * 1e-12) return d;
  }
  return 10;
}

/** Removes float noise left by scaling (0.82 × 100 = 82.00000000000001). */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * Reads a cell as a number. A number in a percent-formatted cell comes back in percent points
 * (0.82 → 82, percent: true) so that it compares with thresholds written as `82%`.
 */
export function readNumericCell(v: CellValue, fmt?: string): ParsedNumber | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const isPct = typeof fmt === 'string' && fmt.replace(/"[^"]*"/g, '').includes('%');
    const value = isPct ? clean(v * 100) : v;
    return { value, percent: isPct, decimals: decimalsOf(value) };
  }
  if (typeof v === 'string') return parseNumber(v);
  return null;
}

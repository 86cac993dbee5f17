/**
 * Reading amounts the way Swedish sheets hold them (SPEC §2): real numbers, or text such as
 * `1 060`, `787 972 084` (space / no-break space thousands), `6,5`, `−3` (Unicode minus).
 * Shared by the budget and annex modules; deliberately small.
 */
import type { CellValue } from '../types';

const SPACES = /[\s\u00a0\u2007\u202f]/g;
const NUMERIC = /^[-+]?\d+(?:[.,]\d+)?$/;

/** A cell value as a number, or null when it is not one (text, blank, error, boolean). */
export function readNumber(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.replace(SPACES, '').replace(/^[\u2212\u2013]/, '-');
  if (!NUMERIC.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Numbers are compared after cancelling binary noise (30,56 + 12,03 …). */
export function nearlyEqual(a: number, b: number, tol = 0): boolean {
  return Math.abs(a - b) <= tol + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Reading amounts the way Swedish sheets hold them (SPEC §2): real numbers, or text such as
 * `1 060`, `787 972 084` (space / no-break space thousands), `6,5`, `−3` (Unicode minus).
 * Shared by the budget and annex modules; text goes through the engine's one number parser.
 */
import type { CellValue } from '../types';
import { parseNumber } from '../numbers';

/** A cell value as a number, or null when it is not one (text, blank, error, boolean, a percent). */
export function readNumber(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  // One reader of Swedish numbers for the whole engine; an amount is never a percent.
  const p = parseNumber(v);
  return p && !p.percent ? p.value : null;
}

/** Numbers are compared after cancelling binary noise (30,56 + 12,03 …). */
export function nearlyEqual(a: number, b: number, tol = 0): boolean {
  return Math.abs(a - b) <= tol + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The budget deviation thresholds as users write them: `Grön 0% Gul 0,5%` (seed 002), meaning an
 * overspend share ≤ 0 % is green, ≤ 0,5 % yellow, anything above red. Only this `Grön X% Gul Y%`
 * form is read here (English colour words too); the general threshold parser lives elsewhere.
 */
import type { Status } from '../types';

export interface BudgetThresholds {
  /** Largest overspend share (fraction, 0.005 = 0,5 %) that is still green. */
  green: number;
  /** Largest overspend share that is still yellow; above is red. */
  yellow: number;
}

/** A budget line always has a colour: its deviation is computed from two numbers. */
export type BudgetStatus = Exclude<Status, 'none'>;

export const DEFAULT_BUDGET_THRESHOLDS: BudgetThresholds = { green: 0, yellow: 0.005 };

const NUM = String.raw`([-+\u2212]?\d+(?:[.,]\d+)?)`;
const FORM = new RegExp(String.raw`^\s*(?:gr[öo]n|green)\s*:?\s*(?:≤|<=|max|högst)?\s*${NUM}\s*%?\s*[,;]?\s*(?:gul|yellow)\s*:?\s*(?:≤|<=|max|högst)?\s*${NUM}\s*%?\s*$`, 'i');

function toNumber(s: string): number {
  return Number(s.replace('\u2212', '-').replace(',', '.'));
}

/** Reads `Grön X% Gul Y%`; null when the text has another form or yellow is below green. */
export function parseBudgetThresholds(text: string): BudgetThresholds | null {
  const m = FORM.exec(text.replace(/[\u00a0\u202f]/g, ' '));
  if (!m) return null;
  const green = toNumber(m[1]) / 100;
  const yellow = toNumber(m[2]) / 100;
  if (!Number.isFinite(green) || !Number.isFinite(yellow) || yellow < green) return null;
  return { green, yellow };
}

/**
 * Traffic light for an overspend. `share` is overspend / |budget| (null when the budget is 0: then
 * any overspend is red, none is green).
 */
export function budgetStatus(deviation: number, share: number | null, th: BudgetThresholds): BudgetStatus {
  // Compare at a precision that ignores float noise from ×1000 and division.
  const eps = 1e-9;
  if (share === null) return deviation > 0.5 ? 'red' : 'green';
  if (share <= th.green + eps) return 'green';
  if (share <= th.yellow + eps) return 'yellow';
  return 'red';
}

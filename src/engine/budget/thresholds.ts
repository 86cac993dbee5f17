/**
 * The budget deviation thresholds as users write them: `Grön 0% Gul 0,5%` (seed 002), meaning an
 * overspend share ≤ 0 % is green, ≤ 0,5 % yellow, anything above red. Only this `Grön X% Gul Y%`
 * form is read here (English colour words too); the general threshold parser lives elsewhere.
 */
import type { Lang, Status } from '../types';
import { fmtNum } from '../format';

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
  const r = readBudgetThresholds(text, 'sv');
  return r.ok ? r.thresholds : null;
}

export type BudgetThresholdsRead = { ok: true; thresholds: BudgetThresholds } | { ok: false; problem: 'form' | 'reversed'; message: string };

const MESSAGES = {
  form: {
    sv: (t: string) => `”${t}” kan inte läsas som trösklar. Skriv gränserna som andel av budgeten, till exempel: Grön 0% Gul 0,5%.`,
    en: (t: string) => `"${t}" cannot be read as thresholds. Write the limits as shares of the budget, for example: Green 0% Yellow 0.5%.`,
  },
  reversed: {
    sv: (g: string, y: string) =>
      `Gul-gränsen (${y} %) ligger under Grön-gränsen (${g} %). Ett större överskridande är sämre, så Gul ska vara minst lika stor som Grön, till exempel: Grön ${y}% Gul ${g}%.`,
    en: (g: string, y: string) =>
      `The yellow limit (${y}%) is below the green limit (${g}%). A larger overspend is worse, so yellow must be at least green, for example: Green ${y}% Yellow ${g}%.`,
  },
} as const;

/**
 * Reads the thresholds as `parseBudgetThresholds` does, and says in the user's language why a
 * text cannot be used (the task pane's settings show it instead of taking nonsense silently).
 */
export function readBudgetThresholds(text: string, lang: Lang): BudgetThresholdsRead {
  const m = FORM.exec(text.replace(/[\u00a0\u202f]/g, ' '));
  const green = m ? toNumber(m[1]) / 100 : NaN;
  const yellow = m ? toNumber(m[2]) / 100 : NaN;
  if (!m || !Number.isFinite(green) || !Number.isFinite(yellow)) return { ok: false, problem: 'form', message: MESSAGES.form[lang](text.trim()) };
  if (yellow < green) {
    const pct = (x: number) => fmtNum(Math.round(x * 1e6) / 1e4, lang);
    return { ok: false, problem: 'reversed', message: MESSAGES.reversed[lang](pct(green), pct(yellow)) };
  }
  return { ok: true, thresholds: { green, yellow } };
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

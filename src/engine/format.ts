/** Number formatting for messages, reasons and generated sheets (below every module that speaks). */
import type { Lang } from './types';

// One formatter per language: building an Intl.NumberFormat costs far more than using one.
const FORMATTERS: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

// A plan states the same few numbers in every reason (`82`, `76`, `6,5`): each is formatted once.
const FORMATTED: Record<Lang, Map<number, string>> = { sv: new Map(), en: new Map() };
const REMEMBERED = 4096;

/** Formats a number the Swedish or English way for messages (up to 2 decimals). */
export function fmtNum(n: number, lang: Lang): string {
  // -0 prints as `-0` but is the same Map key as 0.
  if (Object.is(n, -0)) return (FORMATTERS[lang] ?? FORMATTERS.sv).format(n);
  const memo = FORMATTED[lang] ?? FORMATTED.sv;
  let s = memo.get(n);
  if (s === undefined) {
    s = (FORMATTERS[lang] ?? FORMATTERS.sv).format(n);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory only; no answer depends on it (format.test.ts asks 5 000 numbers twice).
    if (memo.size >= REMEMBERED) memo.clear();
    memo.set(n, s);
  }
  return s;
}

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
  // The memory below only saves time: formatting again gives the same text, so mutants that skip
  // it (always formatting, never remembering) cannot change an answer; format.test.ts checks the
  // answers against Intl itself, remembered or not.
  // -0 prints as `-0` but is the same Map key as 0.
  // Stryker disable next-line ConditionalExpression,UnaryOperator: skipping or widening this only skips the memory (see above).
  if (Object.is(n, -0)) return (FORMATTERS[lang] ?? FORMATTERS.sv).format(n);
  const memo = FORMATTED[lang] ?? FORMATTED.sv;
  let s = memo.get(n);
  // Stryker disable next-line ConditionalExpression: formatting again gives the same text.
  if (s === undefined) {
    s = (FORMATTERS[lang] ?? FORMATTERS.sv).format(n);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory only.
    if (memo.size >= REMEMBERED) memo.clear();
    // Stryker disable next-line CallExpression: not remembering only costs time.
    memo.set(n, s);
  }
  return s;
}

/** Number formatting for messages, reasons and generated sheets (below every module that speaks). */
import type { Lang } from './types';

// One formatter per language: building an Intl.NumberFormat costs far more than using one.
const FORMATTERS: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** Formats a number the Swedish or English way for messages (up to 2 decimals). */
export function fmtNum(n: number, lang: Lang): string {
  return (FORMATTERS[lang] ?? FORMATTERS.sv).format(n);
}

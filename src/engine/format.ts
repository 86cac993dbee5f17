/** Number formatting for messages, reasons and generated sheets (below every module that speaks). */
import type { Lang } from './types';

/** Formats a number the Swedish or English way for messages (up to 2 decimals). */
export function fmtNum(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}

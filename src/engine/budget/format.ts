/** Number formatting for the budget and annex messages and sheets. */
import type { Lang } from '../types';
import { fmtNum } from '../format';

/** `123 456 kr` (sv) / `123,456 kr` (en), whole kronor. */
export function kr(n: number | string, lang: Lang): string {
  return typeof n === 'number' ? `${fmtNum(Math.round(n), lang)} kr` : n;
}

/** A number as written in the annex (decimals kept, up to 2). */
export function num(n: number | string, lang: Lang): string {
  return typeof n === 'number' ? fmtNum(n, lang) : n;
}

/** A share (0.0123) as `1,2 %` / `1.2%`. */
export function pct(share: number | string, lang: Lang): string {
  if (typeof share !== 'number') return share;
  const v = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(share * 100);
  return lang === 'sv' ? `${v} %` : `${v}%`;
}

/**
 * annex.unit-suspect: the header says `tkr` but the values are kronor-sized. Rule: the median of
 * the column's detail values is ≥ 100 000 — in tkr that is ≥ 100 Mkr per line, implausible for a
 * unit's line (seed 003 Bilaga 3: `Budget uppdrag tkr` holding 5 245 914). The reverse (a `kr` or
 * unit-less column holding tkr-sized values) is not flagged: small kronor amounts are too common.
 */
import type { Rule } from './rule';
import { annexHits } from '../annex/hits';
import { num } from '../budget/format';

const rule: Rule = {
  code: 'annex.unit-suspect',
  severity: 'warning',
  description: {
    sv: 'Rubriken säger tkr men beloppen ser ut att vara i kronor.',
    en: 'The header says tkr (thousands) but the amounts look like kronor.',
  },
  message: {
    sv: (p) =>
      `Kolumnen ”${p.column}” anger tkr, men mittvärdet av raderna är ${num(p.median, 'sv')}, vilket i tkr vore över 100 miljoner kr per rad. Beloppen ser ut att vara i kronor: ändra rubriken till kr, eller dela beloppen med 1 000.`,
    en: (p) =>
      `The column “${p.column}” says tkr (thousands), but the median row is ${num(p.median, 'en')}, which in tkr would be over 100 million kr per row. The amounts look like kronor: change the header to kr, or divide the amounts by 1,000.`,
  },
  check: (ctx) => annexHits(ctx, 'unit-suspect'),
};

export default rule;

/** annex.sum-range-incomplete: a SUM formula in a total that leaves out detail rows of its block. */
import type { Rule } from './rule';
import { annexHits } from '../annex/hits';

const rule: Rule = {
  code: 'annex.sum-range-incomplete',
  severity: 'error',
  description: {
    sv: 'En SUMMA-formel i en summarad utelämnar rader i sitt block.',
    en: 'A SUM formula in a total leaves out rows of its block.',
  },
  message: {
    sv: (p) => `Formeln =${p.formula} i ”${p.label}” tar inte med ${p.count} rad(er) i blocket (${p.missing}). Utöka området så att det täcker alla rader ovanför summan.`,
    en: (p) => `The formula =${p.formula} in “${p.label}” leaves out ${p.count} row(s) of its block (${p.missing}). Extend the range to cover every row above the total.`,
  },
  check: (ctx) => annexHits(ctx, 'sum-range-incomplete'),
};

export default rule;

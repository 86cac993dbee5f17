/** annex.total-mismatch: a total differs from the sum of the rows it covers beyond rounding. */
import type { Rule } from './rule';
import { annexHits } from '../annex/hits';
import { num } from '../budget/format';

const rule: Rule = {
  code: 'annex.total-mismatch',
  severity: 'error',
  description: {
    sv: 'En summarad skiljer sig från summan av raderna den summerar, mer än avrundning.',
    en: 'A total differs from the sum of the rows it covers by more than rounding.',
  },
  message: {
    sv: (p) =>
      `Summan ”${p.label}” (${p.column}) är ${num(p.stated, 'sv')} men de ${p.count} rader den summerar ger ${num(p.computed, 'sv')}, skillnad ${num(p.diff, 'sv')}. Rätta beloppet på summaraden eller i raderna, eller skriv summan som formel.`,
    en: (p) =>
      `The total “${p.label}” (${p.column}) is ${num(p.stated, 'en')} but the ${p.count} rows it covers add up to ${num(p.computed, 'en')}, a difference of ${num(p.diff, 'en')}. Correct the total or the rows, or write the total as a formula.`,
  },
  check: (ctx) => annexHits(ctx, 'total-mismatch'),
};

export default rule;

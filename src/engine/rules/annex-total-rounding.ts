/** annex.total-rounding: a total differs from its sum by at most half a unit per summed row. */
import type { Rule } from './rule';
import { annexHits } from '../annex/hits';
import { num } from '../budget/format';

const rule: Rule = {
  code: 'annex.total-rounding',
  severity: 'info',
  description: {
    sv: 'En summarad skiljer sig från summan av sina rader inom avrundning.',
    en: 'A total differs from the sum of its rows within rounding.',
  },
  message: {
    sv: (p) =>
      `Summan ”${p.label}” (${p.column}) är ${num(p.stated, 'sv')}, summan av de ${p.count} raderna är ${num(p.computed, 'sv')} (skillnad ${num(p.diff, 'sv')}, inom avrundning på högst ${num(p.tolerance, 'sv')}). Ingen åtgärd behövs om raderna är avrundade; vill du att det går jämnt ut, skriv summan som formel.`,
    en: (p) =>
      `The total “${p.label}” (${p.column}) is ${num(p.stated, 'en')}, the ${p.count} rows add up to ${num(p.computed, 'en')} (difference ${num(p.diff, 'en')}, within rounding of at most ${num(p.tolerance, 'en')}). Nothing to do if the rows are rounded; to make it add up exactly, write the total as a formula.`,
  },
  check: (ctx) => annexHits(ctx, 'total-rounding'),
};

export default rule;

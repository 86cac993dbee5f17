/** budget.deviation-mismatch: a stated Avvikelse that matches neither sign convention. */
import type { Rule } from './rule';
import { kr, pct } from '../budget/format';
import { cellOf } from '../cells';

const show = (v: number | string, unit: string | number, lang: 'sv' | 'en') => (unit === '%' ? pct(Number(v) / 100, lang) : kr(v, lang));

const rule: Rule = {
  code: 'budget.deviation-mismatch',
  severity: 'error',
  description: {
    sv: 'Angiven avvikelse stämmer inte med budget och prognos, med något av tecknen.',
    en: 'The stated deviation matches budget and forecast in neither sign convention.',
  },
  message: {
    sv: (p) =>
      `Ansvar ${p.key}: angiven avvikelse ${show(p.stated, p.unit, 'sv')} stämmer varken med budget − prognos (${show(p.bmf, p.unit, 'sv')}) eller prognos − budget (${show(p.fmb, p.unit, 'sv')}). Rätta avvikelsen, eller budget/prognos om de är fel.`,
    en: (p) =>
      `Cost centre ${p.key}: the stated deviation ${show(p.stated, p.unit, 'en')} matches neither budget − forecast (${show(p.bmf, p.unit, 'en')}) nor forecast − budget (${show(p.fmb, p.unit, 'en')}). Correct the deviation, or the budget/forecast if they are wrong.`,
  },
  check(ctx) {
    const hits = [];
    for (const b of ctx.budgets)
      for (const l of b.lines) {
        if (!l.statedMismatch || l.stated === null || !l.statedRef) continue;
        const pctCol = b.statedUnit === '%';
        hits.push({
          sheet: l.statedRef.sheet,
          cell: cellOf(l.statedRef),
          params: {
            key: l.key,
            stated: l.stated,
            bmf: pctCol ? -(l.deviationShare ?? 0) * 100 : l.budget - l.forecast,
            fmb: pctCol ? (l.deviationShare ?? 0) * 100 : l.forecast - l.budget,
            unit: pctCol ? '%' : 'kr',
          },
        });
      }
    return hits;
  },
};

export default rule;

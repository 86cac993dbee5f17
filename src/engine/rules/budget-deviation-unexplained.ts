/** budget.deviation-unexplained: a red deviation needs analysis and an action plan (seed 001). */
import type { Rule } from './rule';
import { kr, pct } from '../budget/format';

const rule: Rule = {
  code: 'budget.deviation-unexplained',
  severity: 'error',
  description: {
    sv: 'Röd budgetavvikelse utan kommentar, analys eller åtgärd.',
    en: 'Red budget deviation without a comment, analysis or action.',
  },
  message: {
    sv: (p) =>
      `Ansvar ${p.key}${p.name ? ` (${p.name})` : ''}: prognosen överskrider budget med ${kr(p.deviation, 'sv')}${p.share !== '' ? ` (${pct(p.share, 'sv')})` : ''}, röd avvikelse, men kommentar saknas. Skriv orsak (analys) och åtgärdsplan i ${p.where === 'comment' ? 'kommentarscellen' : 'en kommentarskolumn för raden'}.`,
    en: (p) =>
      `Cost centre ${p.key}${p.name ? ` (${p.name})` : ''}: the forecast exceeds the budget by ${kr(p.deviation, 'en')}${p.share !== '' ? ` (${pct(p.share, 'en')})` : ''}, a red deviation, but there is no comment. Write the cause (analysis) and an action plan in ${p.where === 'comment' ? 'the comment cell' : 'a comment column for the row'}.`,
  },
  check(ctx) {
    const hits = [];
    for (const b of ctx.budgets)
      for (const l of b.lines) {
        if (l.isTotal || l.status !== 'red' || l.comment !== null) continue;
        const at = l.commentRef ?? l.keyRef;
        hits.push({
          sheet: at.sheet,
          cell: at.cell,
          params: { key: l.key, name: l.name ?? '', deviation: l.deviation, share: l.deviationShare ?? '', where: l.commentRef ? 'comment' : 'key' },
        });
      }
    return hits;
  },
};

export default rule;

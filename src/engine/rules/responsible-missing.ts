/**
 * An activity or indicator without ansvarig (SPEC §7).
 *
 * Decision: only rows of a table that has a responsible column (`Ansvarig`, `Ansvarig för
 * genomförande`; or, lacking one, `Ansvarig för rapportering`) are checked, and the finding is at
 * that row's responsible cell. A table without such a column does not track responsibility per
 * row (seed 003/004's indicator tables `Indikator · Mål · Uppföljning`), so flagging every row
 * there would bury the real gaps. Other columns such as `Berörda` are not required.
 */
import type { Activity, Indicator } from '../model';
import type { Rule, RuleHit } from './rule';
import { a1, isBlank, cellOf } from '../cells';
import { shortLabel } from '../redthread/closest';

const rule: Rule = {
  code: 'responsible.missing',
  severity: 'warning',
  description: {
    sv: 'En aktivitet eller indikator saknar ansvarig.',
    en: 'An activity or indicator has no responsible person.',
  },
  message: {
    sv: (p) =>
      `${p.item === 'indicator' ? 'Indikatorn' : 'Aktiviteten'} "${p.name}" saknar ansvarig. Skriv in vem som ansvarar (person, funktion eller enhet) i kolumnen "${p.column}".`,
    en: (p) =>
      `The ${p.item === 'indicator' ? 'indicator' : 'activity'} "${p.name}" has no responsible person. Enter who is responsible (person, role or unit) in the column "${p.column}".`,
  },
  check(ctx): RuleHit[] {
    const tables = new Map(ctx.model.tables.map((t) => [t.id, t]));
    const hits: RuleHit[] = [];
    const visit = (item: 'indicator' | 'activity', x: Indicator | Activity, name: string) => {
      const t = tables.get(x.tableId);
      const col = t?.columns.find((c) => c.role === 'responsible') ?? t?.columns.find((c) => c.role === 'reporter');
      if (!col) return;
      const value = col.role === 'reporter' && 'reporter' in x ? (x.reporter ?? null) : x.responsible;
      if (value !== null && !isBlank(value)) return;
      const cell = col.role === 'responsible' && x.responsibleRef ? cellOf(x.responsibleRef) : a1(x.row, col.col);
      hits.push({ sheet: x.sheet, cell, params: { item, name: shortLabel(null, name, 60), column: col.header } });
    };
    ctx.model.indicators.forEach((x) => visit('indicator', x, x.name));
    ctx.model.activities.forEach((x) => visit('activity', x, x.text));
    return hits;
  },
};

export default rule;

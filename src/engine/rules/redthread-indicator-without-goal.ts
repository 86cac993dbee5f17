/**
 * An indicator that hangs on no goal. A table with neither a goal column nor a goal heading is one
 * finding at the table, not one per row (SPEC §2).
 */
import { issueRule } from '../redthread/rule-kit';

export default issueRule({
  code: 'redthread.indicator-without-goal',
  kind: 'indicator-without-goal',
  severity: 'error',
  description: {
    sv: 'En indikator hör inte till något mål.',
    en: 'An indicator belongs to no goal.',
  },
  message: {
    sv: (p) =>
      p.table
        ? `Tabellens ${p.count} indikatorer hör inte till något mål: tabellen har ingen målkolumn och ingen målrubrik ovanför. Lägg till en kolumn Mål eller skriv målet som rubrik ovanför tabellen.`
        : `Indikatorn "${p.name}" hör inte till något mål. Skriv in målets id eller text i målkolumnen.`,
    en: (p) =>
      p.table
        ? `The table's ${p.count} indicators belong to no goal: the table has no goal column and no goal heading above it. Add a Goal column or write the goal as a heading above the table.`
        : `The indicator "${p.name}" belongs to no goal. Enter the goal's id or text in the goal column.`,
  },
});

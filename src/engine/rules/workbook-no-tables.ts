import type { Rule } from './rule';

/**
 * No plan table was recognised anywhere in the workbook (SPEC §2, §7): nothing was checked, and
 * an empty report must not read as "all is well". One finding, at the first sheet's A1.
 */
const rule: Rule = {
  code: 'workbook.no-tables',
  severity: 'warning',
  description: {
    sv: 'Ingen plantabell kändes igen i arbetsboken, så inget kontrollerades.',
    en: 'No plan table was recognised in the workbook, so nothing was checked.',
  },
  message: {
    sv: () =>
      'Ingen plantabell kändes igen i arbetsboken, så inget har kontrollerats. Planark letar bland de 30 första raderna på varje blad efter en rubrikrad som "Mål · Indikator · Prestationer – det som ska mätas · Resultat T1/T2/år" eller "Ansvar · Benämning · Budget · Prognos". Skriv sådana rubriker över tabellen, eller ange kolumnerna under Översikt.',
    en: () =>
      'No plan table was recognised in the workbook, so nothing has been checked. Planark looks in the first 30 rows of each sheet for a header row such as "Goal · Indicator · Thresholds · Result T1/T2/year" or "Cost centre · Name · Budget · Forecast". Write such headers above the table, or set the columns under Overview.',
  },
  check(ctx) {
    if (ctx.model.tables.length > 0) return [];
    return [{ sheet: ctx.sheets?.[0] ?? '', cell: 'A1', params: {} }];
  },
};

export default rule;

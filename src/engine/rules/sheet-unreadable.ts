/** sheet.unreadable: a sheet or file that could not be read; the rest of the workbook is still checked. */
import type { Rule } from './rule';

const rule: Rule = {
  code: 'sheet.unreadable',
  severity: 'error',
  description: {
    sv: 'Ett blad eller en fil som inte kunde läsas (resten kontrolleras ändå).',
    en: 'A sheet or file that could not be read (the rest is still checked).',
  },
  message: {
    sv: (p) =>
      `Bladet ${p.sheet ? `'${p.sheet}'` : 'utan namn'} kunde inte läsas (${p.reason}), så det är inte kontrollerat. Spara om filen i Excel eller kopiera tabellerna till ett nytt blad och kör kontrollen igen.`,
    en: (p) =>
      `The sheet ${p.sheet ? `'${p.sheet}'` : 'without a name'} could not be read (${p.reason}), so it has not been checked. Save the file again in Excel or copy its tables to a new sheet, then run the check again.`,
  },
  check: (ctx) =>
    ctx.unreadable.map((u) => ({
      sheet: u.sheet,
      cell: u.cell || 'A1',
      params: { sheet: u.sheet, reason: u.reason || '?' },
    })),
};

export default rule;

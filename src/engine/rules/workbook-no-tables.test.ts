import { describe, expect, it } from 'vitest';
import rule from './workbook-no-tables';
import { analyze } from '../analyze';
import { norsjoKfIndicators, uppdragsplanIndicators } from '../../../test/fixtures/seeds';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import type { SheetInput, WorkbookInput } from '../types';

const wb = (sheets: SheetInput[], ownedSheets: string[] = []): WorkbookInput => ({ fileName: 'plan.xlsx', sheets, ownedSheets });
// Seed 002's opening page: text and a document header, no plan table.
const FRONT = sheetFromTsv(
  'Framsida',
  `
Verksamhetsplan

Dokumenttyp	Dokumentägare	Beslutsinstans	Giltig till
Verksamhetsplan	Omsorg	Kommunstyrelsen	2025-12-31

I Norsjö kommuns styrmodell står: ”Tjänstemannaorganisationen utformar en eller flera årliga verksamhetsplaner utifrån målen, kvalitetskraven och de ekonomiska förutsättningarna.”
`,
);

describe('workbook.no-tables', () => {
  it.each<[string, WorkbookInput, string[]]>([
    ['a workbook with no sheets', wb([]), ['!A1']],
    ['an empty sheet', wb([{ name: 'Blad1', rows: [] }]), ['Blad1!A1']],
    ['seed 002\'s front page: prose and a document header only', wb([FRONT]), ['Framsida!A1']],
    ['the front page before seed 002\'s KF indicators', wb([FRONT, norsjoKfIndicators]), []],
    ['seed 004\'s uppdragsplan (indicators without thresholds)', wb([uppdragsplanIndicators]), []],
    ['only Planark\'s own sheets besides an empty one', wb([{ name: 'Sammanställning', rows: [[{ v: 'Mål' }, { v: 'Indikator' }]] }, { name: 'Blad1', rows: [] }], ['Sammanställning']), ['Blad1!A1']],
  ])('%s', (_l, input, expected) => {
    const a = analyze(input);
    expect(rule.check(a.ctx).map((h) => `${h.sheet}!${h.cell}`)).toEqual(expected);
  });

  it('without the list of sheets, the finding is at A1 of no sheet rather than lost', () => {
    const a = analyze(wb([FRONT]));
    expect(rule.check({ ...a.ctx, sheets: undefined })).toEqual([{ sheet: '', cell: 'A1', params: {} }]);
  });

  it('says what it checks, in Swedish and English', () => {
    expect(rule.description).toEqual({
      sv: 'Ingen plantabell kändes igen i arbetsboken, så inget kontrollerades.',
      en: 'No plan table was recognised in the workbook, so nothing was checked.',
    });
  });

  it('is one warning that says nothing was checked and how to fix it', () => {
    const a = analyze(wb([FRONT]));
    expect(a.findings).toEqual([
      {
        code: 'workbook.no-tables',
        severity: 'warning',
        sheet: 'Framsida',
        cell: 'A1',
        message: expect.stringMatching(/^Ingen plantabell kändes igen i arbetsboken, så inget har kontrollerats\. /),
      },
    ]);
    expect(analyze(wb([FRONT]), { lang: 'en' }).findings[0].message).toMatch(/^No plan table was recognised in the workbook, so nothing has been checked\./);
  });
});

import { describe, expect, it } from 'vitest';
import rule from './annex-sum-range-incomplete';
import { contextOf, findingsOf } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { parseA1 } from '../cells';

/** Seed 003 Bilaga 4 with formulas written into total cells (1-based rows as in the sheet). */
const withFormulas = (formulas: Record<string, string>) => {
  const { sheet, table } = seedAnnex('Bilaga 4');
  for (const [addr, f] of Object.entries(formulas)) {
    const { r, c } = parseA1(addr);
    const cell = sheet.rows[r]![c]!;
    sheet.rows[r]![c] = { ...cell, f };
  }
  return rule.check(contextOf([sheet], [table]));
};

describe('annex.sum-range-incomplete', () => {
  // Bilaga 4: HS Säbo details in rows 4–8, TOTAL HS säbo in row 9; TOTAL BUDGET HS (row 27)
  // over the subtotals in rows 9, 17, 23, 26.
  it.each([
    ['the whole block', { D9: 'SUM(D4:D8)' }, []],
    ['absolute references', { D9: 'SUM($D$4:$D$8)' }, []],
    ['range reaching the header row too', { D9: 'SUM(D3:D8)' }, []],
    ['cells listed one by one', { D9: 'SUM(D4,D5,D6,D7,D8)' }, []],
    ['grand total over the subtotals', { D27: 'SUM(D9,D17,D23,D26)' }, []],
    ['grand total over every detail row', { D27: 'SUM(D4:D8;D11:D16;D19:D22;D25)' }, []],
    ['not a SUM: not checked', { D9: 'D4+D5+D6+D7' }, []],
    ['a SUM on another sheet: not checked', { D9: "SUM('Bilaga 1'!D4:D7)" }, []],
    ['last row left out (HS kväll och natt SÄBO)', { D9: 'SUM(D4:D7)' }, [['D9', 'D8', 1]]],
    ['first row left out', { D9: 'SUM(D5:D8)' }, [['D9', 'D4', 1]]],
    ['places column (C) stops early', { C9: 'SUM(C4:C6)' }, [['C9', 'C7', 1]]],
    ['grand total forgets HS Övriga', { D27: 'SUM(D9,D17,D23)' }, [['D27', 'D25', 1]]],
    ['Ordbo total misses two rows', { D17: 'SUM(D11:D14)' }, [['D17', 'D15, D16', 2]]],
    ['a SUM over another column (C) leaves the whole block out', { D9: 'SUM(C4:C8)' }, [['D9', 'D4, D5, D6, D7, D8', 5]]],
    ['a SUM over the column to the right (E) leaves it out too', { D9: 'SUM(E4:E8)' }, [['D9', 'D4, D5, D6, D7, D8', 5]]],
    ['a range over both columns covers each', { C9: 'SUM(C4:D8)', D9: 'SUM(C4:D8)' }, []],
    ['more than five rows left out: the first five and …', { D17: 'SUM(D10)' }, [['D17', 'D11, D12, D13, D14, D15 …', 6]]],
    ['grand total over two subtotals and the detail rows of the others', { D27: 'SUM(D9,D17,D19:D22,D25)' }, []],
    ['HS Övriga: a SUM of a cell outside its one-row block', { D26: 'SUM(D1)' }, [['D26', 'D25', 1]]],
  ])('%s', (_label, formulas, expected) => {
    const h = withFormulas(formulas as Record<string, string>);
    expect(h.map((x) => [x.cell, x.params.missing, x.params.count])).toEqual(expected);
  });

  // Bilaga 2: TOTALT INSKRIVEN DAGVERKSAMHET (row 12) has no rows above it; the value is its own.
  it.each([
    ['over the three totals', { B13: 'SUM(B5,B10,B12)' }, []],
    ['forgetting TOTALT INSKRIVEN DAGVERKSAMHET', { B13: 'SUM(B5,B10)' }, [['B13', 'B12', 1]]],
    ['a total with nothing above it is not checked', { B12: 'SUM(B20:B30)' }, []],
  ])('Bilaga 2 ORDINÄRT BOENDE 2024 %s', (_label, formulas, expected) => {
    const { sheet, table } = seedAnnex('Bilaga 2');
    for (const [addr, f] of Object.entries(formulas as Record<string, string>)) {
      const { r, c } = parseA1(addr);
      sheet.rows[r]![c] = { ...sheet.rows[r]![c]!, f };
    }
    expect(rule.check(contextOf([sheet], [table])).map((x) => [x.cell, x.params.missing, x.params.count])).toEqual(expected);
  });

  it('reports code, severity and how to fix it', () => {
    const { sheet, table } = seedAnnex('Bilaga 4');
    sheet.rows[8]![3] = { ...sheet.rows[8]![3]!, f: 'SUM(D4:D7)' };
    const [f] = findingsOf(rule, contextOf([sheet], [table]));
    expect(f).toMatchObject({ code: 'annex.sum-range-incomplete', severity: 'error', sheet: 'Bilaga 4', cell: 'D9' });
    expect(f.message).toBe('Formeln =SUM(D4:D7) i ”TOTAL HS säbo” tar inte med 1 rad(er) i blocket (D8). Utöka området så att det täcker alla rader ovanför summan.');
  });
});

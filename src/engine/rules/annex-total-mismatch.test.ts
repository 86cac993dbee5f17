import { describe, expect, it } from 'vitest';
import rule from './annex-total-mismatch';
import { contextOf, findingsOf } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { replaceOnce } from '../../../test/fixtures/annex/seed-edit';

const hits = (name: string, edit?: (s: string) => string) => {
  const { sheet, table } = seedAnnex(name, edit);
  return rule.check(contextOf([sheet], [table]));
};

describe('annex.total-mismatch', () => {
  // Seed 003 as printed: every total adds up (some within rounding, see annex-total-rounding).
  it.each(['Bilaga 1', 'Bilaga 2', 'Bilaga 3', 'Bilaga 4', 'Bilaga 5', 'Bilaga 6'])('%s as printed has no mismatch', (name) => {
    expect(hits(name)).toEqual([]);
  });

  it.each([
    // annex, what changes, from, to, cell of the total, stated, computed
    ['Bilaga 1', 'Sågvägen 10 budget +100', '35 484 001', '35 484 101', 'H27', 787972084, 787972182],
    ['Bilaga 2', 'Larmteam +10 000 (block total)', '2 827 438', '2 837 438', 'B10', 61006014, 61016013],
    ['Bilaga 3', 'Eknäsgatan 44 on a continuation page', '6 538 539', '6 539 539', 'C100', 378112009, 378113013],
    ['Bilaga 3', 'the Gruppbostäder Summa itself', '378 112 009', '378 122 009', 'C100', 378122009, 378112013],
    ['Bilaga 3', 'the final TOTAL over Summas and loose lines', '831 238 835', '831 238 935', 'C179', 831238935, 831238835],
    ['Bilaga 3', 'Lokaler vpf (a loose line under TOTAL)', '108 303 404', '108 303 504', 'C179', 831238835, 831238935],
    ['Bilaga 4', 'TOTAL BUDGET HS over four subtotals', '229 957 985', '229 957 995', 'D27', 229957995, 229957985],
    ['Bilaga 4', 'Antal besök HS norr (counts: no rounding)', '24 993', '24 992', 'C17', 63972, 63971],
    ['Bilaga 5', 'Årsarbetare SoL över 65', '30,56', '31,56', 'E9', 66.34, 67.34],
    ['Bilaga 6', 'Fixarmaltar under a nested total', '1 062 100', '1 072 100', 'B10', 2836700, 2846700],
    ['Bilaga 6', 'the grand total of nested TOTALT lines', '29 975 659', '29 975 759', 'B18', 29975759, 29975659],
  ])('%s: %s gives exactly one mismatch, at the total', (name, _what, from, to, cell, stated, computed) => {
    const h = hits(name as string, replaceOnce(from as string, to as string));
    expect(h.map((x) => x.cell)).toEqual([cell]);
    expect(h[0].params).toMatchObject({ stated, computed });
  });

  it('Bilaga 1: a place count changed breaks its row total and its column total', () => {
    const h = hits('Bilaga 1', replaceOnce('Ribbingsholmsv 3 B\t20\t', 'Ribbingsholmsv 3 B\t21\t'));
    // G6: Total Platser 26 ≠ 21 + 6; C27: Utan inriktning 558 ≠ 559. Counts are never rounding.
    expect(h.map((x) => x.cell).sort()).toEqual(['C27', 'G6']);
  });

  it('names stated, computed and difference in the message', () => {
    const { sheet, table } = seedAnnex('Bilaga 4', replaceOnce('229 957 985', '229 957 995'));
    const [f] = findingsOf(rule, contextOf([sheet], [table]));
    expect(f).toMatchObject({ code: 'annex.total-mismatch', severity: 'error', sheet: 'Bilaga 4', cell: 'D27' });
    expect(f.message.replace(/\u00a0/g, ' ')).toBe(
      'Summan ”TOTAL BUDGET HS” (Total Budget) är 229 957 995 men de 4 rader den summerar ger 229 957 985, skillnad 10. Rätta beloppet på summaraden eller i raderna, eller skriv summan som formel.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import rule from './annex-total-rounding';
import { contextOf, findingsOf } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { replaceOnce } from '../../../test/fixtures/annex/seed-edit';
import { cellOf } from '../cells';

const hits = (name: string, edit?: (s: string) => string, roundingPerRow = 0.5) => {
  const { sheet, table } = seedAnnex(name, edit);
  return rule.check(contextOf([sheet], [table], { roundingPerRow }));
};

describe('annex.total-rounding', () => {
  // Computed by hand from seed 003 (sum of the rows each total covers):
  it.each([
    ['Bilaga 1', [['H27', 787972084, 787972082, 23]]], // 23 ansvar lines sum to 787 972 082
    ['Bilaga 2', [['B10', 61006014, 61006013, 3]]], // Larmteam + Hemtjänst natt + Larmteamet
    [
      'Bilaga 3',
      [
        ['C20', 99040950, 99040949, 16], // Servicebostäder
        ['C100', 378112009, 378112013, 65], // Gruppbostäder over four pages
        ['C140', 76700026, 76700028, 33], // Daglig verksamhet
        ['C157', 55606781, 55606780, 4], // Boendestöd
        ['C167', 46083571, 46083570, 5], // Pers.ass.
        ['C175', 16178601, 16178599, 5], // Övrigt (2 ≤ 2,5)
      ],
    ],
    ['Bilaga 4', []], // every total exact
    ['Bilaga 5', []],
    ['Bilaga 6', []],
  ])('%s', (name, expected) => {
    const h = hits(name as string);
    expect(h.map((x) => [x.cell, x.params.stated, x.params.computed, x.params.count])).toEqual(expected);
  });

  it.each([
    [0.5, ['B10']], // 1 ≤ 1,5
    [0.34, ['B10']], // 1 ≤ 1,02
    [0.3, []], // 1 > 0,9: a mismatch instead
  ])('Bilaga 2 TOTALT HEMTJÄNST EJ LOV (1 kr over 3 rows) with %s per row', (rpr, expected) => {
    expect(hits('Bilaga 2', undefined, rpr as number).map((x) => x.cell)).toEqual(expected);
  });

  it('Bilaga 2: 2 kr over 3 rows (> 1,5) is a mismatch; the unlabelled subtotal under it is then 1 kr off', () => {
    const edit = replaceOnce('61 006 014', '61 006 015');
    // ORDINÄRT BOENDE 2024 = 4 748 682 + 61 006 015 + 10 685 290 − 1.
    expect(hits('Bilaga 2', edit).map((x) => x.cell)).toEqual(['B13']);
    const { sheet, table } = seedAnnex('Bilaga 2', edit);
    const ctx = contextOf([sheet], [table]);
    expect(ctx.annexes[0].issues.filter((i) => i.kind === 'total-mismatch').map((i) => cellOf(i.at))).toEqual(['B10']);
  });

  it('Bilaga 5: Årsarbetare are written with 2 decimals, so 0,01 per row is the unit', () => {
    // 0,01 over 5 rows ≤ 0,025: rounding; 0,1 is not (a mismatch instead).
    expect(hits('Bilaga 5', replaceOnce('30,56', '30,57')).map((x) => x.cell)).toEqual(['E9']);
    expect(hits('Bilaga 5', replaceOnce('30,56', '30,66'))).toEqual([]);
  });

  it('message says it is within rounding', () => {
    const { sheet, table } = seedAnnex('Bilaga 2');
    const [f] = findingsOf(rule, contextOf([sheet], [table]));
    expect(f).toMatchObject({ code: 'annex.total-rounding', severity: 'info', cell: 'B10' });
    expect(f.message.replace(/\u00a0/g, ' ')).toContain('summan av de 3 raderna är 61 006 013 (skillnad 1, inom avrundning på högst 1,5)');
  });
});

import { describe, expect, it } from 'vitest';
import rule from './annex-unit-suspect';
import { contextOf, findingsOf, tableOver } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { sheetFromTsv } from '../../../test/fixtures/sheet';

// Seed 003 Bilaga 3's first block, with the amounts as the header's unit would have them.
const block = (header: string, amounts: string[]) =>
  [
    `Ansvar\tServicebostäder\t${header}\tAntal platser`,
    `298101\tLjuragatan 147-149\t${amounts[0]}\t12`,
    `298102\tGuldringen 77-83\t${amounts[1]}\t7`,
    `298105\tGeneralsgatan 41\t${amounts[2]}\t9`,
    `\tSumma\t${amounts[3]}\t28`,
  ].join('\n');

const hitsOf = (tsv: string) => {
  const sheet = sheetFromTsv('Bilaga 3', tsv);
  const table = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' } });
  return rule.check(contextOf([sheet], [table]));
};

describe('annex.unit-suspect', () => {
  it('seed 003 Bilaga 3: one finding for `Budget uppdrag tkr`, at its first header cell, despite 10 repeated headers', () => {
    const { sheet, table } = seedAnnex('Bilaga 3');
    const h = rule.check(contextOf([sheet], [table]));
    expect(h.map((x) => [x.cell, x.params.column])).toEqual([['C3', 'Budget uppdrag tkr']]);
  });

  it.each([
    ['tkr header, kronor values (seed)', 'Budget uppdrag tkr', ['5 245 914', '4 806 705', '5 210 452', '15 263 071'], ['C1']],
    ['tkr header, tkr values', 'Budget uppdrag tkr', ['5 246', '4 807', '5 210', '15 263'], []],
    ['tkr header, decimals in tkr', 'Budget tkr', ['5 245,9', '4 806,7', '5 210,5', '15 263,1'], []],
    ['median just under 100 000 tkr', 'Budget tkr', ['99 999', '99 999', '150 000', '349 998'], []],
    ['median at 100 000 tkr', 'Budget tkr', ['100 000', '100 000', '150 000', '350 000'], ['C1']],
    // The reverse (kr header, tkr-sized values) is deliberately not flagged: too ambiguous.
    ['kr header, tkr-sized values', 'Budget kr', ['5 246', '4 807', '5 210', '15 263'], []],
    ['no unit, kronor values', 'Budget uppdrag', ['5 245 914', '4 806 705', '5 210 452', '15 263 071'], []],
  ])('%s', (_l, header, amounts, expected) => {
    expect(hitsOf(block(header as string, amounts as string[])).map((x) => x.cell)).toEqual(expected);
  });

  it('message says what to change', () => {
    const { sheet, table } = seedAnnex('Bilaga 3');
    const [f] = findingsOf(rule, contextOf([sheet], [table], { lang: 'en' }));
    expect(f).toMatchObject({ code: 'annex.unit-suspect', severity: 'warning', cell: 'C3' });
    expect(f.message).toContain('change the header to kr, or divide the amounts by 1,000');
  });
});

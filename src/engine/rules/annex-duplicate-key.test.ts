import { describe, expect, it } from 'vitest';
import rule from './annex-duplicate-key';
import { contextOf, findingsOf } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { replaceOnce } from '../../../test/fixtures/annex/seed-edit';

const hits = (name: string, edit?: (s: string) => string) => {
  const { sheet, table } = seedAnnex(name, edit);
  return rule.check(contextOf([sheet], [table]));
};

describe('annex.duplicate-key', () => {
  it.each([
    // Seed 003 Bilaga 3: 298260 is Örtugsgatan 23 C (row 83) and again Lokaler vpf (row 176).
    ['Bilaga 3', undefined, [['A176', '298260', 'A83', 'Lokaler vpf', 'Örtugsgatan 23 C']]],
    ['Bilaga 1', undefined, []],
    ['Bilaga 4', undefined, []],
    // Bilaga 5's Verksamhet column repeats 587 but it is a name column, not a key.
    ['Bilaga 5', undefined, []],
    ['Bilaga 1', replaceOnce('294518\t', '294503\t'), [['A21', '294503', 'A16', 'Katrineholmsvägen 5', 'Sandbyhovsgatan 4']]],
    // The same name under two codes (Hjalmar Lundgrens 68-80) is no duplicate key.
    ['Bilaga 3 without 298260 twice', replaceOnce('298260\tLokaler vpf', '\tLokaler vpf'), []],
  ])('%s', (name, edit, expected) => {
    const h = hits((name as string).slice(0, 8), edit as ((s: string) => string) | undefined);
    expect(h.map((x) => [x.cell, x.params.key, x.params.first, x.params.name, x.params.firstName])).toEqual(expected);
  });

  it('message names both rows and the fix', () => {
    const { sheet, table } = seedAnnex('Bilaga 3');
    const [f] = findingsOf(rule, contextOf([sheet], [table]));
    expect(f).toMatchObject({ code: 'annex.duplicate-key', severity: 'warning', sheet: 'Bilaga 3', cell: 'A176' });
    expect(f.message).toBe(
      'Ansvar 298260 (Lokaler vpf) används redan i A83 (Örtugsgatan 23 C). Kontrollera koden: ge raden rätt ansvar, eller slå ihop raderna om de avser samma sak.',
    );
  });
});

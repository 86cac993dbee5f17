/** Seed 003's annexes as sheets and the tables recognition would report for them (test material). */
import { sheetFromTsv } from '../../../../test/fixtures/sheet';
import type { RecognizedTable } from '../../model';
import type { SheetInput } from '../../types';
import { BILAGA1, BILAGA2, BILAGA3, BILAGA4, BILAGA5, BILAGA6 } from './seed003';
import { tableOver, type TableSpec } from './tables';

export const SEED_ANNEX_SPECS: Record<string, { tsv: string; spec: TableSpec }> = {
  'Bilaga 1': { tsv: BILAGA1, spec: { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount', 4: 'amount', 5: 'amount', 6: 'amount', 7: 'amount' } } },
  'Bilaga 2': { tsv: BILAGA2, spec: { roles: { 0: 'name', 1: 'amount' } } },
  'Bilaga 3': { tsv: BILAGA3, spec: { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' } } },
  'Bilaga 4': { tsv: BILAGA4, spec: { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' } } },
  'Bilaga 5': { tsv: BILAGA5, spec: { roles: { 0: 'key', 1: 'name', 2: 'name', 3: 'amount', 4: 'amount', 5: 'amount' } } },
  'Bilaga 6': { tsv: BILAGA6, spec: { roles: { 0: 'name', 1: 'amount' } } },
};

/** One sheet per annex, named `Bilaga N`; `edit` may alter the text before it is read. */
export function seedAnnex(name: keyof typeof SEED_ANNEX_SPECS | string, edit?: (tsv: string) => string): { sheet: SheetInput; table: RecognizedTable } {
  const { tsv, spec } = SEED_ANNEX_SPECS[name];
  const sheet = sheetFromTsv(name, edit ? edit(tsv) : tsv);
  return { sheet, table: tableOver(sheet, spec) };
}

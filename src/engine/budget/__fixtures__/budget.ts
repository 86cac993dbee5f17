/**
 * A monthly budget follow-up as a controller keeps it (test material): ansvar codes and names from
 * seed 003 Bilaga 1, amounts in tkr, Avvikelse written budget − prognos (negative = underskott),
 * comments in the words of seed 001 (analys och åtgärdsplan).
 */
import { sheetFromTsv } from '../../../../test/fixtures/sheet';
import type { RecognizedTable } from '../../model';
import type { SheetInput } from '../../types';
import { tableOver } from '../../../../test/fixtures/tables';

// Rows (1-based): 2 header, 3–8 ansvar, 9 Summa.
export const BUDGET_TSV = `Budgetuppföljning särskilt boende oktober
Ansvar	Benämning	Typ	Budget tkr	Utfall tkr	Prognos tkr	Avvikelse tkr	Kommentar/åtgärd
294101	Ribbingsholmsv 3 B	Kostnad	15 356	12 500	15 300	56	
294103	Bryggaregatan 6:1	Kostnad	16 765	14 200	17 100	-335	Ökade bemanningskostnader. Analys och åtgärdsplan redovisas till förvaltningschef.
294105	Sågvägen 10	Kostnad	35 484	30 100	35 600	-116	
294107	Nils Åbergs gata 2	Kostnad	38 552	33 000	38 900	-348	
294060	säbo Lokalhyror	Intäkt	5 000	4 300	4 900	-100	
294109	Kalkstensgatan 5	Kostnad	30 093	24 800	30 000	930	
Summa			141 250	118 900	141 800	-550	`;

export const BUDGET_ROLES = { 0: 'key', 1: 'name', 2: 'lineType', 3: 'budget', 4: 'actual', 5: 'forecast', 6: 'deviation', 7: 'comment' } as const;

export function budgetTable(tsv = BUDGET_TSV, roles: Record<number, RecognizedTable['columns'][number]['role']> = { ...BUDGET_ROLES }, name = 'Budget okt'): {
  sheet: SheetInput;
  table: RecognizedTable;
} {
  const sheet = sheetFromTsv(name, tsv);
  const table = tableOver(sheet, { kind: 'budget', roles, headerRow: 1 });
  return { sheet, table };
}

/** Replaces one tab-separated row (by its first cell) in the fixture text. */
export function withRow(tsv: string, key: string, cells: string[]): string {
  return tsv
    .split('\n')
    .map((l) => (l.split('\t')[0] === key ? cells.join('\t') : l))
    .join('\n');
}

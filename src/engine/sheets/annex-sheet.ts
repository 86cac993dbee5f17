/**
 * The Bilagor / Annexes sheet (SPEC §5–6): every annex of the workbook in one standard layout,
 * one after the other, each row linking back to where it came from. A total that differed from
 * its sum in the source is never silently corrected: its row says so in an Anmärkning column
 * (`Källans summa 83 682 400 ≠ 100 749 956`) in the finding's colour, beside the SUM that is right.
 */
import type { Finding, GenCell, GeneratedSheet } from '../types';
import type { RuleContext } from '../rules/rule';
import { a1 } from '../cells';
import { annexBlock, annexWidths } from '../annex/layout';
import { markDifferences, NOTE_WIDTH } from '../annex/source-marks';

export function annexSheet(ctx: RuleContext, _findings: Finding[]): Omit<GeneratedSheet, 'name' | 'kind'> | null {
  if (ctx.annexes.length === 0) return null;
  const lang = ctx.options.lang;
  const rows: GeneratedSheet['rows'] = [];
  let width = 0;
  let notes = false;
  for (const a of ctx.annexes) {
    const rowOfSource = new Map<GenCell, number>();
    const block = annexBlock(a, lang, rows.length, (row) => {
      const cell: GenCell = { v: `${a.sheet}!${a1(row.r, 0)}`, link: { sheet: a.sheet, cell: a1(row.r, 0) } };
      rowOfSource.set(cell, row.r);
      return cell;
    });
    width = Math.max(width, ...block.map((r) => r.length));
    if (markDifferences(block, a, rowOfSource, lang)) notes = true;
    rows.push(...block, []);
  }
  rows.pop();
  const colWidths = annexWidths(width);
  if (notes) colWidths.push(NOTE_WIDTH);
  return { rows, colWidths };
}

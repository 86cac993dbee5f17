/**
 * The Bilagor / Annexes sheet (SPEC §5–6): every annex of the workbook in one standard layout,
 * one after the other, each row linking back to where it came from.
 */
import type { Finding, GeneratedSheet } from '../types';
import type { RuleContext } from '../rules/rule';
import { a1 } from '../cells';
import { annexBlock, annexWidths } from '../annex/layout';

export function annexSheet(ctx: RuleContext, _findings: Finding[]): Omit<GeneratedSheet, 'name' | 'kind'> | null {
  if (ctx.annexes.length === 0) return null;
  const rows: GeneratedSheet['rows'] = [];
  let width = 0;
  for (const a of ctx.annexes) {
    const block = annexBlock(a, ctx.options.lang, rows.length, (row) => ({
      v: `${a.sheet}!${a1(row.r, 0)}`,
      link: { sheet: a.sheet, cell: a1(row.r, 0) },
    }));
    rows.push(...block, []);
    width = Math.max(width, ...block.map((r) => r.length));
  }
  rows.pop();
  return { rows, colWidths: annexWidths(width) };
}

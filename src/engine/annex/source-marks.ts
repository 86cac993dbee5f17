/**
 * The mark a wrong source total keeps wherever annexes are copied (SPEC §5–6): the Bilagor sheet
 * of one workbook and `assemble` over many. A total that differed from its sum in the source is
 * never silently corrected: its row says so in an Anmärkning column
 * (`Källans summa 83 682 400 ≠ 100 749 956`) in the finding's colour, beside the SUM that is right.
 */
import type { GenCell, Lang } from '../types';
import { PALETTE } from '../types';
import type { AnnexAnalysis, AnnexIssue } from './types';
import { HEADER_STYLE, L } from './layout';
import { num } from '../budget/format';

/** Width of the Anmärkning column. */
export const NOTE_WIDTH = 46;

const W = {
  sv: {
    mismatch: (stated: string, computed: string, count: number) => `Källans summa ${stated} ≠ ${computed}, summan av ${count} rader`,
    rounding: (stated: string, computed: string) => `Avrundning: källans summa ${stated}, raderna ger ${computed}`,
  },
  en: {
    mismatch: (stated: string, computed: string, count: number) => `Source total ${stated} ≠ ${computed}, the sum of ${count} rows`,
    rounding: (stated: string, computed: string) => `Rounding: source total ${stated}, the rows give ${computed}`,
  },
};

type TotalIssue = AnnexIssue & { kind: 'total-mismatch' | 'total-rounding' };

function isTotalIssue(i: AnnexIssue): i is TotalIssue {
  return i.kind === 'total-mismatch' || i.kind === 'total-rounding';
}

/** The words for one differing total; the column is named when the annex has several. */
function noteText(i: TotalIssue, lang: Lang, severalColumns: boolean): string {
  const p = i.params;
  const n = (x: string | number) => num(x, lang);
  const words = i.kind === 'total-mismatch' ? W[lang].mismatch(n(p.stated), n(p.computed), Number(p.count)) : W[lang].rounding(n(p.stated), n(p.computed));
  return severalColumns && p.column ? `${p.column}: ${words}` : words;
}

/**
 * Adds the Anmärkning column to an annex block whose source had totals that differ from their
 * sums: on each such total row the note, and for a real mismatch the finding's colour on the
 * note and on the total itself.
 */
export function markDifferences(block: GenCell[][], a: AnnexAnalysis, rowOfSource: Map<GenCell, number>, lang: Lang): boolean {
  const issues = a.issues.filter(isTotalIssue);
  if (issues.length === 0) return false;
  const bySourceRow = new Map<number, TotalIssue[]>();
  for (const i of issues) bySourceRow.set(i.at.r, [...(bySourceRow.get(i.at.r) ?? []), i]);
  const header = block[1];
  const severalColumns = new Set(issues.map((i) => i.params.column)).size > 1 || a.columns.filter((c) => c.numeric).length > 1;
  header.push({ v: L.note[lang], ...HEADER_STYLE });
  for (let k = 2; k < block.length; k++) {
    const row = block[k];
    const source = rowOfSource.get(row[row.length - 1]);
    // Stryker disable next-line ConditionalExpression: a Map has no undefined key, so asking it gives undefined too.
    const mine = source === undefined ? undefined : bySourceRow.get(source);
    if (!mine) {
      row.push({ v: null });
      continue;
    }
    const wrong = mine.some((i) => i.kind === 'total-mismatch');
    const note: GenCell = { v: mine.map((i) => noteText(i, lang, severalColumns)).join('; '), wrap: true };
    if (wrong) Object.assign(note, { fill: PALETTE.red.fill, font: PALETTE.red.font, bold: true });
    else note.italic = true;
    for (const i of mine) {
      if (i.kind !== 'total-mismatch') continue;
      const col = header.findIndex((h, c) => c >= 2 && h.v === i.params.column);
      // Rows with a source carry every column of the header.
      if (col !== -1) row[col] = { ...row[col], fill: PALETTE.red.fill, font: PALETTE.red.font };
    }
    row.push(note);
  }
  return true;
}

/**
 * The report as a sheet laid out for printing: for Excel hosts that cannot hand a file to the user
 * (Excel on Mac and iPad, whose web views do not download). The same document as the Word file,
 * one block after the other from column A; a page break before each målområde and section, the
 * print area over the whole, one page wide. Text from users' cells stays text.
 */
import type { GenCell, GeneratedSheet } from '../types';
import { PALETTE } from '../types';
import type { Block, ParagraphBlock, ReportDocument, TableBlock, Tone } from './types';
import { pickSheetName, SHEET_TITLES } from '../sheets/naming';

// Styles are written in the functions that use them (not module constants), so that mutation
// testing can tell which tests read them.
/** Characters across the printed page (landscape, one page wide). */
const PAGE_CHARS = 150;
const FIRST_COL = 48;

function toneStyle(t: Tone | undefined): Partial<GenCell> {
  if (!t) return {};
  if (t === 'placeholder') return { fill: 'FFFFF2CC', italic: true };
  return { fill: PALETTE[t].fill, font: PALETTE[t].font };
}

/**
 * A paragraph as cells: its text in A; a status word after a coloured marker goes to B in its
 * colour (a cell has one colour), so `Bedömning: ● Delvis uppfyllt · Nivå: Nämndmål` becomes
 * `Bedömning · Nivå: Nämndmål` | `Delvis uppfyllt`.
 */
function paragraphRow(b: ParagraphBlock): GenCell[] {
  const m = b.runs.findIndex((r) => r.marker);
  if (m >= 0 && b.runs[m + 1]) {
    const word = b.runs[m + 1];
    const before = b.runs.slice(0, m).map((r) => r.text).join('').replace(/[\s:–-]+$/u, '');
    const after = b.runs.slice(m + 2).map((r) => r.text).join('');
    return [
      { v: `${before}${after}`, wrap: true, bold: b.runs[0].bold },
      { v: word.text.trim(), bold: true, ...toneStyle(word.tone ?? b.runs[m].tone) },
    ];
  }
  const text = b.runs.map((r) => r.text).join('');
  const tone = b.style === 'placeholder' ? 'placeholder' : b.runs.find((r) => r.tone)?.tone;
  const bold = b.runs.length === 1 && !!b.runs[0].bold;
  return [{ v: text, wrap: true, ...(bold ? { bold } : {}), ...(b.style === 'note' ? { italic: true } : {}), ...toneStyle(tone) }];
}

function tableRows(b: TableBlock): GenCell[][] {
  const out: GenCell[][] = [b.header.map((h): GenCell => ({ v: h, wrap: true, bold: true, fill: 'FFD9E1F2', border: { bottom: 'thin' } }))];
  b.rows.forEach((r, k) => {
    const total = b.totalRow && k === b.rows.length - 1;
    out.push(
      r.map((c): GenCell => ({
        v: c.runs.map((x) => x.text).join(''),
        wrap: true,
        ...(c.runs.some((x) => x.bold) || total ? { bold: true } : {}),
        ...(c.runs.some((x) => x.italic) ? { italic: true } : {}),
        ...(total ? { border: { top: 'thin' } } : {}),
        ...toneStyle(c.tone),
      })),
    );
  });
  return out;
}

function headingRow(level: 1 | 2 | 3, text: string): GenCell[] {
  if (level === 1) return [{ v: text, bold: true, fill: 'FFD9E1F2', border: { bottom: 'medium' }, wrap: true }];
  if (level === 2) return [{ v: text, bold: true, border: { bottom: 'thin' }, wrap: true }];
  return [{ v: text, bold: true, italic: true, wrap: true }];
}

/**
 * Column widths: A holds every text (paragraphs, headings, the tables' first column) and is always
 * FIRST_COL wide; each other column gets the widest share of a page across any table gives it.
 */
function widths(blocks: Block[]): number[] {
  const w: number[] = [FIRST_COL];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    const sum = b.widths.reduce((s, x) => s + x, 0);
    b.widths.slice(1).forEach((x, k) => {
      const chars = Math.min(40, Math.max(8, Math.round((x / sum) * PAGE_CHARS)));
      w[k + 1] = Math.max(w[k + 1] ?? 0, chars);
    });
  }
  return w;
}

export function reportSheet(doc: ReportDocument): Omit<GeneratedSheet, 'name' | 'kind'> {
  const rows: GenCell[][] = [[{ v: doc.title, bold: true }]];
  for (const line of doc.titleLines) rows.push([{ v: line, ...(line === doc.namnd ? { bold: true } : {}) }]);
  rows.push([]);
  const rowBreaks: number[] = [];
  let first = true;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      // A new page for each section, and one after the title block.
      if (b.newPage || first) rowBreaks.push(rows.length);
      first = false;
      rows.push(headingRow(b.level, b.text));
    } else if (b.kind === 'paragraph') rows.push(paragraphRow(b));
    else {
      rows.push(...tableRows(b));
      rows.push([]);
    }
  }
  return { rows, colWidths: widths(doc.blocks), print: { area: true, rowBreaks, landscape: true, fitToWidth: true } };
}

/** The report sheet as an edit: named `Rapport` (or a free variant beside a user's own sheet). */
export function reportSheetEdit(doc: ReportDocument, input: { sheets: { name: string }[]; ownedSheets: string[] }): GeneratedSheet {
  const name = pickSheetName(SHEET_TITLES.report[doc.lang], new Set(input.sheets.map((s) => s.name)), new Set(input.ownedSheets));
  return { kind: 'report', name, ...reportSheet(doc) };
}

/**
 * Renders the report document (engine/document) as a Word file with the `docx` package, in Node
 * (the CLI) and in the browser (the task pane, loaded lazily in its own chunk). Headings are Word's
 * own Heading 1–3 and the title Word's Title, so a nämnd's template restyles them and a table of
 * contents finds them; colours are Excel's Good/Neutral/Bad fills, always beside the word.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, ParagraphBlock, ReportDocument, Run, TableBlock, TableCell as DocCell, Tone } from '../engine/document/types';
import { PALETTE } from '../engine/types';

const argb = (c: string) => c.slice(2);

/** Cell shading and text colour per tone: the palette of SPEC §3, and a soft yellow for places to write. */
const SHADE: Record<Tone, { fill: string; font?: string }> = {
  green: { fill: argb(PALETTE.green.fill), font: argb(PALETTE.green.font) },
  yellow: { fill: argb(PALETTE.yellow.fill), font: argb(PALETTE.yellow.font) },
  red: { fill: argb(PALETTE.red.fill), font: argb(PALETTE.red.font) },
  gap: { fill: argb(PALETTE.gap.fill) },
  placeholder: { fill: 'FFF2CC', font: '7F6000' },
};

/** The marker dot in a strong colour that reads on paper, black and white print too (the word follows). */
const MARKER: Record<Tone, string> = { green: '00B050', yellow: 'FFC000', red: 'E00000', gap: 'ED7D31', placeholder: '7F6000' };

const HEADER_FILL = 'D9E1F2';
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const CONTENT_WIDTH = A4.width - 2 * MARGIN;

function textRun(r: Run, size?: number): TextRun {
  const tone = r.tone;
  if (r.marker) return new TextRun({ text: r.text, color: tone ? MARKER[tone] : '808080', ...(size ? { size } : {}) });
  return new TextRun({
    text: r.text,
    bold: r.bold,
    italics: r.italic,
    ...(size ? { size } : {}),
    ...(tone && SHADE[tone].font ? { color: SHADE[tone].font } : {}),
    ...(tone && !r.marker && tone !== 'placeholder' ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE[tone].fill } } : {}),
  });
}

function paragraph(b: ParagraphBlock): Paragraph {
  const placeholder = b.style === 'placeholder';
  return new Paragraph({
    children: b.runs.map((r) => textRun(r)) as ParagraphChild[],
    spacing: { after: 120 },
    ...(placeholder
      ? {
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE.placeholder.fill },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'BF9000', space: 6 } },
        }
      : {}),
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(c: DocCell, width: number, o: { header?: boolean; total?: boolean } = {}): TableCell {
  const shade = o.header ? { fill: HEADER_FILL } : c.tone ? SHADE[c.tone] : null;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade.fill } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(o.total ? { borders: { top: { style: BorderStyle.SINGLE, size: 8, color: '000000' } } } : {}),
    children: [
      new Paragraph({
        alignment: c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: c.runs.map((r) =>
          textRun({ ...r, bold: r.bold || o.header || o.total, ...(c.tone && !r.marker ? { tone: c.tone } : {}) }, 18),
        ) as ParagraphChild[],
      }),
    ],
  });
}

function table(b: TableBlock): Table {
  const sum = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => Math.round((w / sum) * CONTENT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.header.map((h, i) => cell({ runs: [{ text: h }] }, widths[i], { header: true })),
  });
  const rows = b.rows.map(
    (r, k) =>
      new TableRow({
        cantSplit: true,
        children: r.map((c, i) => cell(c, widths[i], { total: b.totalRow && k === b.rows.length - 1 })),
      }),
  );
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], text: b.text, ...(b.newPage ? { pageBreakBefore: true } : {}), keepNext: true })];
    case 'paragraph':
      return [paragraph(b)];
    case 'table':
      // A small gap after a table, so the next paragraph does not stick to it.
      return [table(b), new Paragraph({ spacing: { after: 60 }, children: [] })];
  }
}

const CONTENTS = { sv: 'Innehåll', en: 'Contents' };

function titlePage(doc: ReportDocument): Paragraph[] {
  const [namnd, ...rest] = doc.titleLines;
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title }),
    new Paragraph({ spacing: { before: 240, after: 480 }, children: [new TextRun({ text: namnd, bold: true, size: 36, ...(doc.namnd ? {} : { italics: true, color: SHADE.placeholder.font }) })] }),
    ...rest.map((line) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: line, size: 24 })] })),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: CONTENTS[doc.lang], bold: true, size: 32 })] }),
    // Entries are written from the headings; Word fills in the page numbers when it updates the field.
    new TableOfContents(CONTENTS[doc.lang], { hyperlink: true, headingStyleRange: '1-2' }) as unknown as Paragraph,
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The Word document object (for tests that look inside before packing). */
export function reportDocx(doc: ReportDocument): Document {
  return new Document({
    title: doc.title,
    subject: doc.namnd ?? undefined,
    creator: 'Planark',
    description: doc.file ? `${doc.title} – ${doc.file}` : doc.title,
    styles: {
      default: {
        document: { run: { size: 21, language: { value: doc.lang === 'sv' ? 'sv-SE' : 'en-GB' } }, paragraph: { spacing: { after: 100 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [...titlePage(doc), ...doc.blocks.flatMap(block)],
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocx(doc)));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Renders the report document (engine/document) as a Word file with the `docx` package, in Node
 * (the CLI) and in the browser (the task pane, loaded lazily in its own chunk). Headings are Word's
 * own Heading 1–3 and the title Word's Title, so a nämnd's template restyles them and a table of
 * contents finds them; colours are Excel's Good/Neutral/Bad fills, always beside the word.
 * `docx` itself is imported when a report is made, so neither the CLI's start nor the pane's first
 * load pays for it.
 */
import type { Document, Paragraph, ParagraphChild, Table, TableCell, TextRun } from 'docx';
import type { Block, ParagraphBlock, ReportDocument, Run, TableBlock, TableCell as DocCell, Tone } from '../engine/document/types';
import { PALETTE } from '../engine/types';

type Docx = typeof import('docx');

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

function textRun(d: Docx, r: Run, size?: number): TextRun {
  const tone = r.tone;
  if (r.marker) return new d.TextRun({ text: r.text, color: tone ? MARKER[tone] : '808080', ...(size ? { size } : {}) });
  return new d.TextRun({
    text: r.text,
    bold: r.bold,
    italics: r.italic,
    ...(size ? { size } : {}),
    ...(tone && SHADE[tone].font ? { color: SHADE[tone].font } : {}),
    ...(tone && !r.marker && tone !== 'placeholder' ? { shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: SHADE[tone].fill } } : {}),
  });
}

function paragraph(d: Docx, b: ParagraphBlock): Paragraph {
  const placeholder = b.style === 'placeholder';
  return new d.Paragraph({
    children: b.runs.map((r) => textRun(d, r)) as ParagraphChild[],
    spacing: { after: 120 },
    ...(placeholder
      ? {
          shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: SHADE.placeholder.fill },
          border: { left: { style: d.BorderStyle.SINGLE, size: 18, color: 'BF9000', space: 6 } },
        }
      : {}),
  });
}

function cell(d: Docx, c: DocCell, width: number, o: { header?: boolean; total?: boolean } = {}): TableCell {
  const shade = o.header ? { fill: HEADER_FILL } : c.tone ? SHADE[c.tone] : null;
  return new d.TableCell({
    width: { size: width, type: d.WidthType.DXA },
    ...(shade ? { shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: shade.fill } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(o.total ? { borders: { top: { style: d.BorderStyle.SINGLE, size: 8, color: '000000' } } } : {}),
    children: [
      new d.Paragraph({
        alignment: c.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        children: c.runs.map((r) =>
          textRun(d, { ...r, bold: r.bold || o.header || o.total, ...(c.tone && !r.marker ? { tone: c.tone } : {}) }, 18),
        ) as ParagraphChild[],
      }),
    ],
  });
}

function table(d: Docx, b: TableBlock): Table {
  const sum = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => Math.round((w / sum) * CONTENT_WIDTH));
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.header.map((h, i) => cell(d, { runs: [{ text: h }] }, widths[i], { header: true })),
  });
  const rows = b.rows.map(
    (r, k) =>
      new d.TableRow({
        cantSplit: true,
        children: r.map((c, i) => cell(d, c, widths[i], { total: b.totalRow && k === b.rows.length - 1 })),
      }),
  );
  return new d.Table({ width: { size: CONTENT_WIDTH, type: d.WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

function block(d: Docx, b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading': {
      const heading = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3 }[b.level];
      return [new d.Paragraph({ heading, text: b.text, ...(b.newPage ? { pageBreakBefore: true } : {}), keepNext: true })];
    }
    case 'paragraph':
      return [paragraph(d, b)];
    case 'table':
      // A small gap after a table, so the next paragraph does not stick to it.
      return [table(d, b), new d.Paragraph({ spacing: { after: 60 }, children: [] })];
  }
}

const CONTENTS = { sv: 'Innehåll', en: 'Contents' };

function titlePage(d: Docx, doc: ReportDocument): Paragraph[] {
  const [namnd, ...rest] = doc.titleLines;
  return [
    new d.Paragraph({ spacing: { before: 2400 }, children: [] }),
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, text: doc.title }),
    new d.Paragraph({ spacing: { before: 240, after: 480 }, children: [new d.TextRun({ text: namnd, bold: true, size: 36, ...(doc.namnd ? {} : { italics: true, color: SHADE.placeholder.font }) })] }),
    ...rest.map((line) => new d.Paragraph({ spacing: { after: 80 }, children: [new d.TextRun({ text: line, size: 24 })] })),
    new d.Paragraph({ children: [new d.PageBreak()] }),
    new d.Paragraph({ spacing: { after: 240 }, children: [new d.TextRun({ text: CONTENTS[doc.lang], bold: true, size: 32 })] }),
    // Entries are written from the headings; Word fills in the page numbers when it updates the field.
    new d.TableOfContents(CONTENTS[doc.lang], { hyperlink: true, headingStyleRange: '1-2' }) as unknown as Paragraph,
    new d.Paragraph({ children: [new d.PageBreak()] }),
  ];
}

/** The Word document object (for tests that look inside before packing). */
export async function reportDocx(doc: ReportDocument): Promise<Document> {
  const d: Docx = await import('docx');
  return new d.Document({
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
        children: [...titlePage(d, doc), ...doc.blocks.flatMap((b) => block(d, b))],
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const { Packer } = await import('docx');
  return new Uint8Array(await Packer.toArrayBuffer(await reportDocx(doc)));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Reads back what a .docx says (test helper): the body's paragraphs with their style and text, and
 * its tables as rows of cells with their text and shading, in document order. A .docx is a zip of
 * XML; this reads `word/document.xml` as Word would show it, not its bytes.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocParagraph {
  kind: 'p';
  /** Paragraph style id (`Heading1`, `Title`), or null for Normal. */
  style: string | null;
  text: string;
  /** Shading of the paragraph itself (a place to write). */
  fill: string | null;
  pageBreakBefore: boolean;
}

export interface DocCell {
  text: string;
  fill: string | null;
  /** Colours of the cell's text runs. */
  colors: string[];
}

export interface DocTable {
  kind: 'tbl';
  rows: DocCell[][];
  /** The first row repeats as a header on every page. */
  headerRepeats: boolean;
}

export type DocBlock = DocParagraph | DocTable;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) out += m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
  return out;
}

function paragraph(xml: string): DocParagraph {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  return {
    kind: 'p',
    style: /<w:pStyle w:val="([^"]+)"/.exec(pPr)?.[1] ?? null,
    text: textOf(xml),
    fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(pPr)?.[1]?.toUpperCase() ?? null,
    pageBreakBefore: /<w:pageBreakBefore(?:\/>| w:val="(?:true|1|on)")/.test(pPr),
  };
}

function table(xml: string): DocTable {
  const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) =>
    [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => {
      const tcPr = /<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(c[1])?.[1] ?? '';
      return {
        text: [...c[1].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0])).join('\n'),
        fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(tcPr)?.[1]?.toUpperCase() ?? null,
        colors: [...c[1].matchAll(/<w:color w:val="([0-9A-Fa-f]{6})"/g)].map((m) => m[1].toUpperCase()),
      };
    }),
  );
  return { kind: 'tbl', rows, headerRepeats: /<w:tblHeader(?:\/>| w:val="(?:true|1|on)")/.test(xml.slice(0, xml.indexOf('</w:tr>'))) };
}

export interface ReadDocx {
  blocks: DocBlock[];
  paragraphs: DocParagraph[];
  tables: DocTable[];
  /** `[style, text]` of every Title and Heading paragraph, in order. */
  headings: [string, string][];
  /** The parts of the package. */
  parts: string[];
  documentXml: string;
  stylesXml: string;
  coreXml: string;
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzipSync(bytes);
  const documentXml = strFromU8(files['word/document.xml']);
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)![1];
  const blocks: DocBlock[] = [];
  // Top-level paragraphs and tables (the table of contents' paragraphs sit in a w:sdt: read them too).
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>/g)) {
    blocks.push(m[0].startsWith('<w:tbl>') ? table(m[0]) : paragraph(m[0]));
  }
  const paragraphs = blocks.filter((b): b is DocParagraph => b.kind === 'p');
  return {
    blocks,
    paragraphs,
    tables: blocks.filter((b): b is DocTable => b.kind === 'tbl'),
    headings: paragraphs.filter((p) => p.style && /^(Title|Heading\d)$/.test(p.style)).map((p) => [p.style!, p.text]),
    parts: Object.keys(files),
    documentXml,
    stylesXml: files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : '',
    coreXml: files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '',
  };
}

/** The table row (of any table) whose first cell is `first`. */
export function rowStarting(doc: ReadDocx, first: string): DocCell[] | undefined {
  for (const t of doc.tables) for (const r of t.rows) if (r[0]?.text === first) return r;
  return undefined;
}

/**
 * The report for the nämnd (SPEC §6, §8) as a plain document model: title page, headings, text,
 * tables with toned cells. The engine builds it; renderers outside the engine turn it into a Word
 * document (src/report/docx.ts) or a sheet laid out for printing (document/sheet.ts).
 */
import type { Lang, Period } from '../types';

/** A colour meaning: traffic-light statuses, a red-thread gap, or a place the author must fill. */
export type Tone = 'green' | 'yellow' | 'red' | 'gap' | 'placeholder';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A coloured marker (●) or a word in a status colour. */
  tone?: Tone;
  /** The run is the coloured marker itself (rendered as a filled dot, never alone: a word follows). */
  marker?: boolean;
}

export interface HeadingBlock {
  kind: 'heading';
  /** Word's Heading 1/2/3, so the nämnd's own template and table of contents pick them up. */
  level: 1 | 2 | 3;
  text: string;
  /** A new section (målområde, budget): starts on a new page. */
  newPage?: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  /** `placeholder`: a marked place for the author to write (analysis not found in the workbook). */
  style?: 'normal' | 'placeholder' | 'note';
}

export interface TableCell {
  runs: Run[];
  /** Cell shading in a status colour. */
  tone?: Tone;
  align?: 'left' | 'right';
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  /** Relative column widths (they are scaled to the page). */
  widths: number[];
  rows: TableCell[][];
  /** The last row is a total (bold, rule above). */
  totalRow?: boolean;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export type ReportKind = 'delarsrapport' | 'delarsbokslut' | 'verksamhetsberattelse' | 'uppfoljning';

export interface ReportDocument {
  lang: Lang;
  kind: ReportKind;
  period: Period;
  /** `Delårsrapport T1 2025`, `Verksamhetsberättelse 2024`. */
  title: string;
  /** The nämnd the report is for, or null when no source names it (a marked place then). */
  namnd: string | null;
  /** Where the name came from, so a shell can say it. */
  namndSource: 'option' | 'label' | 'title' | 'file' | null;
  year: number | null;
  /** ISO date (yyyy-mm-dd) the report was made. */
  date: string;
  /** The workbook it was made from. */
  file: string | null;
  /** Lines under the title on the title page. */
  titleLines: string[];
  blocks: Block[];
}

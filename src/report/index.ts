/**
 * What the task pane loads when a report is made (its own webpack chunk): the document builder,
 * the Word renderer and the printable sheet. Nothing here is in the pane's first load.
 */
import type { ReportSource, ReportOptions } from '../engine/document/build';
import { buildReportDocument } from '../engine/document/build';
import { reportSheetEdit } from '../engine/document/sheet';
import type { ReportDocument } from '../engine/document/types';
import type { GeneratedSheet } from '../engine/types';
import { DOCX_MIME, renderDocx } from './docx';

export interface ReportFile {
  doc: ReportDocument;
  bytes: Uint8Array;
  /** `Delårsbokslut T2 2025.docx`: what the file is, not which workbook it came from. */
  name: string;
  mime: string;
}

/** A file name from the title: characters Windows and macOS refuse become spaces. */
export function reportFileName(doc: ReportDocument): string {
  const base = [doc.title, doc.namnd]
    .filter(Boolean)
    .join(' – ')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base || 'Rapport'}.docx`;
}

export async function makeReportFile(src: ReportSource, o: ReportOptions): Promise<ReportFile> {
  return reportFile(buildReportDocument(src, o));
}

export function makeReportSheet(src: ReportSource, o: ReportOptions): { doc: ReportDocument; sheet: GeneratedSheet } {
  const doc = buildReportDocument(src, o);
  return { doc, sheet: reportSheetEdit(doc, src.input) };
}

/** A document built elsewhere (the task pane builds it in the engine's worker) as a Word file. */
export async function reportFile(doc: ReportDocument): Promise<ReportFile> {
  return { doc, bytes: await renderDocx(doc), name: reportFileName(doc), mime: DOCX_MIME };
}

export { reportSheetEdit };

/**
 * The preview's download: the file as it was opened, patched with Planark's edits and the values
 * typed into the grid — the same package patcher as `planark apply`, so nothing is lost (SPEC §9).
 */
import { openPackage, patchPackage, WORKBOOK_KINDS } from '../adapters/xlsx-package';
import { downloadName } from './format';
import type { PreviewStore } from './store';

export interface Download {
  bytes: Uint8Array;
  mime: string;
  name: string;
}

export async function downloadFile(store: PreviewStore): Promise<Download> {
  if (store.original) {
    const pkg = openPackage(store.original);
    const { bytes } = patchPackage(pkg, store.pendingEdits());
    return { bytes, mime: pkg.kind.mime, name: downloadName(store.fileName) };
  }
  // A workbook made in the page has no original to keep: ExcelJS writes it.
  const buf = await store.wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buf as ArrayBuffer), mime: WORKBOOK_KINDS['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'].mime, name: downloadName(store.fileName) };
}

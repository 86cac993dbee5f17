/** ExcelJS adapter: read a workbook into engine input, write engine edits back. No file access. */
export { readWorkbook, readWorkbookInSlices, readSheet, plainValue, fillKey, fontKey, isoDate } from './read';
export { applyEdits, applyFill, applyValue, writeGeneratedSheet, NotOwnedError } from './write';
export { ownedSheetNames, isOwned, markOwned, sheetOfReference, quoteSheet, OWNED_PREFIX } from './ownership';
export { buildTemplate, TEMPLATE_SHEETS } from './template';

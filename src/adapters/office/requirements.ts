/**
 * Which Excel API requirement set each Office.js call Planark makes belongs to. The manifest asks
 * for the highest required one (a test compares this table with manifest.xml and with the API
 * sets in Microsoft's typings); optional calls are used only where `isSetSupported` says so.
 */
import type { OfficeLike } from './env';

export interface ApiUse {
  /** `Class.member` as in the Excel namespace. */
  api: string;
  /** ExcelApi minor version as `1.n`. */
  version: string;
  /** Used only when the host supports it; Planark works without. */
  optional?: true;
  why: string;
}

export const API_USES: readonly ApiUse[] = [
  { api: 'Range.getCellProperties', version: '1.9', why: 'fills and font colours of the columns Planark may colour, in one call per block' },
  { api: 'Range.getSpecialCellsOrNullObject', version: '1.9', why: 'the formula cells of a block, so only they return their formulas (text is not read twice)' },
  { api: 'RangeAreas.areas', version: '1.9', why: 'those cells, area by area, with their formulas and positions' },
  { api: 'CellPropertiesFill.tintAndShade', version: '1.9', why: 'null only for "no fill": tells a white fill from none' },
  { api: 'Worksheet.getRanges', version: '1.9', why: 'scattered cells of one colour written together (RangeAreas)' },
  { api: 'RangeAreas.format', version: '1.9', why: 'the fill and font of those cells' },
  { api: 'WorksheetCollection.onChanged', version: '1.9', why: 'recheck after an edit on any sheet' },
  { api: 'WorksheetCollection.onFormatChanged', version: '1.9', why: 'a sheet whose fills changed is read again' },
  { api: 'WorksheetCollection.onSelectionChanged', version: '1.9', why: 'catches drop-down edits that raise no onChanged (office-js #4066); the pane explains the selected cell' },
  { api: 'Worksheet.pageLayout', version: '1.9', why: 'print setup of the Rapport sheet (and the other generated sheets)' },
  { api: 'PageLayout.setPrintArea', version: '1.9', why: 'print area over a generated sheet' },
  { api: 'PageLayout.orientation', version: '1.9', why: 'generated sheets print landscape' },
  { api: 'PageLayout.zoom', version: '1.9', why: 'one page wide, as many tall as needed' },
  { api: 'Worksheet.horizontalPageBreaks', version: '1.9', why: 'a page break before each section of the Rapport sheet' },
  { api: 'PageBreakCollection.add', version: '1.9', why: 'the same' },
  { api: 'PageBreakCollection.removePageBreaks', version: '1.9', why: "a rewritten sheet drops last run's page breaks" },
  { api: 'RangeFormat.indentLevel', version: '1.9', why: 'goals indented by level in generated sheets' },
  { api: 'Runtime.enableEvents', version: '1.8', why: "Planark's own writes raise no change events" },
  { api: 'WorksheetChangedEventArgs.source', version: '1.7', why: "react to the user's own (Local) edits, not co-authors'" },
  { api: 'WorksheetCollection.onAdded', version: '1.7', why: 'a new sheet is read' },
  { api: 'WorksheetCollection.onDeleted', version: '1.7', why: 'a removed sheet is dropped' },
  { api: 'Workbook.protection', version: '1.7', why: 'a protected workbook structure named before adding a sheet' },
  { api: 'Range.hyperlink', version: '1.7', why: 'links from generated sheets to the plan' },
  { api: 'Worksheet.freezePanes', version: '1.7', why: 'frozen header rows of generated sheets' },
  { api: 'WorksheetFreezePanes.freezeRows', version: '1.7', why: 'the same' },
  { api: 'WorksheetFreezePanes.unfreeze', version: '1.7', why: 'a rewritten sheet starts unfrozen' },
  { api: 'NamedItem.formula', version: '1.7', why: "the sheet a PLANARK_OWNED_n name points at (follows renames)" },
  { api: 'Worksheet.getRangeByIndexes', version: '1.7', why: 'row blocks of the used range' },
  { api: 'Application.suspendApiCalculationUntilNextSync', version: '1.6', why: 'no recalculation while writing' },
  { api: 'WorksheetCollection.getFirst', version: '1.5', why: 'walk the sheets and queue their used ranges in the same batch' },
  { api: 'Worksheet.getNextOrNullObject', version: '1.5', why: 'the same walk' },
  { api: 'Worksheet.getUsedRangeOrNullObject', version: '1.4', why: 'values-only used range (formatting-only cells are not read)' },
  { api: 'Range.getUsedRangeOrNullObject', version: '1.4', why: 'the first rows of a sheet, read with the sheet list to find header rows' },
  { api: 'WorksheetCollection.getItemOrNullObject', version: '1.4', why: 'a changed sheet read again by id' },
  { api: 'NamedItemCollection.add', version: '1.4', why: 'marks sheets Planark created' },
  { api: 'WorksheetProtection.options', version: '1.2', why: 'a protected sheet that allows formatting cells is still coloured' },
  { api: 'WorksheetProtectionOptions.allowFormatCells', version: '1.2', why: 'the same' },
  { api: 'RangeFormat.columnWidth', version: '1.2', why: 'column widths of generated sheets' },
  { api: 'Range.merge', version: '1.2', why: 'notes merged across a generated table' },
  { api: 'Range.unmerge', version: '1.2', why: "a rewritten sheet drops last run's merges" },
  { api: 'Table.worksheet', version: '1.2', why: 'which sheet an Excel table is on' },
  { api: 'Workbook.insertWorksheetsFromBase64', version: '1.13', optional: true, why: 'the assembled Bilagor sheet inserted as a workbook: one request however large (else written in blocks)' },
  { api: 'WorksheetCollection.onRowSorted', version: '1.10', optional: true, why: 'a sorted sheet is read again (sorting may raise no onChanged)' },
  { api: 'WorksheetCollection.onColumnSorted', version: '1.10', optional: true, why: 'the same for left-to-right sorts' },
];

function minor(v: string): number {
  return Number(v.split('.')[1] ?? 0);
}

/** The set the manifest declares and the pane checks: the highest version a required call needs. */
export const REQUIRED_SET = {
  name: 'ExcelApi',
  version: `1.${Math.max(...API_USES.filter((u) => !u.optional).map((u) => minor(u.version)))}`,
} as const;

/** Optional sets, checked at run time. */
export const SORT_EVENTS_SET = '1.10';
/** Workbook.insertWorksheetsFromBase64. */
export const INSERT_SET = '1.13';

export function supportsExcelApi(office: OfficeLike, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

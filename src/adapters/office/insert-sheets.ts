/// <reference types="office-js" />
/**
 * Generated sheets inserted as a whole workbook (Workbook.insertWorksheetsFromBase64, ExcelApi
 * 1.13): the assembled Bilagor sheet with its formats, formulas and widths arrives in one request
 * instead of value, formula and style blocks. Three syncs whatever the size: look (sheets, names,
 * protection), replace (Planark's old sheet of that name deleted with its ownership name, the new
 * one inserted), mark (named as planned and marked PLANARK_OWNED_n). Events are off meanwhile, so
 * Planark's own insert raises no recheck.
 */
import type { GeneratedSheet, Lang } from '../../engine/types';
import { OWNED_PREFIX, quoteSheet, sheetOfReference } from '../exceljs/ownership';
import { HostError } from '../host';
import { lower, throwIfAborted } from './env';
import { layoutFrom, sheetState } from './layout';
import { HOST_MESSAGES } from './messages';

export interface InsertRequest {
  sheets: GeneratedSheet[];
  base64: string;
  lang: Lang;
  /** Set once events were turned off, so a failure after that turns them back on. */
  state: { eventsOff: boolean };
  signal?: AbortSignal;
}

const OWNED_NAME = /^PLANARK_OWNED_(\d+)$/i;

export async function insertSheets(context: Excel.RequestContext, req: InsertRequest): Promise<{ syncs: number; ids: string[] }> {
  const wb = context.workbook;
  const wss = wb.worksheets;
  wss.load('items/name,items/id,items/protection/protected,items/protection/options');
  const names = wb.names;
  names.load('items/name,items/formula');
  const protection = wb.protection;
  protection.load('protected');
  await context.sync();
  throwIfAborted(req.signal);
  const layout = layoutFrom(wss.items.map(sheetState), names.items.map((n) => ({ name: n.name, formula: n.formula })), protection.protected === true, 0);

  const replaced: { id: string; name: string }[] = [];
  for (const g of req.sheets) {
    const s = layout.sheets.get(lower(g.name));
    if (s && !layout.owned.has(lower(g.name))) throw new HostError(HOST_MESSAGES.notOwned[req.lang](s.name), 'other');
    if (layout.structureProtected) throw new HostError(HOST_MESSAGES.structureProtected[req.lang](g.name), 'protected');
    if (s) replaced.push({ id: s.id, name: s.name });
  }

  context.runtime.enableEvents = false;
  req.state.eventsOff = true;
  const gone = new Set(replaced.map((r) => lower(r.name)));
  // Numbers of the ownership names that stay; a replaced sheet's name goes with its sheet.
  const used = new Set<number>();
  for (const n of names.items) {
    const m = OWNED_NAME.exec(n.name);
    if (!m) continue;
    const sheet = sheetOfReference(n.formula ?? '');
    if (sheet && gone.has(lower(sheet))) n.delete();
    else used.add(Number(m[1]));
  }
  for (const r of replaced) wss.getItem(r.id).delete();
  const ids = wb.insertWorksheetsFromBase64(req.base64, { sheetNamesToInsert: req.sheets.map((g) => g.name), positionType: 'End' });
  // No abort from here: the inserted sheet must get its ownership mark.
  await context.sync();

  // Excel may rename an inserted sheet to avoid a clash; the name planned is free by now.
  let next = 1;
  req.sheets.forEach((g, i) => {
    const ws = wss.getItem(ids.value[i]);
    ws.name = g.name;
    while (used.has(next)) next++;
    used.add(next);
    wb.names.add(`${OWNED_PREFIX}${next}`, `=${quoteSheet(g.name)}!$A$1`);
  });
  context.runtime.enableEvents = true;
  await context.sync();
  req.state.eventsOff = false;
  return { syncs: 3, ids: ids.value };
}

/// <reference types="office-js" />
/**
 * Writes values into cells (a result fetched from Kolada, the id chosen in the pane), batched by
 * payload like every other write. Excel reads a string set through `values` as if typed — `3/12`
 * becomes a date, `=A1` a formula — so text that Excel would turn into something else gets the
 * Text format first and stays the user's text; other text and numbers keep the cell's format.
 */
import type { Lang, ValueEdit } from '../../engine/types';
import { HostError } from '../host';
import type { Batcher } from './batcher';
import { lower } from './env';
import type { Layout } from './layout';
import { HOST_MESSAGES } from './messages';
import { payloadOf } from './payload';

/** True when Excel would not keep `s` as the text it is (a number, date, time, percent, formula, error, boolean). */
export function reinterpreted(s: string): boolean {
  const t = s.trim();
  if (t === '') return false;
  if (/^[=+\-−@#]/.test(t)) return true;
  if (/^(true|false|sant|falskt)$/i.test(t)) return true;
  return /\d/.test(t) && /^\(?[-−]?[\d\s\u00a0.,:/-]+(?:\s*(?:%|kr|sek|€|\$|£|am|pm))?\)?$/i.test(t);
}

/** Where a sheet named in an edit is now: by name, or by the id the last read knew it under. */
function sheetIdOf(name: string, layout: Layout, knownIds: ReadonlyMap<string, string>): string | null {
  const s = layout.sheets.get(lower(name));
  if (s) return s.id;
  const id = knownIds.get(lower(name));
  return id && layout.order.some((x) => x.id === id) ? id : null;
}

/**
 * Queues every value write on `batch`. A protected sheet stops the whole write before anything is
 * queued (values are data: no protection option allows them); sheets gone since the read are
 * returned, their values not written.
 */
export async function writeValues(
  context: Excel.RequestContext,
  layout: Layout,
  knownIds: ReadonlyMap<string, string>,
  values: readonly ValueEdit[],
  batch: Batcher,
  lang: Lang,
  onWritten: () => void,
): Promise<string[]> {
  const gone = new Set<string>();
  const targets: (ValueEdit & { id: string })[] = [];
  const byId = new Map(layout.order.map((s) => [s.id, s]));
  for (const v of values) {
    const id = sheetIdOf(v.sheet, layout, knownIds);
    if (!id) gone.add(v.sheet);
    else targets.push({ ...v, id });
  }
  for (const id of new Set(targets.map((t) => t.id))) {
    const s = byId.get(id);
    if (s?.protected) throw new HostError(HOST_MESSAGES.protected[lang](s.name), 'protected');
  }
  const wss = context.workbook.worksheets;
  for (const t of targets) {
    const cell = t.cell.replace(/\$/g, '').toUpperCase();
    await batch.add(payloadOf([[t.value]]) + cell.length + 120, () => {
      const range = wss.getItem(t.id).getRange(cell);
      if (t.value === null) {
        range.clear('Contents');
        return;
      }
      if (typeof t.value === 'string' && reinterpreted(t.value)) range.numberFormat = [['@']];
      range.values = [[t.value]];
    });
    onWritten();
  }
  return [...gone];
}

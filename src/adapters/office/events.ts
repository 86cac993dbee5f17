/// <reference types="office-js" />
/**
 * Change events, as co-authoring needs them:
 *
 * - Only the user's own (`Local`) edits call the pane back; a co-author's (`Remote`) edit only
 *   marks its sheet to be read again, so every open pane does not recheck on every keystroke.
 * - Planark's own writes raise nothing (the writer turns `runtime.enableEvents` off).
 * - Any change of data or fills marks its sheet, so a recheck re-reads only the sheets changed.
 * - An edit through a data-validation drop-down raises no onChanged on the web (office-js #4066):
 *   when the selection moves on, and when the pane gets focus, the cells the user was on are
 *   compared with what the last read saw.
 * - Handlers are removed on the request context that added them, as the documentation requires.
 * - The pane's "why is this cell red" hears the selection through its own single handler.
 */
import type { CellInput } from '../../engine/types';
import { parseRange } from '../../engine/cells';
import type { HostChange, HostSelection } from '../host';
import { toCellInput } from './convert';
import type { OfficeEnv } from './env';
import { SORT_EVENTS_SET, supportsExcelApi } from './requirements';
import { listenToSettings } from './settings';

/** The largest selection compared cell by cell after it is left. */
const RECHECK_CELLS = 2000;

/** What the host's change handlers learned since the last read. */
export class ChangeWatch {
  /** Sheets (by id) changed by anyone since the last read. */
  readonly dirty = new Set<string>();
  /** Live subscriptions; a read cached while none is live cannot be trusted for a recheck. */
  live = 0;
  /** When the oldest live subscription started listening. */
  since = Infinity;
  /** Sheet names by id, from the last read (event args carry ids). */
  names = new Map<string, string>();
  /** The user's current selection, as the last selection event gave it. */
  selection: { id: string; address: string } | null = null;
}

export interface WatchDeps {
  env: OfficeEnv;
  watch: ChangeWatch;
  now: () => number;
  /** The last read's cells of a sheet, for comparing a left selection. */
  cachedCell: (sheetId: string, r: number, c: number) => CellInput | undefined;
  hasCache: (sheetId: string) => boolean;
}

type Args = { worksheetId?: string; address?: string; source?: string };

/** A sheet's name from the id an event carries: from the last read, else one small lookup. */
function sheetNames(env: OfficeEnv, watch: ChangeWatch): (id: string) => Promise<string | null> {
  return async (id) => {
    const known = watch.names.get(id);
    if (known) return known;
    try {
      return await env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(id);
        ws.load('name');
        await context.sync();
        return ws.name;
      });
    } catch {
      return null; // removed between the event and the lookup: nothing to report there
    }
  };
}

/** Removes handlers on the request context that added them, as the documentation requires. */
function removeOnOwnContext(env: OfficeEnv, registrations: OfficeExtension.EventHandlerResult<unknown>[]): void {
  const context = registrations[0].context as Excel.RequestContext;
  const remove = async (c: Excel.RequestContext) => {
    for (const r of registrations) r.remove();
    await c.sync();
  };
  void (env.runIn ? env.runIn(context, remove) : remove(context)).catch(() => undefined);
}

/**
 * The user's selection, for the pane's "why is this cell red": one onSelectionChanged handler
 * on the worksheet collection, the address reported with its sheet's name.
 */
export async function watchSelection(env: OfficeEnv, watch: ChangeWatch, cb: (s: HostSelection) => void): Promise<() => void> {
  const nameOf = sheetNames(env, watch);
  const onSelection = async (ev: Args) => {
    if (!ev.worksheetId || !ev.address) return;
    const sheet = await nameOf(ev.worksheetId);
    if (sheet !== null) cb({ sheet, address: ev.address });
  };
  const registrations = await env.run(async (context) => {
    const reg = context.workbook.worksheets.onSelectionChanged.add(onSelection);
    await context.sync();
    return [reg];
  });
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    removeOnOwnContext(env, registrations);
  };
}

export async function watchChanges(deps: WatchDeps, cb: (e: HostChange) => void): Promise<() => void> {
  const { env, watch } = deps;
  const nameOf = sheetNames(env, watch);
  const report = async (id: string | undefined, address: string) => {
    if (!id) return;
    const sheet = await nameOf(id);
    if (sheet !== null) cb({ sheet, address, kind: 'cells' });
  };

  const onData = async (ev: Args) => {
    if (ev.worksheetId) watch.dirty.add(ev.worksheetId);
    // A co-author's edit changes the data (read it again next time) but is theirs to recheck.
    if (ev.source === 'Remote') return;
    await report(ev.worksheetId, ev.address ?? '');
  };
  const onFormat = async (ev: Args) => {
    if (ev.worksheetId) watch.dirty.add(ev.worksheetId);
  };

  // Drop-down edits on the web raise no onChanged: compare the cells the user leaves.
  let checking: Promise<void> | null = null;
  let queued: { id: string; address: string } | null = null;
  const recheck = async (sel: { id: string; address: string }): Promise<void> => {
    if (!deps.hasCache(sel.id) || sel.address.includes(',')) return;
    let box;
    try {
      box = parseRange(sel.address.slice(sel.address.lastIndexOf('!') + 1).replace(/\$/g, ''));
    } catch {
      return;
    }
    if ((box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1) > RECHECK_CELLS) return;
    const now = await env
      .run(async (context) => {
        const r = context.workbook.worksheets.getItem(sel.id).getRange(sel.address);
        r.load('values,numberFormat');
        await context.sync();
        return { values: r.values, formats: r.numberFormat };
      })
      .catch(() => null);
    if (!now) return;
    const differs = now.values.some((row, i) =>
      row.some((value, j) => {
        const seen = deps.cachedCell(sel.id, box.r1 + i, box.c1 + j);
        const fresh = toCellInput({ value, formula: undefined, numberFormat: now.formats[i]?.[j] });
        return JSON.stringify(fresh?.v ?? null) !== JSON.stringify(seen?.v ?? null);
      }),
    );
    if (!differs) return;
    watch.dirty.add(sel.id);
    await report(sel.id, sel.address);
  };
  const schedule = (sel: { id: string; address: string } | null) => {
    if (!sel) return;
    if (checking) {
      queued = sel;
      return;
    }
    checking = recheck(sel).finally(() => {
      checking = null;
      const next = queued;
      queued = null;
      schedule(next);
    });
  };
  const onSelection = async (ev: Args) => {
    const left = watch.selection;
    watch.selection = ev.worksheetId && ev.address ? { id: ev.worksheetId, address: ev.address } : null;
    schedule(left);
  };
  const onFocus = () => schedule(watch.selection);

  const sortEvents = supportsExcelApi(env.office, SORT_EVENTS_SET);
  const registrations = await env.run(async (context) => {
    const wss = context.workbook.worksheets;
    const regs = [
      wss.onChanged.add(onData),
      wss.onFormatChanged.add(onFormat),
      wss.onSelectionChanged.add(onSelection),
      wss.onAdded.add(onData),
      wss.onDeleted.add(onData),
    ];
    // Sorting may raise no onChanged; where the host can tell, a sorted sheet is read again.
    if (sortEvents) regs.push(wss.onRowSorted.add(onData), wss.onColumnSorted.add(onData));
    await context.sync();
    return regs;
  });
  watch.live++;
  watch.since = Math.min(watch.since, deps.now());
  env.focusTarget?.addEventListener('focus', onFocus);
  const stopSettings = await listenToSettings(env.office, () => cb({ sheet: '', address: '', kind: 'settings' }));

  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    watch.live--;
    if (watch.live === 0) watch.since = Infinity;
    env.focusTarget?.removeEventListener('focus', onFocus);
    stopSettings();
    // The context that added a handler must remove it: Excel.run(registration.context, …).
    removeOnOwnContext(env, registrations);
  };
}

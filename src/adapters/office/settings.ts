/**
 * Stored column mappings under co-authoring. Office saves a document's settings as one bag, so
 * a pane that saves its stale copy silently overwrites what a co-author saved meanwhile. Before
 * saving, the bag is refreshed and merged three ways (what was loaded, what this pane changed,
 * what is stored now): only the mappings this pane changed are written over. A co-author's save
 * raises `settingsChanged` (Excel on the web), and the pane rechecks with their mappings.
 */
import type { Lang, MappingOverride } from '../../engine/types';
import { HostError } from '../host';
import type { OfficeLike, SettingsLike } from './env';
import { HOST_MESSAGES } from './messages';
// The schema (zod/mini) is a chunk of its own, fetched on the first read: the pane's first load
// does not carry it (issue 14, ≤ 200 KB).
export const MAPPINGS_KEY = 'planark.mappings';
const mappings = () => import(/* webpackChunkName: "mappings" */ './mappings');

const SETTINGS_CHANGED = 'settingsChanged'; // Office.EventType.SettingsChanged

function callback<T>(f: (cb: (r: { status: unknown; error?: { message: string } }) => void) => void, lang: Lang): Promise<T | void> {
  return new Promise((resolve, reject) => {
    f((r) => {
      if (r.error || String(r.status).toLowerCase() === 'failed') reject(new HostError(HOST_MESSAGES.settingsNotSaved[lang](r.error?.message ?? ''), 'other'));
      else resolve();
    });
  });
}

async function refresh(settings: SettingsLike, lang: Lang): Promise<void> {
  if (!settings.refreshAsync) return;
  await callback((cb) => settings.refreshAsync!(cb), lang);
}

/** Stored mappings; null when what is stored is not a valid mapping list. */
export async function storedMappings(office: OfficeLike): Promise<MappingOverride[] | null> {
  const { parseMappings } = await mappings();
  return parseMappings(office.context.document.settings.get(MAPPINGS_KEY));
}

const keyOf = (m: MappingOverride) => `${m.sheet}\u0000${m.headerRow}`;
const same = (a: MappingOverride | undefined, b: MappingOverride | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Three-way merge by sheet and header row: where this pane changed a mapping (added, changed or
 * removed it) since it loaded `base`, its version wins; everywhere else what is stored now wins.
 */
export function mergeMappings(base: MappingOverride[], ours: MappingOverride[], theirs: MappingOverride[]): MappingOverride[] {
  const b = new Map(base.map((m) => [keyOf(m), m]));
  const o = new Map(ours.map((m) => [keyOf(m), m]));
  const t = new Map(theirs.map((m) => [keyOf(m), m]));
  const out: MappingOverride[] = [];
  const keys = [...new Set([...t.keys(), ...o.keys(), ...b.keys()])];
  for (const k of keys) {
    const pick = same(o.get(k), b.get(k)) ? t.get(k) : o.get(k);
    if (pick) out.push(pick);
  }
  return out;
}

/** Saves `ours` over what was loaded as `base`, keeping co-authors' other changes. Returns what was saved. */
export async function saveMappings(office: OfficeLike, lang: Lang, base: MappingOverride[], ours: MappingOverride[]): Promise<MappingOverride[]> {
  const settings = office.context.document.settings;
  await refresh(settings, lang);
  const theirs = (await storedMappings(office)) ?? [];
  const merged = mergeMappings(base, ours, theirs);
  settings.set(MAPPINGS_KEY, JSON.stringify(merged));
  await callback((cb) => settings.saveAsync(cb), lang);
  return merged;
}

/** Calls back after a co-author saved settings (refreshed first); returns a stop function. */
export async function listenToSettings(office: OfficeLike, cb: () => void): Promise<() => void> {
  const settings = office.context.document.settings;
  if (!settings.addHandlerAsync) return () => undefined;
  const handler = () => {
    const done = () => cb();
    if (settings.refreshAsync) settings.refreshAsync(done);
    else done();
  };
  await new Promise<void>((resolve) => settings.addHandlerAsync!(SETTINGS_CHANGED, handler, () => resolve()));
  return () => settings.removeHandlerAsync?.(SETTINGS_CHANGED, { handler });
}

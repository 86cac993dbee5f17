/**
 * Fetches what one run needs from Kolada and hands it over as plain data (engine/kolada/types):
 * the municipality list (names, and the kommuner to rank among), the comparison group, the key
 * figures' metadata, the municipality's own values for every year, and every municipality's values
 * for the years to fill. Ids go at most 25 to a path segment; every list is paged. Any failure
 * throws a KoladaError before the caller has changed anything.
 */
import type { KoladaData, KoladaGroup, KoladaMunicipality } from '../engine/kolada/types';
import { chunks, type KoladaClient } from './client';
import { koladaError } from './errors';
import { DataRow, Kpi, Municipality, MunicipalityGroup, type DataRowT } from './schemas';

export interface FetchRequest {
  /** Four-digit municipality id (`0581`). */
  municipality: string;
  /** Municipality group id (`G…`), for the rank among comparable municipalities. */
  group?: string;
  kpis: string[];
  /** Given the municipality's own values, the years whose field (all municipalities) is needed per key figure. */
  years: (series: KoladaData['series']) => Record<string, number[]>;
  /** `YYYY-MM-DD` of the fetch. */
  today: string;
}

/** A moment (ms) as the local calendar day, `YYYY-MM-DD`. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day the data were fetched from Kolada: today, or the day of the oldest answer taken from the cache. */
function fetchedOn(client: KoladaClient, today: string): string {
  const oldest = client.oldestAnswerAt === undefined ? today : isoDay(client.oldestAnswerAt);
  return oldest < today ? oldest : today;
}

/** The total (gender `T`, or the only value when a figure is not divided by gender). */
export function totalOf(row: DataRowT): number | null {
  const live = row.values.filter((v) => !v.isdeleted);
  const t = live.find((v) => v.gender === 'T') ?? (live.length === 1 && !live[0].gender ? live[0] : undefined);
  return typeof t?.value === 'number' && Number.isFinite(t.value) ? t.value : null;
}

function yearOf(period: number | string): number | null {
  const n = typeof period === 'number' ? period : Number(String(period).trim());
  return Number.isInteger(n) ? n : null;
}

/** A group member as `{id}` (Hypergene's v2 docs) or `{member_id}` (rKolada against v3). */
function memberId(m: object): string {
  const x = m as { id?: unknown; member_id?: unknown };
  return String(typeof x.member_id === 'string' ? x.member_id : x.id);
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/').replace(/%2C/g, ',');

export async function fetchKoladaData(client: KoladaClient, req: FetchRequest): Promise<KoladaData> {
  const lang = client.lang;
  const municipalities: KoladaMunicipality[] = (await client.getAll('municipality', Municipality)).map((m) => ({ id: m.id, title: m.title, type: m.type ?? '' }));
  const municipality = municipalities.find((m) => m.id === req.municipality);
  if (!municipality) throw koladaError('unknown-municipality', lang, { id: req.municipality });

  let group: KoladaGroup | undefined;
  if (req.group) {
    const rows = await client.getAll(path('municipality_groups', req.group), MunicipalityGroup);
    const g = rows.find((x) => x.id === req.group);
    if (!g) throw koladaError('unknown-group', lang, { id: req.group });
    group = { id: g.id, title: g.title, members: g.members.map(memberId) };
  }

  const kpis: KoladaData['kpis'] = {};
  const wanted = [...new Set(req.kpis)];
  for (const ids of chunks(wanted)) {
    for (const k of await client.getAll(path('kpi', ids.join(',')), Kpi)) if (ids.includes(k.id)) kpis[k.id] = { id: k.id, title: k.title };
  }
  const known = wanted.filter((id) => kpis[id]);

  const series: KoladaData['series'] = {};
  for (const ids of chunks(known)) {
    for (const row of await client.getAll(path('data', 'kpi', ids.join(','), 'municipality', req.municipality), DataRow)) {
      const y = yearOf(row.period);
      const v = totalOf(row);
      if (row.municipality !== req.municipality || y === null || v === null) continue;
      (series[row.kpi] ??= {})[y] = v;
    }
  }

  const field: KoladaData['field'] = {};
  const years = req.years(series);
  // Key figures wanting the same years share requests.
  const byYears = new Map<string, string[]>();
  for (const [kpi, ys] of Object.entries(years)) {
    if (!kpis[kpi] || ys.length === 0) continue;
    const k = [...new Set(ys)].sort().join(',');
    byYears.set(k, [...(byYears.get(k) ?? []), kpi]);
  }
  for (const [ys, ids] of byYears) {
    for (const idChunk of chunks(ids)) {
      for (const yChunk of chunks(ys.split(','))) {
        const rows = await client.getAll(path('data', 'kpi', idChunk.join(','), 'year', yChunk.join(',')), DataRow);
        for (const row of rows) {
          const y = yearOf(row.period);
          const v = totalOf(row);
          if (y === null || v === null) continue;
          ((field[row.kpi] ??= {})[y] ??= {})[row.municipality] = v;
        }
      }
    }
  }
  return { fetchedOn: fetchedOn(client, req.today), municipality, municipalities, ...(group ? { group } : {}), kpis, series, field };
}

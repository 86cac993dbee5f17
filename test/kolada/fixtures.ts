/**
 * Kolada test material shared by the engine, client, CLI and pane tests: the fake server's data as
 * the engine receives it, and seed tables with a Kolada column added.
 */
import { parseA1 } from '../../src/engine/cells';
import type { KoladaData } from '../../src/engine/kolada/types';
import type { CellInput, Edits, WorkbookInput } from '../../src/engine/types';
import { fakeData, GROUP, NORRKOPING, type FakeData } from './fake-kolada';

/** What `fetchKoladaData` hands the engine for `fake`, for every year and key figure. */
export function koladaData(municipality = NORRKOPING, group: string | null = GROUP, fake: FakeData = fakeData(), fetchedOn = '2025-03-14'): KoladaData {
  const m = fake.municipalities.find((x) => x.id === municipality)!;
  const g = group ? fake.groups.find((x) => x.id === group) : undefined;
  const series: KoladaData['series'] = {};
  const field: KoladaData['field'] = {};
  for (const [kpi, byMuni] of Object.entries(fake.values)) {
    for (const [muni, byYear] of Object.entries(byMuni)) {
      for (const [y, v] of Object.entries(byYear)) {
        if (v === null) continue;
        ((field[kpi] ??= {})[Number(y)] ??= {})[muni] = v;
        if (muni === municipality) (series[kpi] ??= {})[Number(y)] = v;
      }
    }
  }
  return {
    fetchedOn,
    municipality: m,
    municipalities: fake.municipalities,
    ...(g ? { group: g } : {}),
    kpis: Object.fromEntries(fake.kpis.map((k) => [k.id, { id: k.id, title: k.title }])),
    series,
    field,
  };
}

/** Adds a column to a seed table: `header` after the header row's last cell, `ids[name]` in the row whose column `nameCol` reads `name`. */
export function withColumn(tsv: string, headerStart: string, header: string, ids: Record<string, string>, nameCol = 1): string {
  let width = 0;
  return tsv
    .split('\n')
    .map((l) => {
      if (l.startsWith(headerStart)) {
        width = l.split('\t').length;
        return `${l}\t${header}`;
      }
      const cells = l.split('\t');
      const id = ids[cells[nameCol]];
      if (id === undefined || width === 0) return l;
      while (cells.length < width) cells.push('');
      return [...cells.slice(0, width), id].join('\t');
    })
    .join('\n');
}

/** The workbook after `edits` were written, as the next read would see it (values set, generated sheets owned). */
export function afterEdits(input: WorkbookInput, edits: Edits): WorkbookInput {
  const sheets = input.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) }));
  for (const v of edits.values ?? []) {
    const s = sheets.find((x) => x.name === v.sheet)!;
    const { r, c } = parseA1(v.cell);
    const row = (s.rows[r] ??= []);
    row[c] = { ...(row[c] ?? {}), v: v.value };
    delete row[c]!.f;
  }
  const owned = [...input.ownedSheets];
  for (const g of edits.sheets) {
    const rows = g.rows.map((r) => r.map((c) => (c && c.v !== null && c.v !== undefined ? { v: c.v } : undefined)));
    const i = sheets.findIndex((x) => x.name === g.name);
    if (i >= 0) sheets[i] = { name: g.name, rows };
    else sheets.push({ name: g.name, rows });
    if (!owned.includes(g.name)) owned.push(g.name);
  }
  return { ...input, sheets, ownedSheets: owned };
}

/** Sets one cell of a sheet (a user typing). */
export function typed(input: WorkbookInput, sheet: string, cell: string, v: CellInput['v'], extra: Partial<CellInput> = {}): WorkbookInput {
  const sheets = input.sheets.map((s) => (s.name === sheet ? { ...s, rows: s.rows.map((r) => (r ? [...r] : r)) } : s));
  const s = sheets.find((x) => x.name === sheet)!;
  const { r, c } = parseA1(cell);
  (s.rows[r] ??= [])[c] = { v, ...extra };
  return { ...input, sheets };
}

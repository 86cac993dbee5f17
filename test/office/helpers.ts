/** Workbooks in the seeds' layouts for the Office adapter tests, built in the fake Excel. */
import type { FillEdit, WorkbookInput } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { a1 } from '../../src/engine/cells';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import { analyze, planEdits } from '../../src/engine/analyze';
import { FakeExcel, type FakeSheet } from './fake-excel';

export { FIVE_MB } from './fake-excel';

/** Seed 002's indicator layout with `n` result rows: Indikator · Prestationer · Resultat år. */
export function planSheet(x: FakeExcel, n: number, name = 'Omsorg'): FakeSheet {
  const grid: (string | number)[][] = [['Indikator', 'Prestationer – det som ska mätas', 'Resultat år']];
  // Results sorted by value (as a controller's sorted follow-up list is): long runs per colour.
  for (let i = 0; i < n; i++) grid.push([`Andel nöjda brukare ${i + 1}`, 'Grön 82 Gul 76', 95 - Math.floor((30 * i) / n)]);
  return x.addSheet(name, grid);
}

const THRESHOLDS = ['Grön 82 Gul 76', 'Grön 6,5 Gul 7', 'Grön Ja Röd Nej', 'Grön 25% bästa Gul 26-50% bästa'];

/**
 * The benchmark's layout (seed 002's headings): Mål · Indikator · Prestationer · Hur ofta ·
 * Ansvarig · Resultat år, six threshold kinds' worth of results, one goal over all rows.
 */
export function benchSheet(x: FakeExcel, n: number, name = 'Omsorg'): FakeSheet {
  const g: (string | number)[][] = [['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Hur ofta det ska mätas', 'Ansvarig för genomförande', 'Resultat år']];
  for (let i = 0; i < n; i++) {
    const t = THRESHOLDS[Math.floor((i * THRESHOLDS.length) / n)];
    const v = t.startsWith('Grön 82') ? 95 - Math.floor((30 * i) / n) : t.startsWith('Grön 6,5') ? 6 + (i % 3) * 0.5 : t.includes('Ja') ? (i % 2 ? 'Ja' : 'Nej') : `${(i % 12) + 1}/12`;
    g.push([i === 0 ? 'Välfärd och välbefinnande genom livet' : '', `Indikator ${i + 1}`, t, 'Årligen', 'Enhetschef', v]);
  }
  return x.addSheet(name, g);
}

/**
 * Colour each result by `Grön 82 Gul 76` (higher is better) the way the engine's fills do, only
 * where the cell has no fill of the user's.
 */
export function colourResults(input: WorkbookInput, col = 2): FillEdit[] {
  const s = input.sheets[0];
  const out: FillEdit[] = [];
  s.rows.forEach((row, r) => {
    const cell = row?.[col];
    if (r === 0 || typeof cell?.v !== 'number' || cell.fill) return;
    const p = cell.v >= 82 ? PALETTE.green : cell.v >= 76 ? PALETTE.yellow : PALETTE.red;
    out.push({ sheet: s.name, cell: a1(r, col), fill: p.fill, font: p.font });
  });
  return out;
}

/** Read → the real engine → colour, as the ribbon command does; the fake counts every sync. */
export async function checkAndColour(x: FakeExcel, host = new ExcelHost(x.env())) {
  const input = await host.read();
  const readSyncs = x.syncs;
  const a = analyze(input, { period: 'year' });
  const edits = planEdits(a, { sheets: [] });
  await host.apply(edits);
  return { host, input, edits, readSyncs, syncs: x.syncs };
}

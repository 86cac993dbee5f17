/**
 * `npm run bench`: measures, side by side in one run, how the engine and the Office adapter scale
 * with the number of indicator rows. Prints ratios against the smallest size, so a reader sees
 * at once whether time is linear and whether Excel round trips stay constant.
 */
import { performance } from 'node:perf_hooks';
import { analyze, planEdits } from '../src/engine/analyze';
import { ExcelHost } from '../src/adapters/office/excel-host';
import { groupFillRuns } from '../src/adapters/office/convert';
import { FakeExcel } from '../test/office/fake-excel';

const SIZES = [100, 5_000, 50_000];
const THRESHOLDS = ['Grön 82 Gul 76', 'Grön 6,5 Gul 7', 'Grön Ja Röd Nej', 'Grön 25% bästa Gul 26-50% bästa'];

/** Seed 002's layout with n indicators; results sorted as a follow-up list usually is. */
function grid(n: number): (string | number)[][] {
  const g: (string | number)[][] = [['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Hur ofta det ska mätas', 'Ansvarig för genomförande', 'Resultat år']];
  for (let i = 0; i < n; i++) {
    const t = THRESHOLDS[Math.floor((i * THRESHOLDS.length) / n)];
    const v = t.startsWith('Grön 82') ? 95 - Math.floor((30 * i) / n) : t.startsWith('Grön 6,5') ? 6 + (i % 3) * 0.5 : t.includes('Ja') ? (i % 2 ? 'Ja' : 'Nej') : `${(i % 12) + 1}/12`;
    g.push([i === 0 ? 'Välfärd och välbefinnande genom livet' : '', `Indikator ${i + 1}`, t, 'Årligen', 'Enhetschef', v]);
  }
  return g;
}

async function measure(n: number) {
  const x = new FakeExcel();
  x.addSheet('Omsorg', grid(n));
  const host = new ExcelHost(x.env());
  const t0 = performance.now();
  const input = await host.read();
  const t1 = performance.now();
  const analysis = analyze(input, { period: 'year' });
  const edits = planEdits(analysis, { sheets: [] });
  const t2 = performance.now();
  await host.apply(edits);
  const t3 = performance.now();
  return {
    n,
    readMs: t1 - t0,
    engineMs: t2 - t1,
    applyMs: t3 - t2,
    syncs: x.syncs,
    fills: edits.fills.length,
    runs: groupFillRuns(edits.fills).length,
  };
}

const rows = [];
for (const n of SIZES) {
  await measure(Math.min(n, 100)); // warm up the JIT so the first size is not penalised
  rows.push(await measure(n));
}
const base = rows[0];
const f = (v: number) => v.toFixed(1);
console.log('rows    | engine ms (×rows ratio) | read+apply ms | context.sync() | fill edits → range writes (ratio)');
for (const r of rows) {
  const perRow = r.engineMs / r.n / (base.engineMs / base.n);
  console.log(
    `${String(r.n).padEnd(7)} | ${f(r.engineMs).padStart(8)} (${perRow.toFixed(2)}× per row) | ${f(r.readMs + r.applyMs).padStart(8)} | ${String(r.syncs).padStart(3)} (${(r.syncs / base.syncs).toFixed(2)}× vs ${base.n} rows) | ${r.fills} → ${r.runs} (${(r.fills / Math.max(1, r.runs)).toFixed(0)}× fewer writes than cell by cell)`,
  );
}

// Office round trips (issue 14): context.sync() per check-and-colour and the largest request and
// response (bytes, as the fake Excel measures them) at 100, 10 000 and 100 000 rows.
const OFFICE_SIZES = [100, 10_000, 100_000];
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`.padStart(8);
console.log('\nrows    | context.sync() read + write | max request | max response');
for (const n of OFFICE_SIZES) {
  const x = new FakeExcel();
  x.addSheet('Omsorg', grid(n));
  const host = new ExcelHost(x.env());
  const input = await host.read();
  const readSyncs = x.syncs;
  await host.apply(planEdits(analyze(input, { period: 'year' }), { sheets: [] }));
  console.log(`${String(n).padEnd(7)} | ${String(x.syncs).padStart(3)} (${readSyncs} + ${x.syncs - readSyncs})${' '.repeat(17)} | ${kb(x.maxRequest)}    | ${kb(x.maxResponse)}`);
}

// Writing files: apply (package patch) beside a bare ExcelJS round trip of the same file.
const { benchApply } = await import('./apply');
await benchApply();

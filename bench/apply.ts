/**
 * Where `planark apply`'s time goes, beside a bare ExcelJS read + write of the same file, in this
 * process (bench/run.ts compares the whole commands, each in a process of its own). Apply =
 * package guard + ExcelJS read + engine + package patch. Prints the ratio, the same ratio without
 * the engine's share (what writing itself costs), and the patcher beside ExcelJS's own write. The
 * package is read and written with Node's zlib, as the CLI does.
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { planWorkbookBytes } from '../test/fixtures/plan-workbook';
import { openPackage, patchPackage } from '../src/adapters/xlsx-package';
import { readParts } from '../src/adapters/exceljs/read-parts';
import { analyze, planEdits } from '../src/engine/analyze';
import { nodeDeflate, nodeInflate } from '../src/cli/files';

/** The bench's plan (the sample's layout), saved as Excel would hand it over (a real .xlsx). */
async function planFile(n: number): Promise<Uint8Array> {
  return new Uint8Array(await planWorkbookBytes(n));
}

async function bare(bytes: Uint8Array) {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const t1 = performance.now();
  const out = await wb.xlsx.writeBuffer();
  const t2 = performance.now();
  return { readMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0, size: (out as ArrayBuffer).byteLength };
}

async function apply(bytes: Uint8Array) {
  const t0 = performance.now();
  const pkg = openPackage(bytes, undefined, nodeInflate);
  const t1 = performance.now();
  // As the CLI reads: ExcelJS's parsers on the parts the guard inflated, the input from their model.
  const input = await readParts(new ExcelJS.Workbook(), pkg.entries, 'plan.xlsx');
  const t2 = performance.now();
  const edits = planEdits(analyze(input, { period: 'year' }));
  const t3 = performance.now();
  // As the CLI writes: new parts deflated by Node's zlib.
  const res = patchPackage(pkg, edits, nodeDeflate);
  const t4 = performance.now();
  return { guardMs: t1 - t0, readMs: t2 - t1, engineMs: t3 - t2, patchMs: t4 - t3, totalMs: t4 - t0, fills: edits.fills.length, size: res.bytes.length };
}

const f = (v: number) => v.toFixed(0).padStart(7);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

export async function benchApply(sizes = [10_000, 100_000]): Promise<void> {
  console.log('');
  console.log('rows    | bare ExcelJS read+write ms (read / write) | apply ms (guard / read / engine / patch) | apply ÷ bare | apply less engine ÷ bare | patch ÷ ExcelJS write | file in → out');
  await apply(await planFile(200)); // warm up the JIT
  for (const n of sizes) {
    const bytes = await planFile(n);
    const b = await bare(bytes);
    const a = await apply(bytes);
    console.log(
      `${String(n).padEnd(7)} | ${f(b.totalMs)} (${b.readMs.toFixed(0)} / ${b.writeMs.toFixed(0)})${' '.repeat(14)} | ${f(a.totalMs)} (${a.guardMs.toFixed(0)} / ${a.readMs.toFixed(0)} / ${a.engineMs.toFixed(0)} / ${a.patchMs.toFixed(0)})${' '.repeat(8)} | ${(a.totalMs / b.totalMs).toFixed(2)}×        | ${((a.totalMs - a.engineMs) / b.totalMs).toFixed(2)}×                   | ${(a.patchMs / b.writeMs).toFixed(2)}×                 | ${mb(bytes.length)} → ${mb(a.size)} (${a.fills} fills)`,
    );
  }
}

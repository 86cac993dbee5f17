/**
 * `npm run bench` (issue 14): everything measured side by side in one run, printed, never asserted.
 *  1. the engine: analyze() in ms per 10 000 rows at 1 000, 10 000 and 100 000 rows, and the
 *     per-row ratio against the smallest size (linear = 1.00×);
 *  2. `planark check` against ExcelJS alone reading the same file, each in a process of its own:
 *     time and peak memory as ratios (the apply comparison is bench/apply.ts, below);
 *  3. the Office adapter against the fake Excel: context.sync() per check-and-colour and the
 *     largest request and response at 100, 10 000 and 100 000 rows;
 *  4. bundle sizes (gzip) when dist/ holds a production build;
 *  5. the task pane in Chromium on a 20 000-row plan: the longest main-thread block (bench/pane.ts).
 * The plan is the sample's layout (test/fixtures/plan-workbook.ts): a goal merged over 10 rows, six
 * threshold kinds, one row in ten monthly. Times are medians of BENCH_RUNS runs (default 5); CPU
 * time is printed beside wall time because a shared machine's load stretches wall time.
 * `npm run bench -- --quick` leaves out the 100 000-row files of part 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyze, planEdits } from '../src/engine/analyze';
import { ExcelHost } from '../src/adapters/office/excel-host';
import { FakeExcel } from '../test/office/fake-excel';
import { planInput, planWorkbookBytes } from '../test/fixtures/plan-workbook';
import { benchPane } from './pane';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const QUICK = process.argv.includes('--quick');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f0 = (x: number) => x.toFixed(0);
const f2 = (x: number) => x.toFixed(2);
const pad = (s: string | number, n: number) => String(s).padStart(n);

// 1. The engine ---------------------------------------------------------------------------------
function cpuMs(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

function benchEngine(): void {
  const SIZES = [1_000, 10_000, 100_000];
  // Warm up the JIT so the smallest size is not charged for compiling.
  const warm = planInput(1_000);
  for (let k = 0; k < 10; k++) analyze(warm);
  const rows = SIZES.map((n) => {
    const input = planInput(n);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      const c = process.cpuUsage();
      const t = performance.now();
      analyze(input, { period: 'year' });
      wall.push(performance.now() - t);
      cpu.push(cpuMs(c));
    }
    return { n, wall: median(wall), cpu: median(cpu) };
  });
  const per = (x: number, n: number) => (x / n) * 10_000;
  console.log(`\n1. analyze(), plan in the sample's layout, median of ${RUNS}`);
  console.log('rows    | ms per 10 000 rows (CPU) | wall  | per-row ratio vs 1 000 rows (CPU)');
  for (const r of rows) {
    console.log(`${String(r.n).padEnd(7)} | ${pad(f0(per(r.cpu, r.n)), 24)} | ${pad(f0(per(r.wall, r.n)), 5)} | ${f2(per(r.cpu, r.n) / per(rows[0].cpu, rows[0].n))}×`);
  }
}

// 2. The CLI against ExcelJS alone ---------------------------------------------------------------
interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
}

/** Runs a node script in a process of its own and reads its usage (bench/probe.mjs). */
function measure(args: string[]): Usage {
  const r = spawnSync(process.execPath, ['--import', path.join(ROOT, 'bench', 'probe.mjs'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr?.toString().slice(0, 500)}`);
  const line = r.output[3]?.toString().trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Usage;
}

function medianUsage(runs: Usage[]): Usage {
  return { wallMs: median(runs.map((x) => x.wallMs)), cpuMs: median(runs.map((x) => x.cpuMs)), maxRssKb: median(runs.map((x) => x.maxRssKb)) };
}

/** Runs the commands in turn, RUNS rounds, so load on the machine falls on all of them alike. */
function interleaved(commands: Record<string, string[]>): Record<string, Usage> {
  const got: Record<string, Usage[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let k = 0; k < RUNS; k++) for (const [name, args] of Object.entries(commands)) got[name].push(measure(args));
  return Object.fromEntries(Object.entries(got).map(([k, v]) => [k, medianUsage(v)]));
}

async function benchCli(): Promise<void> {
  // The CLI as users run it: the bundle npm builds.
  const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const dir = mkdtempSync(path.join(tmpdir(), 'planark-bench-'));
  const sizes = QUICK ? [10_000] : [10_000, 100_000];
  console.log(`\n2. planark check vs ExcelJS reading the same file, own process each, median of ${RUNS}`);
  console.log('rows    | ExcelJS read: CPU / wall / peak | check: CPU / wall / peak       | check ÷ read: CPU  wall  memory');
  try {
    for (const n of sizes) {
      const file = path.join(dir, `plan-${n}.xlsx`);
      writeFileSync(file, await planWorkbookBytes(n));
      const u = interleaved({
        read: [path.join('bench', 'exceljs-read.mjs'), file],
        check: [path.join('bin', 'planark.js'), 'check', file],
      });
      const mb = (kb: number) => `${f0(kb / 1024)} MB`;
      const cell = (x: Usage) => `${pad(f0(x.cpuMs), 6)} / ${pad(f0(x.wallMs), 6)} ms / ${pad(mb(x.maxRssKb), 7)}`;
      console.log(
        `${String(n).padEnd(7)} | ${cell(u.read)} | ${cell(u.check)} | ${pad(f2(u.check.cpuMs / u.read.cpuMs), 5)}× ${pad(f2(u.check.wallMs / u.read.wallMs), 5)}× ${pad(f2(u.check.maxRssKb / u.read.maxRssKb), 5)}×`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // `planark apply` against ExcelJS reading and writing the same file: bench/apply.ts (from the
  // lossless branch) exports benchApply(); it runs here when present.
  const apply = path.join(ROOT, 'bench', 'apply.ts');
  if (existsSync(apply)) {
    const mod = (await import(apply)) as { benchApply?: (o: { runs: number; quick: boolean }) => Promise<void> };
    await mod.benchApply?.({ runs: RUNS, quick: QUICK });
  } else {
    console.log('   (apply vs ExcelJS read + write: bench/apply.ts, not in this checkout)');
  }
}

// 3. Office round trips --------------------------------------------------------------------------
const THRESHOLDS = ['Grön 82 Gul 76', 'Grön 6,5 Gul 7', 'Grön Ja Röd Nej', 'Grön 25% bästa Gul 26-50% bästa'];

/** Seed 002's layout with n indicators, as the Office adapter's sheet grid. */
function grid(n: number): (string | number)[][] {
  const g: (string | number)[][] = [['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Hur ofta det ska mätas', 'Ansvarig för genomförande', 'Resultat år']];
  for (let i = 0; i < n; i++) {
    const t = THRESHOLDS[Math.floor((i * THRESHOLDS.length) / n)];
    const v = t.startsWith('Grön 82') ? 95 - Math.floor((30 * i) / n) : t.startsWith('Grön 6,5') ? 6 + (i % 3) * 0.5 : t.includes('Ja') ? (i % 2 ? 'Ja' : 'Nej') : `${(i % 12) + 1}/12`;
    g.push([i === 0 ? 'Välfärd och välbefinnande genom livet' : '', `Indikator ${i + 1}`, t, 'Årligen', 'Enhetschef', v]);
  }
  return g;
}

async function benchOffice(): Promise<void> {
  const kb = (b: number) => `${f0(b / 1024)} KB`.padStart(8);
  console.log('\n3. Excel round trips per check-and-colour (fake Excel: bytes as it measures them)');
  console.log('rows    | context.sync() read + write | max request | max response');
  for (const n of [100, 10_000, 100_000]) {
    const x = new FakeExcel();
    x.addSheet('Omsorg', grid(n));
    const host = new ExcelHost(x.env());
    const input = await host.read();
    const readSyncs = x.syncs;
    await host.apply(planEdits(analyze(input, { period: 'year' }), { sheets: [] }));
    console.log(`${String(n).padEnd(7)} | ${String(x.syncs).padStart(3)} (${readSyncs} + ${x.syncs - readSyncs})${' '.repeat(17)} | ${kb(x.maxRequest)}    | ${kb(x.maxResponse)}`);
  }
}

// 4. Bundles -------------------------------------------------------------------------------------
function benchBundles(): void {
  const dist = path.join(ROOT, 'dist');
  const files = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  if (!files.some((f) => f.startsWith('taskpane.'))) {
    console.log('\n4. bundles: no production build in dist/ (npm run build)');
    return;
  }
  console.log('\n4. bundles in dist/ (gzip level 6)');
  const engineChunks = new Set<string>();
  const worker = files.find((f) => f.startsWith('planark-engine.'));
  if (worker) {
    // The worker's own chunks: the ids its webpack runtime loads with importScripts.
    const src = readFileSync(path.join(dist, worker), 'utf8');
    for (const m of src.matchAll(/(\d+):"([0-9a-f]{8})"/g)) engineChunks.add(`${m[1]}.${m[2]}.js`);
  }
  for (const f of files.sort()) {
    const gz = gzipSync(readFileSync(path.join(dist, f)), { level: 6 }).length;
    const what = f.startsWith('taskpane.') ? 'task pane (loaded with the page)' : f.startsWith('commands.') ? 'ribbon command' : f === worker ? 'engine worker' : engineChunks.has(f) ? 'engine chunk (loaded by the worker)' : f.startsWith('preview.') ? 'browser preview' : 'loaded on demand';
    console.log(`${f.padEnd(32)} ${pad((gz / 1024).toFixed(1), 7)} KB  ${what}`);
  }
}

// 5. The task pane in Chromium -------------------------------------------------------------------
async function benchTaskpane(): Promise<void> {
  console.log('\n5. task pane in the preview (Chromium), 20 000 rows: longest main-thread block (longtask)');
  const r = await benchPane(20_000);
  if (typeof r === 'string') {
    console.log(`   skipped: ${r}`);
    return;
  }
  console.log(`   open the file: ${f0(r.loadLongestMs)} ms (ExcelJS parses the file on the page's thread)`);
  console.log(`   Kontroll:      ${f0(r.checkLongestMs)} ms longest, ${r.checkLongTasks} tasks over 50 ms, ${f0(r.checkMs)} ms in all; progress painted: ${r.progressSeen ? 'yes' : 'no'}`);
}

console.log(`Planark bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${RUNS} runs)`);
benchEngine();
await benchCli();
await benchOffice();
benchBundles();
await benchTaskpane();

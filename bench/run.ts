/**
 * `npm run bench` (issue 14): everything measured side by side in one run, printed, never asserted.
 *  1. the engine: analyze() in ms per 10 000 rows at 1 000, 10 000 and 100 000 rows, the
 *     per-row ratio against the smallest size (linear = 1.00×), and the bytes a row one analysis
 *     keeps (what garbage collection copies and marks while it runs, measured after a full one);
 *  2. `planark check` against ExcelJS alone reading the same file, and `planark apply` against
 *     ExcelJS reading and writing it, each command in a process of its own: CPU, wall and peak
 *     memory, and their ratios — of the medians, and CPU round by round (each pair ran back to back,
 *     so a slow spell of the machine falls on both); then where apply's time goes (bench/apply.ts);
 *  3. the Office adapter against the fake Excel (test/office): context.sync() per
 *     check-and-colour and the largest request and response at 100, 10 000 and 100 000 rows;
 *  4. bundle sizes (gzip) of a production build (`npm run build`, made here);
 *  5. the task pane in Chromium on a 20 000-row plan: the longest main-thread block (bench/pane.ts).
 * The plan is the sample's layout (test/fixtures/plan-workbook.ts): a goal merged over 10 rows, six
 * threshold kinds, one row in ten monthly. Times are medians of BENCH_RUNS runs (default 5).
 *
 * On a shared machine other jobs stretch wall time, so CPU time is printed beside it. For the
 * engine the main thread's own CPU time is the figure to read (Linux: /proc/self/task): it is what
 * the pane's worker or the CLI waits for on an idle machine; V8's GC helper threads work beside it
 * (the process figure adds them).
 * `npm run bench -- --quick` leaves out the 100 000-row files of part 2; `--no-build` uses dist/ as it is.
 * `--only engine,check` runs only the parts named (engine, check, cli, office, bundles, pane; `check`
 * is part 2 without apply: ExcelJS read against `planark check`), for side-by-side work on one part.
 * `--only office` (or `syncs`) is part 3: syncs and bytes are deterministic, so it can be measured
 * on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyze, planEdits } from '../src/engine/analyze';
import { ExcelHost } from '../src/adapters/office/excel-host';
import { groupFillRuns } from '../src/adapters/office/convert';
import { FakeExcel } from '../test/office/fake-excel';
import { PLAN_HEADERS, PLAN_SHEET, planInput, planRow, planWorkbookBytes, type PlanRow } from '../test/fixtures/plan-workbook';
import { benchApply } from './apply';
import { benchPane } from './pane';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const QUICK = process.argv.includes('--quick');
const BUILD = !process.argv.includes('--no-build');
const ONLY = (() => {
  const i = process.argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return null;
  const v = process.argv[i].includes('=') ? process.argv[i].slice('--only='.length) : (process.argv[i + 1] ?? '');
  return new Set(v.split(',').map((x) => x.trim()).filter(Boolean));
})();
const wanted = (part: string) => !ONLY || ONLY.has(part);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f0 = (x: number) => x.toFixed(0);
const f2 = (x: number) => x.toFixed(2);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const mb = (kb: number) => `${f0(kb / 1024)} MB`;

// 1. The engine ---------------------------------------------------------------------------------

/** CPU time of this process's main thread in ms (10 ms steps), where Linux tells it; else null. */
function mainThreadMs(): number | null {
  const own = (process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (own) {
    const u = own.call(process);
    return (u.user + u.system) / 1000;
  }
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

/** A full collection now, where V8 allows it (the way the CLI asks for one); false where it does not. */
function fullGc(): boolean {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes one analysis keeps, per row: the heap after a full collection with its result held,
 * less the heap before. Deterministic where time is not, and what garbage collection has to copy
 * and mark while the analysis runs.
 */
function keptPerRow(input: ReturnType<typeof planInput>, n: number): number {
  if (!fullGc()) return NaN;
  const before = process.memoryUsage().heapUsed;
  const out = analyze(input, { period: 'year' });
  fullGc();
  const kept = process.memoryUsage().heapUsed - before;
  // Read after the collection, so the result is still held (not collected) when the heap is measured.
  return out.indicators.length ? kept / n : NaN;
}

function benchEngine(): void {
  const SIZES = [1_000, 10_000, 100_000];
  // Warm up the JIT so the smallest size is not charged for compiling.
  const warm = planInput(1_000);
  for (let k = 0; k < 10; k++) analyze(warm);
  const rows = SIZES.map((n) => {
    const input = planInput(n);
    // Small sizes are repeated within one sample so the main thread's 10 ms clock can see them.
    const reps = Math.max(1, Math.round(30_000 / n));
    const main: number[] = [];
    const proc: number[] = [];
    const wall: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      const m = mainThreadMs();
      const c = process.cpuUsage();
      const t = performance.now();
      for (let j = 0; j < reps; j++) analyze(input, { period: 'year' });
      wall.push((performance.now() - t) / reps);
      const u = process.cpuUsage(c);
      proc.push((u.user + u.system) / 1000 / reps);
      const m2 = mainThreadMs();
      if (m !== null && m2 !== null) main.push((m2 - m) / reps);
    }
    return { n, main: main.length ? median(main) : NaN, proc: median(proc), wall: median(wall), kept: keptPerRow(input, n) };
  });
  const per = (x: number, n: number) => (x / n) * 10_000;
  const key = (r: (typeof rows)[number]) => (Number.isNaN(r.main) ? r.proc : r.main);
  console.log(`\n1. analyze(), plan in the sample's layout, median of ${RUNS}: ms per 10 000 rows`);
  console.log('rows    | main thread CPU | process CPU (+ GC helpers) | wall  | per-row ratio vs 1 000 rows (main thread) | kept by one analysis');
  for (const r of rows) {
    console.log(
      `${String(r.n).padEnd(7)} | ${pad(Number.isNaN(r.main) ? 'n/a' : f0(per(r.main, r.n)), 15)} | ${pad(f0(per(r.proc, r.n)), 26)} | ${pad(f0(per(r.wall, r.n)), 5)} | ${pad(`${f2(per(key(r), r.n) / per(key(rows[0]), rows[0].n))}×`, 41)} | ${Number.isNaN(r.kept) ? 'n/a' : `${f0(r.kept)} B a row`}`,
    );
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
function interleaved(commands: Record<string, string[]>): Record<string, Usage[]> {
  const got: Record<string, Usage[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let k = 0; k < RUNS; k++) for (const [name, args] of Object.entries(commands)) got[name].push(measure(args));
  return got;
}

/**
 * CPU ratios of one command to its baseline round by round (they ran back to back, so a slow
 * spell of the machine falls on both): their median and range, beside the ratio of medians.
 */
function paired(runs: Usage[], base: Usage[]): string {
  const r = runs.map((u, k) => u.cpuMs / base[k].cpuMs).sort((a, b) => a - b);
  return `${f2(median(r))}× (${f2(r[0])}–${f2(r[r.length - 1])})`;
}

async function benchCli(withApply = true): Promise<void> {
  // The CLI as users run it: the bundle npm builds.
  const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const dir = mkdtempSync(path.join(tmpdir(), 'planark-bench-'));
  const sizes = QUICK ? [10_000] : [10_000, 100_000];
  console.log(`\n2. planark check and apply against ExcelJS alone on the same file, a process each, median of ${RUNS}`);
  console.log('rows    | command                     |    CPU ms |   wall ms |    peak | ratio: CPU   wall   peak | CPU ratio per round: median (range)');
  const line = (n: number | '', what: string, runs: Usage[], baseRuns?: Usage[], memBaseRuns?: Usage[]) => {
    const u = medianUsage(runs);
    const base = baseRuns && medianUsage(baseRuns);
    const memBase = memBaseRuns ? medianUsage(memBaseRuns) : base;
    console.log(
      `${String(n).padEnd(7)} | ${what.padEnd(27)} | ${pad(f0(u.cpuMs), 9)} | ${pad(f0(u.wallMs), 9)} | ${pad(mb(u.maxRssKb), 7)} |` +
        (base && memBase && baseRuns
          ? ` ${pad(f2(u.cpuMs / base.cpuMs), 5)}× ${pad(f2(u.wallMs / base.wallMs), 5)}× ${pad(f2(u.maxRssKb / memBase.maxRssKb), 5)}× | ${paired(runs, baseRuns)}`
          : ''),
    );
  };
  try {
    // The issue's layout merges each goal cell over its ten rows; ExcelJS's reading of merges grows
    // with their square (each is checked against all before it), which flatters any ratio to it,
    // so the same plan without merges is measured too.
    for (const merges of [true, false]) {
      console.log(merges ? '   goal cells merged over 10 rows (the sample\'s layout)' : '   the same plan without merged cells');
      for (const n of sizes) {
        const file = path.join(dir, `plan-${n}${merges ? '' : '-unmerged'}.xlsx`);
        writeFileSync(file, await planWorkbookBytes(n, { merges }));
        const u = interleaved({
          read: [path.join('bench', 'exceljs-read.mjs'), file],
          check: [path.join('bin', 'planark.js'), 'check', file],
          ...(withApply
            ? {
                readWrite: [path.join('bench', 'exceljs-read.mjs'), file, 'write'],
                apply: [path.join('bin', 'planark.js'), 'apply', file, '-o', path.join(dir, `out-${n}.xlsx`), '--force'],
              }
            : {}),
        });
        line(n, 'ExcelJS read', u.read);
        line('', 'planark check ÷ read', u.check, u.read);
        if (!withApply) continue;
        line('', 'ExcelJS read + write', u.readWrite);
        line('', 'planark apply ÷ read + write', u.apply, u.readWrite);
        line('', '  apply peak ÷ bare read', u.apply, u.readWrite, u.read);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!withApply) return;
  console.log('\n2b. where apply\'s time goes, in this process (one run each):');
  await benchApply(sizes);
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

/** The sample's layout (the engine bench's plan, 10 columns), as the fake Excel's sheet. */
function addSamplePlan(x: FakeExcel, n: number): void {
  const cell = (r: PlanRow['year']) => (r === null ? null : typeof r === 'object' ? { value: r.pct / 100, numberFormat: '0%' } : r);
  const g: unknown[][] = [PLAN_HEADERS];
  for (let i = 0; i < n; i++) {
    const p = planRow(i);
    g.push([p.goal || null, p.indicator, p.activities, p.threshold, p.frequency, p.responsible, p.reporter, cell(p.t1), cell(p.t2), cell(p.year)]);
  }
  const s = x.addSheet(PLAN_SHEET, g as Parameters<FakeExcel['addSheet']>[1]);
  for (let i = 0; i + 1 < n; i += 10) s.merges.push(`A${i + 2}:A${Math.min(n - 1, i + 9) + 2}`);
}

async function benchOffice(): Promise<void> {
  const kb = (b: number) => `${f0(b / 1024)} KB`;
  console.log('\n3. Excel round trips per check-and-colour (fake Excel in test/office: bytes as it measures them)');
  for (const [layout, add] of [
    ["seed 002's layout, 6 columns (Mål · Indikator · Prestationer · Hur ofta · Ansvarig · Resultat år)", (x: FakeExcel, n: number) => void x.addSheet('Omsorg', grid(n))],
    ["the sample's layout, 10 columns (the plan of part 1: T1 · T2 · År, activities, long texts)", addSamplePlan],
  ] as const) {
    console.log(`   ${layout}`);
    console.log('rows    | context.sync() read + write | max request | max response | read in all | fills → range writes');
    for (const n of [100, 10_000, 100_000]) {
      const x = new FakeExcel();
      add(x, n);
      const host = new ExcelHost(x.env());
      const input = await host.read();
      const readSyncs = x.syncs;
      const readBytes = x.responseBytes.reduce((a, b) => a + b, 0);
      const edits = planEdits(analyze(input, { period: 'year' }), { sheets: [] });
      await host.apply(edits);
      console.log(
        `${String(n).padEnd(7)} | ${`${pad(x.syncs, 3)} (${readSyncs} + ${x.syncs - readSyncs})`.padEnd(27)} | ${pad(kb(x.maxRequest), 11)} | ${pad(kb(x.maxResponse), 12)} | ${pad(mb(readBytes / 1024), 11)} | ${edits.fills.length} → ${x.formatWrites} (${groupFillRuns(edits.fills).length} runs)`,
      );
    }
  }
}

// 4. Bundles -------------------------------------------------------------------------------------
function benchBundles(): void {
  if (BUILD) {
    console.log('\n4. bundles: npm run build (production) …');
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const dist = path.join(ROOT, 'dist');
  const files = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  if (!files.some((f) => f.startsWith('taskpane.'))) {
    console.log('\n4. bundles: no production build in dist/ (npm run build)');
    return;
  }
  console.log('4. bundles in dist/ (gzip level 6; KB = 1024 bytes)');
  const workerChunks = new Set<string>();
  const worker = files.find((f) => f.startsWith('planark-engine.'));
  if (worker) {
    // The worker's own chunks: the ids its webpack runtime loads with importScripts.
    const src = readFileSync(path.join(dist, worker), 'utf8');
    for (const m of src.matchAll(/(\d+):"([0-9a-f]{8})"/g)) workerChunks.add(`${m[1]}.${m[2]}.js`);
  }
  const what = (f: string) =>
    f.startsWith('taskpane.')
      ? 'TASK PANE (what the add-in page loads first)'
      : f.startsWith('commands.')
        ? 'ribbon command'
        : f.startsWith('dialog.')
          ? 'dialog'
          : f === worker
            ? 'engine worker'
            : workerChunks.has(f)
              ? 'engine chunk (loaded by the worker)'
              : f.startsWith('preview.')
                ? 'browser preview (not part of the add-in)'
                : f.startsWith('report')
                  ? 'report (loaded on Skapa rapport)'
                  : 'loaded on demand';
  for (const f of files.sort()) {
    const gz = gzipSync(readFileSync(path.join(dist, f)), { level: 6 }).length;
    console.log(`${f.padEnd(32)} ${pad((gz / 1024).toFixed(1), 7)} KB  ${what(f)}`);
  }
}

// 5. The task pane in Chromium -------------------------------------------------------------------
async function benchTaskpane(): Promise<void> {
  console.log('\n5. task pane in the preview (Chromium), 20 000 rows: longest main-thread block (PerformanceObserver longtask)');
  const r = await benchPane(20_000);
  if (typeof r === 'string') {
    console.log(`   skipped: ${r}`);
    return;
  }
  console.log(`   open the .xlsx:  ${f0(r.loadLongestMs)} ms longest (the preview's own ExcelJS parse of the file; in Excel the workbook is open already)`);
  console.log(`   Kontroll:        ${f0(r.checkLongestMs)} ms longest, ${r.checkLongTasks} tasks over 50 ms, ${f0(r.checkMs)} ms from click to findings; progress painted: ${r.progressSeen ? 'yes' : 'no'}`);
  console.log(`   Färglägg:        ${f0(r.colourLongestMs)} ms longest, ${r.colourLongTasks} tasks over 50 ms, ${f0(r.colourMs)} ms from click to done`);
}

const cpu = cpus();
console.log(
  `Planark bench ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ` +
    `${f0(totalmem() / 1024 ** 3)} GB, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; medians of ${RUNS} runs`,
);
if (wanted('engine')) benchEngine();
if (wanted('cli')) await benchCli();
else if (wanted('check')) await benchCli(false);
if (wanted('office') || wanted('syncs')) await benchOffice();
if (wanted('bundles')) benchBundles();
if (wanted('pane')) await benchTaskpane();
console.log(`\nload average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

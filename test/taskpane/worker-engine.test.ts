/**
 * The pane's engine on another thread (src/taskpane/worker): the workbook sent in parts, progress,
 * Avbryt ending the thread, and a failed thread, over a real message channel with comlink (the
 * browser's Worker aside, everything the pane relies on).
 */
import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { analyze, planEdits } from '../../src/engine/analyze';
import type { WorkbookInput } from '../../src/engine/types';
import { workerEngine, type EngineThread } from '../../src/taskpane/worker/client';
import { paneAnalysis } from '../../src/taskpane/worker/pane-analysis';
import { EngineService, PART_CELLS, splitWorkbook, type RowPart } from '../../src/taskpane/worker/service';
import { planInput } from '../fixtures/plan-workbook';
import { seedWorkbook } from '../fixtures/seeds';
import { norsjoT2 } from '../fixtures/report';
import { buildReportDocument } from '../../src/engine/document/build';
import { assemble } from '../../src/engine/annex/assemble';
import { resolveOptions } from '../../src/engine/analyze';
import { indexCells } from '../../src/taskpane/explain';
import { SAMPLE_ROWS } from '../../src/taskpane/worker/pane-analysis';
import { bilaga1, bilaga2, bilaga3 } from '../fixtures/seeds';
import { workbook } from '../fixtures/sheet';
import { cellOf } from '../../src/engine/cells';

/** A service whose `rows` waits until released: a run caught in the middle of sending. */
class SlowService extends EngineService {
  gate: Promise<void> = new Promise(() => undefined);
  parts = 0;
  async rowsSlowly(id: number, sheet: number, part: RowPart): Promise<void> {
    this.parts++;
    await this.gate;
    this.rows(id, sheet, part);
  }
}

interface Threads {
  start: () => EngineThread;
  started: number;
  ended: number;
  fail: (message: string) => void;
  services: EngineService[];
}

function threads(make: () => EngineService = () => new EngineService()): Threads {
  const t: Threads = {
    started: 0,
    ended: 0,
    services: [],
    fail: () => undefined,
    start: () => {
      t.started++;
      const { port1, port2 } = new MessageChannel();
      const service = make();
      t.services.push(service);
      Comlink.expose(service, port1 as unknown as Comlink.Endpoint);
      let failed: (m: string) => void = () => undefined;
      t.fail = (m) => failed(m);
      return {
        endpoint: port2 as unknown as Comlink.Endpoint,
        terminate: () => {
          t.ended++;
          port1.close();
          port2.close();
        },
        onFailure: (cb) => (failed = cb),
      };
    },
  };
  return t;
}

const clone = <T,>(x: T): T => structuredClone(x);

describe('the engine on its own thread', () => {
  it('gives the pane what the engine finds on the seeds, and the same edits', async () => {
    const input = seedWorkbook();
    const engine = workerEngine(threads().start);
    const view = await engine.analyze(input, { lang: 'sv', period: 't2' });
    const full = analyze(clone(input), { lang: 'sv', period: 't2' });
    expect(view).toEqual(clone(paneAnalysis(full)));
    expect(await engine.planEdits(view, { sheets: [] })).toEqual(clone(planEdits(full, { sheets: [] })));
    expect(await engine.planEdits(view, { colours: true })).toEqual(clone(planEdits(full, { colours: true })));
  });

  it('sends a large plan in parts of about PART_CELLS cells, with progress up to the end', async () => {
    const input = planInput(6000);
    const { parts } = splitWorkbook(input);
    const cells = (p: RowPart) => p.reduce((n, [, row]) => n + row.length, 0);
    // Every part but the last is just over PART_CELLS cells (whole rows), and every row goes once.
    expect(parts.length).toBeGreaterThan(2);
    for (const { part: p } of parts.slice(0, -1)) expect(cells(p) - PART_CELLS).toBeGreaterThanOrEqual(0);
    for (const { part: p } of parts.slice(0, -1)) expect(cells(p) - PART_CELLS).toBeLessThan(10);
    expect(parts.flatMap((p) => p.part.map(([r]) => r))).toEqual(Array.from({ length: 6001 }, (_, i) => i));
    const t = threads();
    const engine = workerEngine(t.start);
    const seen: [number, number][] = [];
    const view = await engine.analyze(input, { period: 'year' }, { onProgress: (done, total) => seen.push([done, total]) });
    const total = parts.length + 7;
    expect(seen.every(([, n]) => n === total)).toBe(true);
    // Every part as it is sent, then the analysis's steps as they cross (one may come too late to
    // count), and the end with the result.
    const steps = seen.map(([d]) => d);
    expect(steps.slice(0, parts.length)).toEqual(Array.from({ length: parts.length }, (_, i) => i + 1));
    expect(steps.every((d, i) => i === 0 || d > steps[i - 1])).toBe(true);
    expect(steps[steps.length - 1]).toBe(total);
    expect(view.lights).toEqual(clone(paneAnalysis(analyze(planInput(6000))).lights));
    expect(view.findings.length).toBe(analyze(planInput(6000)).findings.length);
  });

  it('keeps sparse rows sparse: a lone cell in the last row of a sheet arrives where it was', () => {
    const rows: WorkbookInput['sheets'][number]['rows'] = [];
    rows[0] = [{ v: 'Mål' }, { v: 'Indikator' }];
    rows[1_048_575] = [undefined, { v: 'sist' }];
    const input: WorkbookInput = { fileName: 'gles.xlsx', sheets: [{ name: 'Blad1', rows, merges: ['A1:B1'] }, { name: 'Tomt', rows: [] }], ownedSheets: ['Sammanställning'] };
    const { head, parts } = splitWorkbook(input);
    expect(parts).toHaveLength(1);
    const service = new EngineService();
    service.begin(1, clone(head));
    for (const p of parts) service.rows(1, p.sheet, clone(p.part));
    const got = (service as unknown as { receiving: Map<number, WorkbookInput> }).receiving.get(1)!;
    expect(Object.keys(got.sheets[0].rows)).toEqual(['0', '1048575']);
    expect(got.sheets[0].rows[1_048_575]).toEqual([undefined, { v: 'sist' }]);
    expect(got.sheets[0].merges).toEqual(['A1:B1']);
    expect(got.sheets[1].rows).toEqual([]);
    expect(got.ownedSheets).toEqual(['Sammanställning']);
  });

  it('Avbryt while the workbook is sent ends the thread; the next run starts a fresh one', async () => {
    let slow: SlowService | undefined;
    const t = threads(() => {
      const s = new SlowService();
      // The first thread hangs in its second part; later threads are normal.
      if (!slow) {
        slow = s;
        s.rows = ((id: number, sheet: number, part: RowPart) => (s.parts === 0 ? (s.parts++, EngineService.prototype.rows.call(s, id, sheet, part)) : s.rowsSlowly(id, sheet, part))) as never;
      }
      return s;
    });
    const engine = workerEngine(t.start);
    const ac = new AbortController();
    const progress: number[] = [];
    const run = engine.analyze(planInput(6000), {}, { signal: ac.signal, onProgress: (d) => progress.push(d) });
    await expect.poll(() => slow?.parts ?? 0).toBe(2);
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(t.ended).toBe(1);
    expect(progress).toEqual([1]);
    const again = await engine.analyze(planInput(50), {});
    expect(t.started).toBe(2);
    expect(again.lights).toEqual(clone(paneAnalysis(analyze(planInput(50))).lights));
  });

  it('an already aborted run does not start; a run aborted after analysing plans nothing', async () => {
    const t = threads();
    const engine = workerEngine(t.start);
    const ac = new AbortController();
    ac.abort();
    await expect(engine.analyze(planInput(10), {}, { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const view = await engine.analyze(planInput(10), {});
    await expect(engine.planEdits(view, {}, { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('edits for an analysis the thread no longer holds: analysed again, the same edits', async () => {
    const t = threads();
    const engine = workerEngine(t.start);
    const first = await engine.analyze(planInput(40), { period: 'year' });
    await engine.analyze(planInput(12), { period: 't1' }); // the thread now holds this one
    expect(await engine.planEdits(first, { sheets: [] })).toEqual(clone(planEdits(analyze(planInput(40), { period: 'year' }), { sheets: [] })));
    // And after Avbryt ended the thread that made it.
    const ac = new AbortController();
    const run = engine.analyze(planInput(3000), {}, { signal: ac.signal });
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(await engine.planEdits(first, { sheets: [] })).toEqual(clone(planEdits(analyze(planInput(40), { period: 'year' }), { sheets: [] })));
  });

  it('a thread that dies fails its run with its message, and the next run gets a new thread', async () => {
    const t = threads(() => {
      const s = new SlowService();
      s.rows = s.rowsSlowly.bind(s) as never;
      return s;
    });
    const engine = workerEngine(t.start);
    const run = engine.analyze(planInput(100), {});
    await expect.poll(() => (t.services[0] as SlowService).parts).toBe(1);
    t.fail('out of memory');
    await expect(run).rejects.toThrow('out of memory');
    void engine.analyze(planInput(1), {}).catch(() => undefined);
    expect(t.started).toBe(2);
  });

  it('builds the report document where the analysis is held, and again after the thread was replaced', async () => {
    const t = threads();
    const engine = workerEngine(t.start);
    const o = { date: '2025-09-15', namnd: null };
    const expected = clone(buildReportDocument(analyze(norsjoT2(), { period: 't2' }), o));
    const view = await engine.analyze(norsjoT2(), { period: 't2' });
    const doc = await engine.report(view, o);
    expect(doc).toEqual(expected);
    expect(doc.title).toBe('Delårsbokslut T2 2025');
    expect(view.input.sheets.map((x) => x.name)).toEqual(norsjoT2().sheets.map((x) => x.name));
    await engine.analyze(planInput(12), {}); // the thread now holds another analysis
    expect(await engine.report(view, o)).toEqual(expected);
    expect(t.started).toBe(1);
  });

  it('explains a selected cell where the analysis is held, as the index over the whole analysis does', async () => {
    const input = planInput(60);
    const engine = workerEngine(threads().start);
    const view = await engine.analyze(input, { lang: 'sv', period: 'year' });
    const full = analyze(clone(input), { lang: 'sv', period: 'year' });
    const cells = indexCells(full);
    const ev = full.indicators.flatMap((x) => x.results).find((r) => r.status !== 'none')!;
    const at = ev.result.ref;
    const got = await engine.explain(view, at.sheet, cellOf(at));
    expect(got).toEqual(clone(cells.explain(at.sheet, cellOf(at))));
    expect(got!.result!.evaluations[0].status).toBe(ev.status);
    expect(await engine.explain(view, at.sheet, 'ZZ9999')).toBeNull();
  });

  it('gives the pane only the first rows of a long table, with those rows\' cells for Översikt', async () => {
    const engine = workerEngine(threads().start);
    const view = await engine.analyze(planInput(3000), {});
    const [t] = view.model.tables;
    expect(t.rows.filter((r) => r.kind === 'data')).toHaveLength(SAMPLE_ROWS);
    const rows = view.input.sheets[0].rows;
    expect(Object.keys(rows).map(Number)).toEqual(t.rows.map((r) => r.r));
    expect(rows[1]?.[1]?.v).toBe(planInput(3000).sheets[0].rows[1]?.[1]?.v);
  });

  it('reads annex units and assembles the Bilagor sheet in the worker, leaving the held analysis alone', async () => {
    const t = threads();
    const engine = workerEngine(t.start);
    const view = await engine.analyze(planInput(40), { period: 'year' });
    const units = [
      { file: 'enhet-a.xlsx', input: workbook(bilaga1, bilaga2) },
      { file: 'enhet-b.xlsx', input: workbook(bilaga3) },
    ];
    const unit = await engine.annexUnit(units[0].input, { lang: 'sv' });
    const alone = analyze(clone(units[0].input), { lang: 'sv' });
    expect(unit).toEqual(clone({ annexes: alone.annexes, findings: alone.findings }));
    expect(unit.annexes.length).toBeGreaterThan(0);
    const sheet = await engine.assembleAnnexes(units, { lang: 'sv' });
    const expected = assemble(
      units.map((u) => {
        const a = analyze(clone(u.input), { lang: 'sv' });
        return { file: u.file, input: u.input, model: a.model, budgets: a.budgets, annexes: a.annexes };
      }),
      resolveOptions({ lang: 'sv' }),
    ).find((g) => g.kind === 'annexes');
    expect(sheet).toEqual(clone(expected));
    // The plan's analysis is still the one held: its edits come without analysing again.
    expect(await engine.planEdits(view, { sheets: [] })).toEqual(clone(planEdits(analyze(planInput(40), { period: 'year' }), { sheets: [] })));
    expect(t.started).toBe(1);
  });

  it('a step that arrives after the result (its own message port) is not reported: the run is over', async () => {
    class LateSteps extends EngineService {
      override analyze(id: number, options: Parameters<EngineService['analyze']>[1], onProgress?: (done: number, total: number) => void) {
        const view = super.analyze(id, options);
        setTimeout(() => void onProgress?.(7, 7), 20); // the last step, late
        return view;
      }
    }
    const engine = workerEngine(threads(() => new LateSteps()).start);
    const seen: number[] = [];
    await engine.analyze(planInput(10), {}, { onProgress: (done) => seen.push(done) });
    const atResult = seen.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(seen).toHaveLength(atResult);
  });

  it('a foreign analysis is refused with a reason', async () => {
    const engine = workerEngine(threads().start);
    await expect(engine.planEdits(clone(paneAnalysis(analyze(planInput(3)))), {})).rejects.toThrow('did not come from the engine');
  });
});

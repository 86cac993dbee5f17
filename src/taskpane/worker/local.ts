/**
 * The engine on the pane's own thread, for hosts without Web Workers (tests under jsdom). Same
 * contract as the worker: the pane gets a PaneAnalysis and asks for edits with it.
 */
import { analyze, planEdits } from '../../engine/analyze';
import type { Analysis } from '../../engine/analyze';
import type { PaneEngine } from '../engine';
import { paneAnalysis, type PaneAnalysis } from './pane-analysis';
import { abortError } from './client';
import { indexCells, type CellIndex } from '../explain';
import { annexUnitView, assembleUnits } from './annex-units';

export function localEngine(): PaneEngine {
  const full = new WeakMap<PaneAnalysis, Analysis>();
  const cells = new WeakMap<Analysis, CellIndex>();
  const held = (view: PaneAnalysis): Analysis => {
    const a = full.get(view);
    if (!a) throw new Error('Planark: this analysis did not come from the engine');
    return a;
  };
  return {
    async analyze(input, options, run = {}) {
      if (run.signal?.aborted) throw abortError();
      const a = analyze(input, options, { onStep: (_s, done, total) => run.onProgress?.(done, total) });
      if (run.signal?.aborted) throw abortError();
      const view = paneAnalysis(a);
      full.set(view, a);
      return view;
    },
    async planEdits(view, eo, run = {}) {
      if (run.signal?.aborted) throw abortError();
      return planEdits(held(view), eo);
    },
    async report(view, o, run = {}) {
      if (run.signal?.aborted) throw abortError();
      const a = held(view);
      const { buildReportDocument } = await import('../../engine/document/build');
      return buildReportDocument(a, o);
    },
    async explain(view, sheet, address, run = {}) {
      if (run.signal?.aborted) throw abortError();
      const a = held(view);
      let index = cells.get(a);
      if (!index) cells.set(a, (index = indexCells(a)));
      return index.explain(sheet, address);
    },
    async annexUnit(input, options, run = {}) {
      if (run.signal?.aborted) throw abortError();
      return annexUnitView(input, options);
    },
    async assembleAnnexes(units, options, run = {}) {
      if (run.signal?.aborted) throw abortError();
      return assembleUnits(units, options);
    },
  };
}

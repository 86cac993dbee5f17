/// <reference types="office-js" />
/**
 * Ribbon function command `checkAndColour`: read → analyze → colour, without opening the pane.
 * Errors go to the console; the command must always call `event.completed()`.
 */
import { analyze, planEdits } from '../engine/analyze';
import { createExcelHost } from '../adapters/office/excel-host';
import type { WorkbookHost } from '../adapters/host';

/** The command's work, separate from Office wiring so it can be tested with a fake host. */
export async function checkAndColour(host: WorkbookHost): Promise<{ fills: number; findings: number }> {
  const input = await host.read();
  const a = analyze(input, { lang: host.info().lang });
  const edits = planEdits(a, { sheets: [] });
  await host.apply(edits);
  return { fills: edits.fills.length, findings: a.findings.length };
}

// Guarded so tests can import checkAndColour without Office.js.
if (typeof Office !== 'undefined') Office.onReady(() => {
  Office.actions.associate('checkAndColour', async (event: Office.AddinCommands.Event) => {
    try {
      const r = await checkAndColour(createExcelHost());
      console.info(`Planark: ${r.findings} findings, ${r.fills} cells coloured`);
    } catch (e) {
      console.error('Planark:', e instanceof Error ? e.message : e);
    } finally {
      event.completed();
    }
  });
});

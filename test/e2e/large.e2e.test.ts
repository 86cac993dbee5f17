/**
 * A plan of 20 000 indicator rows in the preview (issue 14): Kontroll runs in the engine's worker
 * while the pane paints its progress, Avbryt stops it and leaves the pane usable, and Färglägg
 * colours what the engine computes. Behaviour only: nothing here is timed (`npm run bench` prints
 * the longest main-thread block).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze, planEdits } from '../../src/engine/analyze';
import type { FillEdit } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { PLAN_SHEET, planInput, planWorkbookBytes } from '../fixtures/plan-workbook';
import { STRINGS } from '../../src/taskpane/i18n';
import { cellFill, pageErrors, usePreviewPage } from './helpers';

const ROWS = 20_000;
const NAME = `plan-${ROWS}.xlsx`;
const LONG = 300_000; // the machine running the suite may be busy; these are limits, not expectations

const baseUrl = inject('baseUrl');
const { page } = usePreviewPage(baseUrl);

let bytes: Buffer;
let findings: number;
let fills: FillEdit[];

beforeAll(async () => {
  bytes = await planWorkbookBytes(ROWS);
  const a = analyze(planInput(ROWS, NAME), { lang: 'sv' });
  findings = a.findings.length;
  fills = planEdits(a, { sheets: [] }).fills;
}, LONG);

async function open(pg: Page): Promise<void> {
  await pg.getByTestId('open-file').setInputFiles({ name: NAME, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await pg.getByTestId('file-name').filter({ hasText: NAME }).waitFor({ timeout: LONG });
  await pg.getByTestId('run-check').waitFor({ timeout: LONG });
}

/** The busy bar with a step of the check in it: progress the page has painted. */
const progress = (pg: Page) => pg.locator('[data-testid="busy"] [data-testid="progress"][aria-valuenow]');

describe(`a plan of ${ROWS} indicator rows in the preview`, () => {
  it('Kontroll paints its progress while the worker checks, then lists what the engine finds; Färglägg colours', async () => {
    const pg = page();
    await open(pg);
    await pg.getByTestId('run-check').click();
    // Progress shows while the check is under way: the count of findings is not there yet.
    await progress(pg).waitFor({ timeout: LONG });
    const step = Number(await progress(pg).getAttribute('aria-valuenow'));
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThan(1);
    expect(await pg.getByTestId('findings-count').count()).toBe(0);
    expect(await pg.getByTestId('busy').textContent()).toContain('Kontrollerar');

    await pg.getByTestId('findings-count').waitFor({ timeout: LONG });
    expect(await pg.getByTestId('findings-count').textContent()).toBe(STRINGS.sv.check.count(findings));
    expect(await pg.getByTestId('busy').count()).toBe(0);

    await pg.getByTestId('tab-lights').click();
    await pg.getByTestId('colour-button').click();
    await pg.getByTestId('notice-bar').filter({ hasText: STRINGS.sv.lights.coloured(fills.length) }).waitFor({ timeout: LONG });
    // The first rows of the sheet are in view: one cell of each colour there has its fill.
    const top = [PALETTE.green.fill, PALETTE.yellow.fill, PALETTE.red.fill].map((fill) => fills.find((f) => f.sheet === PLAN_SHEET && f.fill === fill && Number(f.cell.slice(1)) < 30)!);
    for (const f of top) expect(await cellFill(pg, f.sheet, f.cell)).toBe(f.fill);
    expect(pageErrors(pg)).toEqual([]);
  });

  it('Avbryt during the check stops it; the pane stays usable and checks again', async () => {
    const pg = page();
    await open(pg);
    await pg.getByTestId('run-check').click();
    await progress(pg).waitFor({ timeout: LONG });
    await pg.getByTestId('cancel-button').click();
    await pg.getByTestId('notice-bar').filter({ hasText: 'Avbrutet.' }).waitFor({ timeout: LONG });
    expect(await pg.getByTestId('busy').count()).toBe(0);
    expect(await pg.getByTestId('findings-count').count()).toBe(0);
    // Usable: the tabs answer, and the same button checks the whole plan again.
    await pg.getByTestId('tab-lights').click();
    await pg.getByTestId('colour-button').waitFor();
    await pg.getByTestId('tab-check').click();
    expect(await pg.getByTestId('run-check').isEnabled()).toBe(true);
    await pg.getByTestId('run-check').click();
    await pg.getByTestId('findings-count').waitFor({ timeout: LONG });
    expect(await pg.getByTestId('findings-count').textContent()).toBe(STRINGS.sv.check.count(findings));
    expect(pageErrors(pg)).toEqual([]);
  });
}, LONG);

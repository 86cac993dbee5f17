/**
 * The three users of issue 12, end to end in Chromium on the preview. Every expected text comes
 * from the engine run in Node on the same file (helpers.expectedAnalysis), not from the test.
 *
 * - The ekonom selects a red cell in the grid and reads why it is red.
 * - The controller reads budget, prognos and the deviation text per ansvar on the Budget tab.
 * - The coordinator assembles three unit workbooks into the open one: the total typed 10 000 kr
 *   wrong is shown red with the engine's annex.total-mismatch words before writing, and the
 *   assembled Bilagor sheet holds every block with its total as a SUM formula.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fmtNum } from '../../src/engine/format';
import { analyze } from '../../src/engine/analyze';
import { readWorkbook } from '../../src/adapters/exceljs';
import { ANNEX_UNITS, annexUnitFiles, annexUnitWorkbook } from '../fixtures/annex-units';
import { activeTab, cellFill, expectedAnalysis, pageErrors, showSheet, usePreviewPage } from './helpers';
import { cellOf } from '../../src/engine/cells';

const baseUrl = inject('baseUrl');
const { page } = usePreviewPage(baseUrl);

async function runCheck(pg: Page): Promise<void> {
  await pg.getByTestId('run-check').first().click();
  await pg.getByTestId('finding-item').first().waitFor({ timeout: 30_000 });
}

describe('the ekonom: why is this cell red?', () => {
  it('colours, selects the red Sjukfrånvaro result in the grid and reads indicator, threshold, value and reason', async () => {
    const { analysis } = await expectedAnalysis({ lang: 'sv' });
    const red = analysis.indicators.flatMap((ia) => ia.results.map((ev) => ({ ia, ev }))).find((x) => x.ev.status === 'red' && x.ia.indicator.name === 'Sjukfrånvaro')!;
    const { sheet } = red.ev.result.ref;
    const cell = cellOf(red.ev.result.ref);
    const pg = page();
    await runCheck(pg);
    await pg.getByTestId('tab-lights').click();
    await pg.getByTestId('colour-button').click();
    await expect.poll(() => cellFill(pg, sheet, cell)).toBe('FFFFC7CE');
    // The legend explains every fill, the orange gap colour too.
    expect(await pg.getByTestId('legend').locator('li[data-status="gap"]').textContent()).toContain('brist i röda tråden');

    await pg.locator(`[data-testid="grid"][data-sheet="${sheet}"] [data-cell="${cell}"]`).click();
    const card = pg.getByTestId('cell-info');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe(`Vald cell: ${sheet}!${cell}`);
    expect(await card.getByTestId('cell-indicator').textContent()).toBe('Sjukfrånvaro');
    expect(await card.getByTestId('cell-threshold').textContent()).toBe(red.ia.indicator.thresholdText);
    expect(await card.getByTestId('cell-value').textContent()).toBe(`${fmtNum(red.ev.value as number, 'sv')}Röd`);
    expect(await card.getByTestId('cell-reason').textContent()).toBe(red.ev.reason);
    expect(red.ev.reason).toBe('7,4 > 7 (Gul-gräns) → Röd');

    // An orange gap cell explains its red-thread finding.
    const gap = analysis.findings.find((f) => f.code.startsWith('redthread.') && f.sheet !== sheet)!;
    await showSheet(pg, gap.sheet);
    await pg.locator(`[data-testid="grid"][data-sheet="${gap.sheet}"] [data-cell="${gap.cell}"]`).click();
    await expect.poll(() => pg.getByTestId('cell-gaps').textContent()).toContain(gap.message);
    expect(pageErrors(pg)).toEqual([]);
  });
});

describe('the controller: the Budget tab', () => {
  it('reads budget, prognos, deviation and the analysis text per ansvar; a click selects the line in the grid', async () => {
    const { analysis } = await expectedAnalysis({ lang: 'sv' });
    const lines = analysis.budgets.flatMap((b) => b.lines.filter((l) => !l.isTotal));
    const explained = lines.find((l) => l.status === 'red' && l.comment)!;
    const pg = page();
    await runCheck(pg);
    await pg.getByTestId('tab-budget').click();
    await expect.poll(() => pg.getByTestId('budget-item').count()).toBe(lines.length);
    const at = explained.statedRef ?? explained.forecastRef;
    const item = pg.locator(`[data-testid="budget-item"][data-cell="${cellOf(at)}"]`);
    const text = (await item.textContent())!;
    const kr = (n: number) => `${new Intl.NumberFormat('sv-SE').format(n)} kr`;
    expect(text).toContain(`${explained.key} ${explained.name}`);
    expect(text).toContain(`Budget${kr(explained.budget)}`);
    expect(text).toContain(`Prognos${kr(explained.forecast)}`);
    expect(text).toContain(`Avvikelse${kr(explained.deviation)}`);
    expect(await item.getByTestId('budget-analysis').textContent()).toBe(`Analys: ${explained.comment}`);
    // The red line without analysis comes first, flagged.
    const first = pg.getByTestId('budget-item').first();
    expect(await first.getAttribute('data-unexplained')).toBe('true');
    expect(await first.getByTestId('budget-analysis').textContent()).toBe('Analys: saknas');
    await item.click();
    await expect.poll(() => activeTab(pg)).toBe(at.sheet);
    await expect.poll(() => pg.getByTestId('name-box').inputValue()).toBe(cellOf(at));
  });
});

describe('the coordinator: annexes from three workbooks', () => {
  it('picks three unit files, sees the wrong total in red, and writes Bilagor into the open workbook', async () => {
    const files = await annexUnitFiles();
    // What the engine says about the unit with the hand-typed total.
    const korttid = ANNEX_UNITS.find((u) => u.typedTotal)!;
    const wrong = analyze(readWorkbook(annexUnitWorkbook(korttid), korttid.file), { lang: 'sv' }).findings.find((f) => f.code === 'annex.total-mismatch')!;
    expect(wrong.cell).toBe('C6');

    const pg = page();
    await pg.getByTestId('tab-annex').click();
    await pg.getByTestId('annex-files').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(f.bytes) })));
    await expect.poll(() => pg.getByTestId('annex-file').count(), { timeout: 30_000 }).toBe(3);
    const card = pg.locator(`[data-testid="annex-file"][data-file="${korttid.file}"]`);
    const mark = card.getByTestId('annex-mismatch');
    expect(await mark.getAttribute('data-status')).toBe('red');
    expect(await mark.textContent()).toContain(wrong.message);

    await pg.getByTestId('annex-write').click();
    await pg.locator('[data-testid="sheet-tab"][data-sheet="Bilagor"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => activeTab(pg)).toBe('Bilagor');
    expect(await pg.getByTestId('notice-bar').textContent()).toBe('Bladet Bilagor har 3 bilagor från 3 filer.');
    // One block per unit, each row naming its source file, each total a SUM formula over its block.
    const grid = pg.locator('[data-testid="grid"][data-sheet="Bilagor"]');
    for (const u of ANNEX_UNITS) expect(await grid.locator(`[data-cell^="A"]`, { hasText: `${u.file}: ` }).count()).toBe(1);
    const sources = await grid.locator('[role="gridcell"]').evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => / – Bilaga 3!A\d+$/.test(t)));
    expect(sources).toHaveLength(ANNEX_UNITS.reduce((n, u) => n + u.lines.length + 1, 0));
    const summa = grid.locator('[role="gridcell"]', { hasText: /^Summa$/ });
    expect(await summa.count()).toBe(3);
    // The korttid block's total: clicked, the formula bar shows the SUM over its two lines, and the
    // cell shows the sum of the lines (12 090 774), not the typed 12 080 774.
    const totals = await summa.evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    const row = Number(totals[1]!.slice(1));
    const total = grid.locator(`[data-cell="C${row}"]`);
    await total.click();
    expect(await pg.getByTestId('formula-bar').inputValue()).toBe(`=SUM(C${row - 2}:C${row - 1})`);
    expect(await total.textContent()).toBe('12\u00a0090\u00a0774');
    // The source's wrong total is not silently corrected: the row keeps a mark saying what it was.
    const sourceMark = grid.locator(`[role="gridcell"][data-cell="F${row}"]`);
    expect((await sourceMark.textContent())!.replace(/\u00a0/g, ' ')).toBe('Budget uppdrag kr: Källans summa 12 080 774 ≠ 12 090 774, summan av 2 rader');
    expect(pageErrors(pg)).toEqual([]);
  });
});

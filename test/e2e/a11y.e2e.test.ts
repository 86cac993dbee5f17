/**
 * Issue 12, point 10: axe-core on every tab of the pane beside the grid, in Swedish and English,
 * light and dark, with a cell selected and its explanation shown: no serious or critical
 * violation (Fluent's focus sentinels excepted, see axe.ts). Also the states that come and go:
 * the sample note, the unsaved-changes dialog, the findings filter, a selected row header.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SECTIONS } from '../../src/taskpane/i18n';
import { isTabsterDummy, seriousViolations } from './axe';
import { launch, screenshotOnFailure, SAMPLE_NAME } from './helpers';

const baseUrl = inject('baseUrl');
// Eight axe scans of a full page per test: minutes on a busy two-core machine, never a timing check.

async function open(browser: Browser, lang: 'sv' | 'en', scheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: scheme, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/?lang=${lang}`);
  await page.getByTestId('file-name').filter({ hasText: SAMPLE_NAME }).waitFor({ timeout: 20_000 });
  return page;
}

describe('axe-core, every tab × language × theme', () => {
  it('has teeth: a prohibited aria-label fails, a Tabster sentinel alone does not', async () => {
    const browser = await launch();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.setContent(
        '<html lang="sv"><head><title>t</title></head><body><main><h1>Planark</h1>' +
          '<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>' +
          '<div aria-label="Namnruta"></div></main></body></html>',
      );
      expect((await seriousViolations(page)).map((v) => v.id)).toEqual(['aria-prohibited-attr']);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('recognises exactly Fluent\'s focus sentinel, nothing else', () => {
    expect(isTabsterDummy('<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true" style="position: fixed">')).toBe(true);
    expect(isTabsterDummy('<div tabindex="0" data-tabster-dummy="" aria-hidden="true">')).toBe(false);
    expect(isTabsterDummy('<i tabindex="0" aria-hidden="true">')).toBe(false);
    expect(isTabsterDummy('<i tabindex="0" data-tabster-dummy="">')).toBe(false);
  });

  for (const lang of ['sv', 'en'] as const)
    for (const scheme of ['light', 'dark'] as const)
      it(`${lang}, ${scheme}: no serious or critical violation on any tab`, async () => {
        const browser = await launch();
        let page: Page | undefined;
        try {
          page = await open(browser, lang, scheme);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          await page.getByTestId('run-check').first().click();
          await page.getByTestId('finding-item').first().waitFor({ timeout: 30_000 });
          // A result cell selected: its row and column headers marked, the explanation shown.
          await page.locator('[data-testid="sheet-tab"][data-sheet="Kommunfullmäktiges indikatorer"]').click();
          await page.locator('[data-cell="I6"]').click();
          await page.getByTestId('cell-info').waitFor();
          const found: string[] = [];
          for (const tab of SECTIONS) {
            await page.getByTestId(`tab-${tab}`).click();
            await page.getByTestId(`section-${tab}`).waitFor();
            for (const v of await seriousViolations(page)) found.push(`${tab}: ${v.id} (${v.impact}) ${v.targets.join(' | ')}`);
          }
          expect(found).toEqual([]);
        } catch (e) {
          await screenshotOnFailure(page, `a11y-${lang}-${scheme}`);
          throw e;
        } finally {
          await browser.close();
        }
      }, 300_000);

  it('the passing states in between: filtered findings, unsaved changes and their dialog, a narrow pane', async () => {
    const browser = await launch();
    let page: Page | undefined;
    try {
      page = await open(browser, 'sv', 'light');
      await page.getByTestId('run-check').first().click();
      await page.getByTestId('finding-item').first().waitFor({ timeout: 30_000 });
      await page.getByTestId('filter-warning').click();
      await page.getByTestId('finding-search').fill('saknas');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('tab-lights').click();
      await page.getByTestId('colour-button').click();
      await page.getByTestId('unsaved-badge').waitFor({ timeout: 30_000 });
      await page.getByTestId('open-file').setInputFiles({ name: 'annan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
      await page.getByTestId('unsaved-dialog').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('unsaved-cancel').click();
      const narrow = await (await browser.newContext({ viewport: { width: 900, height: 700 } })).newPage();
      await narrow.goto(`${baseUrl}/?lang=en&pane=320`);
      await narrow.getByTestId('file-name').filter({ hasText: SAMPLE_NAME }).waitFor({ timeout: 20_000 });
      expect(await seriousViolations(narrow)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'a11y-states');
      throw e;
    } finally {
      await browser.close();
    }
  }, 300_000);
});

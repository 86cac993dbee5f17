/**
 * The Kolada tab in the real browser, under the page's real Content-Security-Policy: calls to
 * https://api.kolada.se are answered by the local stand-in (test/kolada/fake-kolada.ts) through
 * Playwright's request routing, so no request leaves the machine. Kolada's CORS behaviour is not
 * documented (docs/kolada.md), so both cases run: the answer allows the page's origin, and it names
 * another origin — then Chromium blocks it and the pane must say so and point to the command.
 * The page's clock is fixed, so the attribution's day is exact.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFakeKolada, type FakeKolada } from '../kolada/fake-kolada';
import { pageErrors, showSheet, usePreviewPage } from './helpers';

const baseUrl = inject('baseUrl');
const { page } = usePreviewPage(baseUrl);
const KOLADA = 'https://api.kolada.se/v3';
const KF = 'Kommunfullmäktiges indikatorer';
const VERKSAMHET = 'Verksamhetens indikatorer';
const UPPDRAG = 'Uppdragsplanens indikatorer';
let fake: FakeKolada;

beforeAll(async () => {
  fake = await startFakeKolada();
});
afterAll(async () => {
  await fake.close();
});

/**
 * Answers Kolada's API from the stand-in. `allowed`: the answer lets the page read it (the origin
 * `*`); otherwise it names Kolada's own site, as a server that does not serve other pages would.
 * (Without any such header Playwright adds one itself, so the refusal must be explicit.)
 * Returns the URLs asked for, and every request that went anywhere but the preview or Kolada.
 */
async function routeKolada(pg: Page, allowed: boolean): Promise<{ seen: string[]; elsewhere: string[] }> {
  const seen: string[] = [];
  const elsewhere: string[] = [];
  pg.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl) && !url.startsWith(KOLADA) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
  });
  await pg.route('https://api.kolada.se/**', async (route: Route) => {
    const url = route.request().url();
    seen.push(url);
    const res = await fetch(url.replace(KOLADA, fake.url));
    const body = (await res.text()).replaceAll(fake.url, KOLADA);
    await route.fulfill({ status: res.status, body, headers: { 'content-type': 'application/json', 'access-control-allow-origin': allowed ? '*' : 'https://www.kolada.se' } });
  });
  return { seen, elsewhere };
}

async function openKolada(pg: Page): Promise<void> {
  await pg.clock.setFixedTime(new Date(2025, 2, 14, 10, 30));
  await pg.getByTestId('tab-kolada').click();
}

async function fetchFromKolada(pg: Page, group = 'G124026'): Promise<void> {
  await pg.getByTestId('kolada-municipality').fill('0581');
  await pg.getByTestId('kolada-group').fill(group);
  await pg.getByTestId('kolada-fetch').click();
}

async function gridText(pg: Page, sheet: string, cell: string): Promise<string | null> {
  await showSheet(pg, sheet);
  return pg.locator(`[data-testid="grid"][data-sheet="${sheet}"] [data-cell="${cell}"]`).textContent();
}

async function outcomes(pg: Page): Promise<[string | null, string | null][]> {
  return pg.getByTestId('kolada-outcome').evaluateAll((els) => els.map((e) => [e.getAttribute('data-cell'), e.getAttribute('data-kind')] as [string | null, string | null]));
}

describe('Kolada in the preview', () => {
  it('when Kolada allows the page: fills the empty result and the position, leaves the typed value, writes the Kolada sheet, and the download holds them', async () => {
    const pg = page();
    const { seen, elsewhere } = await routeKolada(pg, true);
    await openKolada(pg);
    await fetchFromKolada(pg);
    const notice = pg.getByTestId('kolada-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toBe('2 värden skrivna. Källa: Kolada, hämtat 2025-03-14.');
    expect(await outcomes(pg)).toEqual([
      [`${KF}!J2`, 'kept'],
      [`${KF}!J3`, 'written'],
      [`${VERKSAMHET}!J8`, 'written'],
    ]);
    expect(await pg.getByTestId('kolada-outcome').nth(1).textContent()).toBe(
      `${KF}!J3: Helhetssyn hemtjänst (U21468) 2024: skrev 89 (plats 69 av 290 i riket, plats 3 av 8 i gruppen) → 89 < 91 (Gul-gräns) → Röd`,
    );
    // Every request went to Kolada's address (answered by the stand-in): the municipalities, the
    // group, the two key figures, Norrköping's values, and every municipality's values for 2024.
    expect(seen).toEqual([
      `${KOLADA}/municipality?per_page=5000`,
      `${KOLADA}/municipality_groups/G124026?per_page=5000`,
      `${KOLADA}/kpi/U23471,U21468?per_page=5000`,
      `${KOLADA}/data/kpi/U23471,U21468/municipality/0581?per_page=5000`,
      `${KOLADA}/data/kpi/U23471,U21468/year/2024?per_page=5000`,
    ]);
    expect(elsewhere).toEqual([]);

    expect(await gridText(pg, KF, 'J3')).toBe('89');
    expect(await gridText(pg, KF, 'J2')).toBe('81');
    expect(await gridText(pg, VERKSAMHET, 'J8')).toBe('plats 3 av 8');
    expect(await gridText(pg, 'Kolada', 'A1')).toBe('Källa: Kolada, hämtat 2025-03-14');
    expect(await gridText(pg, 'Kolada', 'A2')).toBe('Kommun: Norrköping (0581)');
    expect(await gridText(pg, 'Kolada', 'A3')).toBe('Jämförelsegrupp: Liknande kommuner äldreomsorg, Norrköping, 2024 (G124026), 7 kommuner');

    const [download] = await Promise.all([pg.waitForEvent('download'), pg.getByTestId('download').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(KF)!.getCell('J3').value).toBe(89);
    expect(wb.getWorksheet(KF)!.getCell('J2').value).toBe(81);
    expect(wb.getWorksheet(VERKSAMHET)!.getCell('J8').value).toBe('plats 3 av 8');
    expect(wb.getWorksheet('Kolada')!.getCell('A1').value).toBe('Källa: Kolada, hämtat 2025-03-14');
    expect(pageErrors(pg)).toEqual([]);
  });

  it('when Kolada does not allow the page (CORS), says so and gives the command; nothing is written', async () => {
    const pg = page();
    const { seen } = await routeKolada(pg, false);
    await openKolada(pg);
    await fetchFromKolada(pg);
    const error = pg.getByTestId('kolada-error');
    await error.waitFor({ timeout: 30_000 });
    const text = (await error.textContent()) ?? '';
    expect(text.startsWith('Kolada svarade inte på anropet från tillägget. Antingen är nätverket nere, eller så tar Kolada inte emot anrop från webbläsare (CORS)')).toBe(true);
    expect(text).toContain('Hämta i stället med kommandot: planark kolada ARBETSBOK.xlsx --municipality 0581');
    // The first request, tried three times (the pane retries twice), and nothing after it.
    expect(seen).toEqual(Array(3).fill(`${KOLADA}/municipality?per_page=5000`));
    expect(await pg.getByTestId('kolada-notice').count()).toBe(0);
    expect(await pg.locator('[data-testid="sheet-tab"][data-sheet="Kolada"]').count()).toBe(0);
    expect(await gridText(pg, KF, 'J3')).toBe('');
    expect(pageErrors(pg)).toEqual([]);
  });

  it('searches key figures by title and writes the chosen id into the indicator’s row, in a column it adds after the table; the next fetch uses it', async () => {
    const pg = page();
    const { seen } = await routeKolada(pg, true);
    await openKolada(pg);
    await pg.getByTestId('kolada-query').fill('helhetssyn');
    await pg.getByTestId('kolada-search').click();
    await expect.poll(() => pg.getByTestId('kolada-hits-count').textContent(), { timeout: 30_000 }).toBe('2 nyckeltal');
    expect(seen).toEqual([`${KOLADA}/kpi?title=helhetssyn&per_page=5000`]);
    expect(await pg.getByTestId('kolada-hits').locator('option').allTextContents()).toEqual([
      'U21468 – Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)',
      'U23471 – Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)',
    ]);
    await pg.getByTestId('kolada-hits').selectOption('U23471');
    const name = '6. Andel personer på särskilt boende för äldre som är ganska/mycket nöjda med sitt boende, procent';
    await pg.getByTestId('kolada-indicator').selectOption({ label: `${UPPDRAG}: ${name}` });
    await pg.getByTestId('kolada-link').click();
    const notice = pg.getByTestId('kolada-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toBe(`U23471 skrevs in för ”${name}” i kolumnen Kolada-ID (Planark) som Planark lade till sist i tabellen.`);
    expect(await gridText(pg, UPPDRAG, 'H1')).toBe('Kolada-ID (Planark)');
    expect(await gridText(pg, UPPDRAG, 'H5')).toBe('U23471');
    expect(await gridText(pg, UPPDRAG, 'H4')).toBe('');

    // Fetching now includes the newly linked indicator: its 2024 result (Utfall 2024) was typed, so it is kept.
    await showSheet(pg, KF);
    await fetchFromKolada(pg);
    await expect.poll(() => pg.getByTestId('kolada-notice').textContent(), { timeout: 30_000 }).toBe('2 värden skrivna. Källa: Kolada, hämtat 2025-03-14.');
    expect(await outcomes(pg)).toEqual([
      [`${KF}!J2`, 'kept'],
      [`${KF}!J3`, 'written'],
      [`${VERKSAMHET}!J8`, 'written'],
      [`${UPPDRAG}!G5`, 'kept'],
    ]);
    expect(await pg.getByTestId('kolada-outcome').nth(3).textContent()).toBe(
      `${UPPDRAG}!G5: ${name} (U23471) 2024: cellen har redan ett eget värde och lämnas orörd (Kolada: 83, plats 130 av 289 i riket, plats 7 av 8 i gruppen)`,
    );
    expect(await gridText(pg, UPPDRAG, 'G5')).toBe('80');
    expect(pageErrors(pg)).toEqual([]);
  });
});

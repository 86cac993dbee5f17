// @vitest-environment jsdom
/**
 * The pane's Kolada section against a local stand-in of the API: fetch and write, validation,
 * the CORS explanation when Kolada cannot be reached from the page, and the key-figure search
 * that writes the chosen id into the indicator's row.
 */
import '../taskpane/setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KoladaSection } from '../../src/taskpane/components/KoladaSection';
import { App } from '../../src/taskpane/App';
import type { ApplyProgress } from '../../src/adapters/host';
import type { Edits, WorkbookInput } from '../../src/engine/types';
// @ts-expect-error -- webpack.config.js is plain JavaScript without type declarations
import { contentSecurityPolicy } from '../../webpack.config.js';
import { sheetFromTsv, workbook } from '../fixtures/sheet';
import { norsjoKfTsv } from '../fixtures/seeds';
import { FakeHost } from '../taskpane/fake-host';
import { GROUP, startFakeKolada, type FakeKolada } from './fake-kolada';
import { afterEdits, withColumn } from './fixtures';

/** A host whose writes land in the workbook it reads, as Excel's do. */
class WritingHost extends FakeHost {
  override async apply(edits: Edits, onProgress?: (p: ApplyProgress) => void): Promise<void> {
    await super.apply(edits, onProgress);
    this.input = afterEdits(this.input, edits);
  }
}

const kfLinked = (): WorkbookInput => workbook(sheetFromTsv('KF-indikatorer', withColumn(norsjoKfTsv, 'Mål\tIndikator', 'Kolada-ID', { 'Helhetssyn särskilt boende': 'U23471', 'Helhetssyn hemtjänst': 'U21468' })));

let fake: FakeKolada;
beforeEach(async () => {
  fake = await startFakeKolada();
});
afterEach(async () => {
  await fake.close();
});

function setup(input: WorkbookInput, props: Partial<Parameters<typeof KoladaSection>[0]> = {}) {
  const host = new WritingHost(input);
  const user = userEvent.setup();
  let written = 0;
  render(<KoladaSection host={host} lang="sv" baseUrl={fake.url} fetch={globalThis.fetch} today={() => '2025-03-14'} onWritten={() => void written++} {...props} />);
  return { host, user, written: () => written };
}

describe('Hämta från Kolada', () => {
  it('fetches, writes the values and the Kolada sheet, lists each indicator, and asks the pane to check again', async () => {
    const { host, user, written } = setup(kfLinked());
    await user.type(screen.getByTestId('kolada-municipality'), '0581');
    await user.type(screen.getByTestId('kolada-group'), GROUP);
    await user.click(screen.getByTestId('kolada-fetch'));
    expect((await screen.findByTestId('kolada-notice', undefined, { timeout: 5000 })).textContent).toBe('2 värden skrivna. Källa: Kolada, hämtat 2025-03-14.');
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].values).toEqual([
      { sheet: 'KF-indikatorer', cell: 'H4', value: 'År: 83' },
      { sheet: 'KF-indikatorer', cell: 'H5', value: 'År: 89' },
    ]);
    expect(host.applied[0].sheets.map((s) => [s.name, s.rows[0][0].v])).toEqual([['Kolada', 'Källa: Kolada, hämtat 2025-03-14']]);
    const items = within(screen.getByTestId('kolada-outcomes')).getAllByTestId('kolada-outcome');
    expect(items.map((i) => [i.dataset.cell, i.dataset.kind])).toEqual([
      ['KF-indikatorer!H4', 'written'],
      ['KF-indikatorer!H5', 'written'],
    ]);
    expect(items[1].textContent).toBe('KF-indikatorer!H5: Helhetssyn hemtjänst (U21468) 2024: skrev År: 89 (plats 69 av 290 i riket, plats 3 av 8 i gruppen) → 89 < 91 (Gul-gräns) → Röd');
    expect(written()).toBe(1);

    // Again: nothing to write, Planark's own values are unchanged.
    await user.click(screen.getByTestId('kolada-fetch'));
    await waitFor(() => expect(host.applied).toHaveLength(2));
    expect(host.applied[1].values).toEqual([]);
    await waitFor(() => expect(screen.getAllByTestId('kolada-outcome').map((i) => i.dataset.kind)).toEqual(['unchanged', 'unchanged']));
  });

  it('checks the municipality code before asking anyone', async () => {
    const { host, user } = setup(kfLinked());
    await user.type(screen.getByTestId('kolada-municipality'), '581');
    await user.click(screen.getByTestId('kolada-fetch'));
    expect((await screen.findByTestId('kolada-error')).textContent).toBe('Ange kommunkoden med fyra siffror.');
    expect(fake.requests).toEqual([]);
    expect(host.reads).toBe(0);
  });

  it('when Kolada cannot be reached from the page (CORS or no network), says so and points to the command; nothing is written', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { host, user } = setup(kfLinked(), { fetch: refused });
    await user.type(screen.getByTestId('kolada-municipality'), '0581');
    await user.click(screen.getByTestId('kolada-fetch'));
    const e = await screen.findByTestId('kolada-error', undefined, { timeout: 15_000 });
    expect(e.textContent).toContain('tar Kolada inte emot anrop från webbläsare (CORS)');
    expect(e.textContent).toContain('planark kolada ARBETSBOK.xlsx --municipality 0581');
    expect(host.applied).toEqual([]);
  }, 20_000);

  it('a failure after the fetch began writes nothing (Kolada answers 500)', async () => {
    fake.faults.push({ match: /^\/v3\/data\//, status: 500, times: 99 });
    const { host, user } = setup(kfLinked());
    await user.type(screen.getByTestId('kolada-municipality'), '0581');
    await user.click(screen.getByTestId('kolada-fetch'));
    expect((await screen.findByTestId('kolada-error', undefined, { timeout: 15_000 })).textContent).toContain('Kolada svarade med fel HTTP 500');
    expect(host.applied).toEqual([]);
  }, 20_000);

  it('a workbook without links says how to make one', async () => {
    const { user } = setup(workbook(sheetFromTsv('KF', norsjoKfTsv)));
    await user.type(screen.getByTestId('kolada-municipality'), '0581');
    await user.click(screen.getByTestId('kolada-fetch'));
    expect((await screen.findByTestId('kolada-notice')).textContent).toContain('Inga indikatorer är kopplade till Kolada ännu');
    expect(fake.requests).toEqual([]);
  });
});

describe('key-figure search', () => {
  it('finds key figures by title and writes the chosen one into the indicator’s row, in a column Planark adds', async () => {
    const { host, user } = setup(workbook(sheetFromTsv('KF', norsjoKfTsv)));
    await user.type(screen.getByTestId('kolada-query'), 'helhetssyn');
    await user.click(screen.getByTestId('kolada-search'));
    expect((await screen.findByTestId('kolada-hits-count')).textContent).toBe('2 nyckeltal');
    expect(fake.requests).toContain('/v3/kpi?title=helhetssyn&per_page=5000');
    await user.selectOptions(screen.getByTestId('kolada-hits'), 'U21468');
    const indicator = screen.getByTestId('kolada-indicator') as HTMLSelectElement;
    const option = [...indicator.options].find((o) => o.textContent === 'KF: Helhetssyn hemtjänst')!;
    await user.selectOptions(indicator, option.value);
    await user.click(screen.getByTestId('kolada-link'));
    expect((await screen.findByTestId('kolada-notice')).textContent).toBe('U21468 skrevs in för ”Helhetssyn hemtjänst” i kolumnen Kolada-ID (Planark) som Planark lade till sist i tabellen.');
    expect(host.applied.at(-1)!.values).toEqual([
      { sheet: 'KF', cell: 'I3', value: 'Kolada-ID (Planark)' },
      { sheet: 'KF', cell: 'I5', value: 'U21468' },
    ]);
  });
});

describe('in the pane', () => {
  it('has its own tab', async () => {
    const user = userEvent.setup();
    render(<App host={new FakeHost(kfLinked())} />);
    await user.click(screen.getByRole('tab', { name: 'Kolada' }));
    expect(screen.getByTestId('section-kolada')).toBeTruthy();
    expect(screen.getByTestId('kolada-fetch').textContent).toBe('Hämta från Kolada');
  });

  it('the pages may call Kolada’s API and nothing else new', () => {
    for (const office of [true, false]) {
      const connect = /connect-src ([^;]+)/.exec(contentSecurityPolicy({ office }))![1].split(' ');
      expect(connect).toContain('https://api.kolada.se');
      expect(connect.filter((c) => !['\'self\'', 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'].includes(c))).toEqual(['https://api.kolada.se']);
    }
  });
});

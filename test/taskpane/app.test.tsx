// @vitest-environment jsdom
/** The task pane's main path per section, against a FakeHost serving seed-text workbooks and the real engine. */
import './setup';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { PaneEngine } from '../../src/taskpane/engine';
import { localEngine } from '../../src/taskpane/worker/local';
import { HostError } from '../../src/adapters/host';
import { STRINGS } from '../../src/taskpane/i18n';
import { workbook } from '../fixtures/sheet';
import { budgetFollowUp, norrkopingGoal1, norsjoKfTwoRow, sideBySide } from '../fixtures/seeds';
import { FakeHost } from './fake-host';
import { kfResults, planWorkbook } from './workbooks';

function setup(host = new FakeHost(planWorkbook()), section?: Parameters<typeof App>[0]['initialSection']) {
  const user = userEvent.setup();
  render(<App host={host} initialSection={section} />);
  return { host, user };
}

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getAllByTestId('run-check')[0]);
  await screen.findByTestId('findings-count', undefined, { timeout: 5000 }).catch(() => undefined);
}

describe('Kontroll', () => {
  it('shows findings grouped by area with counts; a click selects the cell', async () => {
    const { host, user } = setup();
    await user.click(screen.getByTestId('run-check'));
    const count = await screen.findByTestId('findings-count');
    const items = screen.getAllByTestId('finding-item');
    expect(count.textContent).toBe(`${items.length} anmärkningar`);

    const budget = screen.getByTestId('finding-group-budget');
    expect(within(budget).getByRole('heading').textContent).toBe('Budget (1)1 fel');
    const unexplained = within(budget).getByTestId('finding-item');
    expect(unexplained.dataset).toMatchObject({ code: 'budget.deviation-unexplained', sheet: 'Budget aug', cell: 'G7', severity: 'error' });

    const rt = screen.getByTestId('finding-group-redthread');
    const rtCodes = within(rt).getAllByTestId('finding-item').map((b) => `${b.dataset.code}@${b.dataset.sheet}!${b.dataset.cell}`);
    expect(rtCodes).toContain('redthread.unknown-parent@Mål 1!B6');
    expect(rtCodes).toContain('redthread.unknown-goal@KF-indikatorer!A4');
    expect(rt.dataset.count).toBe(String(within(rt).getAllByTestId('finding-item').length));
    // Seed 003's Öka/Minska indicators are trend indicators: no threshold is missing.
    expect(screen.queryByTestId('finding-group-threshold')).toBeNull();

    await user.click(unexplained);
    expect(host.selected).toEqual([{ sheet: 'Budget aug', cell: 'G7' }]);
  });

  it('is keyboard operable: Enter on a focused finding selects its cell', async () => {
    const { host, user } = setup(new FakeHost(workbook(budgetFollowUp)));
    await user.click(screen.getByTestId('run-check'));
    const item = await screen.findByTestId('finding-item');
    item.focus();
    await user.keyboard('{Enter}');
    expect(host.selected).toEqual([{ sheet: 'Budget aug', cell: 'G7' }]);
  });
});

describe('Trafikljus', () => {
  it('colours result cells with fills only (no generated sheets) and shows counts in words', async () => {
    const { host, user } = setup(new FakeHost(workbook(kfResults)), 'lights');
    expect(within(screen.getByTestId('legend')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Grönmålet är nått',
      'Gulnära målet',
      'Rödmålet är inte nått',
      'Orangebrist i röda tråden: här saknas eller är fel en koppling till ett mål',
    ]);
    await user.click(screen.getByTestId('colour-button'));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const edits = host.applied[0];
    expect(edits.sheets).toEqual([]);
    const byCell = Object.fromEntries(edits.fills.filter((f) => f.cell.startsWith('E')).map((f) => [f.cell, f.fill]));
    expect(byCell).toEqual({ E4: 'FFC6EFCE', E5: 'FFFFEB9C', E6: 'FFFFC7CE' });
    expect(screen.getByTestId('count-green').dataset.count).toBe('1');
    expect(screen.getByTestId('count-yellow').dataset.count).toBe('1');
    expect(screen.getByTestId('count-red').dataset.count).toBe('1');
    // The three results and the two orange gaps (A4, A5: goals that do not exist).
    expect(edits.fills.length).toBe(5);
    expect(screen.getByTestId('notice-bar').textContent).toBe('5 celler färglagda.');
    expect(screen.getByTestId('notice-bar').dataset.intent).toBe('success');
  });

  it('at augusti the pane counts what the engine counts: the T2 results (seed 002, two-row header)', async () => {
    const { user } = setup(new FakeHost(workbook(norsjoKfTwoRow())), 'lights');
    await user.click(screen.getByTestId('colour-button'));
    await screen.findByTestId('count-green');
    await user.selectOptions(screen.getByTestId('period-select'), 'aug');
    // Sjukfrånvaro T2 7,4 (red), Budgetavvikelse T2 0,4 % (yellow); the five yearly ones have no result yet.
    await waitFor(() => expect(screen.getByTestId('count-red').dataset.count).toBe('1'));
    expect(screen.getByTestId('count-yellow').dataset.count).toBe('1');
    expect(screen.getByTestId('count-green').dataset.count).toBe('0');
    expect(screen.getByTestId('count-missing').dataset.count).toBe('5');
  });

  it('changing the period to T1 re-evaluates: no year results count then', async () => {
    const { user } = setup(new FakeHost(workbook(kfResults)), 'lights');
    await user.click(screen.getByTestId('colour-button'));
    await screen.findByTestId('count-green');
    await user.selectOptions(screen.getByTestId('period-select'), 't1');
    await waitFor(() => expect(screen.getByTestId('count-green').dataset.count).toBe('0'));
  });
});

describe('Röda tråden', () => {
  it('shows the goal tree with the unknown-parent gap marked by icon and words; a click goes to the cell', async () => {
    const { host, user } = setup(new FakeHost(workbook(norrkopingGoal1)), 'redthread');
    await user.click(screen.getByTestId('run-check'));
    const tree = await screen.findByTestId('goal-tree');
    const node = within(tree).getAllByTestId('goal-node')[0];
    expect(node.textContent).toContain('Målet är att stärka den enskildes möjligheter');
    expect(Number(node.dataset.gaps)).toBeGreaterThan(0);
    expect(within(node).getByTestId('gap-badge').textContent).toBe('2 brister');
    const gap = within(node).getAllByTestId('gap-node')[0];
    expect(gap.dataset).toMatchObject({ code: 'redthread.unknown-parent', cell: 'B6' });
    await user.click(gap);
    expect(host.selected).toEqual([{ sheet: 'Mål 1', cell: 'B6' }]);
  });
});

describe('Budget', () => {
  it('lists the red unexplained deviation first, with colour word and a badge', async () => {
    const { host, user } = setup(new FakeHost(workbook(budgetFollowUp)), 'budget');
    await user.click(screen.getByTestId('run-check'));
    const items = await screen.findAllByTestId('budget-item');
    expect(items[0].dataset).toMatchObject({ status: 'red', unexplained: 'true', cell: 'F7' });
    expect(items[0].textContent).toContain('294107');
    expect(items[0].textContent).toContain('Röd');
    expect(items[0].textContent).toContain('Saknar förklaring');
    expect(items.filter((i) => i.dataset.unexplained === 'true')).toHaveLength(1);
    // Commented red lines follow, before yellow and green.
    expect(items.slice(1).map((i) => i.dataset.status).slice(0, 2)).toEqual(['red', 'red']);
    await user.click(items[0]);
    expect(host.selected).toEqual([{ sheet: 'Budget aug', cell: 'F7' }]);
  });
});

describe('Sammanställning', () => {
  it('applies colours and the generated sheets', async () => {
    const { host, user } = setup(new FakeHost(planWorkbook()), 'summary');
    await user.click(screen.getByTestId('generate-button'));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const names = host.applied[0].sheets.map((s) => s.name);
    expect(names).toContain('Sammanställning');
    expect(names).toContain('Budgetavvikelser');
    expect(host.applied[0].fills.length).toBeGreaterThan(0);
    expect(screen.getByTestId('notice-bar').textContent).toContain('Sammanställning');
  });
});

describe('Översikt', () => {
  it('lists recognised tables and saves a corrected column mapping', async () => {
    const { host, user } = setup(new FakeHost(workbook(budgetFollowUp)), 'overview');
    await user.click(screen.getByTestId('run-check'));
    const table = await screen.findByTestId('overview-table');
    expect(table.dataset.table).toBe('Budget aug!A3');
    const comment = within(table).getAllByTestId('role-select').find((s) => s.dataset.col === '6')!;
    expect((comment as HTMLSelectElement).value).toBe('comment');
    await user.selectOptions(comment, 'ignore');
    await user.click(screen.getByTestId('save-mapping'));
    await waitFor(() => expect(host.savedMappings).toHaveLength(1));
    expect(host.savedMappings[0]).toEqual([
      { sheet: 'Budget aug', headerRow: 2, kind: 'budget', columns: { 0: 'key', 1: 'name', 2: 'budget', 3: 'actual', 4: 'forecast', 5: 'deviation', 6: 'ignore' } },
    ]);
    await waitFor(() => expect(host.reads).toBe(2));
  });
});

describe('Översikt with two tables side by side', () => {
  it('saves a correction for one of them by its first column; after the re-read both are still two tables', async () => {
    const { host, user } = setup(new FakeHost(workbook(sideBySide())), 'overview');
    await user.click(screen.getByTestId('run-check'));
    const tables = await screen.findAllByTestId('overview-table');
    expect(tables.map((t) => t.dataset.table)).toEqual(['Uppföljning!A3', 'Uppföljning!G3']);
    const source = within(tables[1]).getAllByTestId('role-select').find((x) => x.dataset.col === '8')!;
    await user.selectOptions(source, 'ignore');
    await user.click(screen.getByTestId('save-mapping'));
    await waitFor(() => expect(host.savedMappings).toHaveLength(1));
    expect(host.savedMappings[0]).toEqual([
      {
        sheet: 'Uppföljning', headerRow: 2, firstCol: 6, kind: 'indicators',
        columns: { 6: 'indicator', 7: 'direction', 8: 'ignore', 9: 'frequency', 10: 'result:year', 11: 'result:year' },
      },
    ]);
    await waitFor(() => expect(host.reads).toBe(2));
    await waitFor(() => expect(screen.getAllByTestId('overview-table').map((t) => t.dataset.table)).toEqual(['Uppföljning!A3', 'Uppföljning!G3']));
  });
});

describe('Inställningar and errors', () => {
  it('switching to English changes the labels', async () => {
    const { user } = setup(undefined, 'settings');
    expect(screen.getByRole('tab', { name: 'Kontroll' })).toBe(screen.getByTestId('tab-check'));
    await user.selectOptions(screen.getByTestId('lang-select'), 'en');
    expect(screen.getByRole('tab', { name: STRINGS.en.section.check })).toBe(screen.getByTestId('tab-check'));
    expect(screen.getByRole('tab', { name: 'Traffic lights' })).toBe(screen.getByTestId('tab-lights'));
    expect(screen.queryByRole('tab', { name: 'Trafikljus' })).toBeNull();
    expect(screen.getByText('Budget deviation thresholds')).toBeTruthy();
  });

  it('follows host.info(): English Office', async () => {
    const host = new FakeHost(planWorkbook(), { kind: 'excel', lang: 'en', dark: true });
    setup(host);
    expect(screen.getByRole('tab', { name: 'Overview' })).toBe(screen.getByTestId('tab-overview'));
  });

  it('shows a HostError message verbatim in the MessageBar', async () => {
    const host = new FakeHost(planWorkbook());
    host.failWith = new HostError('Bladet ”Budget aug” är skyddat. Ta bort bladskyddet och försök igen.', 'protected');
    const { user } = setup(host);
    await user.click(screen.getByTestId('run-check'));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain('Bladet ”Budget aug” är skyddat. Ta bort bladskyddet och försök igen.');
  });

  it('can cancel a long read; nothing is applied', async () => {
    const host = new FakeHost(workbook(kfResults));
    let release!: () => void;
    host.hold = new Promise((r) => (release = r));
    const { user } = setup(host, 'lights');
    await user.click(screen.getByTestId('colour-button'));
    await user.click(await screen.findByTestId('cancel-button'));
    release();
    expect(await screen.findByTestId('notice-bar')).toHaveProperty('textContent', 'Avbrutet.');
    expect(host.applied).toHaveLength(0);
  });

  it('re-checks after a workbook change, debounced', async () => {
    const host = new FakeHost(workbook(kfResults));
    const { user } = setup(host);
    await runCheck(user);
    await waitFor(() => expect(host.listeners).toHaveLength(1));
    const before = host.reads;
    host.listeners[0]({ sheet: 'KF-indikatorer', address: 'E4' });
    host.listeners[0]({ sheet: 'KF-indikatorer', address: 'E5' });
    await waitFor(() => expect(host.reads).toBe(before + 1), { timeout: 2000 });
  });
});

describe('a long check: progress, Avbryt, and a pane that stays usable', () => {
  /** The real engine behind a gate: the check waits until released or cancelled. */
  function gated() {
    const real = localEngine();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const runs: string[] = [];
    const engine: PaneEngine = {
      ...real,
      async analyze(input, options, run = {}) {
        runs.push('start');
        run.onProgress?.(3, 12); // e.g. the workbook sent, recognition under way
        await new Promise<void>((resolve, reject) => {
          void gate.then(resolve);
          run.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        });
        runs.push('done');
        return real.analyze(input, options, run);
      },
      planEdits: (a, eo, run) => real.planEdits(a, eo, run),
      report: (a, o, run) => real.report(a, o, run),
    };
    return { engine, release, runs };
  }

  it('shows the step reached while checking; Avbryt stops the check and the pane checks again', async () => {
    const user = userEvent.setup();
    const g = gated();
    render(<App host={new FakeHost(workbook(kfResults))} engine={g.engine} />);
    await user.click(screen.getByTestId('run-check'));
    const busy = await screen.findByTestId('busy');
    expect(busy.textContent).toContain('Kontrollerar');
    const bar = within(busy).getByTestId('progress');
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe(String(3 / 12)));

    await user.click(screen.getByTestId('cancel-button'));
    expect((await screen.findByTestId('notice-bar')).textContent).toBe('Avbrutet.');
    expect(screen.queryByTestId('busy')).toBeNull();
    expect(screen.queryByTestId('finding-item')).toBeNull();
    expect(g.runs).toEqual(['start']);

    // Usable: the same button runs the check again, to the end.
    g.release();
    await user.click(screen.getByTestId('run-check'));
    await screen.findByTestId('findings-count');
    expect(g.runs).toEqual(['start', 'start', 'done']);
    expect(screen.queryByTestId('busy')).toBeNull();
  });

  it('a new period re-analyses what was read once the check is done, without reading again', async () => {
    const user = userEvent.setup();
    const host = new FakeHost(workbook(kfResults));
    const calls: string[] = [];
    const real = localEngine();
    const engine: PaneEngine = {
      ...real,
      analyze: (input, options, run) => {
        calls.push(String(options.period));
        return real.analyze(input, options, run);
      },
      planEdits: (a, eo, run) => real.planEdits(a, eo, run),
      report: (a, o, run) => real.report(a, o, run),
    };
    render(<App host={host} engine={engine} initialSection="lights" />);
    await user.click(screen.getByTestId('colour-button'));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(calls).toEqual(['year']);
    await user.selectOptions(screen.getByTestId('period-select'), 't2');
    await waitFor(() => expect(calls).toEqual(['year', 't2']));
    expect(host.reads).toBe(1);
  });
});

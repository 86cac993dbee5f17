// @vitest-environment jsdom
/**
 * "Why is this cell red?" (issue 12, point 2): the user selects a cell in the workbook (the host's
 * selection event) and the pane explains it — indicator, threshold, value and reason in words for
 * a result; the line and its deviation for a budget cell; the red-thread finding for a gap.
 */
import './setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { indexCells, topLeft } from '../../src/taskpane/explain';
import { workbook } from '../fixtures/sheet';
import { budgetFollowUp, norrkopingGoal1 } from '../fixtures/seeds';
import { FakeHost } from './fake-host';
import { check, renderPane } from './helpers';
import { kfResults, planWorkbook } from './workbooks';

describe('explainCell (the index behind the card)', () => {
  // Analysed inside each test, not while tests are collected: mutation testing traces the engine
  // code an analysis runs to the test that runs it (README, Mutation testing).
  const index = () => indexCells(analyze(planWorkbook(), { lang: 'sv' }));

  it.each([
    ['KF-indikatorer', 'E4', 'green', '85 ≥ 82 (Grön)'],
    ['KF-indikatorer', 'E5', 'yellow', '78 ≥ 77 (Gul)'],
    ['KF-indikatorer', '$E$6', 'red', '8,2 > 7 (Gul-gräns) → Röd'],
    ['kf-indikatorer', 'E6:F9', 'red', '8,2 > 7 (Gul-gräns) → Röd'],
  ])('%s!%s is %s because %s', (sheet, cell, status, reason) => {
    const e = index().explain(sheet, cell)!;
    expect(e.result?.row).toBe(false);
    expect(e.result?.evaluations.map((x) => [x.status, x.reason])).toEqual([[status, reason]]);
  });

  it('another cell of an indicator row explains the indicator at the period', () => {
    const e = index().explain('KF-indikatorer', 'B6')!;
    expect([e.result?.indicator.indicator.name, e.result?.row, e.result?.evaluations[0].reason]).toEqual(['Sjukfrånvaro', true, '8,2 > 7 (Gul-gräns) → Röd']);
  });

  it('a gap cell gives its red-thread findings; a budget cell its line; an empty cell nothing', () => {
    const cells = index();
    expect(cells.explain('Mål 1', 'B6')!.gaps.map((f) => f.code)).toEqual(['redthread.unknown-parent', 'redthread.unknown-parent']);
    const b = cells.explain('Budget aug', 'F7')!;
    expect([b.budget?.line.key, b.budget?.line.status, b.findings]).toEqual(['294107', 'red', []]);
    expect(cells.explain('Budget aug', 'G7')!.findings.map((f) => f.code)).toEqual(['budget.deviation-unexplained']);
    expect(cells.explain('KF-indikatorer', 'Z99')).toBeNull();
    expect(cells.explain('Inget blad', 'A1')).toBeNull();
  });

  it.each([
    ['C5', 'C5'],
    ["'Budget aug'!$F$7", 'F7'],
    ['b2:d9', 'B2'],
    ['not a cell', null],
  ])('topLeft(%s) = %s', (address, want) => {
    expect(topLeft(address)).toBe(want);
  });
});

describe('the card in the pane', () => {
  it('selecting the red Sjukfrånvaro result shows indicator, threshold, value and the reason in words', async () => {
    const host = new FakeHost(workbook(kfResults));
    const { user } = renderPane(host);
    await check(user);
    await waitFor(() => expect(host.selectionListeners).toHaveLength(1));
    act(() => host.userSelects('KF-indikatorer', 'E6'));
    const card = await screen.findByTestId('cell-info');
    expect(within(card).getByRole('heading').textContent).toBe('Vald cell: KF-indikatorer!E6');
    expect(within(card).getByTestId('cell-indicator').textContent).toBe('Sjukfrånvaro');
    expect(within(card).getByTestId('cell-threshold').textContent).toBe('Grön 6,5 Gul 7');
    expect(within(card).getByTestId('cell-value').textContent).toBe('8,2Röd');
    expect(within(card).getByTestId('cell-reason').textContent).toBe('8,2 > 7 (Gul-gräns) → Röd');
    expect(within(card).getByTestId('cell-evaluation').dataset.status).toBe('red');

    // Another cell: the card follows; a cell Planark knows nothing about: no card; the close button hides it.
    act(() => host.userSelects('KF-indikatorer', 'E4'));
    await waitFor(() => expect(screen.getByTestId('cell-reason').textContent).toBe('85 ≥ 82 (Grön)'));
    act(() => host.userSelects('KF-indikatorer', 'H20'));
    await waitFor(() => expect(screen.queryByTestId('cell-info')).toBeNull());
    act(() => host.userSelects('KF-indikatorer', 'E5'));
    await user.click(await screen.findByTestId('cell-info-close'));
    expect(screen.queryByTestId('cell-info')).toBeNull();
  });

  it('an orange gap cell shows the red-thread finding, named and explained', async () => {
    const host = new FakeHost(workbook(norrkopingGoal1));
    const { user } = renderPane(host);
    await check(user);
    act(() => host.userSelects('Mål 1', 'B6'));
    const gaps = await screen.findByTestId('cell-gaps');
    expect(gaps.textContent).toContain('Brist i röda tråden');
    expect(within(gaps).getAllByRole('listitem').map((li) => li.dataset.code)).toEqual(['redthread.unknown-parent', 'redthread.unknown-parent']);
    expect(gaps.textContent).toContain('Okänt överordnat mål');
    expect(gaps.textContent).toContain('Överordnat mål "Mål 1 Alla norrköpingsbor som kan arbeta ska arbeta" finns inte.');
  });

  it('a red budget deviation cell shows the line, its figures and why it is red', async () => {
    const host = new FakeHost(workbook(budgetFollowUp));
    const { user } = renderPane(host);
    await check(user);
    act(() => host.userSelects('Budget aug', 'F7'));
    const b = await screen.findByTestId('cell-budget');
    expect(b.textContent).toContain('294107 Nils Åbergs gata 2');
    expect(b.textContent).toContain('38\u00a0552\u00a0009 kr');
    expect(b.textContent).toContain('39\u00a0130\u00a0289 kr');
    expect(b.textContent).toContain('578\u00a0280 kr (1,5 %)');
    expect(within(b).getByTestId('cell-reason').textContent).toBe('överskridande 1,5 % > 0,5 % (Gul-gräns) → Röd');
  });

  it('speaks English when Office does: heading and reason', async () => {
    const host = new FakeHost(workbook(kfResults), { kind: 'excel', lang: 'en', dark: false });
    const { user } = renderPane(host);
    await check(user);
    act(() => host.userSelects('KF-indikatorer', 'E6'));
    const card = await screen.findByTestId('cell-info');
    expect(within(card).getByRole('heading').textContent).toBe('Selected cell: KF-indikatorer!E6');
    expect(within(card).getByTestId('cell-reason').textContent).toBe('8.2 > 7 (Yellow limit) → Red');
  });

  it('before a check there is nothing to explain, and a host without selection events still works', async () => {
    const host = new FakeHost(workbook(kfResults));
    (host as { onSelectionChanged?: unknown }).onSelectionChanged = undefined;
    const { user } = renderPane(host);
    await check(user);
    expect(screen.queryByTestId('cell-info')).toBeNull();
    expect(screen.getByTestId('findings-count').textContent).toMatch(/anmärkning/);
  });
});

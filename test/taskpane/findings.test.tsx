// @vitest-environment jsdom
/**
 * Findings a planner can sort (issue 12, point 3): filters by severity, sheet and kind, search,
 * groups that fold with their counts, counts in correct Swedish, and long groups paged.
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { filterFindings, GROUP_PAGE, NO_FILTER } from '../../src/taskpane/components/CheckSection';
import { seedWorkbook } from '../fixtures/seeds';
import { sheetFromTsv, workbook } from '../fixtures/sheet';
import { FakeHost } from './fake-host';
import { check, renderPane } from './helpers';

const seed = () => new FakeHost(seedWorkbook());
const shownCodes = () => screen.getAllByTestId('finding-item').map((b) => b.dataset.code);

describe('filterFindings', () => {
  // Analysed inside each test, not while tests are collected: mutation testing traces the engine
  // code an analysis runs to the test that runs it (README, Mutation testing).
  const seedFindings = () => analyze(seedWorkbook(), { lang: 'sv' }).findings;

  it('lets everything through with no filter, and combines filters with AND', () => {
    const findings = seedFindings();
    expect(filterFindings(findings, NO_FILTER, 'sv')).toHaveLength(findings.length);
    const warnBudget = filterFindings(findings, { ...NO_FILTER, severities: ['error'], sheet: 'Budget aug' }, 'sv');
    expect(warnBudget.map((f) => `${f.code}@${f.cell}`)).toEqual(['budget.deviation-unexplained@G7']);
  });

  it('searches message, cell, sheet and the readable kind, accent- and case-insensitively, every word', () => {
    const findings = seedFindings();
    const hits = (text: string) => filterFindings(findings, { ...NO_FILTER, text }, 'sv');
    expect(hits('nils ABERGS').map((f) => f.cell)).toEqual(['G7']);
    expect(hits('Budget aug!G7')).toHaveLength(1);
    // "Okänt överordnat mål" is the kind's label; the messages say "Överordnat mål … finns inte".
    expect(hits('OKANT overordnat').map((f) => f.code)).toEqual(['redthread.unknown-parent', 'redthread.unknown-parent']);
    expect(hits('ingenting sådant finns')).toEqual([]);
  });
});

describe('the Kontroll tab', () => {
  it('shows the count in words, severity toggles with plural counts, and filters by severity', async () => {
    const { user } = renderPane(seed());
    await check(user);
    const total = analyze(seedWorkbook(), { lang: 'sv' }).findings;
    expect(screen.getByTestId('findings-count').textContent).toBe(`${total.length} anmärkningar`);
    const errors = total.filter((f) => f.severity === 'error').length;
    const warnings = total.filter((f) => f.severity === 'warning').length;
    expect(screen.getByTestId('filter-error').textContent).toBe(`${errors} fel`);
    expect(screen.getByTestId('filter-warning').textContent).toBe(`${warnings} varningar`);
    expect(screen.getByTestId('filter-info').textContent).toBe('8 upplysningar');

    await user.click(screen.getByTestId('filter-info'));
    expect(screen.getByTestId('filter-info').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(shownCodes()).toEqual(Array(8).fill('annex.total-rounding')));
    expect(screen.getByTestId('findings-count').textContent).toBe(`Visar 8 av ${total.length} anmärkningar`);
    await user.click(screen.getByTestId('filter-clear'));
    expect(screen.getAllByTestId('finding-item')).toHaveLength(total.length);
  });

  it('filters by sheet and by kind (readable labels with counts), and says when nothing matches', async () => {
    const { user } = renderPane(seed());
    await check(user);
    await user.selectOptions(screen.getByTestId('filter-sheet'), 'Budget aug');
    expect(shownCodes()).toEqual(['budget.deviation-unexplained']);
    await user.selectOptions(screen.getByTestId('filter-sheet'), '');
    const kinds = within(screen.getByTestId('filter-kind')).getAllByRole('option').map((o) => o.textContent);
    expect(kinds).toContain('Ansvarskoden förekommer två gånger (1)');
    expect(kinds).toContain('Resultat saknas (18)');
    expect(kinds).not.toContain('result.missing');
    await user.selectOptions(screen.getByTestId('filter-kind'), 'result.missing');
    expect(shownCodes()).toEqual(Array(18).fill('result.missing'));
    await user.selectOptions(screen.getByTestId('filter-sheet'), 'Budget aug');
    expect(screen.queryAllByTestId('finding-item')).toEqual([]);
    expect(screen.getByTestId('no-match').textContent).toBe('Inga anmärkningar passar filtret.');
  });

  it('searches as the user types', async () => {
    const { user } = renderPane(seed());
    await check(user);
    await user.type(screen.getByTestId('finding-search'), 'Nils Åbergs');
    await waitFor(() => expect(screen.getAllByTestId('finding-item').map((b) => `${b.dataset.sheet}!${b.dataset.cell}`)).toEqual(['Budget aug!G7']));
  });

  it('groups fold shut and open again; their headings keep the counts', async () => {
    const { user } = renderPane(seed());
    await check(user);
    const header = screen.getByTestId('finding-group-header-annex');
    const button = within(header).getByRole('button');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(header.textContent).toBe('Bilagor (10)2 varningar8 upplysningar');
    const inAnnex = () => within(screen.getByTestId('finding-group-annex')).queryAllByTestId('finding-item').length;
    expect(inAnnex()).toBe(10);
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(inAnnex()).toBe(0));
    await user.click(button);
    await waitFor(() => expect(inAnnex()).toBe(10));
  });

  it(`a group longer than ${GROUP_PAGE} shows ${GROUP_PAGE} first and the rest on request`, async () => {
    // 60 indicators with thresholds and no result for the year: 60 `result.missing`.
    const rows = Array.from({ length: 60 }, (_, i) => `Välfärd\tIndikator ${i + 1}\tGrön 82 Gul 76\tÅrligen\tEC\t`).join('\n');
    const sheet = sheetFromTsv('Indikatorer', `Mål\tIndikator\tPrestationer – det som ska mätas\tHur ofta det ska mätas\tAnsvarig för genomförande\tResultat år\n${rows}`);
    const { user } = renderPane(new FakeHost(workbook(sheet)));
    await check(user);
    const group = screen.getByTestId('finding-group-result');
    expect(group.dataset.count).toBe('60');
    expect(within(group).getAllByTestId('finding-item')).toHaveLength(GROUP_PAGE);
    await user.click(within(group).getByTestId('show-all'));
    expect(within(group).getAllByTestId('finding-item')).toHaveLength(60);
  });
});

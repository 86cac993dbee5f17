// @vitest-environment jsdom
/**
 * Issue 12's points per tab: Översikt in the user's words (1), no silence that looks like success
 * (4), the Budget tab (5), thresholds refused with the engine's message (6), the red-thread tree
 * (9), and unexpected errors said in the user's language.
 */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROLES_BY_KIND, choiceLabel } from '../../src/taskpane/roles';
import { workbook, sheetFromTsv } from '../fixtures/sheet';
import { budgetAnalysisAction, budgetFollowUp, budgetFollowUpTsv, norrkopingGoal1 } from '../fixtures/seeds';
import { FakeHost } from './fake-host';
import { check, renderPane } from './helpers';
import { hierarchyPlan, kfResults } from './workbooks';

const options = (el: HTMLElement) => within(el).getAllByRole('option').map((o) => (o as HTMLOptionElement).textContent);

describe('Översikt: columns in the user\'s words', () => {
  it('names each role as a planner would, offers only the roles of the table\'s kind, and shows header and first values', async () => {
    const { user } = renderPane(new FakeHost(workbook(kfResults)), { initialSection: 'overview' });
    expect(screen.getByText('Kontrollera arbetsboken för att se vilka tabeller Planark hittar och vad kolumnerna betyder.')).toBeTruthy();
    await check(user);
    expect(screen.queryByText(/Kör kontrollen/)).toBeNull();
    const table = await screen.findByTestId('overview-table');
    const selects = within(table).getAllByTestId('role-select') as HTMLSelectElement[];
    const shown = selects.map((sel) => sel.selectedOptions[0].textContent);
    expect(shown).toEqual(['Mål', 'Indikator', 'Tröskelvärde', 'Ansvarig', 'Resultat helår']);
    // An indicators table offers no budget roles, and no engine key is shown anywhere.
    const offered = options(selects[2]);
    expect(offered).toContain('Resultat T2');
    expect(offered).toContain('Riktning (Öka/Minska)');
    expect(offered).not.toContain('Prognos');
    expect(offered).not.toContain('Ansvar (kod)');
    expect(offered.some((o) => /^[a-z]+[A-Z]/.test(o ?? ''))).toBe(false);
    // Beside each: the column's letter and header, and its first values.
    expect(screen.getByText('E: Resultat år')).toBeTruthy();
    expect(screen.getByText('Första värden: 85 · 78 · 8,2')).toBeTruthy();
    expect(screen.getByText('C: Prestationer – det som ska mätas')).toBeTruthy();
    expect(screen.getByText('Första värden: Grön 82 Gul 76 · Grön 79 Gul 77 · Grön 6,5 Gul 7')).toBeTruthy();
  });

  it('saves a result column with the period chosen in words (Resultat T2 → result:t2)', async () => {
    const { host, user } = renderPane(new FakeHost(workbook(kfResults)), { initialSection: 'overview' });
    await check(user);
    const sel = (await screen.findAllByTestId('role-select')).find((x) => x.dataset.col === '4')!;
    await user.selectOptions(sel, 'result:t2');
    await user.click(screen.getByTestId('save-mapping'));
    await waitFor(() => expect(host.savedMappings).toHaveLength(1));
    expect(host.savedMappings[0][0].columns[4]).toBe('result:t2');
    // Read again with the mapping: the column is a T2 result now.
    await waitFor(() => expect(((screen.getAllByTestId('role-select').find((x) => x.dataset.col === '4') as HTMLSelectElement).selectedOptions[0]).textContent).toBe('Resultat T2'));
  });

  it('every role of every kind has a Swedish and an English label', () => {
    for (const list of Object.values(ROLES_BY_KIND))
      for (const r of list) {
        expect(choiceLabel(r, 'sv')).not.toBe(r);
        expect(choiceLabel(r, 'en')).not.toBe(r);
      }
    expect(choiceLabel('result:t2', 'en')).toBe('Result T2');
    expect(choiceLabel('month:oct', 'sv')).toBe('Utfall oktober');
  });
});

describe('no silence that looks like success', () => {
  const empty = () => new FakeHost(workbook(sheetFromTsv('Blad1', 'Inköpslista\nMjölk\t2\nBröd\t1')));

  it('an unrecognised workbook says so plainly, with what Planark looks for, on Kontroll, Översikt and Trafikljus', async () => {
    const { user } = renderPane(empty());
    await check(user);
    const notice = screen.getByTestId('no-tables');
    expect(notice.textContent).toContain('Ingen plantabell hittades');
    expect(notice.textContent).toContain('Mål, Indikator och Tröskelvärde');
    expect(screen.queryByTestId('no-findings')).toBeNull();
    // The finding the engine gives is listed too, never "0 anmärkningar".
    expect(screen.getByTestId('findings-count').textContent).toBe('1 anmärkning');
    await user.click(screen.getByTestId('tab-overview'));
    expect(screen.getByTestId('no-tables')).toBeTruthy();
    await user.click(screen.getByTestId('tab-lights'));
    expect(screen.getByTestId('no-tables')).toBeTruthy();
    expect(screen.queryByTestId('count-green')).toBeNull();
  });

  it('colouring nothing is information, not a green success', async () => {
    const { user } = renderPane(empty(), { initialSection: 'lights' });
    await user.click(screen.getByTestId('colour-button'));
    const bar = await screen.findByTestId('notice-bar');
    expect(bar.dataset.intent).toBe('info');
    expect(bar.textContent).not.toMatch(/0 celler färglagda/);
    expect(bar.textContent).toMatch(/^Inga celler behövde färgläggas/);
  });

  it('a summary of nothing is information too', async () => {
    const { user } = renderPane(empty(), { initialSection: 'summary' });
    await user.click(screen.getByTestId('generate-button'));
    const bar = await screen.findByTestId('notice-bar');
    expect(bar.dataset.intent).toBe('info');
  });

  it('a workbook where all is well says so, in success colour', async () => {
    const { user } = renderPane(new FakeHost(hierarchyPlan()));
    await check(user);
    expect(screen.getByTestId('findings-count').textContent).toBe('0 anmärkningar');
    expect(screen.getByTestId('no-findings').textContent).toBe('Inga anmärkningar: allt Planark kontrollerar stämmer.');
  });
});

describe('Budget tab', () => {
  it('shows budget, prognos and deviation per ansvar, the analysis and åtgärd, and a click selects the line', async () => {
    const { host, user } = renderPane(new FakeHost(workbook(budgetAnalysisAction())), { initialSection: 'budget' });
    await check(user);
    const items = await screen.findAllByTestId('budget-item');
    const first = items[0];
    expect(first.dataset).toMatchObject({ status: 'red', unexplained: 'true', cell: 'F7' });
    expect(first.textContent).toContain('294107 Nils Åbergs gata 2');
    expect(first.textContent).toContain('Budget38\u00a0552\u00a0009 kr');
    expect(first.textContent).toContain('Prognos39\u00a0130\u00a0289 kr');
    expect(first.textContent).toContain('Avvikelse578\u00a0280 kr (1,5 %)');
    expect(within(first).getByTestId('budget-analysis').textContent).toBe('Analys: saknas');
    expect(within(first).getByTestId('budget-action').textContent).toBe('Åtgärd: saknas');
    const explained = items.find((i) => i.textContent?.includes('294103'))!;
    expect(within(explained).getByTestId('budget-analysis').textContent).toBe('Analys: Ökade bemanningskostnader under sommaren.');
    expect(within(explained).getByTestId('budget-action').textContent).toBe('Åtgärd: Översyn av scheman och vikarieanskaffning.');
    expect(screen.getByTestId('budget-total').textContent).toContain('Summa prognos361\u00a0891\u00a0579 kr');
    expect(screen.getByTestId('budget-table').textContent).toContain('budget − prognos (negativt = underskott)');
    await user.click(explained);
    expect(host.selected).toEqual([{ sheet: 'Budget aug', cell: 'F5' }]);
  });

  it('a stated Avvikelse that matches neither sign is flagged on its line with the engine\'s words, first', async () => {
    const wrong = sheetFromTsv('Budget aug', budgetFollowUpTsv.replace('-106 452', '-1 064 520'));
    const { user } = renderPane(new FakeHost(workbook(wrong)), { initialSection: 'budget' });
    await check(user);
    const items = await screen.findAllByTestId('budget-item');
    const bad = items.filter((i) => i.dataset.mismatch === 'true');
    expect(bad.map((i) => i.dataset.cell)).toEqual(['F6']);
    expect(items.indexOf(bad[0])).toBeLessThan(2);
    expect(bad[0].textContent).toContain('Avvikelsen stämmer inte');
    expect(within(bad[0]).getByTestId('budget-mismatch').textContent).toMatch(/^Ansvar 294105: angiven avvikelse −1\u00a0064\u00a0520 kr stämmer varken med budget − prognos/);
  });
});

describe('Inställningar: budget thresholds read by the engine', () => {
  it.each([
    ['hej', '”hej” kan inte läsas som trösklar. Skriv gränserna som andel av budgeten, till exempel: Grön 0% Gul 0,5%.'],
    ['Grön 5% Gul 2%', 'Gul-gränsen (2 %) ligger under Grön-gränsen (5 %). Ett större överskridande är sämre, så Gul ska vara minst lika stor som Grön, till exempel: Grön 2% Gul 5%.'],
  ])('"%s" is refused with the engine\'s message; the last good thresholds stay in use', async (text, message) => {
    const { user } = renderPane(new FakeHost(workbook(budgetFollowUp)), { initialSection: 'settings' });
    const input = screen.getByTestId('budget-thresholds');
    await user.clear(input);
    await user.type(input, text);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText('Används tills vidare: Grön 0% Gul 0,5%')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // The check still uses Grön 0% Gul 0,5%: 294111 (+0,8 %) stays red.
    await user.click(screen.getByTestId('tab-budget'));
    await check(user);
    const line = (await screen.findAllByTestId('budget-item')).find((i) => i.textContent?.includes('294111'))!;
    expect(line.dataset.status).toBe('red');
  });

  it('a good text is taken at once: Grön 1% Gul 2% makes 294111 (+0,8 %) green', async () => {
    const { user } = renderPane(new FakeHost(workbook(budgetFollowUp)), { initialSection: 'settings' });
    const input = screen.getByTestId('budget-thresholds');
    await user.clear(input);
    await user.type(input, 'Grön 1% Gul 2%');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    await user.click(screen.getByTestId('tab-budget'));
    await check(user);
    const line = (await screen.findAllByTestId('budget-item')).find((i) => i.textContent?.includes('294111'))!;
    expect(line.dataset.status).toBe('green');
  });
});

describe('Röda tråden tree', () => {
  it('an upper goal shows its roll-up "via 3 delmål", a goal where work happens its own counts', async () => {
    const { host, user } = renderPane(new FakeHost(hierarchyPlan()), { initialSection: 'redthread' });
    await check(user);
    const details = (await screen.findAllByTestId('goal-detail')).map((d) => d.textContent);
    expect(details).toEqual(['via 3 delmål: 3 indikatorer, 3 aktiviteter', '1 indikator, 1 aktivitet', '1 indikator, 1 aktivitet', '1 indikator, 1 aktivitet']);
    // A click on the council goal selects its text cell.
    await user.click(screen.getAllByTestId('goal-detail')[0]);
    expect(host.selected).toEqual([{ sheet: 'Mål', cell: 'C2' }]);
  });

  it('the leaf goal of Mål 1 shows its 16 indicators and 3 activities; its badge reads "2 brister"', async () => {
    const { user } = renderPane(new FakeHost(workbook(norrkopingGoal1)), { initialSection: 'redthread' });
    await check(user);
    const node = (await screen.findAllByTestId('goal-node'))[0];
    expect(within(node).getAllByTestId('goal-detail')[0].textContent).toBe('16 indikatorer, 3 aktiviteter');
    expect(within(node).getByTestId('gap-badge').textContent).toBe('2 brister');
  });

  it('a click on a goal selects its cell; Enter on a gap selects the gap\'s cell as a click does', async () => {
    const { host, user } = renderPane(new FakeHost(workbook(norrkopingGoal1)), { initialSection: 'redthread' });
    await check(user);
    const node = (await screen.findAllByTestId('goal-node'))[0];
    await user.click(within(node).getAllByTestId('goal-detail')[0]);
    expect(host.selected).toEqual([{ sheet: 'Mål 1', cell: 'A6' }]);
    // The goal stays open: a click goes to the goal, it does not fold the tree.
    expect(within(node).getAllByTestId('gap-node')).toHaveLength(2);
    const gap = within(node).getAllByTestId('gap-node')[0];
    gap.focus();
    await user.keyboard('{Enter}');
    expect(host.selected.at(-1)).toEqual({ sheet: 'Mål 1', cell: 'B6' });
    await user.click(within(node).getAllByTestId('gap-node')[1]);
    expect(host.selected).toHaveLength(3);
  });
});

describe('errors', () => {
  it('an unexpected error is said in Swedish, its technical text folded away', async () => {
    const host = new FakeHost(workbook(kfResults));
    host.failWith = new TypeError("Cannot read properties of undefined (reading 'rows')");
    const { user } = renderPane(host);
    await user.click(screen.getByTestId('run-check'));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain('Något oväntat gick fel i Planark.');
    const details = bar.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toBe("Teknisk informationCannot read properties of undefined (reading 'rows')");
  });
});

describe('Röda tråden: a goal with its own indicators and sub-goals', () => {
  it('shows its own counts first, then the total with its sub-goals', async () => {
    const wb = hierarchyPlan();
    // KF1 gets an indicator of its own.
    wb.sheets[1].rows.push([{ v: 'KF1' }, { v: 'Nöjdhet äldreomsorg' }, { v: 'Grön 82 Gul 76' }, { v: 'Årligen' }, { v: 'Förvaltningschef' }, { v: 84 }]);
    const { user } = renderPane(new FakeHost(wb), { initialSection: 'redthread' });
    await check(user);
    expect((await screen.findAllByTestId('goal-detail'))[0].textContent).toBe('1 indikator, 0 aktiviteter; med 3 delmål totalt 4 indikatorer, 3 aktiviteter');
  });
});

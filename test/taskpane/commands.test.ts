// @vitest-environment jsdom
/**
 * The ribbon command (finding 7): read → analyze → colour, then a dialog that says what was done
 * ("41 celler färglagda, 2 fel") or why it failed; a workbook too large for Office's five-minute
 * limit is pointed to the pane. Office is mocked with Microsoft's office-addin-mock; the workbook
 * is the fake Excel or a FakeHost.
 */
import { describe, expect, it, vi } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { COMMAND_TEXT, checkAndColour, commandMessage, onCheckAndColour, type CommandOffice } from '../../src/commands/commands';
import { renderResult } from '../../src/commands/dialog';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import { workbook } from '../fixtures/sheet';
import { FakeExcel } from '../office/fake-excel';
import { FakeHost } from './fake-host';
import { kfResults } from './workbooks';

/** Office with a dialog the test can close, as the user would with OK. */
async function mockOffice(opts: { lang?: string; dialogs?: boolean } = {}) {
  const shown: { url: string; options: unknown }[] = [];
  const handlers = new Map<unknown, (arg: unknown) => void>();
  let closed = 0;
  const mock = new OfficeMockObject({
    context: {
      displayLanguage: opts.lang ?? 'sv-SE',
      requirements: { isSetSupported: (name: string, v?: string) => opts.dialogs !== false && name === 'DialogApi' && v === '1.1' },
      ui: {
        displayDialogAsync: (url: string, options: unknown, cb: (r: unknown) => void) => {
          shown.push({ url, options });
          cb({ status: 'succeeded', value: { addEventHandler: (t: unknown, h: (a: unknown) => void) => handlers.set(t, h), close: () => closed++ } });
        },
      },
    },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  });
  // The mock, like Excel's proxies, hands out values only once loaded; Office's own globals need
  // no load in the real thing, so they are loaded here, before the command runs.
  mock.load(['context/displayLanguage', 'EventType/DialogMessageReceived', 'EventType/DialogEventReceived']);
  await mock.sync();
  const office = mock as unknown as CommandOffice;
  const text = () => new URL(shown[0].url).searchParams.get('m');
  const clickOk = () => handlers.get('dialogMessageReceived')?.({ message: 'close' });
  return { office, shown, text, clickOk, closed: () => closed };
}

const DIALOG = 'https://planark.example.se/dialog.html';

describe('checkAndColour', () => {
  it('applies traffic-light fills, writes no sheets, and counts errors and warnings', async () => {
    const host = new FakeHost(workbook(kfResults));
    const r = await checkAndColour(host);
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].sheets).toEqual([]);
    expect(host.applied[0].fills.find((f) => f.cell === 'E6')).toEqual({ sheet: 'KF-indikatorer', cell: 'E6', fill: 'FFFFC7CE', font: 'FF9C0006' });
    expect(r.fills).toBe(host.applied[0].fills.length);
    expect(r.errors + r.warnings).toBeLessThanOrEqual(r.findings);
  });
});

describe('what the user is told', () => {
  it.each([
    [{ fills: 41, findings: 2, errors: 2, warnings: 0 }, 'sv', '41 celler färglagda, 2 fel. Öppna Planark för att se var.'],
    [{ fills: 1, findings: 4, errors: 1, warnings: 3 }, 'sv', '1 cell färglagd, 1 fel, 3 varningar. Öppna Planark för att se var.'],
    [{ fills: 1200, findings: 0, errors: 0, warnings: 0 }, 'sv', '1\u00a0200 celler färglagda, 0 fel.'],
    [{ fills: 41, findings: 2, errors: 2, warnings: 0 }, 'en', '41 cells coloured, 2 errors. Open Planark to see where.'],
  ] as const)('%o in %s', (r, lang, text) => {
    expect(COMMAND_TEXT.done[lang](r)).toBe(text);
  });

  it('a protected sheet: why it failed and what to do, from the Office adapter over the fake Excel', async () => {
    const x = new FakeExcel();
    const s = x.addSheet('KF-indikatorer', [
      ['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Resultat år'],
      ['Trygghet', 'Andel nöjda', 'Grön 82 Gul 76', 60],
    ]);
    s.protected = true;
    const m = await commandMessage(new ExcelHost(x.env()), 'sv');
    expect(m).toEqual({
      ok: false,
      text: 'Planark kunde inte kontrollera och färglägga. Bladet ”KF-indikatorer” är skyddat och skyddet tillåter inte att celler formateras. Ta bort bladskyddet (Granska › Ta bort skydd), eller skydda om bladet med ”Formatera celler” tillåtet, och försök igen.',
    });
  });

  it('cell-edit mode: says to leave it', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['Indikator', 'Resultat år']]);
    x.failSyncs.push({ code: 'InvalidOperationInCellEditMode' }, { code: 'InvalidOperationInCellEditMode' });
    const m = await commandMessage(new ExcelHost(x.env()), 'sv');
    expect(m.text).toBe('Planark kunde inte kontrollera och färglägga. Lämna redigeringsläget i cellen (tryck Enter eller Esc) och försök igen.');
  });

  it('too large for the five-minute limit: stopped in time and pointed to the task pane', async () => {
    const host = new FakeHost(workbook(kfResults));
    // A read that takes longer than the limit: it ends only when the command gives up on it.
    host.read = async (signal?: AbortSignal) => {
      await new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      return workbook();
    };
    const m = await commandMessage(host, 'sv', 30);
    expect(m).toEqual({ ok: false, text: COMMAND_TEXT.tooLarge.sv() });
    expect(m.text).toMatch(/fem minuter.*Öppna Planark/);
    expect(host.applied).toHaveLength(0);
  });
});

describe('the ribbon button', () => {
  it('shows the result in a dialog and completes the event only when the user has closed it', async () => {
    const grid = [
      ['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Resultat år'],
      ['Trygghet', 'Andel nöjda', 'Grön 82 Gul 76', 90],
      ['Trygghet', 'Väntetid', 'Grön 82 Gul 76', 60],
    ];
    const x = new FakeExcel();
    x.addSheet('KF-indikatorer', grid);
    // What the engine finds in the same workbook, to compare the message with.
    const twin = new FakeExcel();
    twin.addSheet('KF-indikatorer', grid);
    const expected = await checkAndColour(new ExcelHost(twin.env()));
    const { office, shown, text, clickOk, closed } = await mockOffice();
    const event = { completed: vi.fn() };
    const done = onCheckAndColour(event, office, new ExcelHost(x.env()), DIALOG);
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0].url.startsWith(`${DIALOG}?`)).toBe(true);
    expect(expected.fills).toBeGreaterThanOrEqual(2);
    expect(text()).toBe(COMMAND_TEXT.done.sv(expected));
    expect(text()).toMatch(new RegExp(`^${expected.fills} celler färglagda, ${expected.errors} fel`));
    expect(shown[0].options).toEqual({ height: 30, width: 35, displayInIframe: true });
    expect(event.completed).not.toHaveBeenCalled();
    clickOk();
    await done;
    expect(closed()).toBe(1);
    expect(event.completed).toHaveBeenCalledOnce();
    expect(x.sheet('KF-indikatorer').at('D3')?.fill).toBe('#FFC7CE');
  });

  it('without dialogs (DialogApi 1.1 missing) the event still completes', async () => {
    const { office, shown } = await mockOffice({ dialogs: false });
    const event = { completed: vi.fn() };
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    await onCheckAndColour(event, office, new FakeHost(workbook(kfResults)), DIALOG);
    expect(shown).toHaveLength(0);
    expect(event.completed).toHaveBeenCalledOnce();
    expect(info.mock.calls[0][0]).toMatch(/^Planark: \d+ celler färglagda/);
    info.mockRestore();
  });

  it('a failure is shown in English for an English Office, and the event completes', async () => {
    const { office, shown, text, clickOk } = await mockOffice({ lang: 'en-US' });
    const host = new FakeHost(workbook(kfResults));
    host.failWith = new Error('The sheet "KF-indikatorer" is protected. Unprotect it (Review › Unprotect Sheet) and try again.');
    const event = { completed: vi.fn() };
    const done = onCheckAndColour(event, office, host, DIALOG);
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(text()).toBe('Planark could not check and colour. The sheet "KF-indikatorer" is protected. Unprotect it (Review › Unprotect Sheet) and try again.');
    clickOk();
    await done;
    expect(event.completed).toHaveBeenCalledOnce();
  });
});

describe('the result dialog page', () => {
  it('shows the message as text (never as markup) and says when it failed', () => {
    document.body.innerHTML = '<h1 id="title"></h1><p id="message"></p><button id="close"></button>';
    renderResult(document, `?${new URLSearchParams({ m: '<img src=x onerror=alert(1)> 2 fel', ok: '0', lang: 'sv' })}`);
    expect(document.getElementById('message')!.textContent).toBe('<img src=x onerror=alert(1)> 2 fel');
    expect(document.querySelector('img')).toBeNull();
    expect(document.getElementById('title')!.textContent).toBe('Det gick inte');
    expect(document.documentElement.lang).toBe('sv');
  });
});

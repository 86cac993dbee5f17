/// <reference types="office-js" />
/**
 * Ribbon function command `checkAndColour`: read → analyze → colour, without opening the pane,
 * then a small dialog says what happened ("41 celler färglagda, 2 fel") or why it failed.
 * Office stops a function command after five minutes, so the work is given a little less and a
 * workbook too large for that is pointed to the task pane. `event.completed()` is always called.
 */
import { analyze, planEdits } from '../engine/analyze';
import { createExcelHost } from '../adapters/office/excel-host';
import { langOf } from '../adapters/office/messages';
import type { WorkbookHost } from '../adapters/host';
import type { Lang } from '../engine/types';

/** Office ends a function command 5 minutes after the click; leave time to say what happened. */
export const TIME_LIMIT_MS = 4 * 60_000 + 30_000;

export interface CommandResult {
  fills: number;
  findings: number;
  errors: number;
  warnings: number;
}

/** The command's work, separate from Office wiring so it can be tested with a fake host. */
export async function checkAndColour(host: WorkbookHost, signal?: AbortSignal): Promise<CommandResult> {
  const input = await host.read(signal);
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
  const a = analyze(input, { lang: host.info().lang });
  const edits = planEdits(a, { sheets: [] });
  await host.apply(edits, undefined, signal);
  return {
    fills: edits.fills.length,
    findings: a.findings.length,
    errors: a.findings.filter((f) => f.severity === 'error').length,
    warnings: a.findings.filter((f) => f.severity === 'warning').length,
  };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;

export const COMMAND_TEXT = {
  done: {
    sv: (r: CommandResult) =>
      [plural(r.fills, 'cell färglagd', 'celler färglagda'), `${r.errors.toLocaleString('sv-SE')} fel`, ...(r.warnings ? [plural(r.warnings, 'varning', 'varningar')] : [])].join(', ') +
      (r.findings ? '. Öppna Planark för att se var.' : '.'),
    en: (r: CommandResult) =>
      [plural(r.fills, 'cell coloured', 'cells coloured'), plural(r.errors, 'error', 'errors'), ...(r.warnings ? [plural(r.warnings, 'warning', 'warnings')] : [])].join(', ') +
      (r.findings ? '. Open Planark to see where.' : '.'),
  },
  failed: {
    sv: (why: string) => `Planark kunde inte kontrollera och färglägga. ${why}`,
    en: (why: string) => `Planark could not check and colour. ${why}`,
  },
  tooLarge: {
    sv: () =>
      'Arbetsboken är för stor för att kontrolleras och färgläggas från knappen inom Excels tidsgräns på fem minuter; en del färger kan ha hunnit skrivas. Öppna Planark (Start › Öppna Planark) och kör Färglägg där.',
    en: () =>
      "The workbook is too large to check and colour from the button within Excel's five-minute limit; some colours may have been written. Open Planark (Home › Open Planark) and run Colour there.",
  },
} as const;

/** Runs the command within the time limit and returns what to tell the user. */
export async function commandMessage(host: WorkbookHost, lang: Lang, limitMs = TIME_LIMIT_MS): Promise<{ ok: boolean; text: string }> {
  const ac = new AbortController();
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    ac.abort();
  }, limitMs);
  try {
    const r = await checkAndColour(host, ac.signal);
    return { ok: true, text: COMMAND_TEXT.done[lang](r) };
  } catch (e) {
    if (late) return { ok: false, text: COMMAND_TEXT.tooLarge[lang]() };
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, text: COMMAND_TEXT.failed[lang](why) };
  } finally {
    clearTimeout(timer);
  }
}

/** The slice of Office the command's UI uses. */
export interface CommandOffice {
  context: {
    displayLanguage?: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: {
      displayDialogAsync(
        url: string,
        options: { height?: number; width?: number; displayInIframe?: boolean },
        callback: (r: { status: unknown; value?: { addEventHandler(type: unknown, h: (arg: unknown) => void): void; close(): void }; error?: { message: string } }) => void,
      ): void;
    };
  };
  EventType: { DialogMessageReceived: unknown; DialogEventReceived: unknown };
}

/**
 * Shows `text` in a small dialog (DialogApi 1.1) and resolves when the user closes it. Where
 * dialogs are not available, or one cannot be opened, the text goes to the console only.
 */
export function showResult(office: CommandOffice, dialogUrl: string, text: string, ok: boolean, lang: Lang): Promise<void> {
  if (!office.context.requirements.isSetSupported('DialogApi', '1.1')) {
    console.info(`Planark: ${text}`);
    return Promise.resolve();
  }
  const url = `${dialogUrl}?${new URLSearchParams({ m: text, ok: ok ? '1' : '0', lang }).toString()}`;
  return new Promise((resolve) => {
    office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (r) => {
      const dialog = r.value;
      if (String(r.status).toLowerCase() === 'failed' || !dialog) {
        console.info(`Planark: ${text}`);
        resolve();
        return;
      }
      // The dialog's OK button sends a message; the close box raises an event.
      dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The ribbon button: do the work, tell the user, and always complete the event. */
export async function onCheckAndColour(event: { completed(): void }, office: CommandOffice, host: WorkbookHost, dialogUrl: string, limitMs = TIME_LIMIT_MS): Promise<void> {
  const lang = langOf(office.context.displayLanguage);
  try {
    const { ok, text } = await commandMessage(host, lang, limitMs);
    await showResult(office, dialogUrl, text, ok, lang);
  } catch (e) {
    console.error('Planark:', e instanceof Error ? e.message : e);
  } finally {
    event.completed();
  }
}

// Guarded so tests can import the above without Office.js.
if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('checkAndColour', (event: Office.AddinCommands.Event) =>
      onCheckAndColour(event, Office as unknown as CommandOffice, createExcelHost(), new URL('dialog.html', window.location.href).href),
    );
  });
}

/// <reference types="office-js" />
/**
 * What the Office adapter needs from its surroundings: a way to run Excel batches, the slice of
 * the `Office` global it reads, and tuning knobs. A fake stands in for all of it in tests.
 */

type AsyncCallback = (r: { status: unknown; error?: { message: string } }) => void;

/** The document settings (Office.context.document.settings) the adapter uses. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: AsyncCallback): void;
  /** Re-reads what co-authors saved (Excel on the web); absent on very old hosts. */
  refreshAsync?(callback?: AsyncCallback): void;
  addHandlerAsync?(eventType: string, handler: (e: unknown) => void, callback?: AsyncCallback): void;
  removeHandlerAsync?(eventType: string, options?: { handler?: (e: unknown) => void }, callback?: AsyncCallback): void;
}

/** The slice of the `Office` global the adapter uses. */
export interface OfficeLike {
  context: {
    displayLanguage?: string;
    /** `PC`, `Mac`, `OfficeOnline` … */
    platform?: unknown;
    officeTheme?: { bodyBackgroundColor?: string } | null;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** `url`: where the workbook is saved (a path or a SharePoint/OneDrive address); absent for a new one. */
    document: { settings: SettingsLike; url?: string | null };
  };
}

export interface FocusSource {
  addEventListener(type: 'focus', f: () => void): void;
  removeEventListener(type: 'focus', f: () => void): void;
}

export interface OfficeEnv {
  /** Excel.run: a batch on a new request context. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(context, batch): a batch on an existing context — how an event handler is removed. */
  runIn?<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  office: OfficeLike;
  /** Bytes per request and per response (DEFAULT_BUDGET); Excel on the web rejects either above 5 MB. */
  payloadBudget?: number;
  /** How long a read's sheet list and fills may stand in for a fresh look before an apply. */
  cacheMs?: number;
  now?: () => number;
  warn?: (msg: string) => void;
  /** Where the pane's focus events come from (its window); rechecks the selection on focus. */
  focusTarget?: FocusSource | null;
}

/**
 * Microsoft documents "a payload size limit for requests and responses of 5MB" for Excel on the
 * web (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded: each way, not the two
 * together). Read as 5 000 000 bytes, the smaller of 5 MB and 5 MiB, 4 MiB keeps 16 % in hand
 * for what the byte estimates miss (the envelope of each result; a block's later rows longer
 * than the ones it was sized by).
 */
export const DEFAULT_BUDGET = 4 * 1024 * 1024;
/** Below this a payload error is not retried with a smaller block: something else is wrong. */
export const MIN_BUDGET = 64 * 1024;

export function defaultEnv(): OfficeEnv {
  return {
    run: (b) => Excel.run(b),
    runIn: (context, b) => Excel.run(context, b),
    office: Office as unknown as OfficeLike,
    focusTarget: typeof window !== 'undefined' ? window : null,
  };
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
}

export const lower = (s: string) => s.toLocaleLowerCase('sv');

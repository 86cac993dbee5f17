/**
 * Office errors → what the user can do about them. The codes are Office.js's documented ones
 * (Excel.ErrorCodes and the common RichApi codes); payload and stale-object errors are retried
 * by the host before they ever reach this mapping.
 */
import type { Lang } from '../../engine/types';
import { HostError } from '../host';
import { HOST_MESSAGES } from './messages';

export function officeCode(e: unknown): string | undefined {
  const x = e as { code?: unknown; debugInfo?: { code?: unknown } } | null | undefined;
  const c = x?.code ?? x?.debugInfo?.code;
  return typeof c === 'string' ? c : undefined;
}

/** Excel on the web refused a request or response above its size limit: retry smaller. */
export function isPayloadError(e: unknown): boolean {
  const c = officeCode(e);
  return c === 'RequestPayloadSizeLimitExceeded' || c === 'ResponsePayloadSizeLimitExceeded';
}

/** A sheet, range or name changed under us (a co-author, or the user meanwhile): look again. */
export function isStaleError(e: unknown): boolean {
  const c = officeCode(e);
  return c === 'ItemNotFound' || c === 'ItemAlreadyExists' || c === 'InvalidReference';
}

export function isAbort(e: unknown): boolean {
  return (e as { name?: string } | null)?.name === 'AbortError';
}

/** What is known about the failed action, so AccessDenied names protection only when it is that. */
export interface ErrorHint {
  /** A sheet being written that is protected (looked up after the failure). */
  protectedSheet?: string | null;
  /** The workbook structure is protected and a sheet was being added. */
  addingSheet?: string | null;
}

export function toHostError(e: unknown, lang: Lang, hint: ErrorHint = {}): unknown {
  if (e instanceof HostError || isAbort(e)) return e;
  const code = officeCode(e);
  const msg = (e as { message?: string } | null)?.message ?? String(e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new HostError(HOST_MESSAGES.cellEdit[lang](), 'cell-edit');
    case 'AccessDenied':
      if (hint.protectedSheet) return new HostError(HOST_MESSAGES.protected[lang](hint.protectedSheet), 'protected');
      if (hint.addingSheet) return new HostError(HOST_MESSAGES.structureProtected[lang](hint.addingSheet), 'protected');
      return new HostError(HOST_MESSAGES.accessDenied[lang](), 'access-denied');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new HostError(HOST_MESSAGES.payload[lang](), 'payload');
    case 'ItemNotFound':
    case 'InvalidReference':
      return new HostError(HOST_MESSAGES.gone[lang](), 'gone');
    case 'ItemAlreadyExists':
      return new HostError(HOST_MESSAGES.exists[lang](), 'exists');
    case 'GeneralException':
      return new HostError(HOST_MESSAGES.general[lang](), 'temporary');
    case 'ActivityLimitReached':
    case 'RequestAborted':
    case 'Conflict':
      return new HostError(HOST_MESSAGES.busy[lang](), 'temporary');
    default:
      return new HostError(HOST_MESSAGES.other[lang](code ? `${msg} (${code})` : msg), 'other');
  }
}

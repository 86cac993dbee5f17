/** Why a Kolada fetch failed, as one line in the user's language. Nothing is written after one. */
import type { Lang } from '../engine/types';

export type KoladaErrorKind =
  | 'network' // no answer at all (offline, DNS, refused, or a browser blocking the call: CORS)
  | 'timeout'
  | 'http' // an error status after the retries (5xx, 429) or at once (other 4xx)
  | 'json' // an answer that is not JSON
  | 'shape' // JSON, but not in the documented shape: the API has changed
  | 'offline' // --offline and the answer is not in the cache
  | 'unknown-municipality'
  | 'unknown-group'
  | 'aborted';

export class KoladaError extends Error {
  constructor(
    readonly kind: KoladaErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'KoladaError';
  }
}

type Detail = { url?: string; status?: number; retryAfter?: number; detail?: string; id?: string; tries?: number; seconds?: number };

export const KOLADA_ERRORS: Record<Lang, Record<KoladaErrorKind, (d: Detail) => string>> = {
  sv: {
    network: (d) => `Kolada gick inte att nå (${d.url ?? ''})${d.detail ? `: ${d.detail}` : ''}. Kontrollera nätverket och försök igen; inget ändrades i arbetsboken.`,
    timeout: (d) => `Kolada svarade inte inom ${String(d.seconds ?? '?').replace('.', ',')} s (${d.url ?? ''}), inte heller efter ${d.tries ?? 1} försök; inget ändrades i arbetsboken.`,
    http: (d) =>
      d.status === 429
        ? `Kolada ber om färre anrop (HTTP 429) även efter ${d.tries ?? 1} försök; vänta en stund och försök igen. Inget ändrades i arbetsboken.`
        : `Kolada svarade med fel HTTP ${d.status ?? '?'} (${d.url ?? ''})${d.tries && d.tries > 1 ? ` efter ${d.tries} försök` : ''}; inget ändrades i arbetsboken.`,
    json: (d) => `Kolada svarade inte med JSON (${d.url ?? ''}); inget ändrades i arbetsboken.`,
    shape: (d) => `Kolada svarade i ett format som Planark inte känner igen (${d.detail ?? ''}; ${d.url ?? ''}). API:t kan ha ändrats; inget ändrades i arbetsboken.`,
    offline: (d) => `--offline: svaret finns inte i cachen (${d.url ?? ''}); kör en gång utan --offline först. Inget ändrades i arbetsboken.`,
    'unknown-municipality': (d) => `Kolada känner inte till kommunen ”${d.id ?? ''}” (ange kommunkoden med fyra siffror, t.ex. 0581 för Norrköping).`,
    'unknown-group': (d) => `Kolada känner inte till kommungruppen ”${d.id ?? ''}” (grupper har id som börjar med G).`,
    aborted: () => 'Avbrutet; inget ändrades i arbetsboken.',
  },
  en: {
    network: (d) => `Kolada could not be reached (${d.url ?? ''})${d.detail ? `: ${d.detail}` : ''}. Check the network and try again; nothing was changed in the workbook.`,
    timeout: (d) => `Kolada did not answer within ${d.seconds ?? '?'} s (${d.url ?? ''}), not after ${d.tries ?? 1} tries either; nothing was changed in the workbook.`,
    http: (d) =>
      d.status === 429
        ? `Kolada asks for fewer requests (HTTP 429) even after ${d.tries ?? 1} tries; wait a while and try again. Nothing was changed in the workbook.`
        : `Kolada answered with error HTTP ${d.status ?? '?'} (${d.url ?? ''})${d.tries && d.tries > 1 ? ` after ${d.tries} tries` : ''}; nothing was changed in the workbook.`,
    json: (d) => `Kolada did not answer with JSON (${d.url ?? ''}); nothing was changed in the workbook.`,
    shape: (d) => `Kolada answered in a shape Planark does not know (${d.detail ?? ''}; ${d.url ?? ''}). The API may have changed; nothing was changed in the workbook.`,
    offline: (d) => `--offline: the answer is not in the cache (${d.url ?? ''}); run once without --offline first. Nothing was changed in the workbook.`,
    'unknown-municipality': (d) => `Kolada does not know the municipality "${d.id ?? ''}" (give the four-digit code, e.g. 0581 for Norrköping).`,
    'unknown-group': (d) => `Kolada does not know the municipality group "${d.id ?? ''}" (group ids start with G).`,
    aborted: () => 'Cancelled; nothing was changed in the workbook.',
  },
};

export function koladaError(kind: KoladaErrorKind, lang: Lang, d: Detail = {}): KoladaError {
  return new KoladaError(kind, KOLADA_ERRORS[lang][kind](d), d.url, d.status);
}

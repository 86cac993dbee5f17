/** The Kolada client against a local stand-in of the API (no test reaches the internet). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCache } from '../../src/kolada/cache';
import { chunks, KoladaClient, retryAfterMs } from '../../src/kolada/client';
import { KoladaError } from '../../src/kolada/errors';
import { fetchKoladaData } from '../../src/kolada/fetch-data';
import { Municipality } from '../../src/kolada/schemas';
import { GROUP, NORRKOPING, NORSJO, startFakeKolada, type FakeKolada } from './fake-kolada';

let fake: FakeKolada;
let waits: number[];
const client = (o: ConstructorParameters<typeof KoladaClient>[0] = {}) =>
  new KoladaClient({ baseUrl: fake.url, sleep: async (ms) => void waits.push(ms), backoffMs: 100, timeoutMs: 2000, ...o });
const request = (o: Partial<Parameters<typeof fetchKoladaData>[1]> = {}) => ({
  municipality: NORRKOPING,
  group: GROUP,
  kpis: ['U21468', 'U23471'],
  years: () => ({ U21468: [2024], U23471: [2024] }),
  today: '2025-03-14',
  ...o,
});

async function failure(p: Promise<unknown>): Promise<KoladaError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof KoladaError) return e;
    throw e;
  }
  throw new Error('expected a KoladaError');
}

beforeEach(async () => {
  fake = await startFakeKolada({ maxPage: 100 });
  waits = [];
});
afterEach(async () => {
  await fake.close();
});

describe('paging', () => {
  it('follows next_url links until the last page (312 municipalities in pages of 100)', async () => {
    const all = await client().getAll('municipality', Municipality);
    expect(all).toHaveLength(312);
    expect(new Set(all.map((m) => m.id)).size).toBe(312);
    expect(fake.requests).toEqual(['/v3/municipality?per_page=5000', '/v3/municipality?per_page=100&page=2', '/v3/municipality?per_page=100&page=3', '/v3/municipality?per_page=100&page=4']);
  });

  it('follows next_page links too (Hypergene’s documentation names it so)', async () => {
    await fake.close();
    fake = await startFakeKolada({ maxPage: 150, nextName: 'next_page' });
    expect(await client().getAll('municipality', Municipality)).toHaveLength(312);
    expect(fake.requests).toHaveLength(3);
  });

  it('asks for pages of 5 000, Kolada’s largest', () => {
    expect(client().url('kpi/U21468')).toBe(`${fake.url}/kpi/U21468?per_page=5000`);
  });

  it('never follows a next link to another host', async () => {
    fake.faults.push({ match: /^\/v3\/municipality/, status: 200, body: JSON.stringify({ values: [{ id: '0581', title: 'Norrköping', type: 'K' }], next_url: 'https://evil.example/v3/municipality?page=2' }) });
    expect(await client().getAll('municipality', Municipality)).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('at most 25 ids per path segment', () => {
  it('the stand-in refuses 26, as Kolada does', async () => {
    const ids = Array.from({ length: 26 }, (_, i) => `N${String(i).padStart(5, '0')}`).join(',');
    const res = await fetch(`${fake.url}/kpi/${ids}`);
    expect(res.status).toBe(400);
  });

  it('splits 60 key figures into requests of 25, 25 and 10', async () => {
    const kpis = ['U21468', 'U23471', ...Array.from({ length: 58 }, (_, i) => `N${String(i).padStart(5, '0')}`)];
    const data = await fetchKoladaData(client(), request({ kpis, years: () => ({ U21468: [2024], U23471: [2024] }) }));
    const kpiRequests = fake.requests.filter((r) => r.startsWith('/v3/kpi/'));
    expect(kpiRequests.map((r) => r.split('/')[3].split('?')[0].split(',').length)).toEqual([25, 25, 10]);
    expect(fake.requests.every((r) => r.split('?')[0].split('/').every((seg) => seg.split(',').length <= 25))).toBe(true);
    expect(Object.keys(data.kpis).sort()).toEqual(['U21468', 'U23471']);
  });

  it('chunks', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 25)).toEqual([]);
    expect(chunks(Array.from({ length: 50 }, (_, i) => i)).map((c) => c.length)).toEqual([25, 25]);
  });
});

describe('fetchKoladaData', () => {
  it('fetches the municipality, the group, the key figures, the municipality’s series and the field for the years', async () => {
    const data = await fetchKoladaData(client(), request());
    expect(data.municipality).toEqual({ id: NORRKOPING, title: 'Norrköping', type: 'K' });
    expect(data.group).toEqual({ id: GROUP, title: 'Liknande kommuner äldreomsorg, Norrköping, 2024', members: fake.data.groups[0].members });
    expect(data.kpis.U21468.title).toBe('Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)');
    // The total (gender T), not the K or M value beside it.
    expect(data.series).toEqual({ U21468: { 2022: 86, 2023: 88, 2024: 89 }, U23471: { 2022: 80, 2023: 81, 2024: 83 } });
    expect(Object.keys(data.field.U21468[2024])).toHaveLength(290);
    expect(Object.keys(data.field.U23471[2024])).toHaveLength(289); // Norsjö has no value
    expect(data.fetchedOn).toBe('2025-03-14');
    expect(fake.requests.map((r) => r.split('?')[0])).toEqual([
      '/v3/municipality', '/v3/municipality', '/v3/municipality', '/v3/municipality',
      `/v3/municipality_groups/${GROUP}`,
      '/v3/kpi/U21468,U23471',
      `/v3/data/kpi/U21468,U23471/municipality/${NORRKOPING}`,
      '/v3/data/kpi/U21468,U23471/year/2024', '/v3/data/kpi/U21468,U23471/year/2024', '/v3/data/kpi/U21468,U23471/year/2024',
      '/v3/data/kpi/U21468,U23471/year/2024', '/v3/data/kpi/U21468,U23471/year/2024', '/v3/data/kpi/U21468,U23471/year/2024',
    ]);
  });

  it('an unknown key figure is simply absent (the engine says so per indicator)', async () => {
    const data = await fetchKoladaData(client(), request({ kpis: ['U21468', 'U99999'], years: () => ({ U21468: [2024], U99999: [2024] }) }));
    expect(Object.keys(data.kpis)).toEqual(['U21468']);
    expect(fake.requests.some((r) => r.includes('data/kpi/U21468,U99999'))).toBe(false);
  });

  it('a year without a value for the municipality is absent from its series', async () => {
    const data = await fetchKoladaData(client(), request({ municipality: NORSJO, group: undefined }));
    expect(data.series.U23471).toEqual({ 2022: 78, 2023: 79 });
  });

  it('accepts group members as {member_id, member_title}', async () => {
    await fake.close();
    fake = await startFakeKolada({ memberIds: true });
    const data = await fetchKoladaData(client(), request());
    expect(data.group!.members).toEqual(fake.data.groups[0].members);
  });

  it.each([
    ['municipality', { municipality: '9999' }, 'unknown-municipality', 'Kolada känner inte till kommunen ”9999” (ange kommunkoden med fyra siffror, t.ex. 0581 för Norrköping).'],
    ['group', { group: 'G1' }, 'unknown-group', 'Kolada känner inte till kommungruppen ”G1” (grupper har id som börjar med G).'],
  ])('an unknown %s is one clear error', async (_, o, kind, message) => {
    const e = await failure(fetchKoladaData(client(), request(o)));
    expect(e.kind).toBe(kind);
    expect(e.message).toBe(message);
  });
});

describe('retries, timeouts and errors', () => {
  it('429 then success: waits as Retry-After says, then goes on', async () => {
    fake.faults.push({ match: /^\/v3\/kpi\//, status: 429, headers: { 'Retry-After': '2' }, body: '{"detail":"Too many requests"}' });
    const data = await fetchKoladaData(client(), request());
    expect(Object.keys(data.kpis)).toEqual(['U21468', 'U23471']);
    expect(waits).toEqual([2000]);
    expect(fake.requests.filter((r) => r.startsWith('/v3/kpi/'))).toHaveLength(2);
  });

  it('429 without Retry-After backs off exponentially', async () => {
    fake.faults.push({ match: /^\/v3\/kpi\//, status: 429, times: 3 });
    await fetchKoladaData(client(), request());
    expect(waits).toEqual([100, 200, 400]);
  });

  it('a Retry-After longer than Planark waits ends the run at once, with the reason', async () => {
    fake.faults.push({ match: /^\/v3\/kpi\//, status: 429, headers: { 'Retry-After': '3600' } });
    const e = await failure(fetchKoladaData(client(), request()));
    expect(e).toMatchObject({ kind: 'http', status: 429 });
    expect(e.message).toBe('Kolada ber om färre anrop (HTTP 429) även efter 1 försök; vänta en stund och försök igen. Inget ändrades i arbetsboken.');
    expect(waits).toEqual([]);
  });

  it('500 once, then success', async () => {
    fake.faults.push({ match: /^\/v3\/data\//, status: 500, body: 'Internal Server Error' });
    const data = await fetchKoladaData(client(), request());
    expect(data.series.U21468[2024]).toBe(89);
    expect(waits).toEqual([100]);
  });

  it('500 every time: gives up after the retries with one line', async () => {
    fake.faults.push({ match: /^\/v3\/municipality/, status: 500, times: 99 });
    const e = await failure(fetchKoladaData(client({ retries: 2 }), request()));
    expect(e).toMatchObject({ kind: 'http', status: 500 });
    expect(e.message).toBe(`Kolada svarade med fel HTTP 500 (${fake.url}/municipality?per_page=5000) efter 3 försök; inget ändrades i arbetsboken.`);
    expect(fake.requests).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('another 4xx is not retried', async () => {
    fake.faults.push({ match: /^\/v3\/kpi\//, status: 400, body: '{"detail":"bad"}' });
    const e = await failure(fetchKoladaData(client(), request()));
    expect(e).toMatchObject({ kind: 'http', status: 400 });
    expect(fake.requests.filter((r) => r.startsWith('/v3/kpi/'))).toHaveLength(1);
  });

  it('a hanging request times out, is retried, and ends as a timeout', async () => {
    fake.faults.push({ match: /^\/v3\/municipality/, hang: true, times: 2 });
    const e = await failure(fetchKoladaData(client({ timeoutMs: 150, retries: 1 }), request()));
    expect(e.kind).toBe('timeout');
    expect(e.message).toBe(`Kolada svarade inte inom 0,2 s (${fake.url}/municipality?per_page=5000), inte heller efter 2 försök; inget ändrades i arbetsboken.`);
  });

  it('malformed JSON is one clear error, not retried', async () => {
    fake.faults.push({ match: /^\/v3\/municipality_groups/, status: 200, body: '{"values": [' });
    const e = await failure(fetchKoladaData(client(), request()));
    expect(e.kind).toBe('json');
    expect(e.message).toContain('Kolada svarade inte med JSON');
    expect(fake.requests.filter((r) => r.startsWith('/v3/municipality_groups'))).toHaveLength(1);
  });

  it.each([
    ['no values list', '{"items": []}', 'values: Invalid input'],
    ['a data row without its key figure', JSON.stringify({ values: [{ municipality: '0581', period: 2024, values: [] }] }), 'values[0].kpi: Invalid input'],
    ['a value that is text', JSON.stringify({ values: [{ kpi: 'U21468', municipality: '0581', period: 2024, values: [{ gender: 'T', value: '89' }] }] }), 'values[0].values[0].value: Invalid input'],
  ])('a changed shape (%s) names where', async (_, body, where) => {
    fake.faults.push({ match: /^\/v3\/data\/kpi\/[^/]+\/municipality/, status: 200, body });
    const e = await failure(fetchKoladaData(client(), request()));
    expect(e.kind).toBe('shape');
    expect(e.message).toBe(`Kolada svarade i ett format som Planark inte känner igen (${where}; ${fake.url}/data/kpi/U21468,U23471/municipality/0581?per_page=5000). API:t kan ha ändrats; inget ändrades i arbetsboken.`);
  });

  it('no server at all: a network error after the retries', async () => {
    const url = fake.url;
    await fake.close();
    const e = await failure(new KoladaClient({ baseUrl: url, retries: 1, sleep: async () => undefined, lang: 'en' }).getAll('municipality', Municipality));
    expect(e.kind).toBe('network');
    expect(e.message).toContain(`Kolada could not be reached (${url}/municipality?per_page=5000)`);
    fake = await startFakeKolada();
  });

  it('a cancelled run stops at once', async () => {
    const ac = new AbortController();
    fake.faults.push({ match: /^\/v3\/municipality/, hang: true });
    const p = fetchKoladaData(client({ signal: ac.signal }), request());
    setTimeout(() => ac.abort(), 50);
    expect((await failure(p)).kind).toBe('aborted');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs('0.5', 0)).toBe(500);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });
});

describe('cache and --offline', () => {
  it('an offline run answers from what an earlier run fetched, without the network', async () => {
    const cache = new MemoryCache();
    const online = await fetchKoladaData(client({ cache }), request());
    const before = fake.requests.length;
    const c = client({ cache, offline: true });
    expect(await fetchKoladaData(c, request())).toEqual(online);
    expect(fake.requests.length).toBe(before);
    expect(c.requests).toBe(0);
  });

  it('offline without the answer in the cache says so', async () => {
    const e = await failure(fetchKoladaData(client({ cache: new MemoryCache(), offline: true }), request()));
    expect(e.kind).toBe('offline');
    expect(e.message).toBe(`--offline: svaret finns inte i cachen (${fake.url}/municipality?per_page=5000); kör en gång utan --offline först. Inget ändrades i arbetsboken.`);
    expect(fake.requests).toEqual([]);
  });

  it('online runs ask Kolada afresh unless told an answer is young enough', async () => {
    const cache = new MemoryCache();
    await fetchKoladaData(client({ cache }), request());
    const n = fake.requests.length;
    await fetchKoladaData(client({ cache }), request());
    expect(fake.requests.length).toBe(2 * n);
    await fetchKoladaData(client({ cache, maxAgeMs: 60_000 }), request());
    expect(fake.requests.length).toBe(2 * n);
  });

  it('answers from one base URL are never used for another', async () => {
    const cache = new MemoryCache();
    await fetchKoladaData(client({ cache }), request());
    const other = new KoladaClient({ baseUrl: 'http://127.0.0.1:9/v3', cache, offline: true });
    expect((await failure(fetchKoladaData(other, request()))).kind).toBe('offline');
  });
});

/**
 * A stand-in for Kolada API v3 on a local port, started inside the test process: the documented
 * response shapes (docs/kolada.md), paging with absolute next-page links, the 25-ids-per-segment
 * limit (more gets HTTP 400, as Kolada answers), and faults on demand — 429 with Retry-After, 500,
 * a hang (for timeouts), malformed JSON, a changed shape. No test reaches the internet.
 *
 * The data are made up (synthetic municipality codes and values around the real Norrköping 0581
 * and Norsjö 2417); they are test material, not Kolada's figures.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMunicipality {
  id: string;
  title: string;
  type: 'K' | 'L';
}

export interface Fault {
  /** Matched against the request's path and query (`/v3/kpi/U21468?per_page=5000`). */
  match: RegExp;
  /** How many matching requests it answers (default 1). */
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (the client's timeout must end it). */
  hang?: boolean;
}

export interface FakeData {
  municipalities: FakeMunicipality[];
  groups: { id: string; title: string; members: string[] }[];
  kpis: { id: string; title: string; description?: string }[];
  /** kpi → municipality → year → value (null: Kolada lists the row without a value). */
  values: Record<string, Record<string, Record<number, number | null>>>;
}

export interface FakeOptions {
  /** Which name the next-page link goes by (sources disagree: see docs/kolada.md). */
  nextName?: 'next_page' | 'next_url';
  /** Largest page the server gives, whatever per_page asks (to force paging in tests). */
  maxPage?: number;
  /** Members of groups as `{member_id, member_title}` (rKolada's reading of v3) instead of `{id, title}`. */
  memberIds?: boolean;
}

export interface FakeKolada {
  /** Base URL, `http://127.0.0.1:PORT/v3`. */
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  faults: Fault[];
  data: FakeData;
  close(): Promise<void>;
}

/** Deterministic pseudo-random in [0, 1) from a string (FNV-1a). */
function hash01(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

export const NORRKOPING = '0581';
export const NORSJO = '2417';
/** A comparison group like Kolada's "Liknande kommuner äldreomsorg, Norrköping" (members made up). */
export const GROUP = 'G124026';

/**
 * 290 kommuner (Norrköping, Norsjö, Stockholm, Göteborg, Malmö by their real codes, the rest
 * synthetic `LLxx` codes), 21 regions (`00LL`) and Riket (`0000`, type L).
 */
export function fakeMunicipalities(): FakeMunicipality[] {
  const named: FakeMunicipality[] = [
    { id: '0180', title: 'Stockholm', type: 'K' },
    { id: NORRKOPING, title: 'Norrköping', type: 'K' },
    { id: '1280', title: 'Malmö', type: 'K' },
    { id: '1480', title: 'Göteborg', type: 'K' },
    { id: NORSJO, title: 'Norsjö', type: 'K' },
  ];
  const ids = new Set(named.map((m) => m.id));
  const out = [...named];
  for (let n = 0; out.length < 290; n++) {
    const id = `${String(1 + (n % 25)).padStart(2, '0')}${String(10 + Math.floor(n / 25)).padStart(2, '0')}`;
    if (ids.has(id)) continue;
    ids.add(id);
    out.push({ id, title: `Kommun ${id}`, type: 'K' });
  }
  for (let l = 1; l <= 21; l++) out.push({ id: `00${String(l).padStart(2, '0')}`, title: `Region ${l}`, type: 'L' });
  out.push({ id: '0000', title: 'Riket', type: 'L' });
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * U21468 (hemtjänst, helhetssyn) and U23471 (särskilt boende, helhetssyn), shares in percent, for
 * 2022–2024; Norrköping's and Norsjö's values fixed, the others spread around 85. Norsjö has no
 * 2024 value for U23471 (Kolada lists the row without a value).
 */
export function fakeData(): FakeData {
  const municipalities = fakeMunicipalities();
  const kommuner = municipalities.filter((m) => m.type === 'K');
  const kpis = [
    { id: 'U21468', title: 'Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)', description: 'Andel brukare som är ganska eller mycket nöjda med sin hemtjänst.' },
    { id: 'U23471', title: 'Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)', description: 'Andel brukare som är ganska eller mycket nöjda med sitt särskilda boende.' },
    { id: 'N00945', title: 'Invånare totalt, antal' },
  ];
  const values: FakeData['values'] = {};
  for (const k of ['U21468', 'U23471']) {
    values[k] = {};
    for (const m of kommuner) {
      values[k][m.id] = {};
      for (const y of [2022, 2023, 2024]) values[k][m.id][y] = Math.round(700 + 250 * hash01(`${k}${m.id}${y}`)) / 10;
    }
  }
  Object.assign(values.U21468[NORRKOPING], { 2022: 86, 2023: 88, 2024: 89 });
  Object.assign(values.U23471[NORRKOPING], { 2022: 80, 2023: 81, 2024: 83 });
  Object.assign(values.U21468[NORSJO], { 2022: 90, 2023: 92, 2024: 93 });
  Object.assign(values.U23471[NORSJO], { 2022: 78, 2023: 79, 2024: null });
  const similar = kommuner.filter((m) => m.id !== NORRKOPING).slice(40, 47).map((m) => m.id);
  return {
    municipalities,
    groups: [{ id: GROUP, title: 'Liknande kommuner äldreomsorg, Norrköping, 2024', members: similar }],
    kpis,
    values,
  };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

/** Starts the fake on a free local port. */
export async function startFakeKolada(opts: FakeOptions = {}, data: FakeData = fakeData()): Promise<FakeKolada> {
  const requests: string[] = [];
  const faults: Fault[] = [];
  const hanging = new Set<ServerResponse>();
  let origin = '';
  const nextName = opts.nextName ?? 'next_url';

  const page = (req: URL, all: unknown[], res: ServerResponse) => {
    const per = Math.min(Number(req.searchParams.get('per_page') ?? 5000) || 5000, 5000, opts.maxPage ?? 5000);
    const p = Math.max(1, Number(req.searchParams.get('page') ?? 1) || 1);
    const values = all.slice((p - 1) * per, p * per);
    const link = (n: number) => {
      const u = new URL(req.toString());
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(per));
      return `${origin}${u.pathname}${u.search}`;
    };
    const more = p * per < all.length;
    const prevName = nextName === 'next_url' ? 'previous_url' : 'previous_page';
    send(res, 200, JSON.stringify({ values, count: values.length, ...(more ? { [nextName]: link(p + 1) } : {}), ...(p > 1 ? { [prevName]: link(p - 1) } : {}) }));
  };

  const dataRows = (kpis: string[], munis: string[] | null, years: number[] | null) => {
    const rows: unknown[] = [];
    for (const k of kpis) {
      const byMuni = data.values[k];
      if (!byMuni) continue;
      for (const [m, byYear] of Object.entries(byMuni)) {
        if (munis && !munis.includes(m)) continue;
        for (const [y, v] of Object.entries(byYear)) {
          if (years && !years.includes(Number(y))) continue;
          const wobble = v === null ? null : Math.round(v * 10 + 13) / 10;
          rows.push({
            kpi: k,
            municipality: m,
            period: Number(y),
            values: [
              { gender: 'K', count: 1, status: v === null ? 'Missing' : '', value: wobble },
              { gender: 'M', count: 1, status: v === null ? 'Missing' : '', value: wobble === null ? null : wobble - 2.6 },
              { gender: 'T', count: 1, status: v === null ? 'Missing' : '', value: v },
            ],
          });
        }
      }
    }
    return rows;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', origin);
    const pathAndQuery = `${u.pathname}${u.search}`;
    requests.push(pathAndQuery);
    const fault = faults.find((f) => f.match.test(pathAndQuery) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.hang) {
        hanging.add(res);
        return;
      }
      send(res, fault.status ?? 200, fault.body ?? '', fault.headers);
      return;
    }
    const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'v3') return send(res, 404, JSON.stringify({ detail: 'Not Found' }));
    const segs = parts.slice(1);
    // Kolada answers a segment of more than 25 ids with 400.
    if (segs.some((s) => s.split(',').length > 25)) return send(res, 400, JSON.stringify({ detail: 'Too many ids in one segment (at most 25)' }));
    const list = (s: string) => s.split(',').filter(Boolean);
    const [a, b, c, d, e, f] = segs;
    if (a === 'municipality' && segs.length === 1) return page(u, data.municipalities, res);
    if (a === 'municipality_groups' && segs.length === 2) {
      const ids = list(b);
      const groups = data.groups
        .filter((g) => ids.includes(g.id))
        .map((g) => ({
          id: g.id,
          title: g.title,
          members: g.members.map((m) => {
            const title = data.municipalities.find((x) => x.id === m)?.title ?? m;
            return opts.memberIds ? { member_id: m, member_title: title } : { id: m, title };
          }),
        }));
      return page(u, groups, res);
    }
    if (a === 'kpi' && segs.length === 1) {
      const t = (u.searchParams.get('title') ?? '').toLowerCase();
      return page(u, data.kpis.filter((k) => k.title.toLowerCase().includes(t)).map((k) => ({ ...k, municipality_type: 'K', is_divided_by_gender: true, operating_area: 'Äldreomsorg', has_ou_data: false })), res);
    }
    if (a === 'kpi' && segs.length === 2) {
      const ids = list(b);
      return page(u, data.kpis.filter((k) => ids.includes(k.id)).map((k) => ({ ...k, municipality_type: 'K', is_divided_by_gender: true })), res);
    }
    if (a === 'data' && b === 'kpi' && d === 'municipality' && segs.length === 5) return page(u, dataRows(list(c), list(e), null), res);
    if (a === 'data' && b === 'kpi' && d === 'year' && segs.length === 5) return page(u, dataRows(list(c), null, list(e).map(Number)), res);
    if (a === 'data' && b === 'kpi' && d === 'municipality' && segs.length === 7 && f !== undefined) return page(u, dataRows(list(c), list(e), list(segs[6]).map(Number)), res);
    return send(res, 404, JSON.stringify({ detail: 'Not Found' }));
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/v3`,
    requests,
    faults,
    data,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of hanging) r.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

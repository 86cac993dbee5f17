/**
 * `planark kolada` on the sample workbook against a local stand-in of Kolada: what it writes, what
 * it leaves alone, how it fails (nothing written), and the shipped binary end to end.
 */
import { execSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/adapters/exceljs/read';
import { parseCli, UsageError } from '../../src/cli/args';
import { koladaCommand } from '../../src/cli/kolada';
import { run } from '../../src/cli/main';
import { unzipParts, sameBytes } from '../lossless/compare';
import { BIN, loadWorkbook, ROOT, sha256, tempDir } from '../cli/helpers';
import { GROUP, NORRKOPING, NORSJO, startFakeKolada, type FakeKolada } from './fake-kolada';

const SAMPLE = path.join(ROOT, 'examples', 'verksamhetsplan-2025.xlsx');
let fake: FakeKolada;
let dir: string;
let cacheDir: string;

beforeEach(async () => {
  fake = await startFakeKolada();
  dir = tempDir();
  cacheDir = path.join(dir, 'cache');
});
afterEach(async () => {
  await fake.close();
});

function sample(name = 'plan.xlsx'): string {
  const f = path.join(dir, name);
  copyFileSync(SAMPLE, f);
  return f;
}

async function kolada(argv: string[], o: Parameters<typeof koladaCommand>[2] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await koladaCommand(parseCli(['kolada', ...argv, '--kolada-url', fake.url]), { out: (l) => out.push(l), err: (l) => err.push(l) }, { cacheDir, today: '2025-03-14', backoffMs: 1, timeoutMs: 2000, ...o });
  return { code, out, err };
}

async function cells(file: string, sheet: string, ...refs: string[]) {
  const wb = await loadWorkbook(file);
  return refs.map((r) => wb.getWorksheet(sheet)!.getCell(r).value);
}

describe('planark kolada on the sample workbook', () => {
  it('fills the empty result, leaves the typed one, writes positions with --group, and says each', async () => {
    const file = sample();
    const before = sha256(file);
    const r = await kolada([file, '--municipality', NORRKOPING, '--group', GROUP]);
    expect(r.code).toBe(0);
    const out = path.join(dir, 'plan.planark.xlsx');
    expect(r.out).toEqual([
      `Skrev ${out}`,
      '  Kommunfullmäktiges indikatorer!J2: Helhetssyn särskilt boende (U23471) 2024: cellen har redan ett eget värde och lämnas orörd (Kolada: 83, plats 130 av 289 i riket, plats 7 av 8 i gruppen)',
      '  Kommunfullmäktiges indikatorer!J3: Helhetssyn hemtjänst (U21468) 2024: skrev 89 (plats 69 av 290 i riket, plats 3 av 8 i gruppen) → 89 < 91 (Gul-gräns) → Röd',
      '  Verksamhetens indikatorer!J8: Helhetssyn hemtjänst jämfört med liknande kommuner (U21468) 2024: skrev plats 3 av 8 (plats 69 av 290 i riket, plats 3 av 8 i gruppen) → plats 3 av 8 = 37,5 % ≈ 38 % inom 26–50 % (Gul)',
      'Kolada: 2 skrivna, 0 uppdaterade, 0 oförändrade, 1 egna värden orörda, 0 problem; bladet Kolada: Källa: Kolada, hämtat 2025-03-14',
      'Kör planark apply på filen för att färglägga resultaten.',
    ]);
    expect(sha256(file)).toBe(before); // the input is never changed
    expect(await cells(out, 'Kommunfullmäktiges indikatorer', 'J2', 'J3')).toEqual([81, 89]);
    expect(await cells(out, 'Verksamhetens indikatorer', 'J8')).toEqual(['plats 3 av 8']);
    expect(await cells(out, 'Kolada', 'A1', 'A2')).toEqual(['Källa: Kolada, hämtat 2025-03-14', 'Kommun: Norrköping (0581)']);
    // The position is judged by the rank threshold like a typed one.
    let json = '';
    expect(await run(['check', out, '--json'], { out: (l) => void (json = l), err: () => undefined })).toBe(1);
    const ind = JSON.parse(json).files[0].indicators.find((i: { sheet: string; row: number }) => i.sheet === 'Verksamhetens indikatorer' && i.row === 8);
    expect(ind.direction).toBe('rank');
    expect(ind.results.find((x: { cell: string }) => x.cell === 'J8')).toMatchObject({ value: 'plats 3 av 8', status: 'yellow' });
  });

  it('changes only the sheets it writes values into and adds its own sheet; every other part is byte for byte', async () => {
    const file = sample();
    await kolada([file, '--municipality', NORRKOPING, '--group', GROUP]);
    const a = unzipParts(new Uint8Array(readFileSync(file)));
    const b = unzipParts(new Uint8Array(readFileSync(path.join(dir, 'plan.planark.xlsx'))));
    const changed = Object.keys(a).filter((p) => !sameBytes(a[p], b[p])).sort();
    const added = Object.keys(b).filter((p) => !(p in a)).sort();
    // The two indicator sheets (values), the parts that list sheets and names, and styles.xml (the Kolada sheet's bold header, appended).
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    expect(added).toEqual(['xl/worksheets/sheet7.xml']);
    // Text as an inline string, never a formula.
    const s2 = new TextDecoder().decode(b['xl/worksheets/sheet2.xml']);
    expect(s2).toContain('<c r="J8" t="inlineStr"><is><t xml:space="preserve">plats 3 av 8</t></is></c>');
    expect(new TextDecoder().decode(b['xl/worksheets/sheet1.xml'])).toContain('<c r="J3"><v>89</v></c>');
  });

  it('a second run refreshes its own value when Kolada revised it, and never a value the user typed since', async () => {
    const file = sample();
    await kolada([file, '--municipality', NORRKOPING, '--group', GROUP, '-o', path.join(dir, 'v1.xlsx')]);
    fake.data.values.U21468[NORRKOPING][2024] = 90;
    const r = await kolada([path.join(dir, 'v1.xlsx'), '--municipality', NORRKOPING, '--group', GROUP, '-o', path.join(dir, 'v2.xlsx')]);
    expect(r.out.filter((l) => l.includes('J3'))).toEqual([
      '  Kommunfullmäktiges indikatorer!J3: Helhetssyn hemtjänst (U21468) 2024: uppdaterade till 90 (plats 58 av 290 i riket, plats 2 av 8 i gruppen) → 90 < 91 (Gul-gräns) → Röd',
    ]);
    expect(await cells(path.join(dir, 'v2.xlsx'), 'Kommunfullmäktiges indikatorer', 'J3')).toEqual([90]);
    // The user types over it in Excel: Planark keeps their value from then on.
    const wb = await loadWorkbook(path.join(dir, 'v2.xlsx'));
    wb.getWorksheet('Kommunfullmäktiges indikatorer')!.getCell('J3').value = 92;
    await wb.xlsx.writeFile(path.join(dir, 'v3.xlsx'));
    fake.data.values.U21468[NORRKOPING][2024] = 91;
    const r3 = await kolada([path.join(dir, 'v3.xlsx'), '--municipality', NORRKOPING, '--group', GROUP, '-o', path.join(dir, 'v4.xlsx')]);
    expect(r3.out.find((l) => l.includes('J3'))).toContain('cellen har redan ett eget värde och lämnas orörd (Kolada: 91');
    expect(await cells(path.join(dir, 'v4.xlsx'), 'Kommunfullmäktiges indikatorer', 'J3')).toEqual([92]);
  });

  it('--offline runs on what an earlier run fetched', async () => {
    const file = sample();
    await kolada([file, '--municipality', NORRKOPING, '--group', GROUP, '-o', path.join(dir, 'online.xlsx')]);
    const n = fake.requests.length;
    const r = await kolada([file, '--municipality', NORRKOPING, '--group', GROUP, '-o', path.join(dir, 'offline.xlsx'), '--offline']);
    expect(r.code).toBe(0);
    expect(fake.requests.length).toBe(n);
    expect(await cells(path.join(dir, 'offline.xlsx'), 'Kommunfullmäktiges indikatorer', 'J3')).toEqual([89]);
  });

  it('--offline names the day the cached answers were fetched, the oldest of them, not the day of the run', async () => {
    const file = sample();
    await kolada([file, '--municipality', NORRKOPING, '--group', GROUP, '-o', path.join(dir, 'online.xlsx')]);
    const files = readdirSync(cacheDir).sort();
    expect(files.length).toBe(5); // municipalities, the group, key figures, Norrköping's series, the field
    const age = (f: string, at: number) => {
      const x = JSON.parse(readFileSync(path.join(cacheDir, f), 'utf8'));
      writeFileSync(path.join(cacheDir, f), JSON.stringify({ ...x, at }));
    };
    age(files[1], new Date(2025, 1, 1, 12).getTime());
    age(files[3], new Date(2025, 0, 2, 12).getTime());
    const r = await kolada([file, '--municipality', NORRKOPING, '--group', GROUP, '-o', path.join(dir, 'offline.xlsx'), '--offline']);
    expect(r.code).toBe(0);
    expect(r.out.at(-2)).toBe('Kolada: 2 skrivna, 0 uppdaterade, 0 oförändrade, 1 egna värden orörda, 0 problem; bladet Kolada: Källa: Kolada, hämtat 2025-01-02');
    expect(await cells(path.join(dir, 'offline.xlsx'), 'Kolada', 'A1')).toEqual(['Källa: Kolada, hämtat 2025-01-02']);
  });

  it('--in-place writes the input itself; -o never replaces an existing file without --force', async () => {
    const file = sample();
    const existing = sample('finns.xlsx');
    const r = await kolada([file, '--municipality', NORRKOPING, '-o', existing]);
    expect(r).toMatchObject({ code: 2, err: [`planark: ${existing}: filen finns redan; välj ett annat namn eller lägg till --force för att skriva över den`] });
    const r2 = await kolada([file, '--municipality', NORRKOPING, '--in-place']);
    expect(r2.code).toBe(1); // the rank indicator needs --group
    expect(await cells(file, 'Kommunfullmäktiges indikatorer', 'J3')).toEqual([89]);
  });

  it('without --group, the plan’s "liknande kommuner" indicator is said, not ranked against the whole country (exit 1)', async () => {
    const r = await kolada([sample(), '--municipality', NORRKOPING]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  Verksamhetens indikatorer!J8: Helhetssyn hemtjänst jämfört med liknande kommuner (U21468) 2024: indikatorn jämförs med jämförbara kommuner; ange kommungruppen med --group G… för att få placeringen i gruppen');
  });

  it('speaks English with --lang en', async () => {
    const r = await kolada([sample(), '--municipality', NORRKOPING, '--group', GROUP, '--lang', 'en']);
    expect(r.out).toContain('  Kommunfullmäktiges indikatorer!J3: Helhetssyn hemtjänst (U21468) 2024: wrote 89 (69 of 290 in Sweden, 3 of 8 in the group) → 89 < 91 (Yellow limit) → Red');
    expect(r.out.at(-2)).toBe('Kolada: 2 written, 0 refreshed, 0 unchanged, 1 own values left alone, 0 problems; sheet Kolada: Source: Kolada, fetched 2025-03-14');
  });
});

describe('problems per indicator (exit 1, one line each)', () => {
  it('an id Kolada does not know, and a municipality without a value for the year', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KF');
    ws.addRow(['Indikator', 'Prestationer – det som ska mätas', 'Resultat år', 'Kolada-ID']);
    ws.addRow(['Helhetssyn särskilt boende', 'Grön 82 Gul 76', null, 'U23471']);
    ws.addRow(['Helhetssyn hemtjänst', 'Grön 95 Gul 91', null, 'U99999']);
    const file = path.join(dir, 'norsjo.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await kolada([file, '--municipality', NORSJO, '--year', '2024']);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `Skrev ${path.join(dir, 'norsjo.planark.xlsx')}`,
      '  KF!D2: Helhetssyn särskilt boende (U23471) 2024: Kolada har inget värde för kommunen år 2024',
      '  KF!D3: Helhetssyn hemtjänst (U99999): Kolada känner inte till nyckeltalet U99999; kontrollera id:t',
      'Kolada: 0 skrivna, 0 uppdaterade, 0 oförändrade, 0 egna värden orörda, 2 problem; bladet Kolada: Källa: Kolada, hämtat 2025-03-14',
    ]);
    // Only Planark's own sheet was added: no result cell changed.
    expect(await cells(path.join(dir, 'norsjo.planark.xlsx'), 'KF', 'C2', 'C3')).toEqual([null, null]);
  });
});

describe('when the fetch fails, nothing is written (exit 2, one line)', () => {
  it.each([
    ['Kolada answers 500 every time', () => fake.faults.push({ match: /./, status: 500, times: 99 }), 'Kolada svarade med fel HTTP 500'],
    ['Kolada answers with something that is not JSON', () => fake.faults.push({ match: /^\/v3\/kpi\//, status: 200, body: '<html>Service Unavailable</html>' }), 'Kolada svarade inte med JSON'],
    ['the municipality is unknown', () => undefined, 'Kolada känner inte till kommunen ”9999”'],
  ])('%s', async (name, arrange, message) => {
    arrange();
    const file = sample();
    const r = await kolada([file, '--municipality', name.includes('unknown') ? '9999' : NORRKOPING]);
    expect(r.code).toBe(2);
    expect(r.err.filter((l) => l.startsWith('planark:'))).toHaveLength(1);
    expect(r.err.find((l) => l.startsWith('planark:'))).toContain(message);
    expect(existsSync(path.join(dir, 'plan.planark.xlsx'))).toBe(false);
  });

  it('--offline with nothing cached', async () => {
    const r = await kolada([sample(), '--municipality', NORRKOPING, '--offline']);
    expect(r.code).toBe(2);
    expect(r.err.at(-1)).toContain('--offline: svaret finns inte i cachen');
    expect(fake.requests).toEqual([]);
  });

  it('a workbook without any Kolada link says how to add one (exit 1, no file)', async () => {
    const f = path.join(dir, 'utan.xlsx');
    copyFileSync(path.join(ROOT, 'test', 'fixtures', 'libreoffice', 'plan-libreoffice.xlsx'), f);
    const r = await kolada([f, '--municipality', NORRKOPING]);
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toContain('inga indikatorer är kopplade till Kolada');
    expect(fake.requests).toEqual([]);
  });
});

describe('usage', () => {
  it.each([
    [['kolada', 'a.xlsx'], 'ange kommunen med --municipality'],
    [['kolada', 'a.xlsx', '--municipality', '581'], 'ogiltig --municipality "581"'],
    [['kolada', 'a.xlsx', '--municipality', '0581', '--group', 'X1'], 'ogiltig --group "X1"'],
    [['kolada', 'a.xlsx', '--municipality', '0581', '--year', '24'], 'ogiltigt --year "24"'],
    [['kolada', 'a.xlsx', 'b.xlsx', '--municipality', '0581'], 'kolada tar exakt en fil'],
    [['kolada', 'a.xlsx', '--municipality', '0581', '--kolada-url', 'ftp://x'], 'ogiltig adress till Kolada'],
    [['check', 'a.xlsx', '--municipality', '0581'], '--municipality gäller bara kolada'],
    [['apply', 'a.xlsx', '--offline'], '--offline gäller bara kolada'],
    [['report', 'a.xlsx', '--group', 'G124026'], '--group gäller bara kolada'],
    [['check', 'a.xlsx', '--year', '2024', '--lang', 'en'], '--year applies to kolada only'],
    [['kolada', 'a.xlsx', '--municipality', '0581', '--namnd', 'VON'], '--namnd gäller bara report'],
  ])('%j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });

  it('reads every option', () => {
    expect(parseCli(['kolada', 'a.xlsx', '--municipality', '0581', '--group', 'g124026', '--year', '2024', '--offline', '-o', 'b.xlsx', '--kolada-url', 'http://127.0.0.1:1/v3'])).toMatchObject({
      command: 'kolada', files: ['a.xlsx'], municipality: '0581', group: 'G124026', year: 2024, offline: true, out: 'b.xlsx', koladaUrl: 'http://127.0.0.1:1/v3',
    });
  });
});

describe('the shipped binary', () => {
  // `npm test` builds it first; a run without dist/ (StrykerJS's sandbox leaves it out) builds it here.
  beforeAll(() => {
    if (!process.env.PLANARK_BIN && !existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  }, 130_000);

  it('fetches from the address in PLANARK_KOLADA_URL and writes NAME.planark.xlsx', async () => {
    const file = sample();
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [BIN, 'kolada', file, '--municipality', NORRKOPING, '--group', GROUP], {
        env: { ...process.env, PLANARK_KOLADA_URL: fake.url, PLANARK_CACHE_DIR: cacheDir, PLANARK_DEBUG: '' },
      });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d) => (stdout += d));
      p.stderr.on('data', (d) => (stderr += d));
      p.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.stderr).toBe('Hämtar 2 nyckeltal för kommun 0581 från Kolada …\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Verksamhetens indikatorer!J8: Helhetssyn hemtjänst jämfört med liknande kommuner (U21468) 2024: skrev plats 3 av 8');
    expect(statSync(path.join(dir, 'plan.planark.xlsx')).size).toBeGreaterThan(0);
    expect(readWorkbook(await loadWorkbook(path.join(dir, 'plan.planark.xlsx')), 'x').ownedSheets).toEqual(['Kolada']);
  });
});

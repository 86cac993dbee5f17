/**
 * The report end to end: made in a real browser from the preview's pane (the report code fetched
 * only when asked for), and rendered by a second client — LibreOffice converts every report
 * `planark report` writes to PDF without an error.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readDocx } from '../report/read-docx';
import { xlsxOf } from '../report/xlsx';
import { norrkopingYear, norsjoT2 } from '../fixtures/report';
import { pageErrors, ROOT, SAMPLE, usePreviewPage } from './helpers';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));
const BIN = path.join(ROOT, 'bin', 'planark.js');
const baseUrl = inject('baseUrl');
const { page } = usePreviewPage(baseUrl);

describe('Skapa rapport in the preview (Chromium)', () => {
  it('downloads the Word report; the report chunk is fetched only on the click', async () => {
    const pg = page();
    const scripts: string[] = [];
    pg.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(path.basename(new URL(r.url()).pathname));
    });
    await pg.getByTestId('tab-summary').click();
    await pg.getByTestId('report-button').waitFor();
    const before = [...scripts];
    expect(before.some((s) => /report/.test(s))).toBe(false);

    const [download] = await Promise.all([pg.waitForEvent('download', { timeout: 60_000 }), pg.getByTestId('report-button').click()]);
    expect(download.suggestedFilename()).toBe('Verksamhetsberättelse 2025.docx');
    const doc = readDocx(new Uint8Array(await readFile((await download.path())!)));
    expect(doc.headings[0]).toEqual(['Title', 'Verksamhetsberättelse 2025']);
    expect(doc.headings.filter(([s]) => s === 'Heading1').map(([, t]) => t)).toContain('Ekonomi – budgetavvikelser');
    await pg.getByTestId('report-done').waitFor();
    // The report code came in chunks of its own, after the click.
    expect(scripts.slice(before.length).some((s) => /report/.test(s))).toBe(true);
    expect(pageErrors(pg)).toEqual([]);
  });

  it('the preview’s first bundle does not hold the Word writer', () => {
    const dist = path.resolve(process.env.PLANARK_DIST ?? path.join(ROOT, 'dist'));
    const html = readFileSync(path.join(dist, 'preview.html'), 'utf8');
    // Minified HTML: `<script defer src=preview.ba3a5044.js>`, quotes optional.
    const first = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)].map((m) => path.basename(m[1]));
    expect(first.length).toBeGreaterThan(0);
    for (const f of first) expect(readFileSync(path.join(dist, f), 'utf8'), f).not.toContain('wordprocessingml.document.main+xml');
    const chunks = readdirSync(dist).filter((f) => f.endsWith('.js') && readFileSync(path.join(dist, f), 'utf8').includes('wordprocessingml.document.main+xml'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.some((c) => first.includes(c))).toBe(false);
  });
});

describe.skipIf(!SOFFICE)('LibreOffice renders the report', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'planark-report-'));
  const reports: string[] = [];

  beforeAll(async () => {
    execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe' });
    const inputs: [string, Uint8Array, string[]][] = [
      ['verksamhetsplan-2025.xlsx', new Uint8Array(readFileSync(SAMPLE)), ['--period', 't2', '--namnd', 'Vård- och omsorgsnämnden']],
      ['vp-2024.xlsx', await xlsxOf(norrkopingYear()), ['--period', 'year']],
      ['Omsorg verksamhetsplan 2025.xlsx', await xlsxOf(norsjoT2()), ['--period', 't2', '--lang', 'en']],
    ];
    for (const [name, bytes, args] of inputs) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const out = execFileSync(process.execPath, [BIN, 'report', file, ...args], { encoding: 'utf8' });
      reports.push(out.split('\n')[0].replace(/^(Skrev|Wrote) /, ''));
    }
  }, 120_000);

  it('converts each report to PDF without an error', () => {
    const out = path.join(dir, 'pdf');
    mkdirSync(out, { recursive: true });
    const log = execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...reports], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 240_000,
    });
    expect(log).not.toMatch(/error|failed|could not/i);
    for (const r of reports) {
      const pdf = path.join(out, `${path.basename(r, '.docx')}.pdf`);
      expect(existsSync(pdf), pdf).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Title page, contents, overview, sections: several pages, not an empty shell.
      const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, pdf).toBeGreaterThanOrEqual(4);
    }
  }, 240_000);
});

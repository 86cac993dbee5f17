/**
 * `planark report`: the real binary on the seeds' follow-up workbooks (test/fixtures/report), the
 * Word document read back, and the same guarded reading and never-overwrite rules as the others.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { norrkopingYear, norsjoT2 } from '../fixtures/report';
import { readDocx } from '../report/read-docx';
import { xlsxOf } from '../report/xlsx';
import { planark, ROOT, sha256, tempDir } from './helpers';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

describe('planark report', () => {
  const dir = tempDir();
  const norsjo = path.join(dir, 'Omsorg verksamhetsplan 2025.xlsx');
  const nk = path.join(dir, 'vp-2024.xlsx');

  beforeAll(async () => {
    writeFileSync(norsjo, await xlsxOf(norsjoT2()));
    writeFileSync(nk, await xlsxOf(norrkopingYear()));
  });

  it('writes the delårsbokslut beside the workbook, says what it holds and where the nämnd came from', () => {
    const before = sha256(norsjo);
    const r = planark(['report', norsjo, '--period', 't2']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = path.join(dir, 'Omsorg verksamhetsplan 2025.rapport-t2.docx');
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `Skrev ${out}`,
      'Delårsbokslut T2 2025 för Kommunstyrelsen: 11 mål, 13 indikatorer, 3 röda budgetavvikelser',
      'Nämnden hämtad från cellen bredvid Nämnd/Beslutsinstans i arbetsboken.',
    ]);
    const doc = readDocx(new Uint8Array(readFileSync(out)));
    expect(doc.headings[0]).toEqual(['Title', 'Delårsbokslut T2 2025']);
    expect(doc.headings.filter(([s]) => s === 'Heading1').map(([, t]) => t)).toContain('Ekonomi – budgetavvikelser');
    // The input is read, never written.
    expect(sha256(norsjo)).toBe(before);
  });

  it('never overwrites a report without --force (it may have been edited since), and does with it', () => {
    const out = path.join(dir, 'Omsorg verksamhetsplan 2025.rapport-t2.docx');
    writeFileSync(out, 'handskriven analys');
    const r = planark(['report', norsjo, '--period', 't2']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`planark: ${out}: filen finns redan; välj ett annat namn med -o eller lägg till --force för att skriva över den`]);
    expect(readFileSync(out, 'utf8')).toBe('handskriven analys');
    const f = planark(['report', norsjo, '--period', 't2', '--force']);
    expect(f.status).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(out))).headings[0][1]).toBe('Delårsbokslut T2 2025');
  });

  it('helår in English with -o and --namnd: the verksamhetsberättelse, named as given', () => {
    const out = path.join(dir, 'annual.docx');
    const r = planark(['report', nk, '--lang', 'en', '-o', out, '--namnd', 'Vård- och omsorgsnämnden']);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').slice(1)).toEqual([
      'Annual report 2024 for Vård- och omsorgsnämnden: 13 goals, 20 indicators, 3 red budget deviations',
      'Committee named with --namnd.',
    ]);
    const doc = readDocx(new Uint8Array(readFileSync(out)));
    expect(doc.headings.slice(0, 3)).toEqual([
      ['Title', 'Annual report 2024'],
      ['Heading1', 'Summary'],
      ['Heading1', 'Målområde 1: Kvalitet i stöd, service, vård och omsorg'],
    ]);
  });

  it('bad input: one line, exit 2, no document', () => {
    const bad = path.join(dir, 'trasig.xlsx');
    writeFileSync(bad, 'inte en arbetsbok');
    const r = planark(['report', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`planark: ${bad}: inte en .xlsx-fil (spara som Excel-arbetsbok .xlsx)`]);
    expect(existsSync(path.join(dir, 'trasig.rapport-year.docx'))).toBe(false);
    const missing = planark(['report', path.join(dir, 'finns-inte.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/filen finns inte\n$/);
  });

  it('usage errors exit 2 with one line', () => {
    for (const args of [['report'], ['report', nk, '-o', 'x.pdf'], ['check', nk, '--namnd', 'X']]) {
      const r = planark(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

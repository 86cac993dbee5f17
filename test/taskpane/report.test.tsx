// @vitest-environment jsdom
/** Skapa rapport in the pane: a download where the host can, the printable sheet where it cannot. */
import './setup';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { norsjoT2, norrkopingYear } from '../fixtures/report';
import { readDocx } from '../report/read-docx';
import { FakeHost } from './fake-host';

function setup(host: FakeHost, lang: 'sv' | 'en' = 'sv') {
  host.hostInfo = { ...host.hostInfo, lang };
  const user = userEvent.setup();
  render(<App host={host} initialSection="summary" />);
  return { host, user };
}

describe('Skapa rapport', () => {
  it('where the host downloads: the Word document for the chosen period, named by what it is', async () => {
    const { host, user } = setup(new FakeHost(norsjoT2()));
    await user.selectOptions(screen.getByTestId('report-period'), 't2');
    await user.click(screen.getByTestId('report-button'));
    const done = await screen.findByTestId('report-done', undefined, { timeout: 10_000 });
    expect(host.downloads).toHaveLength(1);
    const file = host.downloads[0];
    expect(file.name).toBe('Delårsbokslut T2 2025 – Kommunstyrelsen.docx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const doc = readDocx(file.bytes);
    expect(doc.headings[0]).toEqual(['Title', 'Delårsbokslut T2 2025']);
    expect(done.textContent).toBe(
      'Rapporten är nedladdad: Delårsbokslut T2 2025 – Kommunstyrelsen.docx. Skriv analyserna i Word där det står inom hakparentes. Nämnden hämtades ur arbetsboken (cellen bredvid Nämnd/Beslutsinstans).',
    );
    // Read afresh, and nothing written into the workbook.
    expect(host.reads).toBe(1);
    expect(host.applied).toEqual([]);
  });

  it('the nämnd field overrides the workbook', async () => {
    const { host, user } = setup(new FakeHost(norrkopingYear()));
    await user.type(screen.getByTestId('report-namnd'), 'Äldrenämnden');
    await user.click(screen.getByTestId('report-button'));
    await screen.findByTestId('report-done', undefined, { timeout: 10_000 });
    expect(host.downloads[0].name).toBe('Verksamhetsberättelse 2024 – Äldrenämnden.docx');
    const doc = readDocx(host.downloads[0].bytes);
    const i = doc.paragraphs.findIndex((x) => x.style === 'Title');
    expect(doc.paragraphs[i + 1].text).toBe('Äldrenämnden');
  });

  it('where the host cannot download (Excel on Mac/iPad): says so, and writes the report as a sheet for printing', async () => {
    const host = new FakeHost(norrkopingYear());
    host.downloadable = false;
    const { user } = setup(host);
    expect(screen.queryByTestId('report-button')).toBeNull();
    expect(screen.getByTestId('report-no-download').textContent).toMatch(/^Den här Excel-versionen kan inte ladda ned filer \(Excel för Mac och iPad\)/);
    await user.click(screen.getByTestId('report-sheet-button'));
    const done = await screen.findByTestId('report-done', undefined, { timeout: 10_000 });
    expect(host.downloads).toEqual([]);
    expect(host.applied).toHaveLength(1);
    const [sheet] = host.applied[0].sheets;
    expect(sheet).toMatchObject({ kind: 'report', name: 'Rapport', print: { area: true, landscape: true, fitToWidth: true } });
    expect(sheet.print!.rowBreaks!.length).toBeGreaterThanOrEqual(5);
    expect(sheet.rows[0][0].v).toBe('Verksamhetsberättelse 2024');
    expect(host.applied[0].fills).toEqual([]);
    expect(host.selected).toEqual([{ sheet: 'Rapport', cell: 'A1' }]);
    expect(done.textContent).toBe('Rapporten finns i bladet Rapport, uppdelad i sidor per målområde. Nämnden hämtades ur en rubrik i arbetsboken.');
  });

  it('in English', async () => {
    const { host, user } = setup(new FakeHost(norrkopingYear()), 'en');
    await user.click(screen.getByTestId('report-button'));
    await screen.findByTestId('report-done', undefined, { timeout: 10_000 });
    expect(host.downloads[0].name).toBe('Annual report 2024 – Vård- och omsorgsnämnden.docx');
  });

  it('a host without the capability (an older WorkbookHost) is treated as one that cannot download', async () => {
    const host = new FakeHost(norsjoT2());
    (host as { canDownload?: unknown }).canDownload = undefined;
    setup(host);
    expect(screen.getByTestId('report-sheet-button')).toBeTruthy();
  });
});

describe('the pane’s first load does not carry the report', () => {
  it('no file of the pane (or its engine worker) imports the report code or docx statically, types aside; the action loads it with import()', () => {
    const dir = path.resolve(__dirname, '../../src/taskpane');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    for (const f of files) {
      const src = readFileSync(path.join(dir, f), 'utf8');
      // `import type` is erased by the compiler and carries no code.
      expect(src, f).not.toMatch(/^import (?!type )[^;]*from '[^']*(report\/|\/report'|engine\/document|docx)[^']*';/m);
    }
    const action = readFileSync(path.join(dir, 'components/ReportAction.tsx'), 'utf8');
    expect(action).toMatch(/import\(\/\* webpackChunkName: "report" \*\/ '..\/..\/report'\)/);
  });
});

// @vitest-environment jsdom
/**
 * Handing the report to the user: Excel on Windows and on the web download from the pane; Excel
 * on Mac, iPad and Android do not (their web views drop downloads: office-js #2700, #4681, #3385).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { ExcelHost, fileNameOf } from '../../src/adapters/office/excel-host';
import { HostError } from '../../src/adapters/host';
import { BrowserWorkbookHost } from '../../src/preview/browser-host';
import { PreviewStore } from '../../src/preview/store';
import { FakeExcel } from './fake-excel';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let clicked: { name: string; href: string; type: string; size: number }[] = [];

beforeEach(() => {
  clicked = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:planark/${++n}`;
    blobs.set(url, b);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const b = blobs.get(this.href)!;
    clicked.push({ name: this.download, href: this.href, type: b.type, size: b.size });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('ExcelHost.canDownload / saveFile', () => {
  it.each([
    ['PC', true],
    ['OfficeOnline', true],
    ['Universal', true],
    ['Mac', false],
    ['iOS', false],
    ['Android', false],
  ])('on %s: %s', (platform, can) => {
    expect(new ExcelHost(new FakeExcel().env({ platform })).canDownload()).toBe(can);
  });

  it('on Windows and the web the file is offered as a download, and the link leaves the page', async () => {
    await new ExcelHost(new FakeExcel().env({ platform: 'OfficeOnline' })).saveFile('Delårsrapport T1 2025.docx', new Uint8Array([80, 75, 3, 4]), DOCX);
    expect(clicked).toEqual([{ name: 'Delårsrapport T1 2025.docx', href: 'blob:planark/1', type: DOCX, size: 4 }]);
    expect(document.querySelectorAll('a').length).toBe(0);
  });

  it('on a Mac it refuses with the reason in the user’s language, nothing clicked', async () => {
    const err = await new ExcelHost(new FakeExcel().env({ platform: 'Mac', displayLanguage: 'sv-SE' })).saveFile('r.docx', new Uint8Array(1), DOCX).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ reason: 'unsupported-host', message: expect.stringMatching(/^Den här Excel-versionen kan inte ladda ned filer/) });
    expect(clicked).toEqual([]);
  });
});

describe('the preview host downloads', () => {
  it('canDownload, and saveFile hands the bytes over under their name', async () => {
    const host = new BrowserWorkbookHost(new PreviewStore(new ExcelJS.Workbook(), 'plan.xlsx'), { language: 'sv' });
    expect(host.canDownload()).toBe(true);
    await host.saveFile('Verksamhetsberättelse 2024.docx', new Uint8Array([1, 2, 3]), DOCX);
    expect(clicked).toEqual([{ name: 'Verksamhetsberättelse 2024.docx', href: 'blob:planark/1', type: DOCX, size: 3 }]);
  });
});

describe('the workbook’s file name from Office (for the report’s nämnd and year)', () => {
  it.each<[string | null, string | null]>([
    ['C:\\Users\\anna\\Documents\\Socialnämnden VP 2025.xlsx', 'Socialnämnden VP 2025.xlsx'],
    ['https://kommun.sharepoint.com/sites/omsorg/Delade%20dokument/Verksamhetsplan%202025.xlsx?web=1', 'Verksamhetsplan 2025.xlsx'],
    ['https://d.docs.live.net/abc/Plan%25%20100.xlsm', 'Plan% 100.xlsm'],
    ['', null],
    [null, null],
    ['https://kommun.sharepoint.com/sites/omsorg/', null],
  ])('%s → %s', (url, want) => {
    expect(fileNameOf(url)).toBe(want);
  });

  it('read() hands it to the engine', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['Indikator', 'Resultat år'], ['HME', 74]]);
    const input = await new ExcelHost(x.env({ url: 'https://kommun.sharepoint.com/Delade%20dokument/Vård-%20och%20omsorgsnämnden%202025.xlsx' })).read();
    expect(input.fileName).toBe('Vård- och omsorgsnämnden 2025.xlsx');
    const unsaved = new FakeExcel();
    unsaved.addSheet('Plan', [['Indikator', 'Resultat år'], ['HME', 74]]);
    expect((await new ExcelHost(unsaved.env()).read()).fileName).toBeUndefined();
  });
});

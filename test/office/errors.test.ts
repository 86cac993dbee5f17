/**
 * Every documented error Excel can raise while Planark reads or writes (finding 2): retried where
 * a retry can help (payload → half the block size; ItemNotFound/ItemAlreadyExists → look again,
 * once), otherwise told in Swedish or English with what to do. The fake raises the codes.
 */
import { describe, expect, it } from 'vitest';
import { ExcelHost } from '../../src/adapters/office/excel-host';
import { HostError } from '../../src/adapters/host';
import type { FillEdit, GeneratedSheet } from '../../src/engine/types';
import { PALETTE } from '../../src/engine/types';
import { FakeExcel } from './fake-excel';
import { planSheet } from './helpers';

const red = (sheet: string, cell: string): FillEdit => ({ sheet, cell, fill: PALETTE.red.fill, font: PALETTE.red.font });
const alternating = (sheet: string, n: number): FillEdit[] =>
  Array.from({ length: n }, (_, i) => {
    const p = i % 2 ? PALETTE.green : PALETTE.red;
    return { sheet, cell: `C${i + 2}`, fill: p.fill, font: p.font };
  });
const summary: GeneratedSheet = { kind: 'summary', name: 'Sammanställning', rows: [[{ v: 'Mål', bold: true }]] };

describe('payload limits (Excel on the web): retried with half the block size', () => {
  it('RequestPayloadSizeLimitExceeded on a write: the same writes again in halves until they fit', async () => {
    const x = new FakeExcel();
    planSheet(x, 20_000);
    const host = new ExcelHost(x.env());
    await host.read();
    // This Excel accepts far less than the budget assumes.
    x.limits.request = 100 * 1024;
    await host.apply({ fills: alternating('Omsorg', 20_000), sheets: [] });
    expect(x.failures.map((f) => f.code)).toContain('RequestPayloadSizeLimitExceeded');
    expect(x.sheet('Omsorg').at('C2')?.fill).toBe('#FFC7CE');
    expect(x.sheet('Omsorg').at('C20001')?.fill).toBe('#C6EFCE');
    expect(x.enableEvents).toBe(true);
  });

  it('ResponsePayloadSizeLimitExceeded on a read: the blocks again at half the size', async () => {
    const x = new FakeExcel();
    planSheet(x, 20_000);
    x.limits.response = 400 * 1024;
    const wb = await new ExcelHost(x.env()).read();
    expect(x.failures.map((f) => f.code)).toContain('ResponsePayloadSizeLimitExceeded');
    expect(wb.sheets[0].rows[20_000]?.[0]?.v).toBe('Andel nöjda brukare 20000');
    expect(x.maxResponse).toBeLessThanOrEqual(400 * 1024);
  });

  it('a single row too large for any request: a message, in Swedish, with what to do', async () => {
    const x = new FakeExcel();
    x.addSheet('Plan', [['Indikator', 'Resultat år'], ['x'.repeat(30_000), 90]]);
    x.limits.response = 20_000;
    const err = await new ExcelHost(x.env()).read().catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ reason: 'payload' });
    expect(err.message).toBe('Arbetsboken är för stor för att Excel ska kunna skicka den till Planark, även i små delar. Öppna den i Excel för skrivbordet, eller dela upp de största bladen, och försök igen.');
  });
});

describe('a sheet renamed, removed or created meanwhile (ItemNotFound, ItemAlreadyExists)', () => {
  it('ItemNotFound while reading (a sheet removed between two syncs): read again, once', async () => {
    const x = new FakeExcel();
    planSheet(x, 5, 'Omsorg');
    planSheet(x, 5, 'Skola');
    x.beforeSync = (n) => {
      if (n === 2) x.removeSheet('Skola');
    };
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Omsorg']);
    expect(x.failures.map((f) => f.code)).toEqual(['ItemNotFound']);
  });

  it('a sheet renamed after the check is still coloured (written by its id)', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 5);
    const host = new ExcelHost(x.env());
    await host.read();
    s.name = 'Omsorg 2025';
    await host.apply({ fills: [red('Omsorg', 'C3')], sheets: [] });
    expect(s.at('C3')?.fill).toBe('#FFC7CE');
    expect(x.failures).toEqual([]);
  });

  it('a sheet removed after the check: the rest is written, then a message names the sheet', async () => {
    const x = new FakeExcel();
    planSheet(x, 5, 'Omsorg');
    const skola = planSheet(x, 5, 'Skola');
    const host = new ExcelHost(x.env());
    await host.read();
    x.removeSheet('Omsorg');
    const err = await host.apply({ fills: [red('Omsorg', 'C3'), red('Skola', 'C4')], sheets: [] }).catch((e) => e);
    expect(skola.at('C4')?.fill).toBe('#FFC7CE');
    expect(err).toMatchObject({ reason: 'gone' });
    expect(err.message).toBe('Bladet ”Omsorg” finns inte längre (borttaget under tiden, kanske av en medförfattare); dess färger skrevs inte. Övriga ändringar är gjorda. Kör Kontroll igen.');
  });

  it("ItemAlreadyExists: a co-author's own sheet of that name appeared meanwhile — looked again, never overwritten", async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    const host = new ExcelHost(x.env({ displayLanguage: 'en-US' }));
    await host.read();
    const theirs = x.addSheet('Sammanställning', [['deras']]);
    const err = await host.apply({ fills: [], sheets: [summary] }).catch((e) => e);
    expect(x.failures.map((f) => f.code)).toEqual(['ItemAlreadyExists']);
    expect(err).toMatchObject({ message: 'The sheet "Sammanställning" is your own; Planark will not write over it. Rename the sheet and try again.' });
    expect(theirs.at('A1')?.value).toBe('deras');
  });

  it('ItemAlreadyExists twice in a row: a message saying to run again', async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    x.failSyncs.push({ code: 'ItemAlreadyExists' }, { code: 'ItemAlreadyExists' });
    const err = await new ExcelHost(x.env()).apply({ fills: [red('Omsorg', 'C2')], sheets: [] }).catch((e) => e);
    expect(err).toMatchObject({ reason: 'exists' });
    expect(err.message).toMatch(/^Ett blad eller namn som Planark skulle skapa fanns redan/);
  });
});

describe('protection and access', () => {
  it('a protected sheet whose protection allows formatting cells is coloured', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 5);
    s.protected = true;
    s.allowFormatCells = true;
    const host = new ExcelHost(x.env());
    await host.read();
    await host.apply({ fills: [red('Omsorg', 'C3')], sheets: [] });
    expect(s.at('C3')?.fill).toBe('#FFC7CE');
  });

  it('a protected sheet that does not allow formatting: named, with what to do, and nothing written', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 5);
    s.protected = true;
    const host = new ExcelHost(x.env());
    await host.read();
    const err = await host.apply({ fills: [red('Omsorg', 'C3')], sheets: [] }).catch((e) => e);
    expect(err).toMatchObject({ reason: 'protected' });
    expect(err.message).toBe('Bladet ”Omsorg” är skyddat och skyddet tillåter inte att celler formateras. Ta bort bladskyddet (Granska › Ta bort skydd), eller skydda om bladet med ”Formatera celler” tillåtet, och försök igen.');
    expect(s.at('C3')?.fill).toBeUndefined();
  });

  it('protected after the check: Excel says AccessDenied and the message names the sheet', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 5);
    const host = new ExcelHost(x.env());
    await host.read();
    s.protected = true;
    const err = await host.apply({ fills: [red('Omsorg', 'C3')], sheets: [] }).catch((e) => e);
    expect(x.failures.map((f) => f.code)).toEqual(['AccessDenied']);
    expect(err).toMatchObject({ reason: 'protected', message: 'Bladet ”Omsorg” är skyddat. Ta bort bladskyddet (Granska › Ta bort skydd) och försök igen.' });
  });

  it('AccessDenied with no sheet protected (a read-only workbook) is not called protection', async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    x.failSyncs.push({ code: 'AccessDenied' });
    const err = await new ExcelHost(x.env()).apply({ fills: [red('Omsorg', 'C3')], sheets: [] }).catch((e) => e);
    expect(err).toMatchObject({ reason: 'access-denied' });
    expect(err.message).toBe('Excel nekade ändringen. Arbetsboken kan vara öppnad som skrivskyddad, eller så saknar du behörighet att redigera den. Öppna den för redigering och försök igen.');
    expect(err.message).not.toMatch(/skyddat/);
  });

  it("a protected workbook structure: a new generated sheet is refused before writing, naming the structure", async () => {
    const x = new FakeExcel();
    planSheet(x, 5);
    x.workbookProtected = true;
    const host = new ExcelHost(x.env());
    await host.read();
    const err = await host.apply({ fills: [], sheets: [summary] }).catch((e) => e);
    expect(err.message).toBe('Arbetsbokens struktur är skyddad, så Planark kan inte lägga till bladet ”Sammanställning”. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen.');
    expect(x.sheets.map((s) => s.name)).toEqual(['Omsorg']);
  });
});

describe('other documented errors: a message with what to do', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit', 'Lämna redigeringsläget i cellen (tryck Enter eller Esc) och försök igen.'],
    ['GeneralException', 'temporary', 'Excel kunde inte slutföra åtgärden just nu (ett internt fel i Excel). Vänta en stund och försök igen; hjälper det inte, spara och öppna arbetsboken på nytt.'],
    ['ActivityLimitReached', 'temporary', 'Excel är upptaget eller avbröt begäran. Vänta en stund och försök igen.'],
  ])('%s while reading → %s', async (code, reason, message) => {
    const x = new FakeExcel();
    planSheet(x, 2);
    // Twice: the first sync's walk is tried once more without walking on some codes.
    x.failSyncs.push({ code }, { code });
    const err = await new ExcelHost(x.env()).read().catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ reason, message });
  });

  it('GeneralException while writing, in English', async () => {
    const x = new FakeExcel();
    planSheet(x, 2);
    x.failSyncs.push({ code: 'GeneralException' });
    const err = await new ExcelHost(x.env({ displayLanguage: 'en-US' })).apply({ fills: [red('Omsorg', 'C2')], sheets: [] }).catch((e) => e);
    expect(err).toMatchObject({ reason: 'temporary', message: 'Excel could not complete the action just now (an internal Excel error). Wait a moment and try again; if that does not help, save and reopen the workbook.' });
  });

  it('a write that fails midway leaves events on (they were off while writing)', async () => {
    const x = new FakeExcel();
    const s = planSheet(x, 2);
    const host = new ExcelHost(x.env());
    await host.read();
    s.protected = true; // the request turns events off, then its first write is refused
    await host.apply({ fills: [red('Omsorg', 'C2')], sheets: [] }).catch(() => undefined);
    expect(x.failures.map((f) => f.code)).toEqual(['AccessDenied']);
    expect(x.enableEvents).toBe(true);
  });

  it('an Excel that refuses the sheet walk is read by listing its sheets first (one more sync)', async () => {
    const x = new FakeExcel();
    planSheet(x, 3);
    x.failSyncs.push({ code: 'InvalidArgument' });
    const wb = await new ExcelHost(x.env()).read();
    expect(wb.sheets[0].rows[3]?.[0]?.v).toBe('Andel nöjda brukare 3');
    expect(x.syncs).toBe(4); // the refused walk, the list, the used ranges, the data
  });
});

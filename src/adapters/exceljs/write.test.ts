import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Edits, GenCell, GeneratedSheet } from '../../engine/types';
import { PALETTE } from '../../engine/types';
import { readWorkbook } from './read';
import { applyEdits, NotOwnedError } from './write';
import { roundTrip } from '../../../test/fixtures/round-trip';

function fillOf(c: ExcelJS.Cell): string | undefined {
  const f = c.fill as ExcelJS.FillPattern | undefined;
  return f && f.type === 'pattern' && f.pattern === 'solid' ? f.fgColor?.argb : undefined;
}

/** The sheet's XML as written, found through ExcelJS's own zip reader (JSZip). */
async function sheetXml(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const index = wb.worksheets.findIndex((w) => w.name === name) + 1;
  const files = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  for (const f of files) {
    const xml = await zip.file(f)!.async('string');
    if (xml.includes('<hyperlink')) return xml;
  }
  return `no sheet ${index}`;
}

function plan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kommunfullmäktiges indikatorer');
  ws.addRow(['Mål', 'Indikator', 'Prestationer – det som ska mätas', 'Resultat T2']);
  ws.addRow(['Välfärd och välbefinnande genom livet', 'Helhetssyn särskilt boende', 'Grön 82 Gul 76', 80]);
  ws.addRow(['', 'Helhetssyn hemtjänst', 'Grön 95 Gul 91', 96]);
  ws.addRow(['Hållbar och effektiv organisation', 'Sjukfrånvaro', 'Grön 6,5 Gul 7', null]);
  ws.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B0F0' } }; // the user's own blue
  ws.getCell('D3').font = { bold: true, name: 'Arial', color: { argb: 'FF000000' } };
  ws.getCell('D4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PALETTE.red.fill } }; // result cleared since
  ws.getCell('D4').font = { italic: true, color: { argb: PALETTE.red.font } };
  return wb;
}

const summary = (name: string, text: string): GeneratedSheet => ({
  kind: 'summary',
  name,
  rows: [
    [{ v: 'Mål', bold: true }, { v: 'Status', bold: true }],
    [{ v: '=SUM(A1)' }, { v: 'Gul', fill: PALETTE.yellow.fill, font: PALETTE.yellow.font }],
    [{ v: text, link: { sheet: 'Kommunfullmäktiges indikatorer', cell: 'D2' } }, { v: 3, formula: 'SUM(1,2)' }],
  ],
  colWidths: [40, 12],
  freezeRows: 1,
});

describe('applyEdits round trip', () => {
  it('writes palette fills, keeps a user fill, removes a cleared palette fill, keeps other font properties', async () => {
    const wb = await roundTrip(plan());
    const input = readWorkbook(wb, 'plan.xlsx');
    const edits: Edits = {
      fills: [
        { sheet: 'Kommunfullmäktiges indikatorer', cell: 'D2', fill: PALETTE.yellow.fill, font: PALETTE.yellow.font },
        { sheet: 'Kommunfullmäktiges indikatorer', cell: 'D4', fill: null, font: null },
      ],
      sheets: [],
    };
    applyEdits(wb, edits, input);
    const ws = (await roundTrip(wb)).getWorksheet('Kommunfullmäktiges indikatorer')!;
    expect(fillOf(ws.getCell('D2'))).toBe('FFFFEB9C');
    expect(ws.getCell('D2').font?.color?.argb).toBe('FF9C5700');
    expect(ws.getCell('D2').value).toBe(80);
    expect(fillOf(ws.getCell('D3'))).toBe('FF00B0F0');
    expect(ws.getCell('D3').font).toMatchObject({ bold: true, name: 'Arial', color: { argb: 'FF000000' } });
    expect(fillOf(ws.getCell('D4'))).toBeUndefined();
    expect(ws.getCell('D4').font?.italic).toBe(true);
    expect(ws.getCell('D4').font?.color).toBeUndefined();
    // Neighbours that shared a style index are not touched.
    expect(fillOf(ws.getCell('C2'))).toBeUndefined();
  });

  it('writes generated sheets: text stays text, own formulas, links, styles, widths, frozen header', async () => {
    const wb = await roundTrip(plan());
    applyEdits(wb, { fills: [], sheets: [summary('Sammanställning', 'Helhetssyn särskilt boende')] }, readWorkbook(wb, 'p'));
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Sammanställning')!;
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A2').value).toBe('=SUM(A1)');
    expect(ws.getCell('B3').formula).toBe('SUM(1,2)');
    expect(ws.getCell('A3').value).toEqual({ text: 'Helhetssyn särskilt boende', hyperlink: "#'Kommunfullmäktiges indikatorer'!$D$2" });
    // Relationship-only link: no `location` attribute for Excel to append a second address to.
    const xml = await sheetXml(wb, 'Sammanställning');
    expect(xml).toMatch(/<hyperlink ref="A3" r:id="rId\d+"\/>/);
    expect(xml).not.toMatch(/location=/);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(fillOf(ws.getCell('B2'))).toBe(PALETTE.yellow.fill);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(readWorkbook(back, 'p').ownedSheets).toEqual(['Sammanställning']);
  });

  it('replaces an owned sheet on rerun in place: one sheet of that name, same position', async () => {
    let wb = await roundTrip(plan());
    applyEdits(wb, { fills: [], sheets: [summary('Sammanställning', 'första')] }, readWorkbook(wb, 'p'));
    wb = await roundTrip(wb);
    wb.addWorksheet('Användarens anteckningar'); // after ours: position must hold
    wb = await roundTrip(wb);
    const rerun = summary('Sammanställning', 'andra');
    rerun.rows = rerun.rows.slice(0, 3);
    applyEdits(wb, { fills: [], sheets: [rerun] }, readWorkbook(wb, 'p'));
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Kommunfullmäktiges indikatorer', 'Sammanställning', 'Användarens anteckningar']);
    expect((back.getWorksheet('Sammanställning')!.getCell('A3').value as { text: string }).text).toBe('andra');
    expect(readWorkbook(back, 'p').ownedSheets).toEqual(['Sammanställning']);
    const names = (back.definedNames.model as { name: string }[]).map((d) => d.name);
    expect(names).toEqual(['PLANARK_OWNED_1']);
  });

  it("never writes over a user's sheet named Sammanställning", async () => {
    const src = plan();
    src.addWorksheet('Sammanställning').getCell('A1').value = 'Mina egna anteckningar';
    const wb = await roundTrip(src);
    expect(() => applyEdits(wb, { fills: [], sheets: [summary('Sammanställning', 'x')] }, readWorkbook(wb, 'p'))).toThrow(NotOwnedError);
    // The engine picks a free name; that one is written and the user's sheet is untouched.
    applyEdits(wb, { fills: [], sheets: [summary('Sammanställning (Planark)', 'x')] }, readWorkbook(wb, 'p'));
    const back = await roundTrip(wb);
    expect(back.getWorksheet('Sammanställning')!.getCell('A1').value).toBe('Mina egna anteckningar');
    expect(back.getWorksheet('Sammanställning')!.getCell('A3').value).toBeNull();
    expect(readWorkbook(back, 'p').ownedSheets).toEqual(['Sammanställning (Planark)']);
  });

  it('does not colour cells on sheets Planark owns', async () => {
    const wb = await roundTrip(plan());
    applyEdits(wb, { fills: [], sheets: [summary('Sammanställning', 'x')] }, readWorkbook(wb, 'p'));
    applyEdits(wb, { fills: [{ sheet: 'Sammanställning', cell: 'A1', fill: PALETTE.red.fill }], sheets: [] }, readWorkbook(wb, 'p'));
    expect(fillOf((await roundTrip(wb)).getWorksheet('Sammanställning')!.getCell('A1'))).toBeUndefined();
  });
});

describe('generated sheets for readable reports (indent, borders, merges, print setup) and values', () => {
  it('writes every GenCell/GeneratedSheet field the package writer knows', async () => {
    const wb = await roundTrip(plan());
    const g: GeneratedSheet = {
      kind: 'summary',
      name: 'Sammanställning',
      rows: [
        [{ v: 'Välfärd och välbefinnande genom livet', bold: true, border: { bottom: 'thin' } }, null as unknown as GenCell, { v: 'Bedömning', border: { top: 'medium', bottom: 'thin' } }],
        [{ v: 'Helhetssyn särskilt boende', indent: 2 }, { v: 84, numFmt: '0.0' }, { v: 'Uppfyllt' }],
        [{ v: 'Sjukfrånvaro', indent: 2, wrap: true }, { v: 7.4 }, { v: 'Ej uppfyllt' }],
      ],
      merges: ['A1:B1'],
      print: { area: true, landscape: true, fitToWidth: true, rowBreaks: [2] },
    };
    applyEdits(wb, { fills: [], sheets: [g], values: [{ sheet: 'Kommunfullmäktiges indikatorer', cell: 'D4', value: '=SUM(A1)' }] }, readWorkbook(wb, 'p'));
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Sammanställning')!;
    expect(ws.getCell('A1').border?.bottom).toEqual({ style: 'thin' });
    expect(ws.getCell('C1').border).toMatchObject({ top: { style: 'medium' }, bottom: { style: 'thin' } });
    expect(ws.getCell('A2').alignment).toMatchObject({ horizontal: 'left', indent: 2 });
    expect(ws.getCell('A3').alignment).toMatchObject({ horizontal: 'left', indent: 2, wrapText: true, vertical: 'top' });
    expect(ws.getCell('A1').isMerged && ws.getCell('B1').isMerged).toBe(true);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // ExcelJS keeps the print area on the sheet and writes it as the sheet-scoped _xlnm.Print_Area.
    expect(ws.pageSetup.printArea).toBe('A1:C3');
    const user = back.getWorksheet('Kommunfullmäktiges indikatorer')!.getCell('D4');
    expect(user.type).toBe(ExcelJS.ValueType.String);
    expect(user.value).toBe('=SUM(A1)');
  });
});

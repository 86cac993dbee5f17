import { describe, expect, it } from 'vitest';
import { strToU8, strFromU8, unzipSync } from 'fflate';
import { openPackage, patchPackage, NotOwnedError } from './index';
import type { Edits, GeneratedSheet } from '../../engine/types';
import { PALETTE } from '../../engine/types';
import { miniWorkbook, rawZip } from '../../../test/lossless/raw';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook with a user's sheet and an earlier Planark sheet that carries a note, a formula and a print area. */
function withOwnedSheet(): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="Indikatorer" sheetId="1" r:id="rId1"/><sheet name="Sammanställning" sheetId="7" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Sammanställning!$A$1:$B$9</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Indikatorer!$A$1:$D$9</definedName><definedName name="PLANARK_OWNED_1">'Sammanställning'!$A$1</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Resultat</t></is></c><c r="B1"><v>84</v></c></row></sheetData></worksheet>`,
    'xl/worksheets/sheet2.xml': `<?xml version="1.0"?><worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData><row r="3"><c r="B3"><f>SUM(B1:B2)</f><v>3</v></c></row></sheetData><legacyDrawing r:id="rId1"/></worksheet>`,
    'xl/worksheets/_rels/sheet2.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${R}/comments" Target="../comments1.xml"/><Relationship Id="rId3" Type="${R}/hyperlink" Target="https://www.kolada.se" TargetMode="External"/></Relationships>`,
    'xl/comments1.xml': `<?xml version="1.0"?><comments xmlns="${NS}"><authors><author>Anna</author></authors><commentList><comment ref="B3" authorId="0"><text><t>Min anteckning</t></text></comment></commentList></comments>`,
    'xl/calcChain.xml': `<?xml version="1.0"?><calcChain xmlns="${NS}"><c r="B3" i="7"/></calcChain>`,
  };
  return rawZip(Object.entries(parts).map(([name, text]) => ({ name, data: strToU8(text) })));
}

const summary = (rows: GeneratedSheet['rows'], extra: Partial<GeneratedSheet> = {}): GeneratedSheet => ({ kind: 'summary', name: 'Sammanställning', rows, ...extra });
const text = (files: Record<string, Uint8Array>, p: string) => strFromU8(files[p]);

describe('patchPackage: Planark\u2019s own sheets', () => {
  it('replaces an owned sheet in its part and relationship; what hung on it and its formulas in the chain go; its print area keeps its place with the new range', () => {
    const pkg = openPackage(withOwnedSheet());
    const res = patchPackage(pkg, { fills: [], sheets: [summary([[{ v: 'Mål', bold: true }], [{ v: 'Summa' }, { v: 3, formula: 'SUM(B1:B2)' }]], { print: { area: true } })] });
    const out = unzipSync(res.bytes);
    expect(res.added).toEqual(['xl/styles.xml']); // the bold header needs a style; the workbook had none
    expect(res.removed.sort()).toEqual(['xl/calcChain.xml', 'xl/comments1.xml', 'xl/worksheets/_rels/sheet2.xml.rels']);
    expect(text(out, 'xl/worksheets/sheet2.xml')).toContain('<c r="B2"><f>SUM(B1:B2)</f><v>3</v></c>');
    expect(text(out, 'xl/worksheets/sheet2.xml')).not.toContain('legacyDrawing');
    const wb = text(out, 'xl/workbook.xml');
    expect(wb).toContain('<sheet name="Sammanställning" sheetId="7" r:id="rId2"/>');
    expect(wb).toContain('<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'Sammanställning\'!$A$1:$B$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Indikatorer!$A$1:$D$9</definedName><definedName name="PLANARK_OWNED_1">\'Sammanställning\'!$A$1</definedName></definedNames>');
    const ct = text(out, '[Content_Types].xml');
    expect(ct).not.toContain('comments1.xml');
    expect(ct).not.toContain('calcChain.xml');
    expect(text(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });

  it('a rewritten owned sheet without print setup loses its old print area', () => {
    const pkg = openPackage(withOwnedSheet());
    const out = unzipSync(patchPackage(pkg, { fills: [], sheets: [summary([[{ v: 'Mål' }]])] }).bytes);
    expect(text(out, 'xl/workbook.xml')).toContain('<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Indikatorer!$A$1:$D$9</definedName><definedName name="PLANARK_OWNED_1">\'Sammanställning\'!$A$1</definedName></definedNames>');
  });

  it('refuses a user\u2019s sheet of the same name before changing anything', () => {
    const pkg = openPackage(withOwnedSheet());
    expect(() => patchPackage(pkg, { fills: [], sheets: [{ ...summary([[{ v: 'x' }]]), name: 'indikatorer' }] })).toThrow(NotOwnedError);
  });

  it('adds a new sheet with a free part, relationship, sheet id and ownership name; fills on Planark\u2019s sheets are skipped', () => {
    const pkg = openPackage(withOwnedSheet());
    const edits: Edits = {
      fills: [{ sheet: 'Indikatorer', cell: 'B1', fill: PALETTE.green.fill, font: PALETTE.green.font }, { sheet: 'Sammanställning', cell: 'B3', fill: PALETTE.red.fill }],
      sheets: [{ kind: 'redthread', name: 'Röda tråden', rows: [[{ v: 'Kod' }, { v: 'Cell', link: { sheet: 'Indikatorer', cell: 'B1' } }]], freezeRows: 1, colWidths: [30, 0, 12] }],
      values: [{ sheet: 'Röda tråden', cell: 'C1', value: 'skrivet i förhandsvisningen' }],
    };
    const res = patchPackage(pkg, edits);
    const out = unzipSync(res.bytes);
    expect(res.added).toEqual(['xl/worksheets/sheet3.xml', 'xl/styles.xml']);
    const wb = text(out, 'xl/workbook.xml');
    expect(wb).toContain('<sheet name="Röda tråden" sheetId="8" r:id="rId4"/></sheets>');
    expect(wb).toContain('<definedName name="PLANARK_OWNED_2">\'Röda tråden\'!$A$1</definedName></definedNames>');
    const s3 = text(out, 'xl/worksheets/sheet3.xml');
    expect(s3).toContain('<hyperlink ref="B1" location="\'Indikatorer\'!$B$1" display="Cell"/>');
    expect(s3).toContain('<c r="C1" t="inlineStr"><is><t xml:space="preserve">skrivet i förhandsvisningen</t></is></c>');
    expect(s3).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(s3).toContain('<cols><col min="1" max="1" width="30" customWidth="1"/><col min="3" max="3" width="12" customWidth="1"/></cols>');
    expect(text(out, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="B1" s="\d+"><v>84<\/v><\/c>/);
    // The owned sheet was not regenerated: its cell keeps its (absent) style.
    expect(text(out, 'xl/worksheets/sheet2.xml')).toContain('<c r="B3"><f>SUM(B1:B2)</f><v>3</v></c>');
    expect(text(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toContain('Target="styles.xml"');
  });
});

describe('patchPackage: a styles part listed but missing', () => {
  it('is made at the listed place, with no second relationship', () => {
    const bytes = miniWorkbook({ sheetData: '<row r="1"><c r="A1"><v>84</v></c></row>', dropStylesPart: true });
    const res = patchPackage(openPackage(bytes), { fills: [{ sheet: 'Blad1', cell: 'A1', fill: PALETTE.green.fill, font: PALETTE.green.font }], sheets: [] });
    const out = unzipSync(res.bytes);
    expect(res.added).toEqual(['xl/styles.xml']);
    expect(text(out, 'xl/_rels/workbook.xml.rels').match(/relationships\/styles"/g)).toHaveLength(1);
    expect(text(out, '[Content_Types].xml').match(/styles\+xml/g)).toHaveLength(1);
    expect(text(out, 'xl/worksheets/sheet1.xml')).toContain('<c r="A1" s="1"><v>84</v></c>');
  });
});

describe('patchPackage: values in users\u2019 sheets', () => {
  it('a value over a formula removes the formula\u2019s calcChain entry; no edits, no change', () => {
    const pkg = openPackage(withOwnedSheet());
    const res = patchPackage(pkg, { fills: [], sheets: [], values: [{ sheet: 'Sammanställning', cell: 'B3', value: 5 }] });
    expect(res.removed).toEqual(['xl/calcChain.xml']);
    expect(text(unzipSync(res.bytes), 'xl/worksheets/sheet2.xml')).toContain('<c r="B3"><v>5</v></c>');
    const none = patchPackage(openPackage(withOwnedSheet()), { fills: [], sheets: [] });
    expect(none.changed).toEqual([]);
    expect(none.added).toEqual([]);
  });

  it('writes a typed value into a workbook with shared strings, as an inline string', () => {
    const bytes = miniWorkbook({ sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', sst: ['Resultat år'] });
    const res = patchPackage(openPackage(bytes), { fills: [], sheets: [], values: [{ sheet: 'Blad1', cell: 'B2', value: '81 %' }, { sheet: 'Blad1', cell: 'A1', value: null }] });
    const out = unzipSync(res.bytes);
    expect(res.changed).toEqual(['xl/worksheets/sheet1.xml']);
    expect(text(out, 'xl/worksheets/sheet1.xml')).toContain('<row r="1"><c r="A1"/></row><row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">81 %</t></is></c></row>');
  });
});

describe('patchPackage: a rerun', () => {
  it('reuses the fonts, fills and rules an earlier run added instead of copying them again', () => {
    const sheet = summary([[{ v: 'Mål', bold: true, fill: 'FFD9E1F2', border: { bottom: 'thin' } }], [{ v: 'Kvaliteten i verksamheten', indent: 1, wrap: true }]], { print: { area: true } });
    const first = patchPackage(openPackage(withOwnedSheet()), { fills: [], sheets: [sheet] }).bytes;
    const second = patchPackage(openPackage(first), { fills: [], sheets: [sheet] }).bytes;
    const count = (bytes: Uint8Array, el: string) => (text(unzipSync(bytes), 'xl/styles.xml').match(new RegExp(`<${el}[ >/]`, 'g')) ?? []).length;
    for (const el of ['font', 'fill', 'border']) expect(count(second, el), el).toBe(count(first, el));
    // The workbook part is as the first run left it: the print area kept its place and range.
    expect(text(unzipSync(second), 'xl/workbook.xml')).toBe(text(unzipSync(first), 'xl/workbook.xml'));
  });
});

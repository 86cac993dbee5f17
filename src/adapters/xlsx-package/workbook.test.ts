import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editWorkbook, ownedSheets, parseWorkbook, quoteSheet, sheetOfReference } from './workbook';
import { freeOwnedNames } from '../owned-sheets';

const WB = `<workbook xmlns="main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Indikatorer" sheetId="1" rel:id="rId1"/><sheet name="Röda tråden" sheetId="5" rel:id="rId7"/><sheet name="Per's blad" sheetId="2" state="hidden" rel:id="rId2"/></sheets><externalReferences><externalReference rel:id="rId9"/></externalReferences><calcPr calcId="191029"/></workbook>`;

describe('workbook.xml', () => {
  it('reads sheets with the relationship prefix the file uses', () => {
    const wb = parseWorkbook(WB);
    expect(wb.relPrefix).toBe('rel');
    expect(wb.sheets.map((s) => [s.name, s.sheetId, s.rId, s.state, s.index])).toEqual([
      ['Indikatorer', 1, 'rId1', 'visible', 0],
      ['Röda tråden', 5, 'rId7', 'visible', 1],
      ["Per's blad", 2, 'rId2', 'hidden', 2],
    ]);
  });

  it('creates <definedNames> after externalReferences and appends sheets with that prefix', () => {
    const wb = parseWorkbook(WB);
    const out = editWorkbook(wb, { addSheets: [{ name: 'Sammanställning & "mer"', sheetId: 6, rId: 'rId10' }], removeNames: [], addNames: [{ name: 'PLANARK_OWNED_1', text: `${quoteSheet("Per's blad")}!$A$1` }] });
    expect(out).toContain('<sheet name="Sammanställning &amp; &quot;mer&quot;" sheetId="6" rel:id="rId10"/></sheets>');
    expect(out).toContain(`</externalReferences><definedNames><definedName name="PLANARK_OWNED_1">'Per''s blad'!$A$1</definedName></definedNames><calcPr`);
    expect(ownedSheets(parseWorkbook(out)).map((s) => s.name)).toEqual(["Per's blad"]);
  });

  it('ownership follows workbook-level PLANARK_OWNED_ names only; free names skip used ones', () => {
    const wb = parseWorkbook(WB.replace('<calcPr', `<definedNames><definedName name="PLANARK_OWNED_1">'Röda tråden'!$A$1</definedName><definedName name="PLANARK_OWNED_3" localSheetId="0">Indikatorer!$A$1</definedName><definedName name="planark_owned_2">Indikatorer!$A$1</definedName></definedNames><calcPr`));
    expect(ownedSheets(wb).map((s) => s.name)).toEqual(['Indikatorer', 'Röda tråden']);
    expect(freeOwnedNames(wb.names.map((n) => n.name), 2)).toEqual(['PLANARK_OWNED_4', 'PLANARK_OWNED_5']);
  });

  it('sheetOfReference reads back every quoted sheet name (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
        expect(sheetOfReference(`${quoteSheet(name)}!$A$1`)).toBe(name);
      }),
    );
  });
});

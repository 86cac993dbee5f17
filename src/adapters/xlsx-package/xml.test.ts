import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { appendChildren, attr, attrs, decodeEntities, escapeAttr, escapeText, findAll, findElement, setAttr } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false });

/** Excel's reading of `_xHHHH_` escapes, to check what a reader sees. */
function excelDecode(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

describe('escapeText', () => {
  it.each([
    ['=SUM(A1)', '=SUM(A1)'],
    ['Budget & prognos <tkr>', 'Budget &amp; prognos &lt;tkr&gt;'],
    ['\u001B]0;Hackad\u0007', '_x001B_]0;Hackad_x0007_'],
    ['_x0041_ står kvar', '_x005F_x0041_ står kvar'],
    ['rad 1\nrad 2\tflik', 'rad 1\nrad 2\tflik'],
  ])('%j → %j', (input, out) => {
    expect(escapeText(input)).toBe(out);
  });

  it('always gives well-formed XML text that a reader turns back into the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const xml = `<t>${escapeText(s)}</t>`;
        const back = parser.parse(xml).t ?? '';
        // Lone surrogates cannot be kept; everything else comes back as it was.
        const expected = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD');
        expect(excelDecode(decodeEntities(String(back)))).toBe(expected);
      }),
    );
  });
});

describe('attributes', () => {
  it('reads and decodes', () => {
    expect(Object.fromEntries(attrs(`<definedName name="Text" comment='a &amp; b' localSheetId="0">`))).toEqual({ name: 'Text', comment: 'a & b', localSheetId: '0' });
    expect(attr('<c r="A1" s="12" t="s">', 's')).toBe('12');
    expect(attr('<c r="A1" t="s">', 's')).toBeUndefined();
    expect(attr('<c r="A1" xr:s="3">', 's')).toBeUndefined();
  });

  it('setAttr changes only the attribute, in place, and adds new ones last', () => {
    expect(setAttr('<c r="A1" s="3" t="s">', 's', '17')).toBe('<c r="A1" s="17" t="s">');
    expect(setAttr('<c r="A1" t="s">', 's', '17')).toBe('<c r="A1" t="s" s="17">');
    expect(setAttr('<c r="A1"/>', 's', '2')).toBe('<c r="A1" s="2"/>');
    expect(setAttr('<c r="A1" s="3"  t="s"/>', 's', null)).toBe('<c r="A1"  t="s"/>');
    expect(setAttr(`<x a='1' b="2">`, 'a', 'x"y')).toBe('<x a="x&quot;y" b="2">');
  });

  it('escapeAttr survives a parse round trip (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        // eslint-disable-next-line no-control-regex
        const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g, '');
        fc.pre(clean === s);
        expect(attrs(`<a v="${escapeAttr(s)}"/>`).get('v')).toBe(s);
      }),
    );
  });
});

describe('finding elements', () => {
  const xml = '<workbook><!-- <sheets> i en kommentar --><sheets><sheet name="A"/><x:sheet name="B"></x:sheet></sheets><![CDATA[<definedNames>]]><definedNames/></workbook>';

  it('skips comments and CDATA and reads any prefix', () => {
    const sheets = findElement(xml, 'sheets')!;
    expect(xml.slice(sheets.start, sheets.end)).toBe('<sheets><sheet name="A"/><x:sheet name="B"></x:sheet></sheets>');
    expect(findAll(xml, 'sheet', sheets.openEnd, sheets.closeStart).map((e) => attrs(e.tag).get('name'))).toEqual(['A', 'B']);
    const names = findElement(xml, 'definedNames')!;
    expect(names.tag).toBe('<definedNames/>');
  });

  it('appends children, opening a self-closing element', () => {
    const names = findElement(xml, 'definedNames')!;
    expect(appendChildren(xml, names, '<definedName name="X">1</definedName>')).toContain('<definedNames><definedName name="X">1</definedName></definedNames></workbook>');
    const sheets = findElement(xml, 'sheets')!;
    expect(appendChildren(xml, sheets, '<sheet name="C"/>')).toContain('<x:sheet name="B"></x:sheet><sheet name="C"/></sheets>');
  });
});

import { describe, expect, it } from 'vitest';
import { findAll, findElement, attrs } from './xml';
import { recolourFont, StyleBook } from './styles';

const STYLES = '<?xml version="1.0"?><styleSheet xmlns="main"><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font><font><i/><sz val="10"/><color theme="1"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center"/><protection locked="0"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><b/></font><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs></styleSheet>';

function section(xml: string, name: string, child: string): string[] {
  const s = findElement(xml, name)!;
  return findAll(xml, child, s.openEnd, s.closeStart).map((e) => xml.slice(e.start, e.end));
}

describe('StyleBook.deriveFill', () => {
  it('copies the cell\u2019s xf with a palette fill and a recoloured copy of its font; existing entries untouched', () => {
    const book = new StyleBook(STYLES);
    const i = book.deriveFill(1, 'FFC6EFCE', 'FF006100');
    expect(i).toBe(2);
    const out = book.toXml();
    expect(section(out, 'cellXfs', 'xf').slice(0, 2)).toEqual(section(STYLES, 'cellXfs', 'xf'));
    expect(section(out, 'cellXfs', 'xf')[2]).toBe('<xf numFmtId="164" fontId="2" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" applyFill="1" applyFont="1"><alignment horizontal="center"/><protection locked="0"/></xf>');
    expect(section(out, 'fonts', 'font')[2]).toBe('<font><i/><sz val="10"/><color rgb="FF006100"/><name val="Arial"/></font>');
    expect(section(out, 'fills', 'fill')[2]).toBe('<fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor indexed="64"/></patternFill></fill>');
    expect(attrs(findElement(out, 'cellXfs')!.tag).get('count')).toBe('3');
    expect(attrs(findElement(out, 'fonts')!.tag).get('count')).toBe('3');
    // dxfs hold <font>/<fill> too: never counted or changed.
    expect(out).toContain('<dxfs count="1"><dxf><font><b/></font>');
  });

  it('memoises: 100 000 colourings of a few formats add a handful of entries', () => {
    const book = new StyleBook(STYLES);
    for (let n = 0; n < 100_000; n++) book.deriveFill(n % 2, n % 3 ? 'FFC6EFCE' : 'FFFFC7CE', n % 3 ? 'FF006100' : 'FF9C0006');
    const out = book.toXml();
    expect(section(out, 'cellXfs', 'xf')).toHaveLength(2 + 4);
    expect(section(out, 'fills', 'fill')).toHaveLength(2 + 2);
    expect(section(out, 'fonts', 'font')).toHaveLength(2 + 4);
  });

  it('clears to no fill (fills[0]) and an automatic font; leaves the font when asked', () => {
    const book = new StyleBook(STYLES);
    const a = book.deriveFill(1, null, null);
    const b = book.deriveFill(0, 'FFF8CBAD', undefined);
    const out = book.toXml();
    expect(section(out, 'cellXfs', 'xf')[a]).toContain('fontId="2" fillId="0"');
    expect(section(out, 'fonts', 'font')[2]).toBe('<font><i/><sz val="10"/><name val="Arial"/></font>');
    expect(section(out, 'cellXfs', 'xf')[b]).toBe('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>');
  });

  it('makes a styles part for a workbook without one, and numFmts where there were none', () => {
    const book = new StyleBook(null);
    expect(book.changed).toBe(false);
    const s = book.generated({ numFmt: '# ##0', bold: true, border: { bottom: 'thin' }, indent: 2, wrap: true });
    const out = book.toXml();
    expect(out.indexOf('<numFmts count="1"><numFmt numFmtId="164" formatCode="# ##0"/></numFmts>')).toBeLessThan(out.indexOf('<fonts'));
    expect(section(out, 'cellXfs', 'xf')[s]).toBe('<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="top" horizontal="left" indent="2"/></xf>');
    expect(section(out, 'borders', 'border')[1]).toBe('<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>');
    expect(book.generated({})).toBe(0);
    expect(book.numFmtId('0%')).toBe(9);
    expect(book.numFmtId('# ##0')).toBe(164);
  });
});

describe('recolourFont', () => {
  it.each([
    ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/></font>', 'FF9C0006', '<font><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/></font>'],
    ['<font><sz val="11"/><name val="Calibri"/></font>', 'FF9C0006', '<font><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/></font>'],
    ['<font/>', 'FF006100', '<font><color rgb="FF006100"/></font>'],
    ['<font><b/><color rgb="FF006100"></color></font>', null, '<font><b/></font>'],
  ])('%s → %s', (font, colour, out) => {
    expect(recolourFont(font, colour, '')).toBe(out);
  });
});

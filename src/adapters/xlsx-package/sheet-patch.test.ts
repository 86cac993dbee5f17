import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addPatch, patchSheet, type CellPatch, type SheetPatches } from './sheet-patch';
import { colName } from './formula';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F5"/><cols><col min="6" max="6" width="12" style="7" customWidth="1"/></cols>';
const TAIL = '<dataValidations count="1"><dataValidation type="list" sqref="D2:D5"><formula1>Funktioner!$A$1:$A$3</formula1></dataValidation></dataValidations><extLst><ext uri="{05C60535}"><x14:sparklineGroups xmlns:x14="x"/></ext></extLst></worksheet>';
const sheet = (rows: string) => `${HEAD}<sheetData>${rows}</sheetData>${TAIL}`;

const ROWS = [
  '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="F1" t="s"><v>5</v></c></row>',
  '<row r="2" spans="1:6"><c r="A2" s="4" t="s"><v>6</v></c><c r="D2" t="s"><v>9</v></c><c r="F2" s="2"><v>84</v></c><c r="G2" s="2"><f t="shared" ref="G2:G5" si="0">F2*2</f><v>168</v></c></row>',
  '<row r="3" spans="1:6"><c r="F3" s="2"><v>92</v></c><c r="G3" s="2"><f t="shared" si="0"/><v>184</v></c></row>',
  '<row r="5" spans="2:6" s="3" customFormat="1"><c r="B5" t="s"><v>19</v></c><c r="G5" s="2"><f t="shared" si="0"/><v>140</v></c></row>',
].join('');

function patches(list: [string, CellPatch][]): SheetPatches {
  const p: SheetPatches = new Map();
  for (const [ref, c] of list) addPatch(p, ref, c);
  return p;
}
const restyle = (s: number): CellPatch => ({ style: (cur) => s * 100 + cur });

describe('patchSheet: styles', () => {
  it('changes only the s attribute of existing cells; everything else is kept character for character', () => {
    const xml = sheet(ROWS);
    const out = patchSheet(xml, patches([['F2', restyle(1)], ['A1', restyle(1)]])).xml;
    expect(out).toBe(xml.replace('<c r="F2" s="2">', '<c r="F2" s="102">').replace('<c r="A1" t="s">', '<c r="A1" t="s" s="100">'));
  });

  it('inserts a missing cell in column order, with the row or column style as its base', () => {
    const xml = sheet(ROWS);
    const out = patchSheet(xml, patches([['C2', restyle(1)], ['H2', restyle(1)], ['A5', restyle(1)], ['F4', restyle(1)], ['A7', { value: { kind: 'number', n: 3 } }]])).xml;
    expect(out).toContain('<c r="A2" s="4" t="s"><v>6</v></c><c r="C2" s="100"/><c r="D2" t="s">');
    expect(out).toContain('<v>168</v></c><c r="H2" s="100"/></row>');
    // Row 2 now reaches column H: its spans hint grows; the dimension too.
    expect(out).toContain('<row r="2" spans="1:8">');
    expect(out).toContain('<dimension ref="A1:H7"/>');
    // Row 5 has its own format (s=3): the new cell starts from it.
    expect(out).toContain('<row r="5" spans="1:6" s="3" customFormat="1"><c r="A5" s="103"/><c r="B5"');
    // Row 4 does not exist: created between 3 and 5, the cell based on column F's style 7.
    expect(out).toContain('</row><row r="4"><c r="F4" s="107"/></row><row r="5"');
    expect(out).toContain('</row><row r="7"><c r="A7"><v>3</v></c></row></sheetData>');
  });

  it('opens a self-closing row and an empty sheetData', () => {
    expect(patchSheet(sheet('<row r="2" spans="1:1"/>'), patches([['B2', restyle(1)]])).xml).toContain('<row r="2" spans="1:2"><c r="B2" s="100"/></row>');
    expect(patchSheet(`${HEAD}<sheetData/>${TAIL}`, patches([['A1', { value: { kind: 'text', s: 'Ja' } }]])).xml).toContain('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Ja</t></is></c></row></sheetData>');
  });

  it('follows rows and cells without r (positions implied) and a namespace prefix', () => {
    const xml = '<x:worksheet xmlns:x="main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="2"><x:v>2</x:v></x:c></x:row><x:row><x:c/></x:row></x:sheetData></x:worksheet>';
    const out = patchSheet(xml, patches([['B1', restyle(1)], ['A2', { value: { kind: 'number', n: 5 } }], ['D2', restyle(1)]])).xml;
    expect(out).toBe('<x:worksheet xmlns:x="main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="102"><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>5</x:v></x:c><x:c r="D2" s="100"/></x:row></x:sheetData></x:worksheet>');
  });
});

describe('patchSheet: values', () => {
  it('writes numbers, booleans and text (inline, never a formula) and clears, keeping the style', () => {
    const xml = sheet(ROWS);
    const out = patchSheet(
      xml,
      patches([
        ['F2', { value: { kind: 'number', n: 81.5 } }],
        ['F3', { value: { kind: 'text', s: '=SUM(A1) & <b>' } }],
        ['A1', { value: { kind: 'clear' } }],
        ['D2', { value: { kind: 'bool', b: true } }],
      ]),
    );
    expect(out.xml).toContain('<c r="F2" s="2"><v>81.5</v></c>');
    expect(out.xml).toContain('<c r="F3" s="2" t="inlineStr"><is><t xml:space="preserve">=SUM(A1) &amp; &lt;b&gt;</t></is></c>');
    expect(out.xml).toContain('<row r="1" spans="1:6"><c r="A1"/><c r="F1"');
    expect(out.xml).toContain('<c r="D2" t="b"><v>1</v></c>');
    expect(out.formulasRemoved).toEqual([]);
  });

  it('a value over the master of a shared formula gives the other cells their own formula', () => {
    const out = patchSheet(sheet(ROWS), patches([['G2', { value: { kind: 'number', n: 0 } }]]));
    expect(out.xml).toContain('<c r="G2" s="2"><v>0</v></c>');
    expect(out.xml).toContain('<c r="G3" s="2"><f>F3*2</f><v>184</v></c>');
    expect(out.xml).toContain('<c r="G5" s="2"><f>F5*2</f><v>140</v></c>');
    expect(out.formulasRemoved).toEqual(['G2']);
  });

  it('a value over a dependent of a shared formula leaves the group alone', () => {
    const out = patchSheet(sheet(ROWS), patches([['G3', { value: { kind: 'text', s: 'manuellt' } }]]));
    expect(out.xml).toContain('<f t="shared" ref="G2:G5" si="0">F2*2</f>');
    expect(out.xml).toContain('<c r="G5" s="2"><f t="shared" si="0"/>');
    expect(out.formulasRemoved).toEqual(['G3']);
  });
});

describe('patchSheet (property): every patch lands, nothing else moves', () => {
  const cellArb = fc.record({ col: fc.integer({ min: 1, max: 12 }), s: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), v: fc.integer({ min: 0, max: 999 }) });
  const rowArb = fc.record({ r: fc.integer({ min: 1, max: 30 }), cells: fc.uniqueArray(cellArb, { selector: (c) => c.col, maxLength: 6 }) });
  const sheetArb = fc.uniqueArray(rowArb, { selector: (r) => r.r, maxLength: 10 }).map((rows) => rows.sort((a, b) => a.r - b.r).map((r) => ({ ...r, cells: r.cells.sort((a, b) => a.col - b.col) })));
  const patchArb = fc.uniqueArray(fc.record({ r: fc.integer({ min: 1, max: 32 }), col: fc.integer({ min: 1, max: 14 }), kind: fc.constantFrom('style', 'number', 'text', 'clear') }), { selector: (p) => `${p.r}:${p.col}`, maxLength: 12 });

  it('holds for random sheets and patches', () => {
    fc.assert(
      fc.property(sheetArb, patchArb, (rows, list) => {
        const cellXml = new Map<string, string>();
        const body = rows
          .map((row) => `<row r="${row.r}">${row.cells.map((c) => {
            const ref = `${colName(c.col)}${row.r}`;
            const x = `<c r="${ref}"${c.s ? ` s="${c.s}"` : ''}><v>${c.v}</v></c>`;
            cellXml.set(ref, x);
            return x;
          }).join('')}</row>`)
          .join('');
        const xml = `<worksheet><sheetData>${body}</sheetData></worksheet>`;
        const p: SheetPatches = new Map();
        for (const x of list) {
          const ref = `${colName(x.col)}${x.r}`;
          addPatch(p, ref, x.kind === 'style' ? { style: (cur) => 1000 + cur } : { value: x.kind === 'number' ? { kind: 'number', n: x.r * 100 + x.col } : x.kind === 'text' ? { kind: 'text', s: `T${ref}` } : { kind: 'clear' } });
        }
        const out = patchSheet(xml, p).xml;
        // Rows and cells stay in order.
        const refs = [...out.matchAll(/<c r="([A-Z]+)(\d+)"/g)].map((m) => [Number(m[2]), m[1].length, m[1]] as const);
        const sorted = [...refs].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
        expect(refs).toEqual(sorted);
        const rowNums = [...out.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
        expect(rowNums).toEqual([...new Set(rowNums)].sort((a, b) => a - b));
        const patched = new Set(list.map((x) => `${colName(x.col)}${x.r}`));
        for (const [ref, x] of cellXml) if (!patched.has(ref)) expect(out).toContain(x);
        for (const x of list) {
          const ref = `${colName(x.col)}${x.r}`;
          const m = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`).exec(out);
          expect(m, ref).not.toBeNull();
          const el = m![0];
          const orig = cellXml.get(ref);
          const s0 = orig ? Number(/s="(\d+)"/.exec(orig)?.[1] ?? 0) : 0;
          if (x.kind === 'style') expect(el).toContain(`s="${1000 + s0}"`);
          if (x.kind === 'number') expect(el).toContain(`<v>${x.r * 100 + x.col}</v>`);
          if (x.kind === 'text') expect(el).toContain(`<t xml:space="preserve">T${ref}</t>`);
          if (x.kind === 'clear') expect(el.endsWith('/>')).toBe(true);
        }
      }),
    );
  });
});

/**
 * Small workbooks and zips written byte by byte, for the cases a real tool would never write:
 * missing parts, headers that lie about sizes, zips of other things.
 */
import { deflateSync, strToU8 } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Uncompressed size to declare instead of the true one (a lying header). */
  declaredSize?: number;
}

function crc32(b: Uint8Array): number {
  let c = ~0;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function le(n: number, w: 2 | 4): number[] {
  return w === 2 ? [n & 0xff, (n >>> 8) & 0xff] : [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A zip with exactly the headers asked for. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const body = e.stored ? e.data : deflateSync(e.data, { level: 1 });
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const method = e.stored ? 0 : 8;
    const local = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...le(20, 2), ...le(0, 2), ...le(method, 2), ...le(0, 2), ...le(0x21, 2), ...le(crc, 4), ...le(body.length, 4), ...le(size, 4), ...le(name.length, 2), ...le(0, 2)]);
    central.push(new Uint8Array([0x50, 0x4b, 0x01, 0x02, ...le(20, 2), ...le(20, 2), ...le(0, 2), ...le(method, 2), ...le(0, 2), ...le(0x21, 2), ...le(crc, 4), ...le(body.length, 4), ...le(size, 4), ...le(name.length, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(offset, 4)]), name);
    out.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...le(0, 2), ...le(0, 2), ...le(entries.length, 2), ...le(entries.length, 2), ...le(cdSize, 4), ...le(offset, 4), ...le(0, 2)]);
  const all = [...out, ...central, end];
  const total = all.reduce((s, c) => s + c.length, 0);
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const c of all) {
    bytes.set(c, o);
    o += c.length;
  }
  return bytes;
}

export interface MiniOptions {
  /** Body of `<sheetData>`. */
  sheetData: string;
  sheetName?: string;
  /** Shared strings; omitted → no sharedStrings part at all. */
  sst?: string[];
  /** Include xl/styles.xml (default true). */
  styles?: boolean;
  /** Leave out xl/styles.xml while its relationship and content type stay (a dangling reference). */
  dropStylesPart?: boolean;
  /** Leave out the worksheet part (the workbook still lists it). */
  dropSheetPart?: boolean;
  /** Replace the big sheet entry's declared size (zip-bomb cases). */
  sheetDeclaredSize?: number;
  /** Extra text appended inside sheetData (to make a large part). */
  padSheet?: Uint8Array;
}

/** A one-sheet workbook as raw parts. */
export function miniWorkbook(o: MiniOptions): Uint8Array {
  const name = o.sheetName ?? 'Blad1';
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${o.styles === false ? '' : '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'}${o.sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>${o.styles === false ? '' : `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>`}${o.sst ? `<Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  const head = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>${o.sheetData}`);
  const tail = strToU8('</sheetData></worksheet>');
  const pad = o.padSheet ?? new Uint8Array(0);
  const sheet = new Uint8Array(head.length + pad.length + tail.length);
  sheet.set(head);
  sheet.set(pad, head.length);
  sheet.set(tail, head.length + pad.length);
  const entries: RawEntry[] = [
    { name: '[Content_Types].xml', data: strToU8(ct) },
    { name: '_rels/.rels', data: strToU8(rootRels) },
    { name: 'xl/workbook.xml', data: strToU8(wb) },
    { name: 'xl/_rels/workbook.xml.rels', data: strToU8(wbRels) },
  ];
  if (o.styles !== false && !o.dropStylesPart) entries.push({ name: 'xl/styles.xml', data: strToU8(styles) });
  if (o.sst) entries.push({ name: 'xl/sharedStrings.xml', data: strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${o.sst.length}" uniqueCount="${o.sst.length}">${o.sst.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>`) });
  if (!o.dropSheetPart) entries.push({ name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: o.sheetDeclaredSize });
  return rawZip(entries);
}

/** A zip that is a Word document, not a workbook. */
export function docxLike(): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', data: strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: '_rels/.rels', data: strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`) },
    { name: 'word/document.xml', data: strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Delårsrapport</w:t></w:r></w:p></w:body></w:document>') },
  ]);
}

/** Seed 002's indicator header and rows, for sheets built as raw XML with inline strings. */
export function inlineRow(r: number, cells: (string | number | null)[]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  return `<row r="${r}">${cells
    .map((v, i) => (v === null ? '' : typeof v === 'number' ? `<c r="${col(i)}${r}"><v>${v}</v></c>` : `<c r="${col(i)}${r}" t="inlineStr"><is><t xml:space="preserve">${v}</t></is></c>`))
    .join('')}</row>`;
}

/**
 * ExcelJS's `xlsx.load()` fed with parts that are already inflated (Node only; the CLI).
 *
 * `load()` hands the bytes to JSZip, which first walks every byte of its input once (its
 * ArrayReader masks each with 0xFF) and then inflates every part again in JavaScript, after the
 * package guard has inflated them natively: ~0.3–0.5 s of a ~5 s read at 100 000 rows. This is
 * `load()`'s own loop (ExcelJS 4.4.0, lib/xlsx/xlsx.js; package.json asks for exactly that
 * version, and load-parts.test.ts compares the two on real workbooks) with the parts given instead
 * of unzipped: each part goes to the same ExcelJS parser in zip order, and the model is
 * reconciled as `load()` does it (read-parts.ts then sets it, without the rows).
 */
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);

/** An ExcelJS parser of one part (an xform); only what the loop calls. */
interface Xform {
  parseStream(stream: AsyncIterable<string> | NodeJS.ReadableStream): Promise<unknown>;
}
type XformClass = new () => Xform;

/** The XLSX object behind `workbook.xlsx`: the part handlers `load()` calls. */
interface XlsxInternals {
  workbook: ExcelJS.Workbook;
  parseRels(stream: AsyncIterable<string>): Promise<unknown>;
  parseWorkbook(stream: AsyncIterable<string>): Promise<Record<string, unknown>>;
  reconcile(model: Record<string, unknown>, options?: unknown): void;
  _processWorksheetEntry(stream: AsyncIterable<string>, model: unknown, sheetNo: string, options: unknown, path: string): Promise<void>;
  _processWorksheetRelsEntry(stream: AsyncIterable<string>, model: unknown, sheetNo: string): Promise<void>;
  _processThemeEntry(stream: NodeJS.ReadableStream, model: unknown, name: string): Promise<void>;
  _processMediaEntry(stream: NodeJS.ReadableStream, model: unknown, name: string): Promise<void>;
  _processDrawingEntry(stream: AsyncIterable<string>, model: unknown, name: string): Promise<void>;
  _processCommentEntry(stream: AsyncIterable<string>, model: unknown, name: string): Promise<void>;
  _processTableEntry(stream: AsyncIterable<string>, model: unknown, name: string): Promise<void>;
  _processDrawingRelsEntry(stream: AsyncIterable<string>, model: unknown, name: string): Promise<void>;
  _processVmlDrawingEntry(stream: AsyncIterable<string>, model: unknown, name: string): Promise<void>;
}

/**
 * The same modules ExcelJS's main entry has loaded (Node's module cache), so the same classes;
 * required when first used, as the CLI loads ExcelJS itself only when it reads a workbook.
 */
function xform(file: string): XformClass {
  return require(`exceljs/lib/xlsx/xform/${file}`) as XformClass;
}

export interface Part {
  name: string;
  data: Uint8Array;
}

/** A part's text in 16 KiB pieces, as `load()` writes it to the parser (its events come per piece). */
async function* pieces(text: string): AsyncGenerator<string> {
  const size = 16 * 1024;
  for (let i = 0; i < text.length; i += size) yield text.substring(i, i + size);
}

/** Binary parts (media, themes) as the byte stream `load()` gives them. */
function byteStream(data: Uint8Array): PassThrough {
  const s = new PassThrough();
  s.write(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  s.end();
  return s;
}

function utf8(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
}

/**
 * What `load()` sets as `wb.model` for `parts` (in zip order): every part parsed and the whole
 * reconciled (shared strings, styles, hyperlinks and dates resolved into each cell's model).
 * Setting it builds ExcelJS's workbook, as `load()` does.
 */
export async function parseParts(wb: ExcelJS.Workbook, parts: readonly Part[]): Promise<Record<string, unknown>> {
  const x = wb.xlsx as unknown as XlsxInternals;
  const model: Record<string, unknown> = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  for (const part of parts) {
    if (part.name.endsWith('/')) continue; // a folder entry
    const name = part.name[0] === '/' ? part.name.slice(1) : part.name;
    if (/xl\/media\//.test(name)) {
      const m = name.match(/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/);
      if (m) await x._processMediaEntry(byteStream(part.data), model, m[1]);
      continue;
    }
    const theme = name.match(/xl\/theme\/([a-zA-Z0-9]+)[.]xml/);
    if (theme) {
      await x._processThemeEntry(byteStream(part.data), model, theme[1]);
      continue;
    }
    await loadXmlPart(x, model, name, utf8(part.data));
  }
  x.reconcile(model, undefined);
  return model;
}

/** One XML part to the handler `load()`'s switch picks for its name; parts it does not know are skipped. */
async function loadXmlPart(x: XlsxInternals, model: Record<string, unknown>, name: string, text: string): Promise<void> {
  const s = pieces(text);
  switch (name) {
    case '_rels/.rels':
      model.globalRels = await x.parseRels(s);
      return;
    case 'xl/workbook.xml': {
      const workbook = await x.parseWorkbook(s);
      model.sheets = workbook.sheets;
      model.definedNames = workbook.definedNames;
      model.views = workbook.views;
      model.properties = workbook.properties;
      model.calcProperties = workbook.calcProperties;
      return;
    }
    case 'xl/_rels/workbook.xml.rels':
      model.workbookRels = await x.parseRels(s);
      return;
    case 'xl/sharedStrings.xml': {
      const strings = new (xform('strings/shared-strings-xform.js'))();
      model.sharedStrings = strings;
      await strings.parseStream(s);
      return;
    }
    case 'xl/styles.xml': {
      const styles = new (xform('style/styles-xform.js'))();
      model.styles = styles;
      await styles.parseStream(s);
      return;
    }
    case 'docProps/app.xml': {
      const app = (await new (xform('core/app-xform.js'))().parseStream(s)) as { company?: unknown; manager?: unknown };
      model.company = app.company;
      model.manager = app.manager;
      return;
    }
    case 'docProps/core.xml':
      Object.assign(model, await new (xform('core/core-xform.js'))().parseStream(s));
      return;
  }
  let m: RegExpMatchArray | null;
  if ((m = name.match(/xl\/worksheets\/sheet(\d+)[.]xml/))) return x._processWorksheetEntry(s, model, m[1], undefined, name);
  if ((m = name.match(/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/))) return x._processWorksheetRelsEntry(s, model, m[1]);
  if ((m = name.match(/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/))) return x._processDrawingEntry(s, model, m[1]);
  if ((m = name.match(/xl\/(comments\d+)[.]xml/))) return x._processCommentEntry(s, model, m[1]);
  if ((m = name.match(/xl\/tables\/(table\d+)[.]xml/))) return x._processTableEntry(s, model, m[1]);
  if ((m = name.match(/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/))) return x._processDrawingRelsEntry(s, model, m[1]);
  if ((m = name.match(/xl\/drawings\/(vmlDrawing\d+)[.]vml/))) return x._processVmlDrawingEntry(s, model, m[1]);
}

/** The CLI never loses a user's file: existing targets, non-workbook zips. (Package fidelity: test/lossless.) */
import { execSync } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorWorkbook, planark, ROOT, saveWorkbook, sha256, tempDir } from './helpers';

beforeAll(() => {
  if (!process.env.PLANARK_BIN) execSync('npm run build:cli', { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}, 130_000);

describe('planark never overwrites by surprise', () => {
  it('apply -o onto an existing file is refused without --force, and allowed with it', async () => {
    const dir = tempDir();
    const input = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'plan.xlsx'));
    const other = path.join(dir, 'annan.xlsx');
    copyFileSync(input, other);
    const before = sha256(other);
    const r = planark(['apply', input, '-o', other]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`planark: ${other}: filen finns redan; välj ett annat namn eller lägg till --force för att skriva över den`);
    expect(sha256(other)).toBe(before);
    const forced = planark(['apply', input, '-o', other, '--force']);
    expect(forced.status).toBe(0);
    expect(sha256(other)).not.toBe(before);
  });

  it('assemble -o onto an existing file is refused without --force', async () => {
    const dir = tempDir();
    const input = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'plan.xlsx'));
    const out = path.join(dir, 'samlat.xlsx');
    copyFileSync(input, out);
    const before = sha256(out);
    const r = planark(['assemble', input, '-o', out]);
    expect(r.status).toBe(2);
    expect(sha256(out)).toBe(before);
  });

  it('template and assemble write plain .xlsx: a macro name is refused, nothing written', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'mall.xlsm');
    const r = planark(['template', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`planark: ${out}: arbetsboken är en .xlsx-fil och utfilen måste sluta på .xlsx (Excel öppnar den annars inte)\n`);
    const input = await saveWorkbook(indicatorWorkbook(), path.join(dir, 'plan.xlsx'));
    expect(planark(['assemble', input, '-o', path.join(dir, 'samlat.xltm')]).status).toBe(2);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('a zip that is not a workbook is not an .xlsx: exit 2, one line', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'arkiv.xlsx');
    // A minimal stored zip holding a.txt: local header, data, central directory, end record.
    const name = Buffer.from('a.txt');
    const data = Buffer.from('hej');
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]), u32(crc32(data)), u32(3), u32(3), u16(name.length), u16(0), name, data]);
    const central = Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]), u32(crc32(data)), u32(3), u32(3), u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(0), name]);
    const end = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]), u16(1), u16(1), u32(central.length), u32(local.length), u16(0)]);
    writeFileSync(file, Buffer.concat([local, central, end]));
    const r = planark(['check', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`planark: ${file}: en zip-fil men ingen Excel-arbetsbok (spara som Excel-arbetsbok .xlsx)`);
  });
});

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const x of buf) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

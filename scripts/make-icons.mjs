// Writes the add-in icons (assets/icon-<n>.png): a dark rounded tile with a white "P" and a
// red/yellow/green traffic-light column. Plain zlib + CRC, no image library needed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 64, 80];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

const BG = [0x1f, 0x3a, 0x5f, 255];
const WHITE = [255, 255, 255, 255];
const LIGHTS = [[0xe0, 0x3c, 0x3c, 255], [0xf2, 0xc1, 0x2e, 255], [0x3c, 0xa0, 0x4c, 255]];

/** Colour of pixel (x, y) in unit coordinates 0..1. */
function pixel(u, v) {
  // Rounded tile corners.
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return [0, 0, 0, 0];
  // Traffic lights: three discs in a column on the right.
  for (let i = 0; i < 3; i++) {
    const ly = 0.24 + i * 0.26;
    if ((u - 0.76) ** 2 + (v - ly) ** 2 < 0.1 ** 2) return LIGHTS[i];
  }
  // "P": stem plus a bowl (ring) at the top left.
  const stem = u > 0.16 && u < 0.3 && v > 0.16 && v < 0.86;
  const d = Math.hypot((u - 0.34) / 1.0, (v - 0.36) / 1.0);
  const bowl = u > 0.22 && d < 0.22 && d > 0.1;
  const bar = u > 0.16 && u < 0.36 && ((v > 0.14 && v < 0.26) || (v > 0.46 && v < 0.58));
  if (stem || bowl || bar) return WHITE;
  return BG;
}

function png(size) {
  // 4× supersampling keeps small sizes legible.
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const p = pixel((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          for (let k = 0; k < 3; k++) acc[k] += p[k] * p[3];
          acc[3] += p[3];
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3] / (S * S);
      for (let k = 0; k < 3; k++) raw[o + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(join(root, 'assets'), { recursive: true });
for (const s of SIZES) {
  const file = join(root, 'assets', `icon-${s}.png`);
  writeFileSync(file, png(s));
  console.log(`wrote ${file}`);
}

// Draws the toolbar/store icon (a white tick on a teal rounded square) at any size, so every size the stores ask
// for comes from one design: Chrome 16/32/48/128, Firefox 48/96. The geometry was measured off the original
// public/icon/128.png (fitted to it within half a percent per pixel). Plain Node: PNG written with zlib, 4x4
// supersampling for the anti-aliased edges.
//
//   node scripts/icons.mjs          writes every missing size into public/icon/
//   node scripts/icons.mjs 96 128   (re)writes the sizes named
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const DIR = resolve(import.meta.dirname, '..', 'public', 'icon');

// On a 128 x 128 canvas.
const CORNER = 28;
const TICK = { ax: 34, ay: 68, bx: 56, by: 90, cx: 96, cy: 42, width: 18 };
const TEAL = [31, 111, 120];
const WHITE = [255, 255, 255];
const SAMPLES = 4;

function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** RGBA pixels, straight (not premultiplied) alpha. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 128 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let tick = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const X = (x + (sx + 0.5) / SAMPLES) * scale;
          const Y = (y + (sy + 0.5) / SAMPLES) * scale;
          const nx = Math.min(Math.max(X, CORNER), 128 - CORNER);
          const ny = Math.min(Math.max(Y, CORNER), 128 - CORNER);
          if (Math.hypot(X - nx, Y - ny) > CORNER) continue;
          tile++;
          const d = Math.min(
            segmentDistance(X, Y, TICK.ax, TICK.ay, TICK.bx, TICK.by),
            segmentDistance(X, Y, TICK.bx, TICK.by, TICK.cx, TICK.cy),
          );
          if (d <= TICK.width / 2) tick++;
        }
      }
      const i = (y * size + x) * 4;
      if (tile === 0) continue;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((TEAL[c] * (tile - tick) + WHITE[c] * tick) / tile);
      pixels[i + 3] = Math.round((255 * tile) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter 0
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const asked = process.argv.slice(2).map(Number);
const sizes = asked.length ? asked : SIZES.filter((s) => !existsSync(join(DIR, `${s}.png`)));
for (const size of sizes) {
  if (!Number.isInteger(size) || size < 8 || size > 1024) throw new Error(`Not an icon size: ${size}`);
  const file = join(DIR, `${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${file}`);
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebriefError } from '../../../../pipeline/errors.js';
import * as msg from '../../../../pipeline/messages.js';
import { bytesSource, fileSource, inflatePart, readDirectory, type InflateLimits } from '../../../../pipeline/ingest/decode/zip-read.js';
import { buildZip, deflatedPart, repeatedPart } from './zip-build.js';

const file = 'book.xlsx';
const LIMITS: InflateLimits & { file: string } = { file, maxBytes: 1 << 20, ratio: 200, ratioFloor: 1 << 16 };

async function inflate(zip: Buffer, name: string, limits = LIMITS): Promise<string> {
  const src = bytesSource(zip);
  const part = readDirectory(src, file).get(name)!;
  const chunks: Buffer[] = [];
  for await (const c of inflatePart(src, part, limits)) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function failure(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(DebriefError);
  return (e as Error).message;
}

describe('readDirectory(src, file)', () => {
  it('readDirectory(src, file) lists the parts of a plain and of a ZIP64 archive alike', () => {
    const parts = [deflatedPart('a.xml', '<a/>'), deflatedPart('b/c.xml', 'hello')];
    for (const zip64 of [false, true]) {
      const dir = readDirectory(bytesSource(buildZip(parts, { zip64 })), file);
      expect([...dir.keys()]).toEqual(['a.xml', 'b/c.xml']);
      expect(dir.get('b/c.xml')!.size).toBe(5);
    }
  });

  it('readDirectory(src, file) leaves out a local entry the directory does not list', () => {
    const dir = readDirectory(bytesSource(buildZip([{ ...deflatedPart('hidden.xml', 'x'), hidden: true }, deflatedPart('a.xml', '<a/>')])), file);
    expect([...dir.keys()]).toEqual(['a.xml']);
  });

  it('readDirectory(src, file) reads an archive without its end record as cut short', () => {
    const zip = buildZip([deflatedPart('a.xml', '<a/>')]);
    expect(() => readDirectory(bytesSource(zip.subarray(0, zip.length - 30)), file)).toThrow(msg.truncatedXlsx(file));
  });
});

describe('inflatePart(src, part, limits)', () => {
  it('inflatePart(src, part, limits) gives the part\'s bytes, from memory and from a file', async () => {
    const text = '<sheet>' + 'Good,'.repeat(10_000) + '</sheet>';
    const zip = buildZip([deflatedPart('s.xml', text)], { zip64: true });
    expect(await inflate(zip, 's.xml')).toBe(text);
    const path = join(mkdtempSync(join(tmpdir(), 'debrief-zip-')), 'book.xlsx');
    writeFileSync(path, zip);
    const src = fileSource(path);
    let length = 0;
    for await (const c of inflatePart(src, readDirectory(src, file).get('s.xml')!, LIMITS)) length += c.length;
    src.close();
    expect(length).toBe(text.length);
  });

  it('inflatePart(src, part, limits) refuses a part whose declared size is over the cap, before inflating', async () => {
    // Three bytes of data declared as 5 GiB: the limit's message, not the damage's, shows nothing was inflated first.
    const zip = buildZip([{ ...deflatedPart('s.xml', 'abc'), size: 5 * 2 ** 30 }], { zip64: true });
    expect(await failure(inflate(zip, 's.xml'))).toBe(msg.xlsxPartTooLarge(file, 's.xml', 1 << 20));
    expect(await failure(inflate(zip, 's.xml', { ...LIMITS, maxBytes: 2 ** 40 }))).toBe(msg.xlsxPartRatio(file, 's.xml', 200));
  });

  it('inflatePart(src, part, limits) refuses a part over the absolute cap, and over the ratio', async () => {
    const big = deflatedPart('s.xml', 'x'.repeat(2 << 20)); // 2 MiB, compresses about 1000 times
    const zip = buildZip([big]);
    expect(await failure(inflate(zip, 's.xml'))).toBe(msg.xlsxPartTooLarge(file, 's.xml', 1 << 20));
    expect(await failure(inflate(zip, 's.xml', { ...LIMITS, maxBytes: 1 << 30 }))).toBe(msg.xlsxPartRatio(file, 's.xml', 200));
  });

  it('inflatePart(src, part, limits) stops at the declared size when the directory lies', async () => {
    const bomb = repeatedPart('s.xml', '', Buffer.alloc(1 << 20, 32), 1024, ''); // 1 GiB
    const zip = buildZip([{ ...bomb, size: 1000 }]);
    const started = Date.now();
    expect(await failure(inflate(zip, 's.xml'))).toBe(msg.unreadableXlsx(file, 'its part "s.xml" is damaged'));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('inflatePart(src, part, limits) fails on a cut deflate stream, a wrong checksum and a damaged local header', async () => {
    const part = deflatedPart('s.xml', 'Excellent,Good,Fair,Poor\n'.repeat(200));
    const damaged = msg.unreadableXlsx(file, 'its part "s.xml" is damaged');
    expect(await failure(inflate(buildZip([{ ...part, data: part.data.subarray(0, part.data.length >> 1) }]), 's.xml'))).toBe(damaged);
    expect(await failure(inflate(buildZip([{ ...part, crc: part.crc ^ 1 }]), 's.xml'))).toBe(damaged);
    const zip = buildZip([part]);
    zip[0] = 0; // the local header's signature
    expect(await failure(inflate(zip, 's.xml'))).toBe(damaged);
  });
});

import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPdfObjects, flateStream } from '../../../../../pipeline/outputs/formats/pdf/file.js';

describe('createPdfObjects()', () => {
  it('createPdfObjects().write(root, info) gives each object’s byte offset in the xref table and the xref’s in startxref', () => {
    const objects = createPdfObjects();
    const catalog = objects.reserve();
    const info = objects.add({ body: '<< /Title (T) >>' });
    const stream = objects.add(flateStream('', 'BT ET'));
    objects.set(catalog, { body: `<< /Type /Catalog /S ${stream} 0 R >>` });
    const file = Buffer.from(objects.write(catalog, info));
    const text = file.toString('latin1');
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = text.slice(startxref).split('\n').slice(2, 6);
    expect(entries[0]).toBe('0000000000 65535 f ');
    entries.slice(1).forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`);
    });
    // Every xref line is 20 bytes, as the format requires.
    expect(text.slice(startxref).split('\n').slice(2, 6).map((l) => l.length + 1)).toEqual([20, 20, 20, 20]);
    expect(text).toMatch(/trailer\n<< \/Size 4 \/Root 1 0 R \/Info 2 0 R \/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\] >>/);
  });

  it('flateStream(entries, data) deflates the data and the written /Length is the deflated length', () => {
    const objects = createPdfObjects();
    const id = objects.add(flateStream('/Length1 5', 'hello hello hello'));
    const text = Buffer.from(objects.write(id, id)).toString('latin1');
    const m = /<< \/Filter \/FlateDecode \/Length1 5 \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(text)!;
    expect(Number(m[1])).toBe(Buffer.from(m[2], 'latin1').length);
    expect(inflateSync(Buffer.from(m[2], 'latin1')).toString()).toBe('hello hello hello');
  });

  it('createPdfObjects().write() throws when a reserved object was never set', () => {
    const objects = createPdfObjects();
    const id = objects.reserve();
    objects.reserve();
    objects.set(id, { body: 'null' });
    expect(() => objects.write(id, id)).toThrow(/2/);
  });
});

/**
 * A PDF file from numbered objects: header, bodies, cross-reference table
 * and trailer. Streams are written as given; `flateStream` deflates first.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/** An object's body: a plain value (`body`), or a stream (its dictionary's entries, without /Length, and its bytes). */
export type PdfObject = { body: string } | { entries: string; data: Uint8Array };

/** A stream deflated (zlib's default level: the same input gives the same bytes). */
export function flateStream(entries: string, data: Uint8Array | string): PdfObject {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return { entries: `/Filter /FlateDecode ${entries}`.trim(), data: deflateSync(bytes) };
}

/** Reference to object `id`. */
export const ref = (id: number) => `${id} 0 R`;

/** Object numbers handed out before their bodies are known (a page names its parent, fonts are written last). */
export interface PdfObjects {
  /** A new object number. */
  reserve(): number;
  /** Sets the body of a reserved object. */
  set(id: number, object: PdfObject): void;
  /** Reserves and sets at once; returns the number. */
  add(object: PdfObject): number;
  /** The file: every reserved object must have its body. `root` and `info` name the catalog and the document information. */
  write(root: number, info: number): Uint8Array;
}

export function createPdfObjects(): PdfObjects {
  const bodies: (PdfObject | undefined)[] = [];
  return {
    reserve: () => bodies.push(undefined),
    set(id, object) {
      bodies[id - 1] = object;
    },
    add(object) {
      return bodies.push(object);
    },
    write(root, info) {
      const chunks: Buffer[] = [];
      let length = 0;
      const put = (b: Buffer | string) => {
        const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
        chunks.push(buf);
        length += buf.length;
      };
      // The binary comment tells transfer tools the file is not text.
      put('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
      const offsets: number[] = [];
      bodies.forEach((object, i) => {
        if (object === undefined) throw new Error(`PDF object ${i + 1} was reserved but never written`);
        offsets.push(length);
        if ('body' in object) put(`${i + 1} 0 obj\n${object.body}\nendobj\n`);
        else {
          put(`${i + 1} 0 obj\n<< ${object.entries} /Length ${object.data.length} >>\nstream\n`);
          put(Buffer.from(object.data.buffer, object.data.byteOffset, object.data.byteLength));
          put('\nendstream\nendobj\n');
        }
      });
      // The file identifier: a digest of the content, so that it is stable across identical runs.
      const id = createHash('md5').update(Buffer.concat(chunks)).digest('hex').toUpperCase();
      const xref = length;
      put(`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`);
      put(offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join(''));
      put(`trailer\n<< /Size ${bodies.length + 1} /Root ${ref(root)} /Info ${ref(info)} /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`);
      return Buffer.concat(chunks);
    },
  };
}

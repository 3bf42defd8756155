/**
 * Just enough XML for the parts of an XLSX workbook, read as a stream of
 * byte chunks: start and end tags with their raw attribute text, and text
 * between tags. Nothing is held but the markup of one unfinished tag (at
 * most `maxMarkup` characters) and what the handler keeps; only the five
 * predefined entities and character references are expanded (a DOCTYPE's
 * entities, the "billion laughs", are not).
 */

export interface XmlHandler {
  /** A start tag: its local name (the namespace prefix dropped), its raw attributes, and whether it closes itself. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  /** An end tag, by local name. */
  close(name: string): void;
  /** Raw text between tags, entities not yet expanded (a text may come in several pieces); only while `wantsText`. */
  text(raw: string): void;
  /** True while the handler keeps text; text elsewhere is skipped without being copied. */
  wantsText: boolean;
}

/** The XML is not well formed where the scanner needs it to be, or one piece of markup is over the limit. */
export class XmlDamage extends Error {}

export interface XmlScanOptions {
  /** Longest tag, comment, CDATA section or processing instruction, in characters; default 1 MiB. */
  maxMarkup?: number;
}

export class XmlScanner {
  private rest = '';
  private readonly decoder = new TextDecoder('utf-8');
  private readonly maxMarkup: number;

  constructor(private readonly handler: XmlHandler, options: XmlScanOptions = {}) {
    this.maxMarkup = options.maxMarkup ?? 1 << 20;
  }

  push(chunk: Uint8Array): void {
    this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  /** The end of the part: unfinished markup means it was cut. */
  end(): void {
    this.feed(this.decoder.decode());
    if (this.rest !== '') throw new XmlDamage('it ends inside a tag');
  }

  private feed(s: string): void {
    const text = this.rest === '' ? s : this.rest + s;
    this.rest = '';
    const h = this.handler;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        if (h.wantsText) h.text(text.slice(i));
        return;
      }
      if (lt > i && h.wantsText) h.text(text.slice(i, lt));
      const end = this.markupEnd(text, lt);
      if (end < 0) {
        if (n - lt > this.maxMarkup) throw new XmlDamage(`a tag longer than ${this.maxMarkup} characters`);
        this.rest = text.slice(lt);
        return;
      }
      const c = text.charCodeAt(lt + 1);
      if (c === 0x2f /* / */) {
        h.close(localName(text.slice(lt + 2, end - 1).trim()));
      } else if (c === 0x21 /* ! */) {
        if (text.startsWith('<![CDATA[', lt) && h.wantsText) h.text(escapeText(text.slice(lt + 9, end - 3)));
      } else if (c !== 0x3f /* ? */) {
        const selfClosing = text.charCodeAt(end - 2) === 0x2f;
        const body = text.slice(lt + 1, selfClosing ? end - 2 : end - 1);
        let k = 0;
        while (k < body.length && !isSpace(body.charCodeAt(k))) k++;
        h.open(localName(body.slice(0, k)), body.slice(k), selfClosing);
      }
      if (end - lt > this.maxMarkup) throw new XmlDamage(`a tag longer than ${this.maxMarkup} characters`);
      i = end;
    }
  }

  /** Index just past the markup starting at `lt`, or -1 when it is not complete in `text`. */
  private markupEnd(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) return after(text.indexOf('-->', lt + 4), 3);
    if (text.startsWith('<![CDATA[', lt)) return after(text.indexOf(']]>', lt + 9), 3);
    if (text.startsWith('<?', lt)) return after(text.indexOf('?>', lt + 2), 2);
    if (text.length - lt < 9 && '<![CDATA['.startsWith(text.slice(lt))) return -1; // a CDATA opening cut by the chunk
    // A tag: up to the first > outside quoted attribute values (a native regex: a third of the scan's time in a loop here).
    TAG_END.lastIndex = lt + 1;
    return TAG_END.test(text) ? TAG_END.lastIndex : -1;
  }
}

/**
 * The rest of a tag: characters and quoted values (which may hold >), up to
 * >. Written as an unrolled loop (each repetition starts with a quote), so a
 * tag cut by the chunk's end fails in linear time; `(?:[^"'>]+|"…")*` would
 * backtrack exponentially.
 */
const TAG_END = /[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/y;

function after(index: number, length: number): number {
  return index < 0 ? -1 : index + length;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** CDATA as raw text, so that expanding entities later gives it back unchanged. */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

const ATTRIBUTE = new Map<string, RegExp>();

/** The value of an attribute (by local name, any prefix) in a tag's raw attribute text, entities expanded; undefined when absent. */
export function attribute(raw: string, name: string): string | undefined {
  let re = ATTRIBUTE.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE.set(name, re);
  }
  const m = re.exec(raw);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Expands the predefined entities and character references; anything else is left as written. */
export function unescapeXml(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref];
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

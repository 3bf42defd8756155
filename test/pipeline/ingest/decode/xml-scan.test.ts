import { describe, expect, it } from 'vitest';
import { attribute, unescapeXml, XmlDamage, XmlScanner, type XmlHandler } from '../../../../pipeline/ingest/decode/xml-scan.js';

/** A handler that records every event, keeping text everywhere. */
function recorder(): XmlHandler & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    wantsText: true,
    open: (name, attributes, selfClosing) => events.push(`<${name}${attributes}${selfClosing ? '/' : ''}>`),
    close: (name) => events.push(`</${name}>`),
    text: (raw) => {
      // Pieces of one text are joined, so the record does not depend on where chunks were cut.
      if (events.length && events[events.length - 1].startsWith('"')) events[events.length - 1] = events[events.length - 1].slice(0, -1) + raw + '"';
      else events.push(`"${raw}"`);
    },
  };
}

function scan(xml: string, chunk: number, maxMarkup?: number): string[] {
  const h = recorder();
  const scanner = new XmlScanner(h, { maxMarkup });
  const bytes = Buffer.from(xml, 'utf8');
  for (let i = 0; i < bytes.length; i += chunk) scanner.push(bytes.subarray(i, i + chunk));
  scanner.end();
  return h.events;
}

describe('XmlScanner(handler).push(chunk)', () => {
  const xml = '<?xml version="1.0"?><x:row r="2" spans=\'1:3\'><c r="A2" t="s"><v>7</v></c><!-- a > comment --><c><is><t>a &amp; b</t></is></c><e/><t><![CDATA[<raw> & ]]></t></x:row>';
  const expected = ['<row r="2" spans=\'1:3\'>', '<c r="A2" t="s">', '<v>', '"7"', '</v>', '</c>', '<c>', '<is>', '<t>', '"a &amp; b"', '</t>', '</is>', '</c>', '<e/>', '<t>', '"&lt;raw> &amp; "', '</t>', '</row>'];

  it('XmlScanner(handler).push(chunk) gives tags (prefix dropped), text and CDATA, skipping comments and declarations', () => {
    expect(scan(xml, 1 << 16)).toEqual(expected);
  });

  it('XmlScanner(handler).push(chunk) gives the same events whatever the chunk size, also cut inside a UTF-8 character', () => {
    const utf8 = xml.replace('a &amp; b', 'é € 😀');
    const whole = scan(utf8, 1 << 16);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(scan(utf8, size)).toEqual(whole);
  });

  it('XmlScanner(handler).push(chunk) reads > inside a quoted attribute as part of the tag', () => {
    expect(scan('<a title="x > y">z</a>', 4)).toEqual(['<a title="x > y">', '"z"', '</a>']);
  });

  it('XmlScanner(handler).push(chunk) fails on a tag longer than maxMarkup, without holding more', () => {
    expect(() => scan(`<a b="${'x'.repeat(5000)}">`, 512, 1000)).toThrow(XmlDamage);
  });

  it('XmlScanner(handler).end() fails when the part ends inside a tag', () => {
    expect(() => scan('<a><b attr="1"', 4)).toThrow(XmlDamage);
  });

  it('XmlScanner(handler).push(chunk) does not pass text to a handler that does not want it', () => {
    const h = recorder();
    h.wantsText = false;
    const scanner = new XmlScanner(h);
    scanner.push(Buffer.from('<a>skipped</a>'));
    scanner.end();
    expect(h.events).toEqual(['<a>', '</a>']);
  });
});

describe('attribute(raw, name)', () => {
  it('attribute(raw, name) finds a name with or without a prefix, in either quotes, entities expanded', () => {
    expect(attribute(' r="B7" t="s"', 'r')).toBe('B7');
    expect(attribute(' name="Responses" r:id="rId3"', 'id')).toBe('rId3');
    expect(attribute(" formatCode='&quot;d&quot; yyyy'", 'formatCode')).toBe('"d" yyyy');
  });

  it('attribute(raw, name) does not take a longer name that starts with it', () => {
    expect(attribute(' spans="1:8" s="3"', 's')).toBe('3');
    expect(attribute(' spans="1:8"', 's')).toBeUndefined();
  });
});

describe('unescapeXml(raw)', () => {
  it('unescapeXml(raw) expands the five entities and character references, and leaves others', () => {
    expect(unescapeXml('&lt;a&gt; &amp; &quot;&apos; &#65;&#x42; &#x1F600; &nbsp;')).toBe('<a> & "\' AB 😀 &nbsp;');
  });

  it('unescapeXml(raw) writes an invalid character reference as U+FFFD', () => {
    expect(unescapeXml('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describe('XmlScanner(handler).push(chunk), time', () => {
  it('XmlScanner(handler).push(chunk) waits for the end of a long tag cut by chunks in linear time', () => {
    // 200,000 characters of attributes, with runs of unquoted text, fed 1,000 bytes at a time: each push looks
    // for the tag's end again (a nested quantifier there would backtrack exponentially on each run).
    const tag = '<c' + ` a="1" ${'b'.repeat(60)}`.repeat(3000) + '="2">';
    const started = Date.now();
    expect(scan(tag + '</c>', 1000, 1 << 20)).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

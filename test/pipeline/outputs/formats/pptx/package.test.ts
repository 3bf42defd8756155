/**
 * deck.pptx as a package: relationships, content types, well-formed XML,
 * escaping of survey text, picture geometry, slide size, ZIP layout. The
 * expectations come from jszip, pngjs, hand arithmetic and the small XML
 * checker below, never from the writer's own code.
 */
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckPptx, type DeckChart, type DeckSurvey } from '../../../../../pipeline/outputs/deck.js';

const EMU_PER_INCH = 914400;
const HOSTILE = `<script>alert(1)</script> & "quotes" 'apos'`;
/** HOSTILE as XML must hold it: every one of & < > " ' as an entity. */
const HOSTILE_ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;apos&apos;';

/** A blank PNG of the given size, encoded by pngjs. */
function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(255);
  return PNG.sync.write(image);
}

const chart = (sentence: string, width: number, height: number, notes = ['n = 12', `95% interval ${sentence}`]): DeckChart => ({ sentence, notes, png: png(width, height), width, height });

/**
 * Why an XML text is not well-formed, or undefined when it is: one root,
 * tags nested and closed, unique attributes, quoted values without `<`, only
 * the five predefined entities or character references, no characters XML
 * forbids. Enough for what the writer emits (no DTD, CDATA or comments).
 */
function notWellFormed(xml: string): string | undefined {
  if (/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(xml)) return 'forbidden character';
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < body.length && (m = token.exec(body))) {
    at = token.lastIndex;
    const [, close, name, attrs, empty, text, stray] = m;
    if (stray) return `stray < at ${m.index}`;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) return 'text outside the root';
      const bad = checkReferences(text);
      if (bad) return bad;
      continue;
    }
    if (close) {
      if (attrs || empty) return `malformed end tag ${name}`;
      if (stack.pop() !== name) return `</${name}> closes the wrong element`;
      continue;
    }
    const names = [...attrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)];
    if (new Set(names.map((a) => a[1])).size !== names.length) return `duplicate attribute on ${name}`;
    for (const a of names) {
      const value = a[3] ?? a[4];
      if (value.includes('<')) return `< in attribute ${a[1]}`;
      const bad = checkReferences(value);
      if (bad) return bad;
    }
    if (stack.length === 0 && ++roots > 1) return 'more than one root';
    if (!empty) stack.push(name);
  }
  if (at < body.length) return `unparsable at ${at}`;
  if (roots === 0) return 'no root';
  if (stack.length) return `<${stack.at(-1)}> not closed`;
  return undefined;
}

/** Every & starts one of the five predefined entities or a character reference. */
function checkReferences(text: string): string | undefined {
  const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/.exec(text);
  return bad ? `bare & at ${bad.index}` : undefined;
}

/** Text of an attribute value or element content, entities resolved (the inverse of escaping, written here independently). */
function unescape(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]);
}

/** The central directory of a ZIP, read byte by byte: name, compression method, and whether the name is a folder. */
function centralEntries(bytes: Uint8Array): { name: string; method: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let k = 0; k < count; k++) {
    const nameLength = view.getUint16(at + 28, true);
    entries.push({ name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'), method: view.getUint16(at + 10, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Resolves a relationship target against the folder of the part that owns the .rels (package paths, no leading slash). */
function resolveTarget(relsName: string, target: string): string {
  const source = relsName.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const segment of (target.startsWith('/') ? target.slice(1) : folder + target).split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** The content type of each kind of part, from ECMA-376 part 1 (by the part's file name without its number). */
const PML = 'application/vnd.openxmlformats-officedocument.presentationml';
const EXPECTED_TYPES: Record<string, string> = {
  presentation: `${PML}.presentation.main+xml`,
  slide: `${PML}.slide+xml`,
  notesSlide: `${PML}.notesSlide+xml`,
  slideMaster: `${PML}.slideMaster+xml`,
  slideLayout: `${PML}.slideLayout+xml`,
  notesMaster: `${PML}.notesMaster+xml`,
  presProps: `${PML}.presProps+xml`,
  viewProps: `${PML}.viewProps+xml`,
  tableStyles: `${PML}.tableStyles+xml`,
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};

const survey: DeckSurvey = { title: HOSTILE, respondents: 40, items: 3, headlines: [HOSTILE, 'Plain headline'], responseRate: { participants: 80, rate: 0.5 } };
const charts = [chart(HOSTILE, 400, 100), chart('Tall chart', 100, 400), chart('Full HD chart', 1920, 1080)];

let bytes: Uint8Array;
let zip: JSZip;
let parts: Record<string, string>;
beforeAll(async () => {
  bytes = await deckPptx(survey, charts, { lang: 'en' });
  zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files).filter((n) => !n.endsWith('.png'));
  parts = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as const)));
});

describe('notWellFormed() (the test\'s own XML checker)', () => {
  it('notWellFormed(broken XML) names each fault, and passes a well-formed document', () => {
    expect(notWellFormed('<?xml version="1.0"?>\n<a x="1"><b/>t &amp; &#x41;</a>')).toBeUndefined();
    expect(notWellFormed('<a><b></a></b>')).toMatch(/wrong element/);
    expect(notWellFormed('<a>&</a>')).toMatch(/bare &/);
    expect(notWellFormed('<a>&nbsp;</a>')).toMatch(/bare &/);
    expect(notWellFormed('<a x="1" x="2"/>')).toMatch(/duplicate/);
    expect(notWellFormed('<a>')).toMatch(/not closed/);
    expect(notWellFormed('<a/><b/>')).toMatch(/more than one root/);
    expect(notWellFormed('<a><script>x</a>')).toMatch(/wrong element|not closed/);
    expect(notWellFormed('<a>1 < 2</a>')).toMatch(/stray </);
    expect(notWellFormed('<a x="<"/>')).toBeDefined();
    expect(notWellFormed('<a>\u0001</a>')).toMatch(/forbidden/);
  });
});

describe('deckPptx() package', () => {
  it('deckPptx(…) writes [Content_Types].xml first, no folder entries, XML deflated and PNGs stored', () => {
    const entries = centralEntries(bytes);
    expect(entries[0].name).toBe('[Content_Types].xml');
    expect(entries.filter((e) => e.name.endsWith('/'))).toEqual([]);
    for (const e of entries) expect(e.method, e.name).toBe(e.name.endsWith('.png') ? 0 : 8);
    // 3 charts + title + headlines = 5 slides, each with rels, notes and notes rels; 3 images; 16 fixed parts.
    expect(entries).toHaveLength(5 * 4 + 3 + 16);
  });

  it('deckPptx(…) gives every part a content type and every relationship an existing target', () => {
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const types = parts['[Content_Types].xml'];
    const defaults = new Map([...types.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    const overrides = new Map([...types.matchAll(/<Override PartName="([^"]+)" ContentType="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    for (const name of names) {
      if (name === '[Content_Types].xml') continue;
      const type = overrides.get(`/${name}`) ?? defaults.get(name.slice(name.lastIndexOf('.') + 1));
      expect(type, name).toBeDefined();
      // The generic application/xml Default is no type for a PresentationML part: each needs its own.
      const folder = /^(?:ppt|docProps)\/(?:([a-zA-Z]+)\/)?([a-zA-Z]+?)\d*\.xml$/.exec(name);
      if (folder) expect(type, name).toBe(EXPECTED_TYPES[folder[2]]);
    }
    // No Override names a part that is not there (pptxgenjs listed slide masters it never wrote).
    for (const part of overrides.keys()) expect(names, part).toContain(part.slice(1));
    expect(overrides.get('/ppt/presentation.xml')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml');
    expect(overrides.get('/ppt/slides/slide3.xml')).toBe('application/vnd.openxmlformats-officedocument.presentationml.slide+xml');
    expect(defaults.get('png')).toBe('image/png');

    const relsParts = names.filter((n) => n.endsWith('.rels'));
    // Root, presentation, master, layout, notes master, and 5 slides with 5 notes pages.
    expect(relsParts).toHaveLength(5 + 10);
    let targets = 0;
    for (const relsName of relsParts) {
      const ids = new Set<string>();
      for (const [, id, target] of parts[relsName].matchAll(/<Relationship Id="([^"]+)" Type="[^"]+" Target="([^"]+)"\/>/g)) {
        expect(names, `${relsName} → ${target}`).toContain(resolveTarget(relsName, target));
        expect(ids.has(id), `${relsName} ${id} twice`).toBe(false);
        ids.add(id);
        targets++;
      }
      // Every r:id / r:embed in the source part is one of its relationships.
      const source = resolveTarget(relsName, '');
      const sourceName = relsName === '_rels/.rels' ? undefined : relsName.replace(/_rels\/([^/]+)\.rels$/, '$1');
      if (sourceName) for (const [, id] of parts[sourceName].matchAll(/r:(?:id|embed)="([^"]+)"/g)) expect(ids, `${sourceName} uses ${id} (${source})`).toContain(id);
    }
    // 3 root + 6 fixed and 5 slides from presentation + 2 master + 1 layout + 1 notes master + 5 × (2 or 3) slide + 5 × 2 notes.
    expect(targets).toBe(3 + 11 + 2 + 1 + 1 + (2 * 2 + 3 * 3) + 10);
  });

  it('deckPptx(…) writes only well-formed XML parts, even for empty headlines and notes and control characters', async () => {
    const xmlNames = Object.keys(parts);
    expect(xmlNames.length).toBe(5 * 4 + 16);
    for (const name of xmlNames) expect(notWellFormed(parts[name]), name).toBeUndefined();

    const odd = await deckPptx({ title: 'Bell\u0007 and \uD800 lone', respondents: 0, items: 0, headlines: [] }, [chart('No notes', 10, 10, [])], { lang: 'fr' });
    const oddZip = await JSZip.loadAsync(odd);
    for (const name of Object.keys(oddZip.files).filter((n) => !n.endsWith('.png'))) {
      expect(notWellFormed(await oddZip.file(name)!.async('string')), name).toBeUndefined();
    }
    const headlines = await oddZip.file('ppt/slides/slide2.xml')!.async('string');
    // The empty list still has the one paragraph a text body needs.
    expect(headlines.match(/<a:p>/g)).toHaveLength(2);
    expect(headlines).toContain('Chiffres clés');
    expect(headlines).toContain('lang="fr-FR"');
  });

  it('deckPptx(hostile survey) writes its text escaped on the slides, in the notes, in the alt text and in docProps', () => {
    for (const name of ['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/notesSlides/notesSlide2.xml', 'ppt/notesSlides/notesSlide3.xml', 'docProps/core.xml']) {
      expect(parts[name], name).toContain(HOSTILE_ESCAPED);
    }
    for (const [name, xml] of Object.entries(parts)) {
      expect(xml, name).not.toMatch(/<script/i);
      expect(xml, name).not.toContain('"quotes"');
    }
    const descr = /<p:pic>.*?<p:cNvPr [^>]*descr="([^"]*)"/s.exec(parts['ppt/slides/slide3.xml'])?.[1];
    expect(descr).toBe(`${HOSTILE_ESCAPED}.`);
    expect(unescape(descr!)).toBe(`${HOSTILE}.`);
    // The headline slide ends each sentence with a full stop.
    expect(unescape(parts['ppt/slides/slide2.xml'])).toContain(`<a:t>${HOSTILE}.</a:t>`);
  });

  it('deckPptx(…) writes each note line as its own paragraph of the notes page', () => {
    const notes = parts['ppt/notesSlides/notesSlide4.xml'];
    const body = /<p:ph type="body"[^>]*\/>.*?<p:txBody>(.*?)<\/p:txBody>/s.exec(notes)![1];
    expect([...body.matchAll(/<a:p>.*?<a:t>([^<]*)<\/a:t>.*?<\/a:p>/g)].map((m) => m[1])).toEqual(['n = 12', '95% interval Tall chart']);
    // The title slide's notes are its two response lines.
    const title = /<p:ph type="body"[^>]*\/>.*?<p:txBody>(.*?)<\/p:txBody>/s.exec(parts['ppt/notesSlides/notesSlide1.xml'])![1];
    expect([...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])).toEqual(['40 respondents, 3 rated items', '40 of 80 participants responded (50%)']);
  });

  it('deckPptx(…) sizes every chart to the PNG\'s aspect ratio, as large as fits inside 0.2 in margins, centred', async () => {
    const slideW = 10 * EMU_PER_INCH;
    const slideH = 5.625 * EMU_PER_INCH;
    const margin = 0.2 * EMU_PER_INCH;
    for (let k = 0; k < charts.length; k++) {
      const slide = parts[`ppt/slides/slide${k + 3}.xml`];
      const [, x, y, cx, cy] = /<p:pic>.*<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/s.exec(slide)!.map(Number);
      // The picture's PNG, found through the slide's relationships and read by pngjs.
      const embed = /<a:blip r:embed="([^"]+)"/.exec(slide)![1];
      const target = new RegExp(`Id="${embed}" Type="[^"]+/image" Target="([^"]+)"`).exec(parts[`ppt/slides/_rels/slide${k + 3}.xml.rels`])![1];
      const image = PNG.sync.read(Buffer.from(await zip.file(resolveTarget(`ppt/slides/_rels/slide${k + 3}.xml.rels`, target))!.async('uint8array')));
      expect([image.width, image.height]).toEqual([charts[k].width, charts[k].height]);
      // Aspect ratio kept (to the rounding of one EMU).
      expect(Math.abs(cx / cy - image.width / image.height) / (image.width / image.height), `slide ${k + 3}`).toBeLessThan(1e-6);
      // It touches the margins on one axis and stays within them on the other.
      const fillsWidth = Math.abs(cx - (slideW - 2 * margin)) <= 1;
      const fillsHeight = Math.abs(cy - (slideH - 2 * margin)) <= 1;
      expect(fillsWidth || fillsHeight, `slide ${k + 3}`).toBe(true);
      expect(cx).toBeLessThanOrEqual(slideW - 2 * margin + 1);
      expect(cy).toBeLessThanOrEqual(slideH - 2 * margin + 1);
      // Centred: equal space left and right, above and below.
      expect(Math.abs(x - (slideW - x - cx)), `slide ${k + 3}`).toBeLessThanOrEqual(1);
      expect(Math.abs(y - (slideH - y - cy)), `slide ${k + 3}`).toBeLessThanOrEqual(1);
    }
    // By hand: 400 × 100 px fills the 9.6 in width, so 2.4 in high: 8778240 × 2194560 EMU at (182880, 1474470).
    expect(parts['ppt/slides/slide3.xml']).toContain('<a:off x="182880" y="1474470"/><a:ext cx="8778240" cy="2194560"/>');
    // 100 × 400 px fills the 5.225 in height: 4777740 EMU high, 1194435 wide.
    expect(parts['ppt/slides/slide4.xml']).toMatch(/<a:ext cx="1194435" cy="4777740"\/>/);
  });

  it('deckPptx(…) declares a 10 × 5.625 in (16:9) slide in presentation.xml, Inter as the theme fonts, and one slide id per slide', () => {
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(parts['ppt/presentation.xml'])!;
    expect([Number(size[1]), Number(size[2])]).toEqual([10 * EMU_PER_INCH, 5.625 * EMU_PER_INCH]);
    expect([Number(size[1]), Number(size[2])]).toEqual([9144000, 5143500]);
    expect(parts['ppt/presentation.xml'].match(/<p:sldId /g)).toHaveLength(5);
    const theme = parts['ppt/theme/theme1.xml'];
    expect(/<a:majorFont><a:latin typeface="([^"]+)"/.exec(theme)?.[1]).toBe('Inter');
    expect(/<a:minorFont><a:latin typeface="([^"]+)"/.exec(theme)?.[1]).toBe('Inter');
    expect(parts['docProps/app.xml']).toContain('<Slides>5</Slides>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>debrief</dc:creator>');
  });

  it('deckPptx(…, { date }) stamps docProps/core.xml and every ZIP entry with that date, not the clock', async () => {
    const date = new Date('2021-06-15T10:20:30Z');
    const dated = await JSZip.loadAsync(await deckPptx(survey, charts.slice(0, 1), { date }));
    const core = await dated.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-06-15T10:20:30Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-06-15T10:20:30Z</dcterms:modified>');
    // jszip reads DOS times as UTC; 2-second resolution.
    for (const file of Object.values(dated.files)) expect(file.date.toISOString(), file.name).toBe('2021-06-15T10:20:30.000Z');
  });
});

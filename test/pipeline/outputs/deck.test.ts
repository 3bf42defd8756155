import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../pipeline/cli.js';
import { deckPptx } from '../../../pipeline/outputs/deck.js';
import { FIXTURE } from '../../charts/fixture.js';

let out: string;
let zip: JSZip;
let charts: string[];
beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'debrief-deck-')), 'report');
  const code = await main(['report', FIXTURE, '--out', out, '--slides', '--quiet']);
  expect(code).toBe(0);
  charts = readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4));
  zip = await JSZip.loadAsync(readFileSync(join(out, 'deck.pptx')));
}, 120_000);

const slideFiles = (z: JSZip) => Object.keys(z.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));

describe('deckPptx', () => {
  it('debrief report --slides writes a 1920×1080 PNG per chart into slides/', () => {
    const slides = readdirSync(join(out, 'slides')).sort();
    expect(slides).toEqual(charts.map((c) => `${c}.png`).sort());
    for (const f of slides) {
      const image = PNG.sync.read(readFileSync(join(out, 'slides', f)));
      expect([image.width, image.height], f).toEqual([1920, 1080]);
    }
  });

  it('deck.pptx opens and holds a title slide, a headline slide and one slide per chart', async () => {
    expect(slideFiles(zip)).toHaveLength(charts.length + 2);
    const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(title).toContain('512 respondents');
    const headlines = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(headlines).toContain('87% of respondents rated the logistical and organisational arrangements good or excellent');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && !zip.files[f].dir);
    expect(media).toHaveLength(charts.length);
  });

  it('deck.pptx gives every image alt text (descr on p:cNvPr) and every chart slide speaker notes with n and intervals', async () => {
    let pictures = 0;
    for (let k = 3; k <= charts.length + 2; k++) {
      const xml = await zip.file(`ppt/slides/slide${k}.xml`)!.async('string');
      const pics = [...xml.matchAll(/<p:pic>.*?<\/p:pic>/gs)].map((m) => m[0]);
      expect(pics, `slide ${k}`).toHaveLength(1);
      for (const pic of pics) {
        const descr = /<p:cNvPr [^>]*descr="([^"]+)"/.exec(pic)?.[1];
        expect(descr, `slide ${k}`).toBeDefined();
        expect(descr!.length).toBeGreaterThan(20);
        expect(descr).not.toMatch(/^image\/png/);
        pictures++;
      }
      const notes = await zip.file(`ppt/notesSlides/notesSlide${k}.xml`)!.async('string');
      expect(notes, `notes ${k}`).toMatch(/n = \d+/);
    }
    expect(pictures).toBe(charts.length);
  });

  it('deck.pptx gives the comments’ themes a slide whose notes list every theme with its count and the respondents who answered', async () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { comments: { question: string; answered: number; themes: { term: string; count: number }[] }[] };
    const question = summary.comments.find((c) => c.themes.length > 0)!;
    expect(charts.some((c) => c.startsWith('themes-'))).toBe(true);
    const slides: string[] = [];
    for (let k = 3; k <= charts.length + 2; k++) {
      const xml = await zip.file(`ppt/slides/slide${k}.xml`)!.async('string');
      if (xml.includes(`descr="${question.question} (n = ${question.answered})`)) slides.push(await zip.file(`ppt/notesSlides/notesSlide${k}.xml`)!.async('string'));
    }
    expect(slides).toHaveLength(1);
    for (const t of question.themes) expect(slides[0], t.term).toContain(`“${t.term}”: ${t.count} of ${question.answered} respondents`);
  });

  it('deckPptx(…) gives byte-identical files for identical input, with the fixed date in docProps/core.xml', async () => {
    const png = PNG.sync.write(Object.assign(new PNG({ width: 4, height: 3 }), { data: Buffer.alloc(48, 255) }));
    const make = () => deckPptx({ title: 'T', respondents: 10, items: 2, headlines: ['A'] }, [{ sentence: 'A chart', notes: ['n = 10'], png, width: 4, height: 3 }]);
    const a = await make();
    await new Promise((r) => setTimeout(r, 1100));
    const b = await make();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = await (await JSZip.loadAsync(a)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
  }, 30_000);

  it('debrief report --slides writes the same deck.pptx and charts.pdf bytes on a second run', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'debrief-deck-')), 'report');
    expect(await main(['report', FIXTURE, '--out', again, '--slides', '--quiet'])).toBe(0);
    for (const f of ['deck.pptx', 'charts.pdf', 'slides/plenary-likert.png', 'charts/plenary-likert.png', 'charts/plenary-likert.svg']) {
      expect(Buffer.compare(readFileSync(join(out, f)), readFileSync(join(again, f))), f).toBe(0);
    }
  }, 120_000);
});

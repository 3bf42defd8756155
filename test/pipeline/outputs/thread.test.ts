import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createRasterizer, createRenderer, rankingSpec } from '../../../charts/index.js';
import { chartsPdf } from '../../../pipeline/outputs/charts-pdf.js';
import { deckPptx } from '../../../pipeline/outputs/deck.js';
import { nativeRanking } from '../../../pipeline/outputs/native-charts.js';
import { startOutputsThread } from '../../../pipeline/outputs/thread.js';

const item = (id: string, label: string, good: number) => ({ id, label, levels: ['Good', 'Bad'], counts: [good, 10 - good], positiveLevels: 1, valid: 10, notApplicable: 0, positive: good / 10, positiveLow: 0.2, positiveHigh: 0.9 });
const deck = { title: 'Survey results', respondents: 10, items: 2, headlines: ['Alpha was rated highest'] };

describe('startOutputsThread()', () => {
  it('startOutputsThread().end() gives the PNGs, charts.pdf and deck.pptx that building them on this thread gives', async () => {
    const renderer = createRenderer();
    const charts = [];
    for (const [k, title] of ['Alpha was rated highest', 'Beta came second'].entries()) {
      const svg = await renderer.svg(rankingSpec([item('a', 'Alpha', 8 - k), item('b', 'Beta', 5)], { title }));
      // The native chart's data crosses to the worker with the SVG.
      charts.push({ sentence: title, notes: [`note ${k}`], svg, native: nativeRanking([item('a', 'Alpha', 8 - k), item('b', 'Beta', 5)]) });
    }
    const thread = startOutputsThread();
    thread.start({ png: true, pptx: true, pdf: { title: 'Survey results' }, lang: 'fr' });
    for (const chart of charts) thread.chart(chart);
    const built = await thread.end(deck);
    // The same outputs, built here in order by the modules the worker uses.
    const raster = createRasterizer();
    const pngs = charts.map((c) => raster.png(c.svg));
    expect(built.pngs.map((p, k) => Buffer.from(p.data).equals(Buffer.from(pngs[k].data)))).toEqual([true, true]);
    expect(built.pngs.map((p) => [p.width, p.height])).toEqual(pngs.map((p) => [p.width, p.height]));
    const pdf = await chartsPdf(charts, { title: 'Survey results', lang: 'fr' });
    expect(Buffer.from(built.pdf!).equals(Buffer.from(pdf))).toBe(true);
    const pptx = await deckPptx(deck, charts.map((c, k) => ({ sentence: c.sentence, notes: c.notes, png: pngs[k].data, width: pngs[k].width, height: pngs[k].height, native: c.native })), { lang: 'fr' });
    expect((await JSZip.loadAsync(built.pptx!)).file('ppt/charts/chart2.xml')).not.toBeNull();
    expect(Buffer.from(built.pptx!).equals(Buffer.from(pptx))).toBe(true);
    expect(built.slides).toEqual([]);
  }, 60_000);

  it('startOutputsThread().end() puts the charts it lent to this thread (still waiting when no more came) back in their places', async () => {
    const renderer = createRenderer();
    const svgs: string[] = [];
    for (let k = 0; k < 6; k++) svgs.push(await renderer.svg(rankingSpec([item('a', `Alpha ${k}`, 2 + k), item('b', 'Beta', 5)], { title: `Chart ${k}` })));
    const thread = startOutputsThread();
    thread.start({ png: true, lang: 'en' });
    // All at once, then the end: most charts are still waiting in the worker, which lends the newest ones here.
    for (const [k, svg] of svgs.entries()) thread.chart({ sentence: `Chart ${k}`, notes: [], svg });
    const built = await thread.end();
    expect(built.lent).toBeGreaterThan(0);
    const raster = createRasterizer();
    expect(built.pngs.map((p, k) => Buffer.from(p.data).equals(Buffer.from(raster.png(svgs[k]).data)))).toEqual(svgs.map(() => true));
  }, 60_000);

  it('startOutputsThread().end() builds only what the plan asks for', async () => {
    const svg = await createRenderer().svg(rankingSpec([item('a', 'Alpha', 8)], { title: 'Alpha' }));
    const thread = startOutputsThread();
    thread.start({ png: false, lang: 'en' });
    thread.chart({ sentence: 'Alpha', notes: [], svg });
    const built = await thread.end();
    expect(built.pdf).toBeUndefined();
    expect(built.pptx).toBeUndefined();
    expect(built.pngs.map((p) => p.data.length)).toEqual([0]);
  }, 60_000);

  it('startOutputsThread().end() rejects with the worker\'s message when a chart cannot be drawn', async () => {
    const thread = startOutputsThread();
    thread.start({ png: true, lang: 'en' });
    thread.chart({ sentence: 'Broken', notes: [], svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10"' });
    await expect(thread.end()).rejects.toThrow(/\S/);
    thread.stop();
  }, 60_000);
});

/**
 * A native chart part and its place in the package: caches, formulas into
 * the workbook, error bars as distances, labels, legend; the deck's content
 * types and relationships around it. Well-formedness is checked by saxes
 * (exceljs's XML parser), numbers by hand.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { deckPptx } from '../../../../../pipeline/outputs/deck.js';
import { chartXml, type ChartData } from '../../../../../pipeline/outputs/formats/pptx/index.js';

/** Throws when `xml` is not well-formed XML with its namespaces declared. */
function parse(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

const CHART: ChartData = {
  categoryName: 'item',
  categories: ['Alpha & <b>', 'Beta'],
  series: [
    { name: 'share', values: [0.5, null], colour: '08519C', pointColours: [undefined, 'E6550D'], labels: [undefined, null], interval: { low: [0.4, null], high: [0.7, null], lowName: 'low', highName: 'high' } },
    { name: 'other', values: [-0.25, 0.1], colour: 'B0B0B0', legend: false, labels: ['25%', undefined] },
  ],
  direction: 'bar',
  grouping: 'clustered',
  formatCode: '0%',
  axis: { min: 0, max: 1, step: 0.25 },
  labelPosition: 'inBase',
};

/** Each c:ser's name, values (blank where no c:pt) and error-bar distances, read from its caches. */
function seriesOf(xml: string) {
  const cache = (block: string | undefined, count: number) => {
    const values: (number | null)[] = Array(count).fill(null);
    for (const m of (block ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) values[Number(m[1])] = Number(m[2]);
    return values;
  };
  return [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, s]) => ({
    name: /<c:tx>.*?<c:v>([^<]*)<\/c:v>/s.exec(s)![1],
    nameRef: /<c:tx><c:strRef><c:f>([^<]*)<\/c:f>/.exec(s)![1],
    valuesRef: /<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)![1],
    values: cache(/<c:val>(.*?)<\/c:val>/s.exec(s)?.[1], 2),
    plus: cache(/<c:plus>(.*?)<\/c:plus>/s.exec(s)?.[1], 2),
    minus: cache(/<c:minus>(.*?)<\/c:minus>/s.exec(s)?.[1], 2),
    minusRef: /<c:minus><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)?.[1],
  }));
}

describe('chartXml', () => {
  it('chartXml(chart) writes every series with its name, values and categories cached and their cells in Sheet1', () => {
    const xml = chartXml(CHART, 'en-US');
    parse(xml);
    const series = seriesOf(xml);
    expect(series.map((s) => [s.name, s.nameRef, s.valuesRef, s.values])).toEqual([
      ['share', 'Sheet1!$B$1', 'Sheet1!$B$2:$B$3', [0.5, null]],
      ['other', 'Sheet1!$C$1', 'Sheet1!$C$2:$C$3', [-0.25, 0.1]],
    ]);
    // Categories escaped in the cache, one c:cat per series.
    expect(xml.match(/<c:cat><c:strRef><c:f>Sheet1!\$A\$2:\$A\$3<\/c:f>.*?<c:v>Alpha &amp; &lt;b&gt;<\/c:v>/gs)).toHaveLength(2);
    expect(xml).toContain('<c:formatCode>0%</c:formatCode>');
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toContain('<c:max val="1"/><c:min val="0"/>');
  });

  it('chartXml(chart) writes an interval as error bars of distances (0.7 − 0.5 up, 0.5 − 0.4 down) pointing at the formula columns after the bounds', () => {
    const [share, other] = seriesOf(chartXml(CHART, 'en-US'));
    expect(share.plus[0]).toBeCloseTo(0.2, 12);
    expect(share.minus[0]).toBeCloseTo(0.1, 12);
    expect([share.plus[1], share.minus[1]]).toEqual([null, null]);
    // Columns: A item, B share, C other, D low, E high, F minus, G plus.
    expect(share.minusRef).toBe('Sheet1!$F$2:$F$3');
    expect(other.minusRef).toBeUndefined();
  });

  it('chartXml(chart) colours series and bars, deletes the labels it is told to, writes custom label text, keeps a series out of the legend', () => {
    const xml = chartXml(CHART, 'en-US');
    expect(xml).toContain('<c:dPt><c:idx val="1"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="E6550D"/>');
    expect(xml).toContain('<c:dLbl><c:idx val="1"/><c:delete val="1"/></c:dLbl>');
    expect(xml).toMatch(/<c:dLbl><c:idx val="0"\/><c:tx><c:rich>.*?<a:t>25%<\/a:t>/);
    // One series in the legend: no legend; two: a legend without the one kept out.
    expect(xml).not.toContain('<c:legend>');
    const three = chartXml({ ...CHART, series: [...CHART.series, { name: 'third', values: [0.1, 0.2], colour: '000000' }] }, 'en-US');
    expect(three).toMatch(/<c:legend><c:legendPos val="t"\/><c:legendEntry><c:idx val="1"\/><c:delete val="1"\/><\/c:legendEntry><c:overlay/);
    // The theme's body font, so a template's fonts apply.
    expect(xml).toContain('<a:latin typeface="+mn-lt"/>');
  });
});

describe('deckPptx(…, native charts)', () => {
  it('deckPptx(charts with native data) writes a chart slide, then the picture slide hidden, each chart part with its rels and workbook', async () => {
    const image = new PNG({ width: 4, height: 3 });
    image.data.fill(255);
    const png = PNG.sync.write(image);
    const bytes = await deckPptx({ title: 'T', respondents: 1, items: 1, headlines: [] }, [{ sentence: 'A & B', notes: ['n = 1'], png, width: 4, height: 3, native: CHART }], { lang: 'en' });
    const zip = await JSZip.loadAsync(bytes);
    const text = (name: string) => zip.file(name)!.async('string');
    const slide3 = await text('ppt/slides/slide3.xml');
    const slide4 = await text('ppt/slides/slide4.xml');
    parse(slide3);
    expect(slide3).toMatch(/<p:graphicFrame>.*descr="A &amp; B\.".*uri="http:\/\/schemas.openxmlformats.org\/drawingml\/2006\/chart".*<c:chart [^>]*r:id="rId3"\/>/s);
    expect(slide3).not.toContain('show="0"');
    expect(slide4).toMatch(/^<\?xml[^>]*>\s*<p:sld [^>]*show="0"/);
    expect(slide4).toContain('<p:pic>');
    expect(await text('ppt/slides/_rels/slide3.xml.rels')).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"');
    expect(await text('ppt/charts/_rels/chart1.xml.rels')).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet1.xlsx"');
    const types = await text('[Content_Types].xml');
    expect(types).toContain('<Override PartName="/ppt/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>');
    expect(await text('docProps/app.xml')).toContain('<HiddenSlides>1</HiddenSlides>');
    // Both slides carry the notes.
    for (const k of [3, 4]) expect(await text(`ppt/notesSlides/notesSlide${k}.xml`)).toContain('n = 1');
    // The workbook: the chart's table, read back by exceljs.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await zip.file('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx')!.async('uint8array')) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sheet1')!;
    expect([1, 2, 3, 4, 5].map((c) => sheet.getCell(1, c).value)).toEqual(['item', 'share', 'other', 'low', 'high']);
    expect([sheet.getCell(2, 1).value, sheet.getCell(2, 2).value, sheet.getCell(2, 4).value, sheet.getCell(2, 5).value]).toEqual(['Alpha & <b>', 0.5, 0.4, 0.7]);
    expect(sheet.getCell(2, 6).value).toMatchObject({ formula: 'B2-D2' });
    expect(sheet.getCell(2, 7).value).toMatchObject({ formula: 'E2-B2' });
  });

  it('deckPptx(charts with native data) gives every part a content type and every relationship an existing target, and parses as XML', async () => {
    const bytes = await deckPptx({ title: 'T', respondents: 1, items: 1, headlines: [] }, [1, 2].map((k) => ({ sentence: `Chart ${k}`, notes: [], png: PNG.sync.write(Object.assign(new PNG({ width: 2, height: 2 }), { data: Buffer.alloc(16, 255) })), width: 2, height: 2, native: CHART })));
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const name of names.filter((n) => n !== '[Content_Types].xml')) {
      const typed = types.includes(`PartName="/${name}"`) || types.includes(`Extension="${name.slice(name.lastIndexOf('.') + 1)}"`);
      expect(typed, name).toBe(true);
      if (name.endsWith('.xml') || name.endsWith('.rels')) parse(await zip.file(name)!.async('string'));
    }
    let targets = 0;
    for (const relsName of names.filter((n) => n.endsWith('.rels'))) {
      const folder = relsName.replace(/_rels\/[^/]+$/, '');
      for (const [, target] of (await zip.file(relsName)!.async('string')).matchAll(/Target="([^"]+)"/g)) {
        const parts: string[] = [];
        for (const seg of (folder + target).split('/')) seg === '..' ? parts.pop() : parts.push(seg);
        expect(names, `${relsName} → ${target}`).toContain(parts.join('/'));
        targets++;
      }
    }
    // Two charts: two chart parts, two workbooks, each chart's rels one target.
    expect(names.filter((n) => /^ppt\/charts\/chart\d\.xml$/.test(n))).toEqual(['ppt/charts/chart1.xml', 'ppt/charts/chart2.xml']);
    expect(names.filter((n) => n.startsWith('ppt/embeddings/'))).toEqual(['ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx', 'ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx']);
    expect(targets).toBeGreaterThan(20);
  });
});

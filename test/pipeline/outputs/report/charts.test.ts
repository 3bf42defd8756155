import { describe, expect, it } from 'vitest';
import { chartFigure } from '../../../../pipeline/outputs/report/charts.js';
import { reportContext } from '../../../../pipeline/outputs/report/context.js';

const ctx = reportContext('en', 5);
const chart = { name: 'plenary-likert', group: 'plenary', sentence: 'Plenaries <rated> well', svg: '<svg width="900"><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>' };

describe('chartFigure(chart, dataTable, ctx)', () => {
  it('chartFigure(chart without a narrow layout) holds its one SVG, shown everywhere, as before', () => {
    const html = chartFigure(chart, '', ctx);
    expect(html).toBe(`<figure class="chart" id="chart-plenary-likert"><div class="plot" role="img" aria-label="Plenaries &lt;rated&gt; well">${chart.svg}</div><figcaption>Plenaries &lt;rated&gt; well.</figcaption></figure>`);
  });

  it('chartFigure(chart with a narrow layout) holds both, wide then narrow, each named by the sentence, their ids apart; caption and table once', () => {
    const narrowSvg = '<svg width="332"><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>';
    const html = chartFigure({ ...chart, narrowSvg }, '<table class="data"></table>', ctx);
    const label = 'role="img" aria-label="Plenaries &lt;rated&gt; well"';
    expect(html).toContain(`<div class="plot plot-wide" ${label}><svg width="900"><clipPath id="chart-plenary-likert-wide-clip1"/><g clip-path="url(#chart-plenary-likert-wide-clip1)"/></svg></div>`);
    expect(html).toContain(`<div class="plot plot-narrow" ${label}><svg width="332"><clipPath id="chart-plenary-likert-narrow-clip1"/><g clip-path="url(#chart-plenary-likert-narrow-clip1)"/></svg></div>`);
    expect(html.indexOf('plot-wide')).toBeLessThan(html.indexOf('plot-narrow'));
    expect(html.match(/<figcaption>/g)).toHaveLength(1);
    expect(html.match(/<table/g)).toHaveLength(1);
  });

  it('chartFigure(chart with a narrow layout holding a script) refuses it', () => {
    expect(() => chartFigure({ ...chart, narrowSvg: '<svg><script>alert(1)</script></svg>' }, '', ctx)).toThrow(/active content/);
  });
});

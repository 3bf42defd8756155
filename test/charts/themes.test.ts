import * as vega from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { createRenderer, themesSpec } from '../../charts/index.js';
import { expectGolden } from './golden.js';
import { fixturePlans, svgTexts } from './fixture.js';
import { expectNarrow, figures, svgLines } from './narrow-checks.js';

/** Made-up themes of 50 respondents, deliberately not sorted, with a tie (9 and 9) in a known order. */
const THEMES = [
  { term: 'shuttle bus', count: 9 },
  { term: 'badge pickup', count: 14 },
  { term: 'sign language', count: 6 },
  { term: 'interpretation', count: 9 },
  { term: 'plenary hall', count: 11 },
];
const ANSWERED = 50;
type Spec = { data: { values: { key: string; term: string; count: number; text: string }[] }; layer: { mark: { type: string }; encoding: Record<string, { field?: string; axis?: { labelExpr?: string } }> }[]; title: { text: string[] } };
const renderer = createRenderer();

/** A logger that keeps every warning vega-lite and vega would print. */
function collecting(into: string[]) {
  const logger = {
    level: (l?: number) => (l === undefined ? vega.Warn : logger),
    error: (...a: unknown[]) => (into.push(`error: ${a.join(' ')}`), logger),
    warn: (...a: unknown[]) => (into.push(a.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

describe('themesSpec(themes, look)', () => {
  it('themesSpec(themes) has one bar per theme, most used first, ties in the given order', () => {
    const spec = themesSpec(THEMES, { title: 'T', base: ANSWERED }) as unknown as Spec;
    expect(spec.data.values.map((v) => v.term)).toEqual(['badge pickup', 'plenary hall', 'shuttle bus', 'interpretation', 'sign language']);
    expect(spec.data.values.map((v) => v.count)).toEqual([14, 11, 9, 9, 6]);
    const bar = spec.layer.find((l) => l.mark.type === 'bar')!;
    expect(bar.encoding.x.field).toBe('count');
  });

  it('themesSpec(themes) labels each bar with its count and its share of the comments read', () => {
    const spec = themesSpec(THEMES, { title: 'T', base: ANSWERED }) as unknown as Spec;
    // 14/50 = 28%, 11/50 = 22%, 9/50 = 18%, 6/50 = 12%.
    expect(spec.data.values.map((v) => v.text)).toEqual(['14 (28%)', '11 (22%)', '9 (18%)', '9 (18%)', '6 (12%)']);
  });

  it('themesSpec(themes, { lang }) writes counts and percents as the language does', () => {
    const text = (lang: 'en' | 'fr' | 'es') => (themesSpec([{ term: 'wifi', count: 1234 }], { title: 'T', base: 2000, lang }) as unknown as Spec).data.values[0].text;
    expect([text('en'), text('fr'), text('es')]).toEqual(['1,234 (62%)', '1\u00a0234 (62\u00a0%)', '1234 (62\u00a0%)']);
  });

  it('themesSpec(…) compiles with vega-lite and runs in vega with no warning', async () => {
    const warnings: string[] = [];
    const spec = themesSpec(THEMES, { title: 'What should we change? (n = 50)', base: ANSWERED, subtitle: 'Respondents per theme' });
    const vg = compile(JSON.parse(JSON.stringify(spec)), { logger: collecting(warnings) as never }).spec;
    const view = new vega.View(vega.parse(vg), { renderer: 'none', logger: collecting(warnings) as never, logLevel: vega.Warn });
    await view.runAsync();
    view.finalize();
    expect(warnings).toEqual([]);
  });

  it('themesSpec(…) renders the title with its n, every term in order and every bar label', async () => {
    const svg = await renderer.svg(themesSpec(THEMES, { title: 'What should we change? (n = 50)', base: ANSWERED }));
    const texts = svgTexts(svg);
    expect(texts.join(' ')).toContain('(n = 50)');
    const terms = texts.filter((t) => THEMES.some((th) => th.term === t));
    expect(terms).toEqual(['badge pickup', 'plenary hall', 'shuttle bus', 'interpretation', 'sign language']);
    for (const label of ['14 (28%)', '11 (22%)', '9 (18%)', '6 (12%)']) expect(texts).toContain(label);
  });

  it('themesSpec(…) escapes markup in the question and in a term', async () => {
    const svg = await renderer.svg(themesSpec([{ term: '<b>x</b> & "y"', count: 3 }, { term: 'z', count: 2 }], { title: '<img src=x onerror=alert(1)> (n = 9)', base: 9 }));
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svgTexts(svg).join(' ')).toContain('<img src=x onerror=alert(1)> (n = 9)');
    expect(svgTexts(svg)).toContain('<b>x</b> & "y"');
  });

  it('themesSpec(…) cuts a term too long for its room with an ellipsis', () => {
    const long = 'extraordinarily-long-compound-word-that-nobody-would-ever-fit-in-a-label';
    const spec = themesSpec([{ term: long, count: 2 }], { title: 'T', base: 4, width: 400 }) as unknown as Spec;
    const axis = spec.layer[0].encoding.y.axis!.labelExpr!;
    expect(axis).toContain('…');
    expect(axis).not.toContain(long);
  });

  it('themesSpec(themes) does not reorder or change the given array', () => {
    const given = THEMES.map((t) => ({ ...t }));
    themesSpec(given, { title: 'T', base: ANSWERED });
    expect(given).toEqual(THEMES);
  });

  it('themesSpec(ndm-un23 comments) renders the golden SVG, titled with the question and n = 122', async () => {
    const plan = (await fixturePlans()).find((p) => p.kind === 'themes')!;
    // 122 respondents wrote a comment (a plain count over the export, see test/pipeline/outputs/themes-chart.test.ts).
    expect(plan.sentence).toContain('(n = 122)');
    expectGolden('themes-comments', await renderer.svg(plan.spec));
  }, 60_000);
});

describe('themesSpec(themes, { layout: narrow })', () => {
  const FIELDS = ['term', 'count', 'share', 'text'];
  it('themesSpec(themes, { layout: narrow }) is at most 360 px wide, its type 11 px or more, each term above its bar', async () => {
    await expectNarrow(themesSpec(THEMES, { title: 'Comments (n = 50)', base: ANSWERED, layout: 'narrow' }));
  });

  it('themesSpec(themes, { layout: narrow }) draws the same themes, in the same order, with the same figures as the wide layout', () => {
    const narrow = figures(themesSpec(THEMES, { title: 'T', base: ANSWERED, layout: 'narrow' }), FIELDS);
    // 14 of 50 = 28%, 11 → 22%, 9 → 18% twice (given order), 6 → 12%.
    expect(narrow.map((v) => v.text)).toEqual(['14 (28%)', '11 (22%)', '9 (18%)', '9 (18%)', '6 (12%)']);
    expect(narrow.map((v) => v.term)).toEqual(['badge pickup', 'plenary hall', 'shuttle bus', 'interpretation', 'sign language']);
    expect(narrow).toEqual(figures(themesSpec(THEMES, { title: 'T', base: ANSWERED }), FIELDS));
  });

  it('themesSpec(themes, { layout: narrow }) writes every term whole', async () => {
    const svg = await expectNarrow(themesSpec(THEMES, { title: 'T', base: ANSWERED, layout: 'narrow' }));
    for (const t of THEMES) expect(svgLines(svg)).toContain(t.term);
  });
});

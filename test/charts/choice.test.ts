import { describe, expect, it } from 'vitest';
import { choiceSpec, createRenderer } from '../../charts/index.js';
import { svgTexts } from './fixture.js';
import { expectNarrow, figures, svgLines } from './narrow-checks.js';

const bars = [
  { label: 'Tuesday', count: 30, share: 0.3, low: 0.22, high: 0.4 },
  { label: 'Monday, trade only', count: 60, share: 0.6, low: 0.5, high: 0.69 },
  { label: 'Wednesday', count: 45, share: 0.45, low: 0.36, high: 0.55 },
];
type Spec = { data: { values: { option: string; low: number; high: number; share: number }[] }; layer: { mark: { type: string }; encoding: Record<string, { field?: string }> }[]; title: { text: string[] } };

describe('choiceSpec(options, look)', () => {
  it('choiceSpec(options) sorts by share, largest first, and draws each interval as a rule from low to high', () => {
    const spec = choiceSpec(bars, { title: 'Which days did you attend? (n = 100)' }) as unknown as Spec;
    expect(spec.data.values.map((v) => v.option)).toEqual(['Monday, trade only', 'Wednesday', 'Tuesday']);
    const rule = spec.layer.find((l) => l.mark.type === 'rule')!;
    expect([rule.encoding.x.field, rule.encoding.x2.field]).toEqual(['low', 'high']);
    expect(spec.layer.find((l) => l.mark.type === 'bar')!.encoding.x.field).toBe('share');
  });

  it('choiceSpec(options, { keepOrder }) keeps the survey order', () => {
    const spec = choiceSpec(bars, { title: 'T', keepOrder: true }) as unknown as Spec;
    expect(spec.data.values.map((v) => v.option)).toEqual(['Tuesday', 'Monday, trade only', 'Wednesday']);
  });

  it('choiceSpec(options) renders the n in its title, every option label and each percentage with its count', async () => {
    const svg = await createRenderer().svg(choiceSpec(bars, { title: 'Which days did you attend? (n = 100)' }));
    const texts = svgTexts(svg);
    expect(texts.join(' ')).toContain('(n = 100)');
    for (const label of ['Tuesday', 'Monday, trade only', 'Wednesday']) expect(texts).toContain(label);
    expect(texts).toContain('60% (60)');
  });
});

describe('choiceSpec(options, { layout: narrow })', () => {
  const FIELDS = ['option', 'count', 'share', 'low', 'high', 'text'];
  it('choiceSpec(options, { layout: narrow }) is at most 360 px wide, its type 11 px or more, each label above its bar', async () => {
    await expectNarrow(choiceSpec(bars, { title: 'Which days did you attend? (n = 100)', layout: 'narrow' }));
  });

  it('choiceSpec(options, { layout: narrow }) draws the same options, in the same order, with the same figures as the wide layout', () => {
    const narrow = figures(choiceSpec(bars, { title: 'T', layout: 'narrow' }), FIELDS);
    expect(narrow.map((v) => v.option)).toEqual(['Monday, trade only', 'Wednesday', 'Tuesday']);
    expect(narrow.map((v) => v.text)).toEqual(['60% (60)', '45% (45)', '30% (30)']);
    expect(narrow).toEqual(figures(choiceSpec(bars, { title: 'T' }), FIELDS));
  });

  it('choiceSpec(options, { layout: narrow }) writes a long option whole, wrapped, above its bar', async () => {
    const long = 'Monday, trade only, with the morning workshop on clearance standards';
    const svg = await expectNarrow(choiceSpec([{ ...bars[0], label: long }], { title: 'T', layout: 'narrow' }));
    expect(svgLines(svg).join(' ')).toContain(long);
  });

  it('choiceSpec(options with an unbreakable address, { layout: narrow }) stays within 360 px, the address whole across its lines', async () => {
    const address = 'https://example.org/registration/confirm?attendee=0123456789&session=plenary-7';
    const svg = await expectNarrow(choiceSpec([{ ...bars[0], label: address }], { title: `Where did you register? ${address} (n = 100)`, layout: 'narrow' }));
    expect(svgLines(svg).join('')).toContain(address);
  });
});

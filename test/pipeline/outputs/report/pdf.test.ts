import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATHS, findChromium, stablePdf } from '../../../../pipeline/outputs/report/pdf.js';

describe('findChromium(env, exists)', () => {
  it('findChromium(env, exists) takes $DEBRIEF_CHROMIUM first, then the first known path that exists', () => {
    expect(findChromium({ DEBRIEF_CHROMIUM: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(findChromium({}, (p) => p === CHROMIUM_PATHS[1])).toBe(CHROMIUM_PATHS[1]);
    expect(findChromium({}, () => true)).toBe(CHROMIUM_PATHS[0]);
  });

  it('findChromium(env, exists) is undefined when nothing exists, or when $DEBRIEF_CHROMIUM names a missing file', () => {
    expect(findChromium({}, () => false)).toBeUndefined();
    expect(findChromium({ DEBRIEF_CHROMIUM: '/nowhere' }, (p) => p !== '/nowhere')).toBeUndefined();
  });
});

describe('stablePdf(pdf)', () => {
  it('stablePdf(pdf) fixes the creation and modification dates without changing the length', () => {
    const a = Buffer.from("%PDF-1.4\n1 0 obj <</CreationDate (D:20251128035500+00'00') /ModDate (D:20251128035501+00'00')>>\nxref", 'latin1');
    const b = Buffer.from("%PDF-1.4\n1 0 obj <</CreationDate (D:20260101120000+00'00') /ModDate (D:20260101120002+00'00')>>\nxref", 'latin1');
    const sa = Buffer.from(stablePdf(a));
    expect(sa.length).toBe(a.length);
    expect(sa.equals(Buffer.from(stablePdf(b)))).toBe(true);
    expect(sa.toString('latin1')).toContain("/CreationDate (D:20000101000000+00'00')");
  });
});

import { describe, expect, it } from 'vitest';
import { onInterrupt } from '../../../pipeline/outputs/interrupt.js';

describe('onInterrupt(fn)', () => {
  it('onInterrupt(fn) listens for SIGINT and SIGTERM while a clean-up is registered, and stops once none is', () => {
    const before = process.listenerCount('SIGINT');
    const a = onInterrupt(() => {});
    const b = onInterrupt(() => {});
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    expect(process.listenerCount('SIGTERM')).toBeGreaterThan(0);
    a();
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    b();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { later } from '../../../pipeline/util/later.js';

describe('later()', () => {
  it('later(promise) keeps an early failure from counting as unhandled, and the later await still throws it', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const failing = later(Promise.reject(new Error('early')));
      // Other awaits come first, as in a run: the rejection is settled meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(failing).rejects.toThrow('early');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});

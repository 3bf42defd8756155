import { describe, expect, it } from 'vitest';
import { tallyItem, type Item } from '../../../../pipeline/ingest/normalise/resolve.js';
import { SCALES } from '../../../../pipeline/ingest/normalise/scales.js';
import { unknownLabels } from '../../../../pipeline/ingest/normalise/unknown-labels.js';

const scale = (id: string) => SCALES.find((s) => s.id === id)!;

/** An item of `question` whose column holds these answers (label → count). */
function item(question: string, label: string, answers: [string, number][], scaleId = 'excelente-malo-5'): Item {
  return { id: label, ...tallyItem(question, label, 0, scale(scaleId), new Map(answers), 0) };
}

const MESAS = '¿Cómo valora cada mesa redonda?';

describe('unknownLabels(items)', () => {
  it('unknownLabels(a matrix whose rows share one label off the scale) gives it once, with every column and the summed count', () => {
    const items = [
      item(MESAS, 'Mesa 1', [['Excelente', 4], ['Bueno', 3], ['Estaba en otra sala', 5]]),
      item(MESAS, 'Mesa 2', [['Regular', 2], ['Estaba en otra sala', 7]]),
      item(MESAS, 'Mesa 3', [['Malo', 1], ['ESTABA EN OTRA SALA', 2]]),
    ];
    // 5 + 7 + 2 by hand; the second spelling differs only in case, so it is the same label.
    expect(unknownLabels(items)).toEqual([{ label: 'Estaba en otra sala', columns: ['Mesa 1', 'Mesa 2', 'Mesa 3'], count: 14, afterScale: true }]);
  });

  it('unknownLabels(one rating question with an odd label) gives it, not as a choice beside the scale (no order to show it)', () => {
    const items = [item('¿Cómo valora la sede?', '¿Cómo valora la sede?', [['Bueno', 3], ['Me perdí', 2]])];
    expect(unknownLabels(items)).toEqual([{ label: 'Me perdí', columns: ['¿Cómo valora la sede?'], count: 2, afterScale: false }]);
  });

  it('unknownLabels(a label numbered after the levels) reads it as a choice beside the scale, even on one question', () => {
    const items = [item('Rate the venue', 'Rate the venue', [['4. Good', 3], ['5. Watched online', 2]], 'excellent-poor-4')];
    expect(unknownLabels(items)[0].afterScale).toBe(true);
  });

  it('unknownLabels(misspelt levels, or two labels off the scale in one column) gives each label, none as a choice beside the scale', () => {
    const items = [
      item(MESAS, 'Mesa 1', [['Excelente', 4], ['Exelente', 2]]),
      item(MESAS, 'Mesa 2', [['Exelente', 1], ['Fantástico', 3], ['Horrible', 1]]),
      item(MESAS, 'Mesa 3', [['Horrible', 2]]),
    ];
    expect(unknownLabels(items)).toEqual([
      { label: 'Exelente', columns: ['Mesa 1', 'Mesa 2'], count: 3, afterScale: false },
      { label: 'Fantástico', columns: ['Mesa 2'], count: 3, afterScale: false },
      { label: 'Horrible', columns: ['Mesa 2', 'Mesa 3'], count: 3, afterScale: false },
    ]);
  });

  it('unknownLabels(items with every label known) is empty', () => {
    expect(unknownLabels([item(MESAS, 'Mesa 1', [['Excelente', 4], ['No aplica (no asistí)', 3]])])).toEqual([]);
  });
});

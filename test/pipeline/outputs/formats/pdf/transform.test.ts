import { describe, expect, it } from 'vitest';
import { apply, multiply, parseTransform } from '../../../../../pipeline/outputs/formats/pdf/transform.js';

const close = (p: [number, number], x: number, y: number) => {
  expect(p[0]).toBeCloseTo(x, 9);
  expect(p[1]).toBeCloseTo(y, 9);
};

describe('parseTransform()', () => {
  it('parseTransform("translate(10,20)") moves points', () => {
    close(apply(parseTransform('translate(10,20)'), 1, 2), 11, 22);
    close(apply(parseTransform('translate(5)'), 1, 2), 6, 2);
  });

  it('parseTransform("translate(10,20) rotate(90)") rotates first, then translates (rightmost applies first)', () => {
    // rotate(90): (1,0) → (0,1); then + (10,20).
    close(apply(parseTransform('translate(10,20) rotate(90)'), 1, 0), 10, 21);
  });

  it('parseTransform("rotate(-90)") turns a vertical axis title: (1,0) → (0,−1)', () => {
    close(apply(parseTransform('rotate(-90)'), 1, 0), 0, -1);
  });

  it('parseTransform("rotate(180, 5, 5)") rotates about (5,5)', () => {
    close(apply(parseTransform('rotate(180, 5, 5)'), 0, 0), 10, 10);
  });

  it('parseTransform("scale(2,3) matrix(1,0,0,1,1,1)") composes scale and matrix', () => {
    close(apply(parseTransform('scale(2,3) matrix(1,0,0,1,1,1)'), 1, 1), 4, 6);
    close(apply(parseTransform('scale(2)'), 1, 1), 2, 2);
  });

  it('parseTransform("spin(3)") warns and leaves the function out', () => {
    const warnings: string[] = [];
    close(apply(parseTransform('spin(3) translate(1,1)', (m) => warnings.push(m)), 0, 0), 1, 1);
    expect(warnings).toHaveLength(1);
  });

  it('multiply(outer, inner) applies inner first', () => {
    const m = multiply([2, 0, 0, 2, 0, 0], [1, 0, 0, 1, 3, 4]);
    close(apply(m, 0, 0), 6, 8);
  });
});

import { describe, expect, it } from 'vitest';
import { arcToCubics, pathOperators } from '../../../../../pipeline/outputs/formats/pdf/path.js';

/** The operators as [operator, numbers] pairs. */
function ops(d: string): [string, number[]][] {
  return pathOperators(d)
    .split('\n')
    .map((line) => {
      const parts = line.split(' ');
      return [parts[parts.length - 1], parts.slice(0, -1).map(Number)];
    });
}

/** Point of a cubic from (x0, y0) at t. */
function cubicAt(x0: number, y0: number, c: number[], t: number): [number, number] {
  const u = 1 - t;
  return [
    u * u * u * x0 + 3 * u * u * t * c[0] + 3 * u * t * t * c[2] + t * t * t * c[4],
    u * u * u * y0 + 3 * u * u * t * c[1] + 3 * u * t * t * c[3] + t * t * t * c[5],
  ];
}

describe('pathOperators()', () => {
  it('pathOperators("M10,20L30,40Z") moves, draws a line and closes, absolute', () => {
    expect(pathOperators('M10,20L30,40Z')).toBe('10 20 m\n30 40 l\nh');
  });

  it('pathOperators("m10,20l5,5h10v-3z") takes each relative command from the current point', () => {
    // Hand: (10,20) → (15,25) → (25,25) → (25,22).
    expect(pathOperators('m10,20l5,5h10v-3z')).toBe('10 20 m\n15 25 l\n25 25 l\n25 22 l\nh');
  });

  it('pathOperators("M0,0H7V9") draws absolute horizontal and vertical lines', () => {
    expect(pathOperators('M0,0H7V9')).toBe('0 0 m\n7 0 l\n7 9 l');
  });

  it('pathOperators("M0,0 10,0 10,10") treats pairs after M as line-tos', () => {
    expect(pathOperators('M0,0 10,0 10,10')).toBe('0 0 m\n10 0 l\n10 10 l');
  });

  it('pathOperators("M1,1l5,0zl0,5") returns to the subpath start after z', () => {
    expect(pathOperators('M1,1l5,0zl0,5')).toBe('1 1 m\n6 1 l\nh\n1 6 l');
  });

  it('pathOperators("M1,1C2,3,4,5,6,7c1,1,2,2,3,3") writes cubics, the relative one from (6,7)', () => {
    expect(pathOperators('M1,1C2,3,4,5,6,7c1,1,2,2,3,3')).toBe('1 1 m\n2 3 4 5 6 7 c\n7 8 8 9 9 10 c');
  });

  it('pathOperators("M0,0C1,2,3,4,5,6S9,10,11,12s1,1,2,2") reflects the previous second control point', () => {
    // S: first control = 2·(5,6) − (3,4) = (7,8). s from (11,12): first control 2·(11,12) − (9,10) = (13,14).
    expect(pathOperators('M0,0C1,2,3,4,5,6S9,10,11,12s1,1,2,2')).toBe('0 0 m\n1 2 3 4 5 6 c\n7 8 9 10 11 12 c\n13 14 12 13 13 14 c');
  });

  it('pathOperators("M0,0Q3,3,6,0T12,0") raises quadratics to cubics, T reflecting the control point', () => {
    // Q: controls (0,0) + 2/3·((3,3) − (0,0)) = (2,2) and (6,0) + 2/3·((3,3) − (6,0)) = (4,2).
    // T: control reflected to (9,−3); cubic controls (6,0) + 2/3·(3,−3) = (8,−2) and (12,0) + 2/3·(−3,−3) = (10,−2).
    expect(pathOperators('M0,0Q3,3,6,0T12,0')).toBe('0 0 m\n2 2 4 2 6 0 c\n8 -2 10 -2 12 0 c');
  });

  it('pathOperators("m1,1q3,3,6,0t6,0") handles relative quadratics alike', () => {
    expect(pathOperators('m1,1q3,3,6,0t6,0')).toBe('1 1 m\n3 3 5 3 7 1 c\n9 -1 11 -1 13 1 c');
  });

  it('pathOperators("M0,0A5,5,0,1,1,10,0") draws a semicircle through (5,−5) in two quarter cubics', () => {
    const list = ops('M0,0A5,5,0,1,1,10,0');
    expect(list.map((o) => o[0])).toEqual(['m', 'c', 'c']);
    // Centre (5,0), radius 5; sweep 1 runs by increasing angle from 180° (the start) to 360° via 270°: (5,−5).
    const [first, second] = [list[1][1], list[2][1]];
    expect(first[4]).toBeCloseTo(5, 3);
    expect(first[5]).toBeCloseTo(-5, 3);
    expect(second.slice(4)).toEqual([10, 0]);
    // Mid-segment points lie on the circle (a quarter cubic deviates by < 0.03% of the radius).
    for (const [x0, y0, c] of [[0, 0, first], [first[4], first[5], second]] as const) {
      const [x, y] = cubicAt(x0, y0, c, 0.5);
      expect(Math.hypot(x - 5, y)).toBeCloseTo(5, 2);
    }
  });

  it('pathOperators("M0,0A5,5,0,0,0,10,0") with sweep 0 goes the other way, through (5,5)', () => {
    const list = ops('M0,0A5,5,0,0,0,10,0');
    expect(list[1][1][4]).toBeCloseTo(5, 3);
    expect(list[1][1][5]).toBeCloseTo(5, 3);
  });

  it('pathOperators("m2,3a5,5,0,1,1,10,0") takes the relative arc from the current point', () => {
    const list = ops('m2,3a5,5,0,1,1,10,0');
    expect(list[1][1][4]).toBeCloseTo(7, 3);
    expect(list[1][1][5]).toBeCloseTo(-2, 3);
    expect(list[2][1].slice(4)).toEqual([12, 3]);
  });

  it('pathOperators("M0,0a5,5,0,1110,0") reads arc flags written without separators', () => {
    expect(pathOperators('M0,0a5,5,0,1110,0')).toBe(pathOperators('M0,0a5,5,0,1,1,10,0'));
  });

  it('pathOperators("M0,0A1,1,0,0,1,10,0") scales radii too small to reach the end point up', () => {
    // Radius becomes 5: again the semicircle through (5,−5).
    const list = ops('M0,0A1,1,0,0,1,10,0');
    expect(list[1][1][4]).toBeCloseTo(5, 3);
    expect(list[1][1][5]).toBeCloseTo(-5, 3);
  });

  it('pathOperators("M0,0A0,5,0,0,1,10,0") draws a zero-radius arc as a straight line', () => {
    expect(pathOperators('M0,0A0,5,0,0,1,10,0')).toBe('0 0 m\n10 0 l');
  });

  it('pathOperators("M0,0X5") warns about an unknown command and stops there', () => {
    const warnings: string[] = [];
    expect(pathOperators('M0,0X5', (m) => warnings.push(m))).toBe('0 0 m');
    expect(warnings).toHaveLength(1);
  });
});

describe('arcToCubics()', () => {
  it('arcToCubics(full 270° arc) splits into three segments of at most 90°', () => {
    // From (10,0) around the origin (radius 10), large arc, sweep, to (0,−10): 270° by increasing angle.
    const cubics = arcToCubics(10, 0, 10, 10, 0, true, true, 0, -10);
    expect(cubics).toHaveLength(3);
    expect(cubics[0][4]).toBeCloseTo(0, 6);
    expect(cubics[0][5]).toBeCloseTo(10, 6);
    expect(cubics[1][4]).toBeCloseTo(-10, 6);
    expect(cubics[1][5]).toBeCloseTo(0, 6);
  });

  it('arcToCubics(rotated ellipse) lands on the given end point', () => {
    const cubics = arcToCubics(0, 0, 20, 10, 30, false, true, 15, 5);
    expect(cubics[cubics.length - 1].slice(4)).toEqual([15, 5]);
  });
});

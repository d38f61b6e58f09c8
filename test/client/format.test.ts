import { NOISE, formatNumber } from '../../client/format';

describe('formatNumber', () => {
  test('small values keep their exponent (the mantissa is trimmed, never the exponent)', () => {
    expect(formatNumber(2.1155885364791726e-10)).toBe('2.12e-10');
    expect(formatNumber(1.4959470003449464e-10)).toBe('1.5e-10');
    expect(formatNumber(1e-10)).toBe('1e-10');
    expect(formatNumber(-2.5e-7)).toBe('-2.5e-7');
    expect(formatNumber(0.00099)).toBe('9.9e-4');
  });

  test('values within rounding noise of zero are 0', () => {
    expect(formatNumber(3.35711583044107e-21)).toBe('0');
    expect(formatNumber(-NOISE / 2)).toBe('0');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(NOISE * 10)).toBe('1e-11');
  });

  test('three significant digits between 0.001 and 100, trailing zeros dropped', () => {
    expect(formatNumber(0.586109143636969)).toBe('0.586');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(99.95)).toBe('100');
    expect(formatNumber(12.345)).toBe('12.3');
  });

  test('integers and large values are grouped, without decimals', () => {
    expect(formatNumber(7)).toBe('7');
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(123.6)).toBe('124');
    expect(formatNumber(-4000)).toBe('-4,000');
  });

  test('what is printed sorts like the values (a ranking reads in order)', () => {
    const values = [0.586, 0.14, 0.113, 2.1e-10, 1.5e-10, 3e-21, 0];
    const printed = values.map((v) => Number(formatNumber(v).replace(/,/g, '')));
    for (let i = 1; i < printed.length; i++) expect(printed[i]).toBeLessThanOrEqual(printed[i - 1]);
  });

  test('non-numbers print as a dash', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('—');
  });
});

/**
 * The one number formatter of the page (panel, table, legend): compact, and never misleading.
 * Values within rounding noise of zero print as 0 — centralities computed by iteration leave
 * residues such as 3.36e-21 where the true value is 0 — and small values keep their exponent.
 */

/** Below this magnitude a value is floating-point noise, not a measurement: printed as 0. */
export const NOISE = 1e-12;

/** Drops trailing zeros of a decimal mantissa ("0.250" → "0.25", "2.10" → "2.1"), never of an integer. */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * "12,345" for integers and values of 100 or more; three significant digits down to 0.001
 * ("0.253", "1.5"); below that, three significant digits with the exponent kept ("2.12e-10").
 */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a < NOISE) return '0';
  if (Number.isInteger(v) || a >= 100) return Math.round(v).toLocaleString('en');
  if (a >= 1e-3) return trimZeros(v.toPrecision(3));
  const [mantissa, exponent] = v.toExponential(2).split('e');
  return `${trimZeros(mantissa)}e${exponent}`;
}

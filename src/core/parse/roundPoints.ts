/**
 * Rounds to the three decimals Capillary keeps points in, so sums of binary floats never show as
 * `300.00000000000006`.
 */
export function roundPoints(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Σ (x_i / Σx)² over the positive entries of `values[from..to)` (the Herfindahl–Hirschman index on the
 * 0..1 scale; DOJ/FTC Merger Guidelines 2023 §2.1). Undefined (returns `undefined`) when the sum is 0.
 */
export const sumOfSquaredShares = (values: ArrayLike<number>, from = 0, to = values.length): number | undefined => {
  let total = 0
  for (let i = from; i < to; i++) total += values[i]!
  if (!(total > 0)) return undefined
  let h = 0
  for (let i = from; i < to; i++) {
    const s = values[i]! / total
    h += s * s
  }
  return h
}

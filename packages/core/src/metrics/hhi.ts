/**
 * The Herfindahl–Hirschman index of a weighted distribution.
 *
 * @module
 */
import { toShares } from "../internal/distribution.js"

/**
 * Herfindahl–Hirschman index (HHI) of a weighted distribution, on the 0..1 scale: the sum of the squared
 * shares.
 *
 * Formula: `HHI = Σ s_i²` with `s_i = w_i / Σ_j w_j` (US DOJ & FTC, *Merger Guidelines*, 18 Dec 2023, §2.1,
 * "sum of the squares of the market shares"). Ranges from `1/N` (N equal shares) to 1 (a monopoly). Pass one
 * weight per group (vendor, jurisdiction): aggregate before squaring. Multiply by 10,000 for the "points" of
 * the merger guidelines ({@link hhiPoints}).
 *
 * Throws {@link MetricInputError} for an empty or all-zero distribution, or a negative or non-finite weight.
 *
 * @example
 * ```ts
 * import { hhi } from "@sovmap/core"
 *
 * hhi([30, 30, 20, 20]) // 0.26 (DOJ's worked example: 2,600 points)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const hhi = (weights: Iterable<number>): number => {
  let sum = 0
  for (const s of toShares(weights, "HHI")) sum += s * s
  return sum
}

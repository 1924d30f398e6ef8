/**
 * The k-firm concentration ratio.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { toShares } from "../internal/distribution.js"

/**
 * Concentration ratio CR-k: the combined share of the k largest items of a weighted distribution.
 *
 * Formula: `CR_k = Σ_{i=1..k} s_(i)` with shares sorted in decreasing order (the standard concentration
 * ratio, e.g. the US Economic Census CR4; METHODS.md §3.1). Ranges from `k/N` to 1; equals 1 when `k ≥ N`.
 *
 * Throws {@link MetricInputError} when `k` is not a positive integer, the distribution is empty or all
 * zero, or a weight is negative or non-finite.
 *
 * @example
 * ```ts
 * import { concentrationRatio } from "@sovmap/core"
 *
 * concentrationRatio([30, 30, 20, 20], 2) // 0.6
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const concentrationRatio = (weights: Iterable<number>, k: number): number => {
  if (!Number.isInteger(k) || k < 1) {
    throw new MetricInputError([{ file: "<input>", message: `CR-k needs a whole number k ≥ 1, got ${k}`, hint: "use k = 1 for the largest share, 4 for CR4" }])
  }
  const shares = toShares(weights, "CR-k").sort((a, b) => b - a)
  if (k >= shares.length) return 1
  let sum = 0
  for (let i = 0; i < k; i++) sum += shares[i]!
  // Each share is rounded; their partial sum may exceed 1 by an ulp, which a ratio cannot.
  return Math.min(1, sum)
}

/**
 * Pielou's evenness: Shannon entropy divided by its maximum.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { toShares } from "../internal/distribution.js"

/**
 * Normalised Shannon entropy (Pielou's evenness J) of a weighted distribution: 1 when all positive weights
 * are equal, towards 0 as one item dominates.
 *
 * Formula: `J = H / ln N` with `H = −Σ s_i ln s_i` and N the number of positive weights (Pielou,
 * *J. Theor. Biol.* 13, 1966). Defined for N ≥ 2 only.
 *
 * Throws {@link MetricInputError} when fewer than two weights are positive (J is 0/0 there), or a weight is
 * negative or non-finite.
 *
 * @example
 * ```ts
 * import { normalisedEntropy } from "@sovmap/core"
 *
 * normalisedEntropy([30, 30, 20, 20]) // 0.98548…
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const normalisedEntropy = (weights: Iterable<number>): number => {
  const shares = toShares(weights, "normalised entropy")
  if (shares.length < 2) {
    throw new MetricInputError([{ file: "<input>", message: "normalised entropy needs at least two positive weights (H / ln 1 is 0/0)", hint: "report the HHI or the entropy instead" }])
  }
  let h = 0
  for (const s of shares) h -= s * Math.log(s)
  return Math.min(1, Math.max(0, h / Math.log(shares.length)))
}

/**
 * Shannon entropy of a weighted distribution, and its numbers-equivalent.
 *
 * @module
 */
import { toShares } from "../internal/distribution.js"

/**
 * Shannon entropy of a weighted distribution, in nats (natural logarithm).
 *
 * Formula: `H = −Σ s_i ln s_i`, with `0 ln 0 := 0` (Shannon, *Bell Syst. Tech. J.* 27, 1948). Ranges from 0
 * (a monopoly) to `ln N` (N equal shares). Divide by `ln 2` for bits.
 *
 * Throws {@link MetricInputError} for an empty or all-zero distribution, or a negative or non-finite weight.
 *
 * @example
 * ```ts
 * import { shannonEntropy } from "@sovmap/core"
 *
 * shannonEntropy([30, 30, 20, 20]) // 1.36616… nats
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const shannonEntropy = (weights: Iterable<number>): number => {
  let h = 0
  for (const s of toShares(weights, "Shannon entropy")) h -= s * Math.log(s)
  // −0 for a monopoly would print as "-0"; an entropy is never negative.
  return h <= 0 ? 0 : h
}

/**
 * The numbers-equivalent of the Shannon entropy: how many equal items would have the same entropy.
 *
 * Formula: `exp(H)` — the order-1 Hill number (Hill, *Ecology* 54(2), 1973). Ranges from 1 to N; it is never
 * below {@link effectiveNumber} (the order-2 Hill number).
 *
 * @example
 * ```ts
 * import { entropyEquivalent } from "@sovmap/core"
 *
 * entropyEquivalent([30, 30, 20, 20]) // 3.92026…
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const entropyEquivalent = (weights: Iterable<number>): number => Math.exp(shannonEntropy(weights))

/**
 * Concentration of a weighted distribution over named groups (vendors, jurisdictions), every measure at
 * once.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { concentrationRatio } from "./concentration-ratio.js"
import { hhi } from "./hhi.js"
import { hhiBand, hhiPoints, type HhiBand } from "./hhi-band.js"
import { normalisedEntropy } from "./normalised-entropy.js"
import { shannonEntropy } from "./shannon-entropy.js"

/**
 * A weight attributed to a named group.
 *
 * @example
 * ```ts
 * import { concentration, type KeyedWeight } from "@sovmap/core"
 *
 * // One row per dependency, keyed by the entity that controls it; rows with the same key are summed
 * const rows: ReadonlyArray<KeyedWeight> = [
 *   { key: "microsoft", weight: 4 },
 *   { key: "ovhcloud", weight: 3 },
 *   { key: "microsoft", weight: 2 },
 *   { key: "amazon", weight: 1 }
 * ]
 * concentration(rows).groups // 3
 * concentration(rows).cr1 // 0.6 (microsoft: 6 of 10)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface KeyedWeight {
  readonly key: string
  readonly weight: number
}

/**
 * One group of a concentration summary.
 *
 * @example
 * ```ts
 * import { concentration, type KeyedShare } from "@sovmap/core"
 *
 * const shares: ReadonlyArray<KeyedShare> = concentration([
 *   { key: "ovhcloud", weight: 3 },
 *   { key: "microsoft", weight: 6 },
 *   { key: "amazon", weight: 1 }
 * ]).shares
 * shares.map((s) => [s.key, s.share]) // [["microsoft", 0.6], ["ovhcloud", 0.3], ["amazon", 0.1]]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface KeyedShare {
  readonly key: string
  readonly weight: number
  /** weight / total, in 0..1. */
  readonly share: number
}

/**
 * Every concentration measure of one distribution.
 *
 * @example
 * ```ts
 * import { concentration, type Concentration } from "@sovmap/core"
 *
 * const c: Concentration = concentration([{ key: "microsoft", weight: 6 }, { key: "ovhcloud", weight: 3 }, { key: "amazon", weight: 1 }])
 * c.hhiPoints // 4600 (0.36 + 0.09 + 0.01 = 0.46)
 * c.band // "highly concentrated"
 * c.cr1 // 0.6
 * c.effectiveNumber.toFixed(2) // "2.17": as concentrated as 2.17 equal vendors
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface Concentration {
  /** Number of groups with a positive weight (N). */
  readonly groups: number
  readonly totalWeight: number
  /** HHI on 0..1. */
  readonly hhi: number
  /** HHI on the 0..10,000 scale of the merger guidelines. */
  readonly hhiPoints: number
  readonly band: HhiBand
  /** Largest share (CR1). */
  readonly cr1: number
  /** Combined share of the four largest groups (CR4). */
  readonly cr4: number
  /** 1 / HHI. */
  readonly effectiveNumber: number
  /** Shannon entropy in nats. */
  readonly entropy: number
  /** Pielou's J; `null` when fewer than two groups (undefined there). */
  readonly normalisedEntropy: number | null
  /** Every group with a positive weight, largest first (ties by key). */
  readonly shares: ReadonlyArray<KeyedShare>
}

/**
 * Groups weights by key (summing weights of the same key first, so that each group has one share, as
 * METHODS.md §3.3 requires) and computes HHI with its band, CR1, CR4, the effective number, the Shannon
 * entropy and Pielou's evenness. See {@link hhi}, {@link concentrationRatio}, {@link shannonEntropy} and
 * {@link normalisedEntropy} for the formulas and sources.
 *
 * Throws {@link MetricInputError} for an empty or all-zero distribution, or a negative or non-finite weight.
 *
 * @example
 * ```ts
 * import { concentration } from "@sovmap/core"
 *
 * const c = concentration([{ key: "aws", weight: 3 }, { key: "ovh", weight: 1 }, { key: "aws", weight: 1 }])
 * c.hhi // 0.68 (shares 0.8 and 0.2)
 * c.band // "highly concentrated"
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const concentration = (items: Iterable<KeyedWeight>): Concentration => {
  const byKey = new Map<string, number>()
  let index = 0
  for (const { key, weight } of items) {
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new MetricInputError([{ file: "<input>", path: `[${index}].weight`, message: `weight of \`${key}\` must be a finite number ≥ 0, got ${String(weight)}` }])
    }
    index++
    if (weight > 0) byKey.set(key, (byKey.get(key) ?? 0) + weight)
  }
  const weights = [...byKey.values()]
  const h = hhi(weights)
  const total = weights.reduce((a, b) => a + b, 0)
  const shares = [...byKey]
    .map(([key, weight]) => ({ key, weight, share: weight / total }))
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return {
    groups: weights.length,
    totalWeight: total,
    hhi: h,
    hhiPoints: hhiPoints(h),
    band: hhiBand(h),
    cr1: concentrationRatio(weights, 1),
    cr4: concentrationRatio(weights, 4),
    effectiveNumber: 1 / h,
    entropy: shannonEntropy(weights),
    normalisedEntropy: weights.length < 2 ? null : normalisedEntropy(weights),
    shares
  }
}

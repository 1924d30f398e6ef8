/**
 * Validation and normalisation of weighted distributions, shared by the metrics.
 */
import { MetricInputError } from "../errors.js"

/**
 * Checks that every item's weight is a finite number ≥ 0 and sums the positive weights per jurisdiction,
 * in order of first appearance (zero weights are dropped). Shared by the foreign-share and alignment
 * metrics, which then sum these per-jurisdiction values in this same order, so that a part can never round
 * above the whole.
 */
export const weightByJurisdiction = (items: Iterable<{ readonly jurisdiction: string; readonly weight: number }>): Map<string, number> => {
  const byJurisdiction = new Map<string, number>()
  let index = 0
  for (const { jurisdiction, weight } of items) {
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new MetricInputError([{ file: "<input>", path: `[${index}].weight`, message: `weight must be a finite number ≥ 0, got ${String(weight)}` }])
    }
    index++
    if (weight === 0) continue
    byJurisdiction.set(jurisdiction, (byJurisdiction.get(jurisdiction) ?? 0) + weight)
  }
  return byJurisdiction
}

/**
 * Checks that every weight is a finite number ≥ 0 and that at least one is positive, then returns the
 * shares of the positive weights (w_i / Σ w), in input order. Zero weights are dropped (METHODS.md §3.1:
 * "weights normalised first; zero weights dropped").
 */
export const toShares = (weights: Iterable<number>, metric: string): Array<number> => {
  const positive: Array<number> = []
  let total = 0
  let index = 0
  for (const weight of weights) {
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new MetricInputError([
        { file: "<input>", path: `[${index}]`, message: `${metric}: weight must be a finite number ≥ 0, got ${String(weight)}`, hint: "remove the entry or give it a weight ≥ 0" }
      ])
    }
    index++
    if (weight > 0) {
      positive.push(weight)
      total += weight
    }
  }
  if (positive.length === 0) {
    throw new MetricInputError([
      { file: "<input>", message: `${metric} of an empty or all-zero distribution is undefined`, hint: "give at least one item a positive weight" }
    ])
  }
  for (let i = 0; i < positive.length; i++) positive[i] = positive[i]! / total
  return positive
}

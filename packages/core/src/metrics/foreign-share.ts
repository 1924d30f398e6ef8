/**
 * Foreign share: how much of a weighted dependency lies outside the home bloc.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { weightByJurisdiction } from "../internal/distribution.js"

/**
 * A weight attributed to a jurisdiction (e.g. a dependency's weight and its control jurisdiction).
 *
 * @example
 * ```ts
 * import { foreignShareByJurisdiction, type JurisdictionWeight } from "@sovmap/core"
 *
 * // One row per dependency: its weight (here, yearly spend) and the jurisdiction of its controller
 * const items: ReadonlyArray<JurisdictionWeight> = [
 *   { jurisdiction: "US", weight: 420_000 },
 *   { jurisdiction: "FR", weight: 210_000 },
 *   { jurisdiction: "US", weight: 35_000 }
 * ]
 * foreignShareByJurisdiction(items, new Set(["FR", "DE"])).foreignWeight // 455000
 * ```
 * @category metrics
 * @since 0.1.0
 */
export interface JurisdictionWeight {
  readonly jurisdiction: string
  readonly weight: number
}

/**
 * The weight held by one jurisdiction.
 *
 * @example
 * ```ts
 * import { foreignShareByJurisdiction, type JurisdictionShare } from "@sovmap/core"
 *
 * const rows: ReadonlyArray<JurisdictionShare> = foreignShareByJurisdiction(
 *   [{ jurisdiction: "US", weight: 3 }, { jurisdiction: "FR", weight: 1 }],
 *   new Set(["FR", "DE"])
 * ).byJurisdiction
 * rows.map((r) => `${r.jurisdiction} ${r.share * 100} %${r.home ? " (home)" : ""}`) // ["US 75 %", "FR 25 % (home)"]
 * ```
 * @category metrics
 * @since 0.1.0
 */
export interface JurisdictionShare {
  readonly jurisdiction: string
  readonly weight: number
  /** weight / total, in 0..1. */
  readonly share: number
  /** Whether the jurisdiction belongs to the home bloc. */
  readonly home: boolean
}

/**
 * Foreign share of a weighted distribution, with its breakdown by jurisdiction.
 *
 * @example
 * ```ts
 * import { foreignShareByJurisdiction, type ForeignShare } from "@sovmap/core"
 *
 * const r: ForeignShare = foreignShareByJurisdiction(
 *   [{ jurisdiction: "US", weight: 3 }, { jurisdiction: "CN", weight: 1 }, { jurisdiction: "FR", weight: 4 }],
 *   new Set(["FR"])
 * )
 * r.foreignShare // 0.5 (foreignWeight 4 of totalWeight 8)
 * r.byJurisdiction.filter((j) => !j.home).map((j) => j.jurisdiction) // ["US", "CN"]
 * ```
 * @category metrics
 * @since 0.1.0
 */
export interface ForeignShare {
  readonly totalWeight: number
  readonly foreignWeight: number
  /** foreignWeight / totalWeight, in 0..1. */
  readonly foreignShare: number
  /** One row per jurisdiction, largest weight first (ties by code). */
  readonly byJurisdiction: ReadonlyArray<JurisdictionShare>
}

/**
 * Computes the share of weight whose jurisdiction lies outside the home set, and the weight and share of
 * every jurisdiction.
 *
 * Formula (DESIGN.md, "foreign share"): `foreignShare = Σ_{j ∉ home} w_j / Σ_j w_j`, where `w_j` sums the
 * weights attributed to jurisdiction `j`. Zero weights are kept out of the breakdown.
 *
 * Throws {@link MetricInputError} when there is no positive weight, or a weight is negative or not finite:
 * a share of nothing is undefined, not 0.
 *
 * @example
 * ```ts
 * import { foreignShareByJurisdiction } from "@sovmap/core"
 *
 * const r = foreignShareByJurisdiction(
 *   [{ jurisdiction: "US", weight: 3 }, { jurisdiction: "FR", weight: 1 }],
 *   new Set(["FR", "DE"])
 * )
 * r.foreignShare // 0.75
 * ```
 * @category metrics
 * @since 0.1.0
 */
export const foreignShareByJurisdiction = (items: Iterable<JurisdictionWeight>, home: ReadonlySet<string>): ForeignShare => {
  const byJurisdiction = weightByJurisdiction(items)
  let total = 0
  // Summed over the same per-jurisdiction values, in the same order, as the foreign weight below, so that
  // rounding can never make the foreign weight exceed the total (a share of 1.0000000000000002).
  for (const weight of byJurisdiction.values()) total += weight
  if (total === 0) {
    throw new MetricInputError([{ file: "<input>", message: "foreign share of an empty or all-zero distribution is undefined", hint: "give at least one dependency a positive weight" }])
  }
  let foreign = 0
  const rows: Array<JurisdictionShare> = []
  for (const [jurisdiction, weight] of byJurisdiction) {
    const isHome = home.has(jurisdiction)
    if (!isHome) foreign += weight
    rows.push({ jurisdiction, weight, share: weight / total, home: isHome })
  }
  rows.sort((a, b) => b.weight - a.weight || (a.jurisdiction < b.jurisdiction ? -1 : 1))
  return { totalWeight: total, foreignWeight: foreign, foreignShare: foreign / total, byJurisdiction: rows }
}

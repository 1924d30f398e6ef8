/**
 * Substitutability and lock-in: can a dependency be replaced from the home bloc or from partners, and at
 * what declared cost.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { ALIGNMENT_TIERS, type AlignmentTier, type TierRisk } from "./alignment.js"

/**
 * An option a dependency could move to: an alternative in the same market, or a declared fallback.
 *
 * @example
 * ```ts
 * import { lockIn, type SubstituteOption } from "@sovmap/core"
 *
 * // A fallback declared in the manifest, in the home bloc
 * const fallback: SubstituteOption = { offering: "ovhcloud-public-cloud", tier: "home", via: "fallback" }
 * const r = lockIn([{ id: "citizen-portal/aws-s3", weight: 1, tier: "partners", options: [fallback] }], { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 })
 * r.dependencies[0]?.bestTier // "home"
 * r.index // 0: an option in the home bloc removes the lock-in
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface SubstituteOption {
  readonly offering: string
  readonly tier: AlignmentTier
  /** `market`: same market in the knowledge base; `fallback`: declared in the manifest. */
  readonly via: "market" | "fallback"
}

/**
 * A dependency as the lock-in metric sees it.
 *
 * @example
 * ```ts
 * import { defaultPolicy, effectivePolicy, lockIn, type LockInInput } from "@sovmap/core"
 *
 * const items: ReadonlyArray<LockInInput> = [
 *   { id: "collaboration/microsoft-365", weight: 3, tier: "partners", options: [] },
 *   { id: "citizen-portal/aws-s3", weight: 1, tier: "partners", options: [{ offering: "ovhcloud-public-cloud", tier: "home", via: "fallback" }], switchingMonths: 2 }
 * ]
 * const r = lockIn(items, effectivePolicy(defaultPolicy()).tierRisk)
 * r.index // 0.249975 (= 3 × 0.3333 / 4)
 * r.withoutHomeOption // 0.75
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface LockInInput {
  readonly id: string
  readonly weight: number
  /** Tier of the dependency's own control jurisdiction. */
  readonly tier: AlignmentTier
  readonly options: ReadonlyArray<SubstituteOption>
  readonly switchingCost?: number | undefined
  readonly switchingMonths?: number | undefined
}

/**
 * Lock-in of one dependency.
 *
 * @example
 * ```ts
 * import { lockIn, type DependencyLockIn } from "@sovmap/core"
 *
 * const [s3]: ReadonlyArray<DependencyLockIn> = lockIn(
 *   [{ id: "citizen-portal/aws-s3", weight: 1, tier: "partners", options: [{ offering: "ovhcloud-public-cloud", tier: "home", via: "fallback" }], switchingMonths: 2 }],
 *   { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 }
 * ).dependencies
 * s3?.homeOptions // ["ovhcloud-public-cloud"]
 * s3?.lockIn // 0
 * s3?.switchingMonths // 2
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface DependencyLockIn {
  readonly id: string
  readonly weight: number
  readonly tier: AlignmentTier
  /** Most aligned tier reachable: the dependency's own or that of its best option. */
  readonly bestTier: AlignmentTier
  /** Risk of `bestTier`, 0..1. */
  readonly lockIn: number
  /** Options in the home bloc, sorted. */
  readonly homeOptions: ReadonlyArray<string>
  /** Options among partners, sorted. */
  readonly partnerOptions: ReadonlyArray<string>
  readonly switchingCost: number | null
  readonly switchingMonths: number | null
}

/**
 * Lock-in of a set of dependencies.
 *
 * @example
 * ```ts
 * import { assess } from "@sovmap/sdk"
 * import type { LockIn } from "@sovmap/core"
 *
 * const { metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const lockIn: LockIn = metrics.lockIn
 * lockIn.index // weighted mean lock-in, 0..1: 0 when every dependency is in, or can move to, the home bloc
 * lockIn.longestSwitchingMonths // 24: the longest switch the manifest declares
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface LockIn {
  /** Σ w_d × lockIn_d / Σ w_d, in 0..1. */
  readonly index: number
  /** Share of weight that is outside the home bloc and has no option in it. */
  readonly withoutHomeOption: number
  /** Sum of declared switching costs (dependencies that declare one). */
  readonly declaredSwitchingCost: number
  /** Longest declared switching time, in months, or `null` when none is declared. */
  readonly longestSwitchingMonths: number | null
  /** Dependencies, highest lock-in × weight first (ties by id). */
  readonly dependencies: ReadonlyArray<DependencyLockIn>
}

const rank = (tier: AlignmentTier): number => ALIGNMENT_TIERS.indexOf(tier)

/**
 * Per dependency, the most aligned tier it can reach — its own control tier, or the tier of an alternative
 * in the same market or a declared fallback — and its lock-in, the policy's risk of that tier; in aggregate,
 * the weighted mean lock-in index.
 *
 * Formula: `lockIn_d = risk(min_tier({tier_d} ∪ {tier_o : o ∈ options_d}))` with tiers ordered home <
 * partners < other < restricted; `index = Σ_d w_d lockIn_d / Σ_d w_d`. This is sovmap's rule, not a
 * published index: it reuses the alignment tier risks so that "locked into a foreign supplier with no home
 * or partner substitute" scores like depending on it. Declared switching costs and months are reported, not
 * scored (their units differ between organisations).
 *
 * Throws {@link MetricInputError} when there is no positive weight, a weight is negative or not finite, or
 * a tier risk is outside [0, 1].
 *
 * @example
 * ```ts
 * import { lockIn } from "@sovmap/core"
 *
 * const risk = { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 }
 * const r = lockIn(
 *   [
 *     { id: "mail", weight: 3, tier: "other", options: [] },
 *     { id: "compute", weight: 1, tier: "other", options: [{ offering: "ovhcloud-public-cloud", tier: "home", via: "market" }] }
 *   ],
 *   risk
 * )
 * r.index // 0.5 (= 3 × 2/3 / 4)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const lockIn = (items: ReadonlyArray<LockInInput>, tierRisk: TierRisk): LockIn => {
  for (const tier of ALIGNMENT_TIERS) {
    const r = tierRisk[tier]
    if (typeof r !== "number" || !Number.isFinite(r) || r < 0 || r > 1) {
      throw new MetricInputError([{ file: "<policy>", path: `alignment.tierRisk.${tier}`, message: `tier risk must be in [0, 1], got ${String(r)}` }])
    }
  }
  let total = 0
  let weighted = 0
  let withoutHome = 0
  let cost = 0
  let months: number | null = null
  const rows: Array<DependencyLockIn> = []
  items.forEach((item, i) => {
    if (typeof item.weight !== "number" || !Number.isFinite(item.weight) || item.weight < 0) {
      throw new MetricInputError([{ file: "<input>", path: `[${i}].weight`, message: `weight of \`${item.id}\` must be a finite number ≥ 0, got ${String(item.weight)}` }])
    }
    let best = item.tier
    for (const option of item.options) if (rank(option.tier) < rank(best)) best = option.tier
    const value = tierRisk[best]
    const sortedOf = (tier: AlignmentTier) => [...new Set(item.options.filter((o) => o.tier === tier).map((o) => o.offering))].sort()
    total += item.weight
    weighted += item.weight * value
    if (item.tier !== "home" && best !== "home") withoutHome += item.weight
    if (item.switchingCost !== undefined) cost += item.switchingCost
    if (item.switchingMonths !== undefined) months = Math.max(months ?? 0, item.switchingMonths)
    rows.push({
      id: item.id,
      weight: item.weight,
      tier: item.tier,
      bestTier: best,
      lockIn: value,
      homeOptions: sortedOf("home"),
      partnerOptions: sortedOf("partners"),
      switchingCost: item.switchingCost ?? null,
      switchingMonths: item.switchingMonths ?? null
    })
  })
  if (total === 0) {
    throw new MetricInputError([{ file: "<input>", message: "lock-in of an empty or all-zero distribution is undefined", hint: "give at least one dependency a positive weight" }])
  }
  rows.sort((a, b) => b.weight * b.lockIn - a.weight * a.lockIn || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { index: weighted / total, withoutHomeOption: withoutHome / total, declaredSwitchingCost: cost, longestSwitchingMonths: months, dependencies: rows }
}

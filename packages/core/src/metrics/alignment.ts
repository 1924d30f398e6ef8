/**
 * Alignment ("digital solidarity"): how much of the weight depends on the home bloc, on partners, on other
 * jurisdictions or on restricted ones.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { weightByJurisdiction } from "../internal/distribution.js"
import type { JurisdictionWeight } from "./foreign-share.js"

/**
 * Partner tiers, from most to least aligned.
 *
 * @example
 * ```ts
 * import { alignmentTier, type AlignmentTier } from "@sovmap/core"
 *
 * const tier: AlignmentTier = alignmentTier("BR", { home: new Set(["FR"]), partners: new Set(["JP"]), restricted: new Set() })
 * tier // "other": neither home, partner nor restricted
 * ```
 * @category metrics
 * @since 0.2.0
 */
export type AlignmentTier = "home" | "partners" | "other" | "restricted"

/**
 * The tiers in report order.
 *
 * @example
 * ```ts
 * import { ALIGNMENT_TIERS, defaultPolicy, effectivePolicy } from "@sovmap/core"
 *
 * ALIGNMENT_TIERS // ["home", "partners", "other", "restricted"]
 * const risk = effectivePolicy(defaultPolicy()).tierRisk
 * ALIGNMENT_TIERS.map((tier) => `${tier}: ${risk[tier]}`) // ["home: 0", "partners: 0.3333", "other: 0.6667", "restricted: 1"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const ALIGNMENT_TIERS: ReadonlyArray<AlignmentTier> = ["home", "partners", "other", "restricted"]

/**
 * The jurisdiction sets that define the tiers. A jurisdiction takes the first tier that holds it in the
 * order home, restricted, partners; any other is `other`.
 *
 * @example
 * ```ts
 * import { alignmentTier, blocMembers, builtinKnowledgeBase, type AlignmentSets } from "@sovmap/core"
 *
 * // The default policy's sets for an EU home: the eu27 bloc, the knowledge base's `partners` bloc, none restricted
 * const kb = builtinKnowledgeBase()
 * const sets: AlignmentSets = {
 *   home: blocMembers(kb.blocs.get("eu27")!),
 *   partners: blocMembers(kb.blocs.get("partners")!),
 *   restricted: new Set()
 * }
 * alignmentTier("DE", sets) // "home"
 * alignmentTier("JP", sets) // "partners"
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface AlignmentSets {
  readonly home: ReadonlySet<string>
  readonly partners: ReadonlySet<string>
  readonly restricted: ReadonlySet<string>
}

/**
 * The weight in one tier.
 *
 * @example
 * ```ts
 * import { alignment, type TierShare } from "@sovmap/core"
 *
 * const tiers: ReadonlyArray<TierShare> = alignment(
 *   [{ jurisdiction: "FR", weight: 2 }, { jurisdiction: "JP", weight: 1 }, { jurisdiction: "BR", weight: 1 }],
 *   { home: new Set(["FR"]), partners: new Set(["JP"]), restricted: new Set() },
 *   { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 }
 * ).tiers
 * tiers.map((t) => `${t.tier}: ${t.share * 100} % [${t.jurisdictions.join(", ")}]`)
 * // ["home: 50 % [FR]", "partners: 25 % [JP]", "other: 25 % [BR]", "restricted: 0 % []"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface TierShare {
  readonly tier: AlignmentTier
  readonly weight: number
  readonly share: number
  /** Jurisdictions with positive weight in this tier, sorted. */
  readonly jurisdictions: ReadonlyArray<string>
}

/**
 * The risk value of each tier, 0..1 (set in the policy).
 *
 * @example
 * ```ts
 * import { alignment, defaultPolicy, effectivePolicy, type TierRisk } from "@sovmap/core"
 *
 * const tierRisk: TierRisk = effectivePolicy(defaultPolicy()).tierRisk
 * tierRisk.other // 0.6667
 * const sets = { home: new Set(["FR"]), partners: new Set<string>(), restricted: new Set<string>() }
 * alignment([{ jurisdiction: "FR", weight: 1 }, { jurisdiction: "BR", weight: 1 }], sets, tierRisk).risk // 0.33335 (half the weight at 0.6667)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export type TierRisk = Readonly<Record<AlignmentTier, number>>

/**
 * Alignment of a weighted distribution: weight and share per tier, and the weighted tier risk.
 *
 * @example
 * ```ts
 * import { alignment, type Alignment } from "@sovmap/core"
 *
 * const a: Alignment = alignment(
 *   [{ jurisdiction: "FR", weight: 2 }, { jurisdiction: "JP", weight: 1 }, { jurisdiction: "BR", weight: 1 }],
 *   { home: new Set(["FR"]), partners: new Set(["JP"]), restricted: new Set() },
 *   { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 }
 * )
 * a.totalWeight // 4
 * a.risk // 0.25 (= 0.25 × 1/3 + 0.25 × 2/3)
 * a.tiers.find((t) => t.tier === "home")?.share // 0.5
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface Alignment {
  readonly totalWeight: number
  /** One row per tier, in the order home, partners, other, restricted. */
  readonly tiers: ReadonlyArray<TierShare>
  /** Σ share_t × risk_t, in 0..1. */
  readonly risk: number
}

/**
 * The tier of one jurisdiction: home if in the home set, else restricted if listed, else partners if in
 * the partner set, else other.
 *
 * @example
 * ```ts
 * import { alignmentTier } from "@sovmap/core"
 *
 * alignmentTier("JP", { home: new Set(["FR"]), partners: new Set(["JP"]), restricted: new Set() }) // "partners"
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const alignmentTier = (jurisdiction: string, sets: AlignmentSets): AlignmentTier =>
  sets.home.has(jurisdiction) ? "home" : sets.restricted.has(jurisdiction) ? "restricted" : sets.partners.has(jurisdiction) ? "partners" : "other"

/**
 * Splits weight by partner tier — home bloc, partners, other, restricted — the "digital solidarity" reading
 * of dependence (US State Department, *International Cyberspace & Digital Policy Strategy*, 6 May 2024:
 * depend on like-minded partners rather than on unaligned jurisdictions). Tier sets and risk values come from
 * the policy.
 *
 * Formula: `share_t = Σ_{j ∈ t} w_j / Σ_j w_j`; `risk = Σ_t share_t × risk_t`.
 *
 * Throws {@link MetricInputError} when there is no positive weight, a weight is negative or not finite, or
 * a tier risk is outside [0, 1].
 *
 * @example
 * ```ts
 * import { alignment } from "@sovmap/core"
 *
 * const a = alignment(
 *   [{ jurisdiction: "FR", weight: 2 }, { jurisdiction: "JP", weight: 1 }, { jurisdiction: "US", weight: 1 }],
 *   { home: new Set(["FR"]), partners: new Set(["JP"]), restricted: new Set() },
 *   { home: 0, partners: 1 / 3, other: 2 / 3, restricted: 1 }
 * )
 * a.tiers.map((t) => t.share) // [0.5, 0.25, 0.25, 0]
 * a.risk // 0.25 (= 0.25 × 1/3 + 0.25 × 2/3)
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const alignment = (items: Iterable<JurisdictionWeight>, sets: AlignmentSets, tierRisk: TierRisk): Alignment => {
  for (const tier of ALIGNMENT_TIERS) {
    const r = tierRisk[tier]
    if (typeof r !== "number" || !Number.isFinite(r) || r < 0 || r > 1) {
      throw new MetricInputError([{ file: "<policy>", path: `alignment.tierRisk.${tier}`, message: `tier risk must be in [0, 1], got ${String(r)}` }])
    }
  }
  const weights = new Map<AlignmentTier, Map<string, number>>(ALIGNMENT_TIERS.map((t) => [t, new Map()]))
  let total = 0
  for (const [jurisdiction, weight] of weightByJurisdiction(items)) weights.get(alignmentTier(jurisdiction, sets))!.set(jurisdiction, weight)
  // The total is the sum of the tier sums, so no tier share can round above 1.
  const tierWeights = ALIGNMENT_TIERS.map((tier) => {
    let weight = 0
    for (const w of weights.get(tier)!.values()) weight += w
    return weight
  })
  for (const w of tierWeights) total += w
  if (total === 0) {
    throw new MetricInputError([{ file: "<input>", message: "alignment of an empty or all-zero distribution is undefined", hint: "give at least one dependency a positive weight" }])
  }
  let risk = 0
  const tiers = ALIGNMENT_TIERS.map((tier, i) => {
    const weight = tierWeights[i]!
    risk += (weight / total) * tierRisk[tier]
    return { tier, weight, share: weight / total, jurisdictions: [...weights.get(tier)!.keys()].sort() }
  })
  return { totalWeight: total, tiers, risk: Math.min(1, risk) }
}

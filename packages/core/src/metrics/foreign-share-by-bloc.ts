/**
 * Foreign share broken down by bloc.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import { weightByJurisdiction } from "../internal/distribution.js"
import type { JurisdictionWeight } from "./foreign-share.js"

/**
 * A bloc as the metric needs it: an id and the set of its member jurisdictions.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase, foreignShareByBloc, type BlocSet } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * const blocs: ReadonlyArray<BlocSet> = ["five-eyes", "g7"].map((id) => ({ id, members: blocMembers(kb.blocs.get(id)!) }))
 * const rows = foreignShareByBloc([{ jurisdiction: "US", weight: 1 }, { jurisdiction: "FR", weight: 1 }], blocs, new Set(["FR"]))
 * rows.map((r) => `${r.bloc}: ${r.share}`) // ["five-eyes: 0.5", "g7: 1"]
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface BlocSet {
  readonly id: string
  readonly members: ReadonlySet<string>
}

/**
 * The weight falling in one bloc.
 *
 * @example
 * ```ts
 * import { blocMembers, builtinKnowledgeBase, foreignShareByBloc, type BlocShare } from "@sovmap/core"
 *
 * const g7 = { id: "g7", members: blocMembers(builtinKnowledgeBase().blocs.get("g7")!) }
 * const [row]: ReadonlyArray<BlocShare> = foreignShareByBloc(
 *   [{ jurisdiction: "US", weight: 3 }, { jurisdiction: "GB", weight: 1 }, { jurisdiction: "FR", weight: 4 }],
 *   [g7],
 *   new Set(["FR"])
 * )
 * row?.share // 1: all three are G7 members
 * row?.foreignShare // 0.5: the US and GB part, outside the home set
 * ```
 * @category metrics
 * @since 0.2.0
 */
export interface BlocShare {
  readonly bloc: string
  /** Weight whose jurisdiction is a member of the bloc. */
  readonly weight: number
  /** weight / total weight. */
  readonly share: number
  /** Weight whose jurisdiction is a member of the bloc and outside the home set. */
  readonly foreignWeight: number
  /** foreignWeight / total weight. */
  readonly foreignShare: number
}

/**
 * For each bloc, the share of weight whose jurisdiction is a member, and the share that is both a member and
 * outside the home set (the foreign share that falls in that bloc). Blocs overlap, so rows do not sum to 1.
 *
 * Formula: `share_B = Σ_{j ∈ B} w_j / Σ_j w_j`; `foreignShare_B = Σ_{j ∈ B, j ∉ home} w_j / Σ_j w_j`
 * (the foreign-share rule of DESIGN.md, "broken down by jurisdiction and by bloc"). Rows keep the order of
 * `blocs`.
 *
 * Throws {@link MetricInputError} when there is no positive weight, or a weight is negative or not finite.
 *
 * @example
 * ```ts
 * import { foreignShareByBloc } from "@sovmap/core"
 *
 * const rows = foreignShareByBloc(
 *   [{ jurisdiction: "US", weight: 3 }, { jurisdiction: "GB", weight: 1 }, { jurisdiction: "FR", weight: 4 }],
 *   [{ id: "five-eyes", members: new Set(["US", "GB", "CA", "AU", "NZ"]) }],
 *   new Set(["FR"])
 * )
 * rows[0]?.foreignShare // 0.5
 * ```
 * @category metrics
 * @since 0.2.0
 */
export const foreignShareByBloc = (items: Iterable<JurisdictionWeight>, blocs: ReadonlyArray<BlocSet>, home: ReadonlySet<string>): ReadonlyArray<BlocShare> => {
  const byJurisdiction = weightByJurisdiction(items)
  let total = 0
  // Same values, same order as the per-bloc sums below: a subset sum can then never round above the total.
  for (const weight of byJurisdiction.values()) total += weight
  if (total === 0) {
    throw new MetricInputError([{ file: "<input>", message: "foreign share of an empty or all-zero distribution is undefined", hint: "give at least one dependency a positive weight" }])
  }
  return blocs.map(({ id, members }) => {
    let weight = 0
    let foreign = 0
    for (const [jurisdiction, w] of byJurisdiction) {
      if (!members.has(jurisdiction)) continue
      weight += w
      if (!home.has(jurisdiction)) foreign += w
    }
    return { bloc: id, weight, share: weight / total, foreignWeight: foreign, foreignShare: foreign / total }
  })
}

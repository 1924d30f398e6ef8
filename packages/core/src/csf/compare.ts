/**
 * Side-by-side comparison of offers, in the order a tender would rank them.
 *
 * @module
 */
import type { CsfScore } from "./score.js"
import type { CsfTenderCheck } from "./tender.js"

/**
 * One offer in a comparison.
 *
 * @example
 * ```ts
 * import { checkCsfTender, compareCsf, csfFloors, decodeCsfAnswers, scoreCsf, type CsfComparisonEntry } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const files = ["examples/csf/hypothetical-eu-provider.yaml", "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"]
 * const scores = await Promise.all(files.map(async (f) => scoreCsf(decodeCsfAnswers(await readFile(f, "utf8"), f))))
 * const floors = csfFloors("SEAL-2 in every objective", 2)
 * const entries: ReadonlyArray<CsfComparisonEntry> = compareCsf(scores.map((score) => ({ score, tender: checkCsfTender(score, floors) }))).entries
 * entries.map((e) => `${e.score.offer.name}: ${e.rank ?? "rejected"}`)
 * // ["Hypothetical offer A: EU-owned IaaS: 1", "Hypothetical offer B: EU region of a non-EU provider: rejected"]
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfComparisonEntry {
  readonly score: CsfScore
  readonly tender?: CsfTenderCheck | undefined
  /** 1-based rank among the offers that pass the floors (all offers when there are no floors); `undefined` for rejected offers. */
  readonly rank: number | undefined
}

/**
 * A comparison of several offers.
 *
 * @example
 * ```ts
 * import { compareCsf, decodeCsfAnswers, scoreCsf, type CsfComparison } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const score = async (file: string) => scoreCsf(decodeCsfAnswers(await readFile(file, "utf8"), file))
 * const comparison: CsfComparison = compareCsf([
 *   { score: await score("examples/csf/hypothetical-non-eu-provider-eu-region.yaml") },
 *   { score: await score("examples/csf/hypothetical-eu-provider.yaml") }
 * ])
 * comparison.entries.map((e) => e.rank) // [2, 1]: input order, ranked by Sovereignty Score
 * comparison.mixed // false: same framework and weight set
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfComparison {
  readonly entries: ReadonlyArray<CsfComparisonEntry>
  /** True when the offers were scored with different weight sets or framework versions, so scores are not comparable. */
  readonly mixed: boolean
}

/**
 * Ranks scored offers as v1.2.1 §1 describes the tender use: offers below a SEAL floor are rejected; the
 * others are ranked by Sovereignty Score, highest first (ties keep input order). Entries come back in input
 * order with their rank.
 *
 * @example
 * ```ts
 * import { compareCsf, type CsfScore } from "@sovmap/core"
 *
 * declare const a: CsfScore, b: CsfScore
 * compareCsf([{ score: a }, { score: b }]).entries.map((e) => e.rank)
 * ```
 * @category csf
 * @since 0.2.0
 */
export const compareCsf = (offers: ReadonlyArray<{ readonly score: CsfScore; readonly tender?: CsfTenderCheck | undefined }>): CsfComparison => {
  const eligible = offers.map((o, i) => ({ o, i })).filter(({ o }) => o.tender?.pass ?? true)
  const ranked = [...eligible].sort((a, b) => b.o.score.score - a.o.score.score || a.i - b.i)
  const rankOf = new Map(ranked.map(({ i }, r) => [i, r + 1]))
  const first = offers[0]?.score
  return {
    entries: offers.map((o, i) => ({ score: o.score, ...(o.tender !== undefined ? { tender: o.tender } : {}), rank: rankOf.get(i) })),
    mixed: offers.some((o) => o.score.weightSet.id !== first?.weightSet.id || o.score.framework !== first?.framework)
  }
}

/**
 * The CSF report: the scored offers, their tender checks and their ranking, as plain data for renderers.
 *
 * @module
 */
import { compareCsf, type CsfComparisonEntry } from "./compare.js"
import type { CsfScore } from "./score.js"
import { checkCsfTender, type CsfFloors } from "./tender.js"

/**
 * A CSF report over one or more offers.
 *
 * @example
 * ```ts
 * import { scoreCsf, type CsfReport } from "@sovmap/sdk"
 *
 * const report: CsfReport = await scoreCsf(
 *   ["examples/csf/hypothetical-eu-provider.yaml", "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"],
 *   { floors: "examples/csf/floors-seal-2.yaml" }
 * )
 * report.offers.map((o) => o.rank ?? "rejected") // [1, "rejected"]
 * report.offers[1]?.tender?.objectives.filter((o) => !o.pass).map((o) => o.id) // ["SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-7"]
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfReport {
  readonly kind: "csf"
  readonly reportVersion: 1
  readonly floors?: { readonly name: string; readonly floors: Readonly<Record<string, number>>; readonly file?: string | undefined } | undefined
  readonly offers: ReadonlyArray<CsfComparisonEntry>
  /** True when offers were scored with different weight sets or framework versions. */
  readonly mixed: boolean
}

/**
 * Builds a report from scores, checking each against the floors when given and ranking them.
 *
 * @example
 * ```ts
 * import { buildCsfReport, type CsfScore } from "@sovmap/core"
 *
 * declare const score: CsfScore
 * buildCsfReport([score]).offers[0]?.rank // 1
 * ```
 * @category csf
 * @since 0.2.0
 */
export const buildCsfReport = (scores: ReadonlyArray<CsfScore>, floors?: CsfFloors): CsfReport => {
  const comparison = compareCsf(scores.map((score) => (floors === undefined ? { score } : { score, tender: checkCsfTender(score, floors) })))
  return {
    kind: "csf",
    reportVersion: 1,
    ...(floors !== undefined ? { floors: { name: floors.name, floors: floors.floors, ...(floors.file !== undefined ? { file: floors.file } : {}) } } : {}),
    offers: comparison.entries,
    mixed: comparison.mixed
  }
}

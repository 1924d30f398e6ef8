/**
 * The scenario and single-point-of-failure sections of an assessment.
 *
 * @module
 */
import type { DependencyGraph } from "./dependency-graph.js"
import { findSinglePointsOfFailure, type SinglePointOfFailure } from "./single-points-of-failure.js"
import { sweepScenarios, type SweepRow } from "./sweep.js"

/**
 * The sweep as an assessment reports it: the cuts with the largest loss.
 *
 * @example
 * ```ts
 * import type { ScenarioSummary } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const summary: ScenarioSummary = (await assess("examples/region-nordlys/sovmap.yaml")).scenarios
 * summary.totalWeight // 18: the criticality weights of the 6 systems
 * summary.top.find((row) => row.cut.kind === "jurisdiction")?.label // "France (FR)": the costliest jurisdiction to lose
 * summary.top.map((row) => `${row.label}: ${(row.lossShare * 100).toFixed(0)} %`)
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface ScenarioSummary {
  /** Number of cuts evaluated (jurisdictions, vendors, blocs, laws). */
  readonly candidates: number
  /** Sum of the criticality weights of all systems. */
  readonly totalWeight: number
  /** The cuts with a non-zero loss, largest first, at most `top` of them. */
  readonly top: ReadonlyArray<SweepRow>
}

/**
 * Sweeps every candidate cut and keeps the `top` (default 10) with a loss, plus the single points of
 * failure of the critical systems: the `scenarios` and `spofs` sections of an assessment.
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest, summariseScenarios } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: critical, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * summariseScenarios(buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))).scenarios.top[0]?.cut
 * // { kind: "jurisdiction", id: "US" }
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const summariseScenarios = (dg: DependencyGraph, top = 10): { readonly scenarios: ScenarioSummary; readonly spofs: ReadonlyArray<SinglePointOfFailure> } => {
  const sweep = sweepScenarios(dg)
  return {
    scenarios: { candidates: sweep.candidates, totalWeight: sweep.totalWeight, top: sweep.rows.filter((r) => r.loss > 0).slice(0, top) },
    spofs: findSinglePointsOfFailure(dg)
  }
}

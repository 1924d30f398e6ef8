/**
 * Sweeps: every candidate cut evaluated and ranked by the loss it would cause.
 *
 * @module
 */
import type { DependencyGraph } from "./dependency-graph.js"
import { propagateFailure, propagationWorkspace } from "./propagate-failure.js"
import { resolveCut, type Cut, type ScenarioOptions } from "./scenario.js"
import { NodeKind, type SupplyGraph } from "./supply-graph.js"

/**
 * One ranked cut of a sweep.
 *
 * @example
 * ```ts
 * import type { SweepRow } from "@sovmap/core"
 * import { sweep } from "@sovmap/sdk"
 *
 * const { rows } = await sweep("examples/region-nordlys/sovmap.yaml")
 * const microsoft: SweepRow | undefined = rows.find((r) => r.cut.kind === "vendor" && r.cut.id === "microsoft")
 * microsoft?.loss // 5
 * microsoft?.lostSystems // 2: collaboration (Microsoft 365) and it-delivery (GitHub)
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface SweepRow {
  readonly cut: Cut
  readonly label: string
  /** Criticality-weighted loss (sum of the weights of the systems that lose service). */
  readonly loss: number
  /** loss / total weight of all systems, 0..1. */
  readonly lossShare: number
  readonly lostSystems: number
}

/**
 * The result of a sweep: rows sorted by loss (largest first), then by kind and id.
 *
 * @example
 * ```ts
 * import { sweep, type SweepResult } from "@sovmap/sdk"
 *
 * const result: SweepResult = await sweep("examples/region-nordlys/sovmap.yaml")
 * result.totalWeight // 18
 * result.rows.filter((r) => r.cut.kind === "law" && r.loss > 0).map((r) => r.cut.id)
 * // ["us-cloud-act", "us-ear", "us-eo-12333", "us-fisa-702", "us-ieepa"]
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface SweepResult {
  readonly candidates: number
  readonly totalWeight: number
  readonly rows: ReadonlyArray<SweepRow>
}

/**
 * The criticality-weighted loss of each of many cuts on one graph, reusing one workspace: each cut costs
 * only the nodes and edges its failure reaches.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, sweepLosses } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const app = b.addNode("system", "app", { weight: 3 })
 * const cloud = b.addNode("offering", "cloud")
 * b.addEdge(app, cloud)
 * Array.from(sweepLosses(b.build(), [[cloud], []])) // [3, 0]
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const sweepLosses = (graph: SupplyGraph, cuts: ReadonlyArray<ArrayLike<number>>): Float64Array => {
  const ws = propagationWorkspace(graph)
  const losses = new Float64Array(cuts.length)
  cuts.forEach((cut, i) => {
    losses[i] = propagateFailure(ws, cut).lostWeight
  })
  return losses
}

const kindOrder: Record<Cut["kind"], number> = { jurisdiction: 0, bloc: 1, vendor: 2, law: 3 }

/**
 * Ranks every candidate cut of a manifest's graph by the loss it would cause: every jurisdiction and
 * vendor (entity) in the graph, every bloc and every law of the knowledge base.
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest, sweepScenarios } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * sweepScenarios(buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))).rows[0]?.loss // 3
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const sweepScenarios = (dg: DependencyGraph, options: ScenarioOptions = {}): SweepResult => {
  const { graph, knowledgeBase: kb } = dg
  const cuts: Array<Cut> = []
  for (let v = 0; v < graph.nodeCount; v++) {
    const key = graph.keys[v]!
    if (graph.kinds[v] === NodeKind.jurisdiction) cuts.push({ kind: "jurisdiction", id: key.slice("jurisdiction:".length) })
    else if (graph.kinds[v] === NodeKind.entity && kb.entities.has(key.slice("entity:".length))) cuts.push({ kind: "vendor", id: key.slice("entity:".length) })
  }
  for (const id of kb.blocs.keys()) cuts.push({ kind: "bloc", id })
  for (const id of kb.laws.keys()) cuts.push({ kind: "law", id })
  const resolved = cuts.map((cut) => ({ cut, ...resolveCut(dg, cut, options) }))
  const ws = propagationWorkspace(graph)
  const totalWeight = dg.systems.reduce((sum, s) => sum + s.weight, 0)
  const rows: Array<SweepRow> = resolved.map((r) => {
    const { lostWeight: loss, lostSystems } = propagateFailure(ws, r.nodes)
    return { cut: r.cut, label: r.label, loss, lossShare: totalWeight === 0 ? 0 : loss / totalWeight, lostSystems }
  })
  rows.sort((a, b) => b.loss - a.loss || kindOrder[a.cut.kind] - kindOrder[b.cut.kind] || (a.cut.id < b.cut.id ? -1 : a.cut.id > b.cut.id ? 1 : 0))
  return { candidates: rows.length, totalWeight, rows }
}

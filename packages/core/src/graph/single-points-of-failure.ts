/**
 * Single points of failure of a manifest's critical systems.
 *
 * @module
 */
import { CRITICALITY_WEIGHTS } from "../assess/criticality.js"
import type { Criticality } from "../manifest/schema.js"
import type { DependencyGraph } from "./dependency-graph.js"
import { failureSets } from "./failure-sets.js"
import { NODE_KIND_NAMES, NodeKind, type NodeKindName } from "./supply-graph.js"

/**
 * One single point of failure: an offering, entity or jurisdiction whose loss alone takes down the listed
 * systems.
 *
 * @example
 * ```ts
 * import { singlePointsOfFailure, type SinglePointOfFailure } from "@sovmap/sdk"
 *
 * const spofs: ReadonlyArray<SinglePointOfFailure> = await singlePointsOfFailure("examples/region-nordlys/sovmap.yaml")
 * const offerings = spofs.filter((s) => s.kind === "offering").map((s) => `${s.name}: ${s.systems.join(", ")}`)
 * // ["OVHcloud Public Cloud: citizen-portal", "S3NS PREMI3NS (Google Cloud technology operated by S3NS): case-management"]
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface SinglePointOfFailure {
  /** `kind:id` of the node. */
  readonly node: string
  readonly kind: NodeKindName
  readonly id: string
  readonly name: string
  /** Systems (ids) that cannot survive its loss, sorted. */
  readonly systems: ReadonlyArray<string>
  /** Sum of the criticality weights of those systems. */
  readonly weight: number
}

/**
 * Options of {@link findSinglePointsOfFailure}.
 *
 * @example
 * ```ts
 * import { singlePointsOfFailure, type SinglePointsOfFailureOptions } from "@sovmap/sdk"
 *
 * const options: SinglePointsOfFailureOptions = { minCriticality: "high" }
 * const spofs = await singlePointsOfFailure("examples/region-nordlys/sovmap.yaml", options)
 * spofs.find((s) => s.node === "offering:microsoft-365")?.systems // ["collaboration"]: a high system, left out by default
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface SinglePointsOfFailureOptions {
  /** Least criticality of the systems analysed (default `critical`). */
  readonly minCriticality?: Criticality
}

/**
 * The offerings, entities and jurisdictions that every critical system cannot do without: node v is a
 * single point of failure of system s when losing v alone makes s lose service under the scenario
 * semantics ({@link failureSets}). Sorted by the weight of the systems they take down, then by key.
 * Dependency nodes (a system's own declarations) are not listed.
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, findSinglePointsOfFailure, resolveManifest } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: critical, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * findSinglePointsOfFailure(buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))).map((s) => s.node)
 * // ["entity:amazon", "entity:aws", "jurisdiction:US", "offering:aws-ec2"]
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const findSinglePointsOfFailure = (dg: DependencyGraph, options: SinglePointsOfFailureOptions = {}): Array<SinglePointOfFailure> => {
  const floor = CRITICALITY_WEIGHTS[options.minCriticality ?? "critical"]
  const systems = dg.systems.filter((s) => CRITICALITY_WEIGHTS[s.criticality] >= floor)
  const sets = failureSets(dg.graph, systems.map((s) => s.index))
  const byNode = new Map<number, { systems: Array<string>; weight: number }>()
  sets.forEach((set, i) => {
    const system = systems[i]!
    for (const v of set) {
      if (dg.graph.kinds[v] === NodeKind.dependency || dg.graph.kinds[v] === NodeKind.system) continue
      const row = byNode.get(v) ?? { systems: [], weight: 0 }
      row.systems.push(system.id)
      row.weight += system.weight
      byNode.set(v, row)
    }
  })
  return [...byNode.entries()]
    .map(([v, row]) => {
      const node = dg.graph.keys[v]!
      const kind = NODE_KIND_NAMES[dg.graph.kinds[v]!]!
      return { node, kind, id: node.slice(kind.length + 1), name: dg.graph.names[v]!, systems: row.systems.sort(), weight: row.weight }
    })
    .sort((a, b) => b.weight - a.weight || (a.node < b.node ? -1 : 1))
}

/**
 * The supply graph of a manifest: systems → dependencies → offerings → entities → jurisdictions.
 *
 * @module
 */
import { CRITICALITY_WEIGHTS } from "../assess/criticality.js"
import { DEFAULT_CONTROL_THRESHOLD } from "../kb/control.js"
import type { KnowledgeBase } from "../kb/knowledge-base.js"
import type { Criticality, Manifest } from "../manifest/schema.js"
import { SupplyGraphBuilder, type SupplyGraph } from "./supply-graph.js"

/**
 * A system of the manifest placed in the graph.
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest, type GraphSystem } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const { graph, systems } = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))
 * const web: GraphSystem | undefined = systems[0]
 * web?.weight // 3: criticality high
 * graph.keys[web?.index ?? -1] // "system:web"
 * ```
 * @category graph
 * @since 0.2.0
 */
export interface GraphSystem {
  readonly index: number
  readonly id: string
  readonly name: string
  readonly criticality: Criticality
  /** Criticality weight (`CRITICALITY_WEIGHTS`): what the system's loss costs in a scenario. */
  readonly weight: number
}

/**
 * A manifest's supply graph with the knowledge base it was built from.
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, evaluateScenario, resolveManifest, type DependencyGraph } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const dg: DependencyGraph = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))
 * dg.controlThreshold // 0.5: the default
 * evaluateScenario(dg, { kind: "vendor", id: "amazon" }).lossShare // 1
 * ```
 * @category graph
 * @since 0.2.0
 */
export interface DependencyGraph {
  readonly graph: SupplyGraph
  readonly systems: ReadonlyArray<GraphSystem>
  readonly knowledgeBase: KnowledgeBase
  readonly controlThreshold: number
}

/**
 * Builds the supply graph of a manifest against a knowledge base that already holds the manifest's
 * overlays (see `resolveManifest`).
 *
 * Nodes and edges (an edge means "needs"):
 * - `system:<id>` (all-of, weight = criticality weight) → `dependency:<system>#<n>` (`needs`);
 * - `dependency:…` (any-of) → its offering (`uses`) and each declared fallback (`fallback`);
 * - `offering:<id>` (all-of) → its operator (`operatedBy`), its brand when it differs (`brandedBy`) and every
 *   `runsOn` offering (`runsOn`);
 * - `entity:<id>` (all-of) → its headquarters `jurisdiction:<CC>` (`headquarteredIn`) and, when the parent
 *   controls it (share above the manifest's `controlThreshold`, or `controls: true` — DESIGN.md "Control
 *   resolution"), its parent (`controlledBy`).
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const { graph } = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))
 * graph.indexOf("jurisdiction:US") !== undefined // true
 * ```
 * @category graph
 * @since 0.2.0
 */
export const buildDependencyGraph = (manifest: Manifest, kb: KnowledgeBase): DependencyGraph => {
  const threshold = manifest.controlThreshold ?? DEFAULT_CONTROL_THRESHOLD
  const b = new SupplyGraphBuilder()
  const entityNode = (id: string): number => {
    const existing = b.find("entity", id)
    if (existing !== undefined) return existing
    const entity = kb.entities.get(id)
    const v = b.addNode("entity", id, { name: entity?.name ?? id })
    if (entity === undefined) return v
    b.addEdge(v, b.addNode("jurisdiction", entity.hq), "headquarteredIn")
    const parent = entity.parent
    if (parent !== undefined && (parent.controls ?? (parent.share !== undefined && parent.share > threshold))) {
      b.addEdge(v, entityNode(parent.id), "controlledBy")
    }
    return v
  }
  const offeringNode = (id: string): number => {
    const existing = b.find("offering", id)
    if (existing !== undefined) return existing
    const offering = kb.offerings.get(id)
    const v = b.addNode("offering", id, { name: offering?.name ?? id })
    if (offering === undefined) return v
    b.addEdge(v, entityNode(offering.operator), "operatedBy")
    if (offering.brand !== offering.operator) b.addEdge(v, entityNode(offering.brand), "brandedBy")
    for (const base of offering.runsOn ?? []) b.addEdge(v, offeringNode(base), "runsOn")
    return v
  }
  const systems: Array<GraphSystem> = []
  for (const system of manifest.systems) {
    const weight = CRITICALITY_WEIGHTS[system.criticality]
    const s = b.addNode("system", system.id, { weight, name: system.name })
    systems.push({ index: s, id: system.id, name: system.name, criticality: system.criticality, weight })
    system.dependencies.forEach((dependency, i) => {
      const d = b.addNode("dependency", `${system.id}#${i}`, { gate: "any", name: dependency.offering })
      b.addEdge(s, d, "needs", CRITICALITY_WEIGHTS[dependency.criticality ?? system.criticality])
      b.addEdge(d, offeringNode(dependency.offering), "uses")
      for (const fallback of dependency.fallback ?? []) b.addEdge(d, offeringNode(fallback), "fallback")
    })
  }
  return { graph: b.build(), systems, knowledgeBase: kb, controlThreshold: threshold }
}

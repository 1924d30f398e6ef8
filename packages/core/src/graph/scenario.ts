/**
 * Cut-off scenarios: what a manifest's systems lose when a jurisdiction, a bloc, a vendor or a law turns
 * against them.
 *
 * @module
 */
import { UnknownCutTargetError } from "../errors.js"
import { closest } from "../internal/suggest.js"
import { blocMembers } from "../kb/bloc.js"
import { resolveControl } from "../kb/control.js"
import type { Criticality } from "../manifest/schema.js"
import type { DependencyGraph } from "./dependency-graph.js"
import { hasFailed, propagateFailure, propagationWorkspace, type PropagationWorkspace } from "./propagate-failure.js"
import { Gate, NodeKind, nodeKey } from "./supply-graph.js"

/**
 * What to cut off: a jurisdiction (ISO 3166-1 alpha-2), a bloc id, a vendor (entity id; its controlled
 * subsidiaries follow) or a law id (everything its reach rules reach).
 *
 * @example
 * ```ts
 * import { loadManifest, scenario, type Cut } from "@sovmap/sdk"
 *
 * const manifest = await loadManifest("examples/region-nordlys/sovmap.yaml")
 * const cuts: Array<Cut> = [{ kind: "jurisdiction", id: "US" }, { kind: "vendor", id: "microsoft" }, { kind: "law", id: "us-cloud-act" }]
 * for (const cut of cuts) console.log(`${cut.kind} ${cut.id}: loss ${(await scenario(manifest, cut)).loss}`)
 * // jurisdiction US: loss 9
 * // vendor microsoft: loss 5
 * // law us-cloud-act: loss 9
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export type Cut =
  | { readonly kind: "jurisdiction"; readonly id: string }
  | { readonly kind: "bloc"; readonly id: string }
  | { readonly kind: "vendor"; readonly id: string }
  | { readonly kind: "law"; readonly id: string }

/**
 * Options of scenario evaluation.
 *
 * @example
 * ```ts
 * import { scenario, type ScenarioOptions } from "@sovmap/sdk"
 *
 * const options: ScenarioOptions = { asOf: "2019-06-30", maxPathsPerSystem: 1 }
 * // The EU as it was on 30 June 2019, the United Kingdom still a member:
 * const r = await scenario("examples/region-nordlys/sovmap.yaml", { kind: "bloc", id: "eu27" }, options)
 * r.loss // 15 of a total weight of 18
 * r.lostSystems.every((s) => s.paths.length <= 1) // true: one broken path per lost system
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface ScenarioOptions {
  /** Date (`YYYY-MM-DD`) for bloc membership; current members when omitted. */
  readonly asOf?: string
  /** Most broken paths listed per lost system (default 8). */
  readonly maxPathsPerSystem?: number
}

/**
 * A system that loses service in a scenario, with the broken paths that explain it: each path runs from
 * the system through a dependency and offerings to a node the cut reached.
 *
 * @example
 * ```ts
 * import type { LostSystem } from "@sovmap/core"
 * import { scenario } from "@sovmap/sdk"
 *
 * const r = await scenario("examples/region-nordlys/sovmap.yaml", { kind: "vendor", id: "microsoft" })
 * const lost: ReadonlyArray<LostSystem> = r.lostSystems
 * lost.map((s) => `${s.name} (${s.criticality})`) // ["E-mail, documents and meetings (high)", "Software delivery and IT service desk (medium)"]
 * lost[0]?.paths[0]?.join(" → ") // "system:collaboration → dependency:collaboration#0 → offering:microsoft-365 → entity:microsoft"
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface LostSystem {
  readonly system: string
  readonly name: string
  readonly criticality: Criticality
  readonly weight: number
  readonly paths: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * The outcome of one cut-off scenario.
 *
 * @example
 * ```ts
 * import { scenario, type ScenarioResult } from "@sovmap/sdk"
 *
 * const r: ScenarioResult = await scenario("examples/region-nordlys/sovmap.yaml", { kind: "jurisdiction", id: "US" })
 * r.label // "United States of America (US)"
 * r.lostSystems.map((s) => s.system) // ["collaboration", "case-management", "it-delivery"]
 * r.lossShare // 0.5: a loss of 9 out of a total weight of 18
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export interface ScenarioResult {
  readonly cut: Cut
  /** Human-readable name of what was cut. */
  readonly label: string
  /** Graph nodes the cut reaches directly (`kind:id`). */
  readonly reached: ReadonlyArray<string>
  readonly lostSystems: ReadonlyArray<LostSystem>
  /** Offerings that lose service, sorted. */
  readonly failedOfferings: ReadonlyArray<string>
  /** Sum of the criticality weights of lost systems. */
  readonly loss: number
  /** Sum of the criticality weights of all systems. */
  readonly totalWeight: number
  /** loss / totalWeight, 0..1. */
  readonly lossShare: number
}

const suggestion = (input: string, candidates: Iterable<string>, what: string): string => {
  const found = closest(input, candidates)
  return found.length === 0 ? `run \`sovmap data ${what}\` to list the known ids` : `did you mean ${found.map((c) => `\`${c}\``).join(", ")}?`
}

const unknown = (cut: Cut, message: string, hint: string): UnknownCutTargetError =>
  new UnknownCutTargetError([{ file: "<scenario>", path: `--cut${cut.kind === "jurisdiction" ? "" : `-${cut.kind}`}`, message, hint }])

/**
 * The nodes of the graph that a cut reaches directly, and a label for it. Throws
 * {@link UnknownCutTargetError} (listing close matches) when the id is not known to the knowledge base; an
 * id that is known but absent from the graph reaches nothing.
 *
 * Reach: a jurisdiction reaches the entities headquartered there (their controlled subsidiaries follow
 * through the control edges); a bloc reaches its members; a vendor reaches its entity; a law reaches, by
 * its `reach` rules (kb/schema.ts `LawReach`), entities headquartered in its jurisdiction (`hq`,
 * `possession-custody-control`), entities controlled from there (`subsidiary-abroad`,
 * `possession-custody-control`) and offerings whose data locations include it (`data-location`).
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest, resolveCut } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * resolveCut(buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase())), { kind: "vendor", id: "amazon" }).reached
 * // ["entity:amazon"]
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const resolveCut = (dg: DependencyGraph, cut: Cut, options: ScenarioOptions = {}): { readonly nodes: Int32Array; readonly reached: ReadonlyArray<string>; readonly label: string } => {
  const { graph, knowledgeBase: kb } = dg
  const keys: Array<string> = []
  let label: string
  const jurisdiction = (code: string) => keys.push(nodeKey("jurisdiction", code))
  switch (cut.kind) {
    case "jurisdiction": {
      const code = cut.id.toUpperCase()
      const country = kb.countries.get(code)
      if (country === undefined) {
        const byName = [...kb.countries.values()].filter((c) => c.name.toLowerCase().includes(cut.id.toLowerCase())).map((c) => c.alpha2)
        const present = [...graph.keys].filter((k) => k.startsWith("jurisdiction:")).map((k) => k.slice("jurisdiction:".length))
        const hint =
          byName.length > 0 ? `did you mean ${byName.slice(0, 3).map((c) => `\`${c}\``).join(", ")}?` : `jurisdictions in this graph: ${present.map((c) => `\`${c}\``).join(", ")}`
        throw unknown(cut, `unknown jurisdiction \`${cut.id}\`: not an ISO 3166-1 alpha-2 code`, code === "UK" ? "the United Kingdom is `GB`" : code === "EL" ? "Greece is `GR`" : hint)
      }
      label = `${country.name} (${code})`
      jurisdiction(code)
      break
    }
    case "bloc": {
      const bloc = kb.blocs.get(cut.id)
      if (bloc === undefined) throw unknown(cut, `unknown bloc \`${cut.id}\``, suggestion(cut.id, kb.blocs.keys(), "blocs"))
      label = `${bloc.name} (bloc ${bloc.id})`
      for (const code of blocMembers(bloc, options.asOf)) jurisdiction(code)
      break
    }
    case "vendor": {
      const entity = kb.entities.get(cut.id)
      if (entity === undefined) {
        const offering = kb.offerings.get(cut.id)
        throw unknown(
          cut,
          `unknown vendor \`${cut.id}\``,
          offering !== undefined ? `\`${cut.id}\` is an offering; cut its operator \`${offering.operator}\` instead` : suggestion(cut.id, kb.entities.keys(), "entities")
        )
      }
      label = `${entity.name} (vendor ${entity.id}) and its controlled subsidiaries`
      keys.push(nodeKey("entity", entity.id))
      break
    }
    case "law": {
      const law = kb.laws.get(cut.id)
      if (law === undefined) {
        throw unknown(
          cut,
          `unknown law \`${cut.id}\``,
          kb.laws.size === 0 ? "the knowledge base has no laws yet; define one under `laws:` in the manifest" : suggestion(cut.id, kb.laws.keys(), "laws")
        )
      }
      label = `${law.shortName ?? law.name} (law ${law.id}, ${law.jurisdiction}, ${law.kind})`
      const reach = new Set(law.reach)
      const j = law.jurisdiction
      for (let v = 0; v < graph.nodeCount; v++) {
        const key = graph.keys[v]!
        if (graph.kinds[v] === NodeKind.entity) {
          const id = key.slice("entity:".length)
          const entity = kb.entities.get(id)
          if (entity === undefined) continue
          const atHome = entity.hq === j
          const controlledFrom = !atHome && resolveControl(kb, id, dg.controlThreshold).chain.some((link) => link.jurisdiction === j)
          if (
            (atHome && (reach.has("hq") || reach.has("possession-custody-control"))) ||
            (controlledFrom && (reach.has("subsidiary-abroad") || reach.has("possession-custody-control")))
          ) {
            keys.push(key)
          }
        } else if (graph.kinds[v] === NodeKind.offering && reach.has("data-location")) {
          if (kb.offerings.get(key.slice("offering:".length))?.dataLocations?.includes(j) === true) keys.push(key)
        }
      }
      break
    }
  }
  const nodes: Array<number> = []
  const reached: Array<string> = []
  for (const key of keys) {
    const v = graph.indexOf(key)
    if (v !== undefined) {
      nodes.push(v)
      reached.push(key)
    }
  }
  return { nodes: Int32Array.from(nodes), reached: reached.sort(), label }
}

const brokenPaths = (dg: DependencyGraph, ws: PropagationWorkspace, system: number, limit: number): Array<Array<string>> => {
  const { graph } = dg
  const out: Array<Array<string>> = []
  // A failed any-of node is explained by all its alternatives (each failed); an all-of node by the
  // successor whose failure reached it first.
  const walk = (v: number, prefix: Array<string>): void => {
    if (out.length >= limit) return
    const path = [...prefix, graph.keys[v]!]
    const cause = ws.cause[v]!
    if (cause === -1) {
      out.push(path)
    } else if (graph.gates[v] === Gate.any) {
      for (let i = graph.offsets[v]!; i < graph.offsets[v + 1]!; i++) walk(graph.targets[i]!, path)
    } else {
      walk(cause, path)
    }
  }
  walk(system, [])
  return out
}

/**
 * Evaluates one cut-off scenario on a manifest's graph: which systems lose service transitively, the
 * criticality-weighted loss, and the broken paths that explain each loss.
 *
 * Semantics (methodology page "Scenarios"): a system needs all its dependencies; a dependency is served if
 * its offering or any declared fallback is served; an offering needs its operator, its brand and every
 * offering it runs on; an entity needs its headquarters jurisdiction and its controlling parent. Failure
 * propagates from what the cut reaches to a fixpoint ({@link propagateFailure}).
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, evaluateScenario, resolveManifest } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2, fallback: [ovhcloud-public-cloud] }] }\n",
 *   "sovmap.yaml"
 * )
 * const dg = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))
 * evaluateScenario(dg, { kind: "jurisdiction", id: "US" }).loss // 0: the fallback survives
 * ```
 * @category scenarios
 * @since 0.2.0
 */
export const evaluateScenario = (dg: DependencyGraph, cut: Cut, options: ScenarioOptions = {}, workspace?: PropagationWorkspace): ScenarioResult => {
  const { nodes, reached, label } = resolveCut(dg, cut, options)
  const ws = propagateFailure(workspace ?? propagationWorkspace(dg.graph), nodes)
  const limit = options.maxPathsPerSystem ?? 8
  const totalWeight = dg.systems.reduce((sum, s) => sum + s.weight, 0)
  const lostSystems: Array<LostSystem> = dg.systems
    .filter((s) => hasFailed(ws, s.index))
    .map((s) => ({ system: s.id, name: s.name, criticality: s.criticality, weight: s.weight, paths: brokenPaths(dg, ws, s.index, limit) }))
  const failedOfferings: Array<string> = []
  for (let i = 0; i < ws.failedCount; i++) {
    const v = ws.failed[i]!
    if (dg.graph.kinds[v] === NodeKind.offering) failedOfferings.push(dg.graph.keys[v]!.slice("offering:".length))
  }
  const loss = lostSystems.reduce((sum, s) => sum + s.weight, 0)
  return { cut, label, reached, lostSystems, failedOfferings: failedOfferings.sort(), loss, totalWeight, lossShare: totalWeight === 0 ? 0 : loss / totalWeight }
}

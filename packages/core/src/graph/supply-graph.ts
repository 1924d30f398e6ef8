/**
 * The supply graph: a compact, immutable directed graph in compressed sparse row (CSR) form, whose edges
 * point from a consumer to what it needs, with node kinds, gates (all-of / any-of) and weights held in
 * typed arrays.
 *
 * @module
 */

/**
 * Kinds of node, stored as one byte per node.
 *
 * @example
 * ```ts
 * import { NodeKind, buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const { graph } = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))
 * graph.keys.filter((_, v) => graph.kinds[v] === NodeKind.entity) // ["entity:aws", "entity:amazon"]
 * ```
 * @category graph
 * @since 0.2.0
 */
export const NodeKind = { system: 0, dependency: 1, offering: 2, entity: 3, jurisdiction: 4, component: 5 } as const

/**
 * The name of one NodeKind (a key of `NodeKind`).
 *
 * @example
 * ```ts
 * import { NodeKind, SupplyGraphBuilder, type NodeKindName, type SupplyGraph } from "@sovmap/core"
 *
 * const countOf = (graph: SupplyGraph, kind: NodeKindName): number => graph.kinds.filter((k) => k === NodeKind[kind]).length
 * const b = new SupplyGraphBuilder()
 * b.addEdge(b.addNode("offering", "aws-ec2"), b.addNode("entity", "aws"), "operatedBy")
 * countOf(b.build(), "entity") // 1
 * ```
 * @category graph
 * @since 0.2.0
 */
export type NodeKindName = keyof typeof NodeKind

/**
 * Names of node kinds by their byte code.
 *
 * @example
 * ```ts
 * import { NODE_KIND_NAMES, supplyGraphFromArrays } from "@sovmap/core"
 *
 * const g = supplyGraphFromArrays({
 *   kinds: Uint8Array.of(0, 2, 3), gates: new Uint8Array(3), weights: Float64Array.of(4, 0, 0),
 *   from: Int32Array.of(0, 1), to: Int32Array.of(1, 2)
 * })
 * Array.from(g.kinds, (k) => NODE_KIND_NAMES[k]) // ["system", "offering", "entity"]
 * ```
 * @category graph
 * @since 0.2.0
 */
export const NODE_KIND_NAMES: ReadonlyArray<NodeKindName> = ["system", "dependency", "offering", "entity", "jurisdiction", "component"]

/**
 * Kinds of edge, stored as one byte per edge. An edge `a → b` always means "a needs b" (or, for
 * `fallback`, "a can use b instead").
 *
 * @example
 * ```ts
 * import { EdgeKind, SupplyGraphBuilder } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const dependency = b.addNode("dependency", "web#0", { gate: "any" })
 * b.addEdge(dependency, b.addNode("offering", "aws-ec2"), "uses")
 * b.addEdge(dependency, b.addNode("offering", "ovhcloud-public-cloud"), "fallback")
 * const g = b.build()
 * g.edgeKinds.filter((k) => k === EdgeKind.fallback).length // 1
 * ```
 * @category graph
 * @since 0.2.0
 */
export const EdgeKind = {
  /** A system needs one of its declared dependencies. */
  needs: 0,
  /** A dependency uses its primary offering. */
  uses: 1,
  /** A dependency can fall back to this offering. */
  fallback: 2,
  /** An offering runs on another offering. */
  runsOn: 3,
  /** An offering is operated by an entity. */
  operatedBy: 4,
  /** An offering carries an entity's brand (and technology). */
  brandedBy: 5,
  /** An entity is controlled by its parent. */
  controlledBy: 6,
  /** An entity is headquartered in a jurisdiction. */
  headquarteredIn: 7,
  /** Any other requirement (SBOM components, hand-built graphs). */
  dependsOn: 8
} as const

/**
 * The name of one EdgeKind (a key of `EdgeKind`).
 *
 * @example
 * ```ts
 * import { EdgeKind, SupplyGraphBuilder, type EdgeKindName } from "@sovmap/core"
 *
 * const kind: EdgeKindName = "operatedBy"
 * const b = new SupplyGraphBuilder()
 * b.addEdge(b.addNode("offering", "aws-ec2"), b.addNode("entity", "aws"), kind)
 * b.build().edgeKinds[0] === EdgeKind[kind] // true
 * ```
 * @category graph
 * @since 0.2.0
 */
export type EdgeKindName = keyof typeof EdgeKind

/**
 * Names of edge kinds by their byte code.
 *
 * @example
 * ```ts
 * import { EDGE_KIND_NAMES, buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const { graph } = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase()))
 * const v = graph.indexOf("entity:aws") ?? -1
 * Array.from(graph.edgeKinds.subarray(graph.offsets[v], graph.offsets[v + 1]), (k) => EDGE_KIND_NAMES[k]) // ["headquarteredIn", "controlledBy"]
 * ```
 * @category graph
 * @since 0.2.0
 */
export const EDGE_KIND_NAMES: ReadonlyArray<EdgeKindName> = ["needs", "uses", "fallback", "runsOn", "operatedBy", "brandedBy", "controlledBy", "headquarteredIn", "dependsOn"]

/**
 * How a node combines the supply of what it needs: `all` (it needs every successor — the default) or
 * `any` (one served successor is enough: a dependency with declared fallbacks).
 *
 * @example
 * ```ts
 * import { Gate, SupplyGraphBuilder } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const dependency = b.addNode("dependency", "web#0", { gate: "any" })
 * const system = b.addNode("system", "web", { weight: 3 })
 * const g = b.build()
 * g.gates[dependency] === Gate.any // true: one served offering is enough
 * g.gates[system] === Gate.all // true: the default
 * ```
 * @category graph
 * @since 0.2.0
 */
export const Gate = { all: 0, any: 1 } as const

/**
 * The name of one Gate (a key of `Gate`).
 *
 * @example
 * ```ts
 * import { Gate, SupplyGraphBuilder, type GateName } from "@sovmap/core"
 *
 * const fallbacks = ["ovhcloud-public-cloud"]
 * const gate: GateName = fallbacks.length > 0 ? "any" : "all"
 * const b = new SupplyGraphBuilder()
 * const dependency = b.addNode("dependency", "web#0", { gate })
 * b.build().gates[dependency] === Gate[gate] // true
 * ```
 * @category graph
 * @since 0.2.0
 */
export type GateName = keyof typeof Gate

/**
 * A supply graph in CSR form. The successors of node `v` are `targets[offsets[v] .. offsets[v+1])`, with
 * edge kinds and weights at the same positions; predecessors are stored the same way in `reverseOffsets` /
 * `reverseSources`. Node `v` has the key `keys[v]` (`kind:id`).
 *
 * @example
 * ```ts
 * import { buildDependencyGraph, builtinKnowledgeBase, decodeManifest, resolveManifest, type SupplyGraph } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const graph: SupplyGraph = buildDependencyGraph(m.value, resolveManifest(m, builtinKnowledgeBase())).graph
 * const v = graph.indexOf("offering:aws-ec2") ?? -1
 * Array.from(graph.targets.subarray(graph.offsets[v], graph.offsets[v + 1]), (t) => graph.keys[t]) // ["entity:aws"]
 * graph.names[v] // "Amazon EC2"
 * ```
 * @category graph
 * @since 0.2.0
 */
export interface SupplyGraph {
  readonly nodeCount: number
  readonly edgeCount: number
  /** `kind:id` of every node, such as `offering:aws-ec2` or `jurisdiction:US`. */
  readonly keys: ReadonlyArray<string>
  /** Display name of every node (the id when none was given). */
  readonly names: ReadonlyArray<string>
  readonly kinds: Uint8Array
  readonly gates: Uint8Array
  /** Node weights: the criticality weight of systems, 0 elsewhere unless a builder set one. */
  readonly weights: Float64Array
  readonly offsets: Int32Array
  readonly targets: Int32Array
  readonly edgeKinds: Uint8Array
  readonly edgeWeights: Float64Array
  readonly reverseOffsets: Int32Array
  readonly reverseSources: Int32Array
  /** Node index of a key, or undefined. */
  readonly indexOf: (key: string) => number | undefined
}

/**
 * Options of a node added with {@link SupplyGraphBuilder.addNode}.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, type NodeOptions } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const options: NodeOptions = { gate: "any", name: "Object storage (with fallback)" }
 * const dependency = b.addNode("dependency", "portal#1", options)
 * const graph = b.build()
 * graph.names[dependency] // "Object storage (with fallback)"
 * graph.keys[dependency] // "dependency:portal#1"
 * ```
 * @category graph
 * @since 0.2.0
 */
export interface NodeOptions {
  readonly gate?: GateName
  readonly weight?: number
  readonly name?: string
}

/**
 * The key of a node: its kind and id, joined by a colon.
 *
 * @example
 * ```ts
 * import { nodeKey } from "@sovmap/core"
 *
 * nodeKey("offering", "aws-ec2") // "offering:aws-ec2"
 * ```
 * @category graph
 * @since 0.2.0
 */
export const nodeKey = (kind: NodeKindName, id: string): string => `${kind}:${id}`

/**
 * A generic builder of supply graphs: add nodes (kind + id) and typed edges, then `build()` an immutable
 * CSR {@link SupplyGraph}. Adding a node twice returns the first index (options of the first call win).
 * Used by the manifest builder and by importers (SBOM components) alike.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const app = b.addNode("system", "app", { weight: 4 })
 * const lib = b.addNode("component", "pkg:npm/left-pad@1.3.0")
 * b.addEdge(app, lib, "dependsOn")
 * b.build().edgeCount // 1
 * ```
 * @category graph
 * @since 0.2.0
 */
export class SupplyGraphBuilder {
  private readonly keys: Array<string> = []
  private readonly names: Array<string> = []
  private readonly index = new Map<string, number>()
  private kinds = new Uint8Array(16)
  private gates = new Uint8Array(16)
  private weights = new Float64Array(16)
  private from = new Int32Array(16)
  private to = new Int32Array(16)
  private edgeKinds = new Uint8Array(16)
  private edgeWeights = new Float64Array(16)
  private edges = 0

  /** Number of nodes added so far. */
  get nodeCount(): number {
    return this.keys.length
  }

  /** Index of a node already added, or undefined. */
  find(kind: NodeKindName, id: string): number | undefined {
    return this.index.get(nodeKey(kind, id))
  }

  /** Adds a node (or returns the existing one with the same kind and id). */
  addNode(kind: NodeKindName, id: string, options: NodeOptions = {}): number {
    const key = nodeKey(kind, id)
    const existing = this.index.get(key)
    if (existing !== undefined) return existing
    const v = this.keys.length
    if (v === this.kinds.length) {
      this.kinds = grow(this.kinds, Uint8Array)
      this.gates = grow(this.gates, Uint8Array)
      this.weights = grow(this.weights, Float64Array)
    }
    this.keys.push(key)
    this.names.push(options.name ?? id)
    this.index.set(key, v)
    this.kinds[v] = NodeKind[kind]
    this.gates[v] = Gate[options.gate ?? "all"]
    this.weights[v] = options.weight ?? 0
    return v
  }

  /** Adds an edge `from → to` meaning "from needs to" (or "can fall back to", for `fallback`). */
  addEdge(from: number, to: number, kind: EdgeKindName = "dependsOn", weight = 1): void {
    const n = this.keys.length
    if (!(from >= 0 && from < n && to >= 0 && to < n)) throw new RangeError(`edge ${from} → ${to} names a node that was not added (${n} nodes)`)
    const e = this.edges
    if (e === this.from.length) {
      this.from = grow(this.from, Int32Array)
      this.to = grow(this.to, Int32Array)
      this.edgeKinds = grow(this.edgeKinds, Uint8Array)
      this.edgeWeights = grow(this.edgeWeights, Float64Array)
    }
    this.from[e] = from
    this.to[e] = to
    this.edgeKinds[e] = EdgeKind[kind]
    this.edgeWeights[e] = weight
    this.edges = e + 1
  }

  /** Freezes the graph into CSR arrays. The builder can be discarded afterwards. */
  build(): SupplyGraph {
    const n = this.keys.length
    const index = this.index
    return fromEdgeArrays(
      {
        kinds: this.kinds.slice(0, n),
        gates: this.gates.slice(0, n),
        weights: this.weights.slice(0, n),
        from: this.from.subarray(0, this.edges),
        to: this.to.subarray(0, this.edges),
        edgeKinds: this.edgeKinds.subarray(0, this.edges),
        edgeWeights: this.edgeWeights.subarray(0, this.edges)
      },
      this.keys,
      this.names,
      (key) => index.get(key)
    )
  }
}

const grow = <A extends Uint8Array | Int32Array | Float64Array>(array: A, Ctor: new (length: number) => A): A => {
  const next = new Ctor(array.length * 2)
  next.set(array as never)
  return next
}

/**
 * Columns of a graph given edge by edge (coordinate form), for {@link supplyGraphFromArrays}.
 *
 * @example
 * ```ts
 * import { EdgeKind, NodeKind, supplyGraphFromArrays, type SupplyGraphArrays } from "@sovmap/core"
 *
 * const arrays: SupplyGraphArrays = {
 *   kinds: Uint8Array.of(NodeKind.system, NodeKind.offering), gates: new Uint8Array(2), weights: Float64Array.of(4, 0),
 *   from: Int32Array.of(0), to: Int32Array.of(1), edgeKinds: Uint8Array.of(EdgeKind.dependsOn)
 * }
 * const graph = supplyGraphFromArrays(arrays)
 * graph.keys[1] // "offering:#1"
 * ```
 * @category graph
 * @since 0.2.0
 */
export interface SupplyGraphArrays {
  readonly kinds: Uint8Array
  readonly gates: Uint8Array
  readonly weights: Float64Array
  readonly from: Int32Array
  readonly to: Int32Array
  readonly edgeKinds?: Uint8Array
  readonly edgeWeights?: Float64Array
}

const fromEdgeArrays = (
  arrays: SupplyGraphArrays,
  keys: ReadonlyArray<string>,
  names: ReadonlyArray<string>,
  indexOf: (key: string) => number | undefined
): SupplyGraph => {
  const n = arrays.kinds.length
  const m = arrays.from.length
  const { from, to } = arrays
  const offsets = new Int32Array(n + 1)
  const reverseOffsets = new Int32Array(n + 1)
  for (let e = 0; e < m; e++) {
    offsets[from[e]! + 1]!++
    reverseOffsets[to[e]! + 1]!++
  }
  for (let v = 0; v < n; v++) {
    offsets[v + 1]! += offsets[v]!
    reverseOffsets[v + 1]! += reverseOffsets[v]!
  }
  const targets = new Int32Array(m)
  const edgeKinds = new Uint8Array(m)
  const edgeWeights = new Float64Array(m)
  const reverseSources = new Int32Array(m)
  const fill = offsets.slice(0, n)
  const reverseFill = reverseOffsets.slice(0, n)
  // Edges keep their insertion order within a node, so that the first successor of a dependency is its
  // primary offering.
  for (let e = 0; e < m; e++) {
    const a = from[e]!
    const b = to[e]!
    const slot = fill[a]!++
    targets[slot] = b
    edgeKinds[slot] = arrays.edgeKinds?.[e] ?? EdgeKind.dependsOn
    edgeWeights[slot] = arrays.edgeWeights?.[e] ?? 1
    reverseSources[reverseFill[b]!++] = a
  }
  return { nodeCount: n, edgeCount: m, keys, names, kinds: arrays.kinds, gates: arrays.gates, weights: arrays.weights, offsets, targets, edgeKinds, edgeWeights, reverseOffsets, reverseSources, indexOf }
}

/**
 * Builds a supply graph straight from typed arrays (edge list in coordinate form), without per-node
 * strings: for large generated or imported graphs. Keys are `kind:#index` unless `keys` is given.
 *
 * @example
 * ```ts
 * import { supplyGraphFromArrays } from "@sovmap/core"
 *
 * const g = supplyGraphFromArrays({
 *   kinds: new Uint8Array([0, 2]), gates: new Uint8Array(2), weights: new Float64Array([4, 0]),
 *   from: new Int32Array([0]), to: new Int32Array([1])
 * })
 * g.targets[g.offsets[0]!] // 1
 * ```
 * @category graph
 * @since 0.2.0
 */
export const supplyGraphFromArrays = (arrays: SupplyGraphArrays, keys?: ReadonlyArray<string>): SupplyGraph => {
  const n = arrays.kinds.length
  for (const column of [arrays.gates, arrays.weights]) if (column.length !== n) throw new RangeError("kinds, gates and weights must have one entry per node")
  if (arrays.to.length !== arrays.from.length) throw new RangeError("from and to must have one entry per edge")
  for (let e = 0; e < arrays.from.length; e++) {
    const a = arrays.from[e]!
    const b = arrays.to[e]!
    if (!(a >= 0 && a < n && b >= 0 && b < n)) throw new RangeError(`edge ${e} (${a} → ${b}) names a node outside 0..${n - 1}`)
  }
  const lazyKeys =
    keys ??
    new Proxy([] as Array<string>, {
      get: (target, p) => (p === "length" ? n : typeof p === "string" && /^\d+$/.test(p) ? `${NODE_KIND_NAMES[arrays.kinds[Number(p)]!] ?? "node"}:#${p}` : Reflect.get(target, p))
    })
  const keyIndex = keys === undefined ? undefined : new Map(keys.map((k, i) => [k, i] as const))
  const indexOf = (key: string): number | undefined => {
    if (keyIndex !== undefined) return keyIndex.get(key)
    const match = /:#(\d+)$/.exec(key)
    const i = match === null ? -1 : Number(match[1])
    return i >= 0 && i < n && lazyKeys[i] === key ? i : undefined
  }
  return fromEdgeArrays(arrays, lazyKeys, lazyKeys, indexOf)
}

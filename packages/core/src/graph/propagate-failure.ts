/**
 * Failure propagation: which nodes lose service when a set of nodes is cut.
 *
 * @module
 */
import { Gate, NodeKind, type SupplyGraph } from "./supply-graph.js"

/**
 * Reusable scratch memory for {@link propagateFailure}, so that a sweep of thousands of cuts allocates
 * nothing per cut. Arrays are versioned by an epoch counter instead of being cleared.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, propagateFailure, propagationWorkspace, type PropagationWorkspace } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const app = b.addNode("system", "app", { weight: 4 })
 * const dependency = b.addNode("dependency", "app#0", { gate: "any" })
 * const ec2 = b.addNode("offering", "aws-ec2")
 * const ovh = b.addNode("offering", "ovhcloud-public-cloud")
 * b.addEdge(app, dependency, "needs")
 * b.addEdge(dependency, ec2, "uses")
 * b.addEdge(dependency, ovh, "fallback")
 * const ws: PropagationWorkspace = propagationWorkspace(b.build())
 * propagateFailure(ws, [ec2]).lostWeight // 0: the fallback still serves the system
 * propagateFailure(ws, [ec2, ovh]).lostWeight // 4
 * ```
 * @category graph
 * @since 0.2.0
 */
export interface PropagationWorkspace {
  readonly graph: SupplyGraph
  epoch: number
  /** `failedAt[v] === epoch` ⇔ v failed in the current propagation. */
  readonly failedAt: Uint32Array
  /** `seenAt[v] === epoch` ⇔ `remaining[v]` is initialised for the current propagation. */
  readonly seenAt: Uint32Array
  /** Successors of an any-of node still served. */
  readonly remaining: Int32Array
  /** The successor whose failure made v fail (-1 for a cut node). */
  readonly cause: Int32Array
  /** Failed nodes of the current propagation in the order they failed; `failedCount` of them are valid. */
  readonly failed: Int32Array
  failedCount: number
  /** Sum of the weights of failed `system` nodes. */
  lostWeight: number
  lostSystems: number
}

/**
 * Allocates a workspace for a graph (about 21 bytes per node).
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, propagateFailure, propagationWorkspace } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const app = b.addNode("system", "app", { weight: 4 })
 * const cloud = b.addNode("offering", "cloud")
 * b.addEdge(app, cloud, "needs")
 * const ws = propagationWorkspace(b.build()) // allocated once, reused by every cut
 * const lost = [[cloud], []].map((cut) => propagateFailure(ws, cut).lostSystems) // [1, 0]
 * ```
 * @category graph
 * @since 0.2.0
 */
export const propagationWorkspace = (graph: SupplyGraph): PropagationWorkspace => ({
  graph,
  epoch: 0,
  failedAt: new Uint32Array(graph.nodeCount),
  seenAt: new Uint32Array(graph.nodeCount),
  remaining: new Int32Array(graph.nodeCount),
  cause: new Int32Array(graph.nodeCount),
  failed: new Int32Array(graph.nodeCount),
  failedCount: 0,
  lostWeight: 0,
  lostSystems: 0
})

/**
 * Propagates the failure of the `cut` nodes to everything that needs them, to a fixpoint.
 *
 * Rule (sovmap scenario semantics, see the methodology page "Scenarios"): everything starts served; a cut
 * node fails; an all-of node fails as soon as one successor fails; an any-of node fails when every one of
 * its successors has failed. This is the least set of failures closed under those rules, so a cycle that
 * no cut reaches stays served. Each node and edge is visited at most once: O(failed nodes + their
 * in-edges).
 *
 * The result is left in the workspace: `failed[0 .. failedCount)`, `cause`, `lostWeight`. Returns the
 * workspace.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, propagateFailure, propagationWorkspace } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const app = b.addNode("system", "app", { weight: 4 })
 * const cloud = b.addNode("offering", "cloud")
 * b.addEdge(app, cloud, "needs")
 * const ws = propagateFailure(propagationWorkspace(b.build()), [cloud])
 * ws.lostWeight // 4
 * ```
 * @category graph
 * @since 0.2.0
 */
export const propagateFailure = (ws: PropagationWorkspace, cut: ArrayLike<number>): PropagationWorkspace => {
  const { graph, failedAt, seenAt, remaining, cause, failed } = ws
  const { reverseOffsets, reverseSources, gates, kinds, weights, offsets } = graph
  if (ws.epoch === 0xffffffff) {
    failedAt.fill(0)
    seenAt.fill(0)
    ws.epoch = 0
  }
  const epoch = ++ws.epoch
  let count = 0
  let lostWeight = 0
  let lostSystems = 0
  for (let i = 0; i < cut.length; i++) {
    const v = cut[i]!
    if (failedAt[v] === epoch) continue
    failedAt[v] = epoch
    cause[v] = -1
    failed[count++] = v
  }
  const anyGate = Gate.any
  const system = NodeKind.system
  for (let head = 0; head < count; head++) {
    const u = failed[head]!
    if (kinds[u] === system) {
      lostWeight += weights[u]!
      lostSystems++
    }
    const end = reverseOffsets[u + 1]!
    for (let i = reverseOffsets[u]!; i < end; i++) {
      const p = reverseSources[i]!
      if (failedAt[p] === epoch) continue
      if (gates[p] === anyGate) {
        if (seenAt[p] !== epoch) {
          seenAt[p] = epoch
          remaining[p] = offsets[p + 1]! - offsets[p]!
        }
        if (--remaining[p]! > 0) continue
      }
      failedAt[p] = epoch
      cause[p] = u
      failed[count++] = p
    }
  }
  ws.failedCount = count
  ws.lostWeight = lostWeight
  ws.lostSystems = lostSystems
  return ws
}

/**
 * Whether node `v` failed in the last propagation run on this workspace.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, hasFailed, propagateFailure, propagationWorkspace } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const dependency = b.addNode("dependency", "app#0", { gate: "any" })
 * const ec2 = b.addNode("offering", "aws-ec2")
 * b.addEdge(dependency, ec2, "uses")
 * b.addEdge(dependency, b.addNode("offering", "ovhcloud-public-cloud"), "fallback")
 * const ws = propagateFailure(propagationWorkspace(b.build()), [ec2])
 * hasFailed(ws, ec2) // true
 * hasFailed(ws, dependency) // false: its fallback is still served
 * ```
 * @category graph
 * @since 0.2.0
 */
export const hasFailed = (ws: PropagationWorkspace, v: number): boolean => ws.failedAt[v] === ws.epoch

/**
 * Failure sets: for a node, every other node whose loss alone makes it lose service — its single points
 * of failure under all-of / any-of semantics.
 *
 * @module
 */
import { Gate, type SupplyGraph } from "./supply-graph.js"

interface Level {
  readonly stamp: Uint32Array
  readonly countStamp: Uint32Array
  readonly count: Int32Array
  epoch: number
}

/**
 * For each node in `nodes`, the sorted indices of the other nodes whose loss alone makes it fail under
 * {@link propagateFailure}'s rules: its single points of failure.
 *
 * Definition: K(x) = {x} ∪ ⋃ K(c) over the successors c of an all-of node, and K(x) = {x} ∪ ⋂ K(c) over
 * the successors of an any-of node (a node with no successor has K(x) = {x}); cycles take the least
 * solution, matching failure propagation. On an acyclic graph where every node is any-of, K(x) is exactly the set of dominators
 * of x's supplies in the sense of {@link dominatorTree} (every path from x to a supply passes through
 * them); all-of nodes add, by union, what each of their needs cannot do without. The computation is the
 * data-flow formulation of dominance (Cooper, Harvey & Kennedy 2001) extended with unions: a depth-first
 * closure over all-of nodes, with the intersection sets of any-of nodes computed once and memoised. It
 * never deletes nodes and re-evaluates; property tests check it against exactly that brute force.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, failureSets } from "@sovmap/core"
 *
 * // app needs db; db can use cloud-a or cloud-b; both are operated by vendor
 * const b = new SupplyGraphBuilder()
 * const app = b.addNode("system", "app")
 * const db = b.addNode("dependency", "app/0", { gate: "any" })
 * const [ca, cb, vendor] = [b.addNode("offering", "cloud-a"), b.addNode("offering", "cloud-b"), b.addNode("entity", "vendor")]
 * b.addEdge(app, db, "needs"); b.addEdge(db, ca, "uses"); b.addEdge(db, cb, "fallback")
 * b.addEdge(ca, vendor, "operatedBy"); b.addEdge(cb, vendor, "operatedBy")
 * failureSets(b.build(), [app])[0] // Int32Array [db, vendor] — not cloud-a, not cloud-b
 * ```
 * @category graph
 * @since 0.2.0
 */
export const failureSets = (graph: SupplyGraph, nodes: ArrayLike<number>): Array<Int32Array> => {
  const n = graph.nodeCount
  const { offsets, targets, gates } = graph
  const levels: Array<Level> = []
  const level = (l: number): Level =>
    (levels[l] ??= { stamp: new Uint32Array(n), countStamp: new Uint32Array(n), count: new Int32Array(n), epoch: 0 })
  const memo = new Map<number, Int32Array>()
  const inProgress = new Map<number, number>()
  let lowestHit = Number.POSITIVE_INFINITY
  const stack: Array<number> = []

  // K(x) as a list: depth-first over all-of nodes; an any-of node contributes itself and its memoised set.
  const closure = (x: number, l: number): Array<number> => {
    const lv = level(l)
    const epoch = ++lv.epoch
    const stamp = lv.stamp
    const out: Array<number> = []
    const base = stack.length
    stamp[x] = epoch
    stack.push(x)
    while (stack.length > base) {
      const u = stack.pop()!
      out.push(u)
      if (gates[u] === Gate.any) {
        const set = anySet(u, l + 1)
        for (let i = 0; i < set.length; i++) {
          const v = set[i]!
          if (stamp[v] !== epoch) {
            stamp[v] = epoch
            out.push(v)
          }
        }
        continue
      }
      const end = offsets[u + 1]!
      for (let i = offsets[u]!; i < end; i++) {
        const w = targets[i]!
        if (stamp[w] !== epoch) {
          stamp[w] = epoch
          stack.push(w)
        }
      }
    }
    return out
  }

  // ⋂ K(c) over the successors of an any-of node.
  const anySet = (o: number, l: number): ArrayLike<number> => {
    const cached = memo.get(o)
    if (cached !== undefined) return cached
    const running = inProgress.get(o)
    if (running !== undefined) {
      // A cycle back to an any-of node still being computed: its own set adds nothing to the least
      // solution, but every set computed since then is incomplete on its own and must not be memoised.
      lowestHit = Math.min(lowestHit, running)
      return []
    }
    const start = offsets[o]!
    const end = offsets[o + 1]!
    if (start === end) {
      const empty = new Int32Array(0)
      memo.set(o, empty)
      return empty
    }
    inProgress.set(o, l)
    const outerHit = lowestHit
    lowestHit = Number.POSITIVE_INFINITY
    const lv = level(l)
    const epoch = ++lv.epoch
    const { countStamp, count } = lv
    let first: Array<number> = []
    for (let i = start; i < end; i++) {
      const list = closure(targets[i]!, l + 1)
      if (i === start) first = list
      for (const v of list) {
        if (countStamp[v] !== epoch) {
          countStamp[v] = epoch
          count[v] = 0
        }
        count[v]!++
      }
    }
    const need = end - start
    const result = Int32Array.from(first.filter((v) => count[v] === need && countStamp[v] === epoch))
    inProgress.delete(o)
    if (lowestHit >= l) memo.set(o, result)
    lowestHit = Math.min(outerHit, lowestHit >= l ? Number.POSITIVE_INFINITY : lowestHit)
    return result
  }

  const results: Array<Int32Array> = []
  for (let i = 0; i < nodes.length; i++) {
    const x = nodes[i]!
    const list = closure(x, 0).filter((v) => v !== x)
    results.push(Int32Array.from(list).sort())
  }
  return results
}

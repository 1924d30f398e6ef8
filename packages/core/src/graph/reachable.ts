/**
 * Plain reachability (breadth-first search) on a supply graph.
 *
 * @module
 */
import type { SupplyGraph } from "./supply-graph.js"

/**
 * The nodes reachable from `sources` by breadth-first search, following edges forward (what the sources
 * need, transitively) or backward (who needs the sources, transitively), as a 0/1 mask, with the count.
 * O(reached nodes + their edges).
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, reachable } from "@sovmap/core"
 *
 * const b = new SupplyGraphBuilder()
 * const [a, c, d] = [b.addNode("system", "a"), b.addNode("offering", "c"), b.addNode("entity", "d")]
 * b.addEdge(a, c)
 * b.addEdge(c, d)
 * reachable(b.build(), [d], "backward").count // 3
 * ```
 * @category graph
 * @since 0.2.0
 */
export const reachable = (
  graph: SupplyGraph,
  sources: ArrayLike<number>,
  direction: "forward" | "backward" = "forward"
): { readonly mask: Uint8Array; readonly count: number; readonly order: Int32Array } => {
  const offsets = direction === "forward" ? graph.offsets : graph.reverseOffsets
  const targets = direction === "forward" ? graph.targets : graph.reverseSources
  const mask = new Uint8Array(graph.nodeCount)
  const queue = new Int32Array(graph.nodeCount)
  let tail = 0
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!
    if (mask[s] === 0) {
      mask[s] = 1
      queue[tail++] = s
    }
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!
    const end = offsets[u + 1]!
    for (let i = offsets[u]!; i < end; i++) {
      const w = targets[i]!
      if (mask[w] === 0) {
        mask[w] = 1
        queue[tail++] = w
      }
    }
  }
  return { mask, count: tail, order: queue.subarray(0, tail) }
}

/**
 * Dominator trees on a supply graph.
 *
 * @module
 */
import type { SupplyGraph } from "./supply-graph.js"

/**
 * The immediate dominators of every node reachable from `root`, following edges forward: `idom[v]` is the
 * closest node that lies on every path from `root` to `v` (`idom[root] = root`, `-1` when v is not
 * reachable). Node d dominates v iff d is on the chain v, idom[v], idom[idom[v]], …, root.
 *
 * Algorithm: Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm", Software Practice &
 * Experience 4 (2001) — iterate `idom(b) = intersect(processed predecessors of b)` in reverse postorder
 * until stable, intersecting by walking up the tree by postorder number. Runs on the CSR arrays without
 * allocating per node beyond five typed arrays.
 *
 * @example
 * ```ts
 * import { SupplyGraphBuilder, dominatorTree } from "@sovmap/core"
 *
 * // diamond r → a, r → b, a → x, b → x: only r dominates x
 * const g = new SupplyGraphBuilder()
 * const [r, a, b, x] = ["r", "a", "b", "x"].map((id) => g.addNode("component", id))
 * for (const [u, v] of [[r, a], [r, b], [a, x], [b, x]]) g.addEdge(u!, v!)
 * dominatorTree(g.build(), r!)[x!] === r // true
 * ```
 * @category graph
 * @since 0.2.0
 */
export const dominatorTree = (graph: SupplyGraph, root: number): Int32Array => {
  const n = graph.nodeCount
  const { offsets, targets, reverseOffsets, reverseSources } = graph
  // Iterative depth-first search for the postorder.
  const postNumber = new Int32Array(n).fill(-1)
  const order = new Int32Array(n) // nodes by postorder number
  const stack = new Int32Array(n)
  const edgeCursor = new Int32Array(n)
  const visited = new Uint8Array(n)
  let top = 0
  let post = 0
  stack[top++] = root
  visited[root] = 1
  edgeCursor[root] = offsets[root]!
  while (top > 0) {
    const u = stack[top - 1]!
    const i = edgeCursor[u]!
    if (i < offsets[u + 1]!) {
      edgeCursor[u] = i + 1
      const w = targets[i]!
      if (visited[w] === 0) {
        visited[w] = 1
        edgeCursor[w] = offsets[w]!
        stack[top++] = w
      }
    } else {
      top--
      postNumber[u] = post
      order[post++] = u
    }
  }
  const idom = new Int32Array(n).fill(-1)
  idom[root] = root
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (postNumber[a]! < postNumber[b]!) a = idom[a]!
      while (postNumber[b]! < postNumber[a]!) b = idom[b]!
    }
    return a
  }
  for (let changed = true; changed; ) {
    changed = false
    // Reverse postorder, skipping the root (highest number).
    for (let k = post - 2; k >= 0; k--) {
      const b = order[k]!
      let next = -1
      const end = reverseOffsets[b + 1]!
      for (let i = reverseOffsets[b]!; i < end; i++) {
        const p = reverseSources[i]!
        if (idom[p] === -1) continue
        next = next === -1 ? p : intersect(p, next)
      }
      if (next !== -1 && idom[b] !== next) {
        idom[b] = next
        changed = true
      }
    }
  }
  return idom
}

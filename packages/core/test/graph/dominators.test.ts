import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { dominatorTree, SupplyGraphBuilder } from "../../src/index.js"
import { naiveReachable, smallGraph, toSupplyGraph } from "./random-graph.js"

describe("dominatorTree", () => {
  it("matches the dominator tree of the Cooper–Harvey–Kennedy paper's figure 2 by hand", () => {
    // Graph written by hand: 6 → 5, 6 → 4, 5 → 1, 4 → 2, 4 → 3, 1 → 2, 2 → 1, 2 → 3, 3 → 2.
    // Every node except 6 is reached both through 5 and through 4, so idom = 6 for all.
    const g = new SupplyGraphBuilder()
    const ids = [1, 2, 3, 4, 5, 6].map((i) => g.addNode("component", String(i)))
    const n = (i: number) => ids[i - 1]!
    for (const [a, b] of [[6, 5], [6, 4], [5, 1], [4, 2], [4, 3], [1, 2], [2, 1], [2, 3], [3, 2]] as const) g.addEdge(n(a), n(b))
    const idom = dominatorTree(g.build(), n(6))
    expect([1, 2, 3, 4, 5].map((i) => idom[n(i)])).toEqual([n(6), n(6), n(6), n(6), n(6)])
  })

  it("a chain r → a → b: a dominates b; unreachable nodes get -1", () => {
    const g = new SupplyGraphBuilder()
    const [r, a, b, lone] = ["r", "a", "b", "lone"].map((id) => g.addNode("component", id)) as [number, number, number, number]
    g.addEdge(r, a)
    g.addEdge(a, b)
    const idom = dominatorTree(g.build(), r)
    expect([idom[r], idom[a], idom[b], idom[lone]]).toEqual([r, r, a, -1])
  })

  it("agrees with brute-force removal on random graphs: d dominates v iff removing d cuts v off from the root", () => {
    fc.assert(
      fc.property(smallGraph(9), (g) => {
        const idom = dominatorTree(toSupplyGraph(g), 0)
        const reach = naiveReachable(g, 0)
        for (let v = 0; v < g.n; v++) {
          if (!reach.has(v)) {
            expect(idom[v]).toBe(-1)
            continue
          }
          const chain = new Set<number>([v])
          for (let u = v; u !== 0; u = idom[u]!) chain.add(idom[u]!)
          for (let d = 0; d < g.n; d++) {
            const dominates = d === v || d === 0 || !naiveReachable(g, 0, d).has(v)
            expect(chain.has(d)).toBe(dominates)
          }
        }
      }),
      { numRuns: 400 }
    )
  }, 30_000)
})

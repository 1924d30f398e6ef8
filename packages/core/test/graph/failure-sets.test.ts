import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { dominatorTree, failureSets, SupplyGraphBuilder } from "../../src/index.js"
import { naiveFailed, smallGraph, toSupplyGraph, type SmallGraph } from "./random-graph.js"

describe("failureSets", () => {
  it("hand example: a shared vendor behind both alternatives is a single point of failure, the alternatives are not", () => {
    const b = new SupplyGraphBuilder()
    const app = b.addNode("system", "app")
    const db = b.addNode("dependency", "app#0", { gate: "any" })
    const ca = b.addNode("offering", "cloud-a")
    const cb = b.addNode("offering", "cloud-b")
    const vendor = b.addNode("entity", "vendor")
    const country = b.addNode("jurisdiction", "US")
    const other = b.addNode("entity", "other")
    b.addEdge(app, db, "needs")
    b.addEdge(db, ca, "uses")
    b.addEdge(db, cb, "fallback")
    b.addEdge(ca, vendor, "operatedBy")
    b.addEdge(cb, vendor, "operatedBy")
    b.addEdge(cb, other, "brandedBy")
    b.addEdge(vendor, country, "headquarteredIn")
    // K(app) = {app} ∪ K(db); K(db) = {db} ∪ (K(ca) ∩ K(cb)) = {db} ∪ ({ca, vendor, US} ∩ {cb, vendor, US, other})
    expect(Array.from(failureSets(b.build(), [app])[0]!)).toEqual([db, vendor, country].sort((x, y) => x - y))
  })

  it("agrees with brute-force removal on random graphs: v is in the set of x iff cutting v alone fails x", () => {
    fc.assert(
      fc.property(smallGraph(8), (g) => {
        const all = Array.from({ length: g.n }, (_, v) => v)
        const sets = failureSets(toSupplyGraph(g), all)
        for (const x of all) {
          const expected = all.filter((v) => v !== x && naiveFailed(g, [v]).has(x))
          expect(Array.from(sets[x]!)).toEqual(expected)
        }
      }),
      { numRuns: 1000 }
    )
  }, 30_000)

  it("on acyclic graphs where every node is any-of, equals the dominators of a virtual supply sink", () => {
    fc.assert(
      fc.property(smallGraph(7, false), fc.nat(), (g0: SmallGraph, pick) => {
        // All nodes any-of; leaves (no successor) are supplies, joined to a sink node `t`.
        // Acyclic: keep edges from a lower to a higher index. (With cycles the two differ on purpose: a ring
        // of any-of nodes keeps itself served, while a path to a supply may still pass through one node.)
        g0 = { ...g0, edges: g0.edges.filter(([a, b]) => a < b) }
        const n = g0.n + 1
        const t = g0.n
        const leaves = Array.from({ length: g0.n }, (_, v) => v).filter((v) => !g0.edges.some(([a]) => a === v))
        const g = { n, any: Array.from({ length: n }, (_, v) => v !== t), edges: [...g0.edges, ...leaves.map((v) => [v, t] as const)] }
        const graph = toSupplyGraph(g)
        const x = pick % g0.n
        const idom = dominatorTree(graph, x)
        if (idom[t] === -1) return // x reaches no supply
        const dominators = new Set<number>()
        for (let u = idom[t]!; u !== x; u = idom[u]!) dominators.add(u)
        const set = new Set(Array.from(failureSets(graph, [x])[0]!))
        set.delete(t)
        expect(set).toEqual(dominators)
      }),
      { numRuns: 500 }
    )
  }, 30_000)
})

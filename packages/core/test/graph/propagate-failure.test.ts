import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { hasFailed, propagateFailure, propagationWorkspace, SupplyGraphBuilder } from "../../src/index.js"
import { naiveFailed, smallGraph, toSupplyGraph } from "./random-graph.js"

const failedSet = (ws: ReturnType<typeof propagationWorkspace>) => new Set(Array.from(ws.failed.subarray(0, ws.failedCount)))

describe("propagateFailure: golden scenarios written by hand", () => {
  // diamond: app needs a and b; a and b both run on base. Cutting base takes everything down;
  // cutting a takes app down but not b.
  const diamond = () => {
    const g = new SupplyGraphBuilder()
    const app = g.addNode("system", "app", { weight: 4 })
    const a = g.addNode("offering", "a")
    const b = g.addNode("offering", "b")
    const base = g.addNode("offering", "base")
    g.addEdge(app, a)
    g.addEdge(app, b)
    g.addEdge(a, base, "runsOn")
    g.addEdge(b, base, "runsOn")
    return { graph: g.build(), app, a, b, base }
  }

  it("diamond: cutting the shared base fails all four nodes, loss 4", () => {
    const { graph, base } = diamond()
    const ws = propagateFailure(propagationWorkspace(graph), [base])
    expect(ws.failedCount).toBe(4)
    expect(ws.lostWeight).toBe(4)
  })

  it("diamond: cutting one branch fails that branch and the system only", () => {
    const { graph, app, a, b, base } = diamond()
    const ws = propagateFailure(propagationWorkspace(graph), [a])
    expect([hasFailed(ws, app), hasFailed(ws, a), hasFailed(ws, b), hasFailed(ws, base)]).toEqual([true, true, false, false])
  })

  it("fallback: a dependency survives while one alternative is served, fails when both are cut", () => {
    const g = new SupplyGraphBuilder()
    const app = g.addNode("system", "app", { weight: 3 })
    const dep = g.addNode("dependency", "app#0", { gate: "any" })
    const primary = g.addNode("offering", "primary")
    const spare = g.addNode("offering", "spare")
    g.addEdge(app, dep, "needs")
    g.addEdge(dep, primary, "uses")
    g.addEdge(dep, spare, "fallback")
    const graph = g.build()
    const ws = propagationWorkspace(graph)
    expect(propagateFailure(ws, [primary]).lostWeight).toBe(0)
    expect(propagateFailure(ws, [spare]).lostWeight).toBe(0)
    expect(propagateFailure(ws, [primary, spare]).lostWeight).toBe(3)
    expect(ws.cause[app]).toBe(dep)
  })

  it("cycle: offerings that run on each other stay served without a cut, and fall together with one", () => {
    const g = new SupplyGraphBuilder()
    const app = g.addNode("system", "app", { weight: 2 })
    const x = g.addNode("offering", "x")
    const y = g.addNode("offering", "y")
    const z = g.addNode("offering", "z")
    g.addEdge(app, x)
    g.addEdge(x, y, "runsOn")
    g.addEdge(y, x, "runsOn")
    g.addEdge(y, z, "runsOn")
    const ws = propagationWorkspace(g.build())
    expect(propagateFailure(ws, []).failedCount).toBe(0)
    expect(failedSet(propagateFailure(ws, [z]))).toEqual(new Set([z, y, x, app]))
  })
})

describe("propagateFailure: properties", () => {
  it("agrees with a naive fixpoint on random graphs (cycles, self-loops, any-of and all-of nodes)", () => {
    fc.assert(
      fc.property(smallGraph(), fc.array(fc.nat(), { maxLength: 4 }), (g, raw) => {
        const cut = raw.map((c) => c % g.n)
        const ws = propagateFailure(propagationWorkspace(toSupplyGraph(g)), cut)
        expect(failedSet(ws)).toEqual(naiveFailed(g, cut))
      }),
      { numRuns: 500 }
    )
  }, 30_000)

  it("cutting more never restores service", () => {
    fc.assert(
      fc.property(smallGraph(), fc.array(fc.nat(), { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }), (g, a, extra) => {
        const ws = propagationWorkspace(toSupplyGraph(g))
        const small = failedSet(propagateFailure(ws, a.map((c) => c % g.n)))
        const large = failedSet(propagateFailure(ws, [...a, ...extra].map((c) => c % g.n)))
        for (const v of small) expect(large.has(v)).toBe(true)
      }),
      { numRuns: 300 }
    )
  }, 30_000)

  it("a cut that reaches nothing changes nothing", () => {
    fc.assert(
      fc.property(smallGraph(), (g) => {
        expect(propagateFailure(propagationWorkspace(toSupplyGraph(g)), []).failedCount).toBe(0)
      })
    )
  })

  it("reusing a workspace gives the same result as a fresh one", () => {
    fc.assert(
      fc.property(smallGraph(), fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 5 }), (g, cuts) => {
        const graph = toSupplyGraph(g)
        const shared = propagationWorkspace(graph)
        for (const raw of cuts) {
          const cut = raw.map((c) => c % g.n)
          expect(failedSet(propagateFailure(shared, cut))).toEqual(failedSet(propagateFailure(propagationWorkspace(graph), cut)))
        }
      }),
      { numRuns: 200 }
    )
  }, 30_000)
})

import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { aggregateNetwork, renderNetworkHtml, renderNetworkJson, renderNetworkMarkdown, type NetworkMember } from "../../src/index.js"

const OFFERINGS = ["o1", "o2", "o3", "o4"] as const
const JURISDICTION: Record<string, string> = { o1: "US", o2: "FR", o3: "DE", o4: "CN" }
const dep = (offering: string, weight: number) => ({
  offering,
  offeringName: offering.toUpperCase(),
  controller: `v-${offering}`,
  controllerName: `Vendor ${offering}`,
  controlJurisdiction: JURISDICTION[offering]!,
  weight
})
const arbMember = (key: string) =>
  fc
    .subarray([...OFFERINGS], { minLength: 1 })
    .chain((os) => fc.tuple(...os.map((o) => fc.integer({ min: 1, max: 9 }).map((w) => dep(o, w)))))
    .map((dependencies): NetworkMember => ({ key, asOf: null, home: ["FR", "DE"], dependencies, scenarios: [], spofs: [] }))
const arbNetwork = fc.integer({ min: 0, max: 14 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbMember(`member-${i}`))))

describe("network view privacy", () => {
  it("publishes no cell with fewer than k contributing members (counted independently here)", () => {
    fc.assert(
      fc.property(arbNetwork, fc.integer({ min: 2, max: 6 }), (members, k) => {
        const view = aggregateNetwork(members, { k })
        for (const cell of view.sharedDependencies) {
          const contributors = members.filter((m) => m.dependencies.some((d) => d.offering === cell.key)).length
          expect(contributors).toBeGreaterThanOrEqual(k)
          expect(cell.membersAtLeast).toBeLessThanOrEqual(contributors)
        }
        for (const cell of view.byJurisdiction) expect(members.filter((m) => m.dependencies.some((d) => d.controlJurisdiction === cell.key)).length).toBeGreaterThanOrEqual(k)
        if (members.length < k) {
          expect(view.foreignShare).toBeNull()
          expect([...view.sharedDependencies, ...view.byVendor, ...view.byJurisdiction]).toEqual([])
        }
      })
    )
  })

  it("never names a member unless asked", () => {
    const members = Array.from({ length: 6 }, (_, i): NetworkMember => ({ key: `Secret Hospital ${i}`, asOf: "2026-01-01", home: ["FR"], dependencies: [dep("o1", 1)], scenarios: [], spofs: [] }))
    const anonymous = aggregateNetwork(members)
    for (const out of [renderNetworkJson(anonymous), renderNetworkMarkdown(anonymous), renderNetworkHtml(anonymous)]) expect(out).not.toContain("Secret Hospital")
    expect(renderNetworkMarkdown(aggregateNetwork(members, { nameMembers: true }))).toContain("Secret Hospital 3")
  })

  it("defeats the differencing attack: two networks differing only in one member's figures give the same view", () => {
    // The other five members have foreign shares .5 .5 .5 .6 .6 (sum 2.7). Member X has foreign share .2 in one
    // network and .6 in the other: 2.7 + .2 = 2.9 and 2.7 + .6 = 3.3 both round to 3 member-equivalents, and the
    // same holds for the US offering (it carries all foreign weight) and its FR complement (3.1 and 2.7 → 3).
    const rest = [
      [1, 1],
      [1, 1],
      [1, 1],
      [3, 2],
      [3, 2]
    ].map(([us, fr], i): NetworkMember => ({ key: `r${i}`, asOf: null, home: ["FR"], dependencies: [dep("o1", us!), dep("o2", fr!)], scenarios: [], spofs: [] }))
    const x = (us: number, fr: number): NetworkMember => ({ key: "X", asOf: null, home: ["FR"], dependencies: [dep("o1", us), dep("o2", fr)], scenarios: [], spofs: [] })
    const low = aggregateNetwork([...rest, x(1, 4)])
    const high = aggregateNetwork([...rest, x(3, 2)])
    expect(renderNetworkJson(low)).toBe(renderNetworkJson(high))
  })

  it("adding one member moves every published member-equivalent by at most one and every count by at most k", () => {
    fc.assert(
      fc.property(arbNetwork, arbMember("extra"), fc.integer({ min: 2, max: 5 }), (members, extra, k) => {
        const before = aggregateNetwork(members, { k })
        const after = aggregateNetwork([...members, extra], { k })
        for (const cell of after.sharedDependencies) {
          const old = before.sharedDependencies.find((c) => c.key === cell.key)
          if (old === undefined) continue
          expect(Math.abs(cell.memberEquivalents - old.memberEquivalents)).toBeLessThanOrEqual(1)
          expect(Math.abs(cell.membersAtLeast - old.membersAtLeast)).toBeLessThanOrEqual(k)
        }
        if (before.foreignShare !== null && after.foreignShare !== null) {
          expect(Math.abs(after.foreignShare.memberEquivalents - before.foreignShare.memberEquivalents)).toBeLessThanOrEqual(1)
        }
      })
    )
  })
})

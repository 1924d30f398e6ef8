import { describe, expect, it } from "vitest"
import { aggregateNetwork, latestPerMember, MetricInputError, networkEdges, renderNetworkHtml, renderNetworkMarkdown, type NetworkMember } from "../../src/index.js"

type Dep = NetworkMember["dependencies"][number]
const aws = (weight: number): Dep => ({ offering: "aws-ec2", offeringName: "Amazon EC2", controller: "amazon", controllerName: "Amazon", controlJurisdiction: "US", weight })
const ovh = (weight: number): Dep => ({ offering: "ovh-cloud", offeringName: "OVHcloud", controller: "ovh", controllerName: "OVH Groupe", controlJurisdiction: "FR", weight })
const stackit = (weight: number): Dep => ({ offering: "stackit", offeringName: "STACKIT", controller: "schwarz", controllerName: "Schwarz Gruppe", controlJurisdiction: "DE", weight })
const member = (key: string, dependencies: ReadonlyArray<Dep>, asOf: string | null = null): NetworkMember => ({ key, asOf, home: ["FR"], dependencies, scenarios: [], spofs: [] })

// Six members, home FR. Per-member shares (weight / member total), worked by hand:
//   A: aws 3, ovh 1  → aws 0.75, ovh 0.25          B: aws 1, ovh 1 → 0.5, 0.5
//   C: aws 1, stackit 1 → aws 0.5, stackit 0.5      D: ovh 1 → ovh 1
//   E: aws 1, ovh 3  → aws 0.25, ovh 0.75          F: aws 1, ovh 1 → 0.5, 0.5
const network = [
  member("A", [aws(3), ovh(1)]),
  member("B", [aws(1), ovh(1)]),
  member("C", [aws(1), stackit(1)]),
  member("D", [ovh(1)]),
  member("E", [aws(1), ovh(3)]),
  member("F", [aws(1), ovh(1)])
]

describe("aggregateNetwork", () => {
  it("combines members by hand-calculated member-equivalents", () => {
    const view = aggregateNetwork(network, { k: 5 })
    expect(view.members).toEqual({ used: 6, weighted: 6, assessments: 6, names: null })
    // foreign (US and DE are outside FR): A .75 + B .5 + C (.5+.5) + D 0 + E .25 + F .5 = 3.0 → 3 → 3/6
    expect(view.foreignShare).toEqual({ memberEquivalents: 3, share: 0.5 })
    // aws: used by A B C E F (5 ≥ k): .75 + .5 + .5 + .25 + .5 = 2.5 → Math.round → 3
    // ovh: used by A B D E F (5): .25 + .5 + 1 + .75 + .5 = 3 → 3; stackit: only C → suppressed
    expect(view.sharedDependencies).toEqual([
      { key: "aws-ec2", name: "Amazon EC2", membersAtLeast: 5, memberEquivalents: 3, share: 0.5 },
      { key: "ovh-cloud", name: "OVHcloud", membersAtLeast: 5, memberEquivalents: 3, share: 0.5 }
    ])
    expect(view.byJurisdiction.map((c) => c.key)).toEqual(["FR", "US"])
    // stackit offering, schwarz vendor and DE jurisdiction each have one member
    expect(view.suppressedCells).toBe(3)
    // HHI over the published vendor cells 3 and 3: 0.5² + 0.5² = 0.5 → 5,000 points
    expect(view.concentration.byVendor?.hhiPoints).toBeCloseTo(5000, 9)
  })

  it("uses each member's latest assessment for the cells and every assessment for the time series", () => {
    const early = ["A", "B", "C", "D", "E"].map((k) => member(k, [aws(1)], "2025-06-30"))
    const late = ["A", "B", "C", "D", "E"].map((k, i) => member(k, i < 2 ? [aws(1)] : [ovh(1)], "2026-06-30"))
    const view = aggregateNetwork([...late, ...early], { k: 5 })
    expect(view.members.used).toBe(5)
    expect(view.members.assessments).toBe(10)
    // 2025: all five fully on aws → 5/5; 2026: two on aws → 2/5
    expect(view.timeSeries).toEqual([
      { period: "2025", members: 5, foreignShare: 1 },
      { period: "2026", members: 5, foreignShare: 0.4 }
    ])
    expect(view.foreignShare?.share).toBe(0.4)
    expect(latestPerMember([...early, ...late]).every((m) => m.asOf === "2026-06-30")).toBe(true)
  })

  it("counts shared single points of failure and network scenarios across members", () => {
    const withSweep = (key: string, loss: number): NetworkMember => ({
      ...member(key, [aws(1)]),
      scenarios: [{ cut: "jurisdiction:US", label: "jurisdiction US", lossShare: loss }],
      spofs: [{ node: "entity:amazon", name: "Amazon" }]
    })
    // losses .2 .4 .6 .8 1 → sum 3 member-equivalents over 5 members → mean 0.6
    const view = aggregateNetwork([0.2, 0.4, 0.6, 0.8, 1].map((l, i) => withSweep(`m${i}`, l)))
    expect(view.scenarios).toEqual([{ cut: "jurisdiction:US", label: "jurisdiction US", membersAtLeast: 5, memberEquivalentsLost: 3, meanLossShare: 0.6 }])
    expect(view.spofs).toEqual([{ node: "entity:amazon", name: "Amazon", membersAtLeast: 5 }])
  })

  it("refuses k below 2", () => {
    expect(() => aggregateNetwork(network, { k: 1 })).toThrow(MetricInputError)
  })

  it("flattens the latest assessments into pseudonymous edges with shares", () => {
    const edges = networkEdges(network)
    expect(edges).toHaveLength(11)
    expect(edges[0]).toEqual({ member: 1, offering: "aws-ec2", controller: "amazon", controlJurisdiction: "US", foreign: true, weight: 3, share: 0.75 })
  })

  it("renders Markdown and HTML with the published cells only, escaping names", () => {
    const hostile = network.map((m) => ({ ...m, dependencies: m.dependencies.map((d) => (d.offering === "aws-ec2" ? { ...d, offeringName: "<script>x</script>|" } : d)) }))
    const view = aggregateNetwork(hostile)
    const md = renderNetworkMarkdown(view)
    expect(md).toContain("| OVHcloud (`ovh-cloud`) | 5 | 3 | 50.0 % |")
    expect(md).not.toContain("STACKIT")
    expect(md).toContain("\\|")
    const page = renderNetworkHtml(view)
    expect(page).not.toContain("<script>x")
    expect(page).toContain("&lt;script&gt;x")
  })
})

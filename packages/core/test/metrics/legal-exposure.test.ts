import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { exposureLinks, lawInForce, legalExposure, MetricInputError, type ExposureTarget, type Law } from "../../src/index.js"

// Hand-built laws: only the fields the metric reads matter; sources are not needed here.
const law = (id: string, jurisdiction: string, kind: Law["kind"], reach: Law["reach"], from = "2000-01-01", to?: string) => ({
  id,
  name: id,
  jurisdiction,
  kind,
  reach,
  inForce: to === undefined ? { from } : { from, to }
})
const target = (id: string, weight: number, control: string, operator: string, parents: Array<string>, data: Array<string>): ExposureTarget => ({
  id,
  weight,
  controlJurisdiction: control,
  operatorJurisdiction: operator,
  parentJurisdictions: parents,
  dataLocations: data
})

describe("exposureLinks", () => {
  // An EU-operated subsidiary of a US group: operator DE, parent chain DE-holding(NL) → US parent.
  const euSub = target("eu-sub", 1, "US", "DE", ["NL", "US"], ["DE"])

  it("follows the documented link rules for each reach", () => {
    expect(exposureLinks(law("x", "US", "data-access", ["hq"]), euSub)).toEqual(["hq"])
    expect(exposureLinks(law("x", "US", "data-access", ["subsidiary-abroad"]), euSub)).toEqual(["parent"])
    expect(exposureLinks(law("x", "US", "data-access", ["possession-custody-control"]), euSub)).toEqual(["hq", "parent"])
    expect(exposureLinks(law("x", "DE", "data-access", ["hq"]), euSub)).toEqual(["operator"])
    expect(exposureLinks(law("x", "DE", "data-access", ["data-location"]), euSub)).toEqual(["data-location"])
    expect(exposureLinks(law("x", "US", "data-access", ["data-location"]), euSub)).toEqual([])
    expect(exposureLinks(law("x", "CN", "data-access", ["hq", "subsidiary-abroad", "possession-custody-control", "data-location"]), euSub)).toEqual([])
  })
})

describe("lawInForce", () => {
  it("treats `from` as inclusive and `to` as exclusive", () => {
    expect(lawInForce({ inForce: { from: "2018-03-23" } }, "2018-03-23")).toBe(true)
    expect(lawInForce({ inForce: { from: "2018-03-23" } }, "2018-03-22")).toBe(false)
    expect(lawInForce({ inForce: { from: "2018-03-23", to: "2026-06-12" } }, "2026-06-11")).toBe(true)
    expect(lawInForce({ inForce: { from: "2018-03-23", to: "2026-06-12" } }, "2026-06-12")).toBe(false)
  })
})

describe("legalExposure", () => {
  const targets = [
    target("m365", 6, "US", "US", [], ["IE"]),
    target("s3ns", 4, "FR", "FR", ["FR"], ["FR"]),
    target("eu-sub", 2, "US", "DE", ["US"], ["DE"]),
    target("cn-app", 1, "CN", "CN", [], ["CN"]),
    target("ru-data", 3, "FR", "FR", [], ["RU"])
  ]
  const laws = [
    law("us-cloud-act", "US", "data-access", ["possession-custody-control"]),
    law("us-ear", "US", "export-restriction", ["hq"]),
    law("cn-nil-7", "CN", "data-access", ["hq", "subsidiary-abroad"]),
    law("ru-local", "RU", "data-access", ["data-location"]),
    law("fr-law", "FR", "data-access", ["hq"]),
    law("expired", "US", "sanctions", ["hq"], "2000-01-01", "2020-01-01")
  ]
  const home = new Set(["FR", "DE", "IE"])
  const r = legalExposure(targets, laws, { home, asOf: "2026-11-22" })

  it("weights each law's reach as a hand calculation does", () => {
    // total = 6 + 4 + 2 + 1 + 3 = 16
    // CLOUD Act (pcc): m365 (hq, operator) 6 + eu-sub (hq, parent) 2 = 8 → 0.5
    // EAR (hq): m365 (hq) 6 + eu-sub (hq: controller US) 2 = 8 → 0.5
    // NIL (hq, subsidiary-abroad): cn-app 1 → 1/16
    // ru-local (data-location): ru-data 3 → 3/16
    // fr-law (hq, home): s3ns 4 + ru-data 3 = 7 → 7/16, not foreign
    expect(r.totalWeight).toBe(16)
    expect(r.laws.map((l) => [l.law, l.weight, l.foreign])).toEqual([
      ["us-cloud-act", 8, true],
      ["us-ear", 8, true],
      ["fr-law", 7, false],
      ["ru-local", 3, true],
      ["cn-nil-7", 1, true]
    ])
    expect(r.laws[0]!.dependencies).toEqual([
      { id: "m365", weight: 6, links: ["hq", "operator"] }, // controller and operator are both US
      { id: "eu-sub", weight: 2, links: ["hq", "parent"] }
    ])
    expect(r.notInForce).toEqual(["expired"])
  })

  it("totals foreign laws by kind, counting each dependency once", () => {
    // data-access (foreign): CLOUD Act {m365, eu-sub} ∪ NIL {cn-app} ∪ ru-local {ru-data} = 6 + 2 + 1 + 3 = 12
    // export-restriction: EAR {m365, eu-sub} = 8; cut-off and sanctions: 0 (the sanctions law expired)
    expect(r.byKind.map((k) => [k.kind, k.weight])).toEqual([
      ["data-access", 12],
      ["service-cutoff", 0],
      ["export-restriction", 8],
      ["sanctions", 0]
    ])
    expect(r.byKind[0]!.laws).toEqual(["cn-nil-7", "ru-local", "us-cloud-act"])
    // any foreign law: every dependency except s3ns → 12 / 16
    expect(r.foreignWeight).toBe(12)
    expect(r.foreignShare).toBeCloseTo(0.75, 12)
  })

  it("counts every law without a date", () => {
    expect(legalExposure(targets, laws, { home }).laws.map((l) => l.law)).toContain("expired")
  })

  it("refuses empty and bad weights", () => {
    expect(() => legalExposure([], laws, { home })).toThrow(MetricInputError)
    expect(() => legalExposure([target("a", -1, "US", "US", [], [])], laws, { home })).toThrow(MetricInputError)
  })

  it("keeps every share in [0, 1] and each kind total at most the any-law total", () => {
    const codes = fc.constantFrom("US", "FR", "CN", "DE", "RU")
    const arbTarget = fc.record({
      id: fc.string(),
      weight: fc.double({ min: 0.01, max: 1000, noNaN: true }),
      controlJurisdiction: codes,
      operatorJurisdiction: codes,
      parentJurisdictions: fc.array(codes, { maxLength: 3 }),
      dataLocations: fc.array(codes, { maxLength: 3 })
    })
    fc.assert(
      fc.property(fc.array(arbTarget, { minLength: 1, maxLength: 20 }), (ts) => {
        const e = legalExposure(ts, laws, { home, asOf: "2026-11-22" })
        for (const l of e.laws) expect(l.share).toBeLessThanOrEqual(1 + 1e-9)
        for (const k of e.byKind) expect(k.weight).toBeLessThanOrEqual(e.foreignWeight + 1e-9)
        expect(e.foreignShare).toBeGreaterThanOrEqual(0)
        expect(e.foreignShare).toBeLessThanOrEqual(1 + 1e-9)
      })
    )
  })
})

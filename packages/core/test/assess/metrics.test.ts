import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, decodePolicy, PolicyValidationError, resolveManifest } from "../../src/index.js"

// A self-contained manifest: local entities, offerings, a partner bloc and laws, so that the expected
// values below depend only on this text and on the default policy's tier risks (0 / 0.3333 / 0.6667 / 1).
const src = [{ url: "https://example.org/test-fixture", retrieved: "2026-11-23" }]
const manifestText = `
sovmap: 1
organisation: { name: Test, country: FR }
home: eu27
weighting: criticality
asOf: "2026-11-22"
systems:
  - id: a
    name: A
    criticality: critical
    dependencies:
      - { offering: t-us-cloud, dataLocations: [US, IE], switchingCost: 100000, switchingMonths: 12 }
      - { offering: t-fr-cloud }
  - id: b
    name: B
    criticality: high
    dependencies:
      - { offering: t-us-sovereign }
  - id: c
    name: C
    criticality: low
    dependencies:
      - { offering: t-jp-llm }
entities:
  - { id: us-corp, name: US Corp, kind: company, hq: US, sources: ${JSON.stringify(src)} }
  - { id: us-corp-de, name: US Corp DE, kind: company, hq: DE, parent: { id: us-corp, controls: true }, sources: ${JSON.stringify(src)} }
  - { id: fr-cloud, name: FR Cloud, kind: company, hq: FR, sources: ${JSON.stringify(src)} }
  - { id: jp-ai, name: JP AI, kind: company, hq: JP, sources: ${JSON.stringify(src)} }
  - { id: fr-ai, name: FR AI, kind: company, hq: FR, sources: ${JSON.stringify(src)} }
offerings:
  - { id: t-us-cloud, name: US Cloud, category: cloud, brand: us-corp, operator: us-corp, market: t-iaas, dataLocations: [US], sources: ${JSON.stringify(src)} }
  - { id: t-us-sovereign, name: US Sovereign, category: saas, brand: us-corp, operator: us-corp-de, market: t-saas, dataLocations: [DE], sources: ${JSON.stringify(src)} }
  - { id: t-fr-cloud, name: FR Cloud, category: cloud, brand: fr-cloud, operator: fr-cloud, market: t-iaas, dataLocations: [FR], sources: ${JSON.stringify(src)} }
  - { id: t-jp-llm, name: JP LLM, category: ai, brand: jp-ai, operator: jp-ai, market: t-llm, dataLocations: [JP], sources: ${JSON.stringify(src)} }
  - { id: t-fr-llm, name: FR LLM, category: ai, brand: fr-ai, operator: fr-ai, market: t-llm, sources: ${JSON.stringify(src)} }
blocs:
  - { id: t-partners, name: Test partners, members: [{ country: JP }], sources: ${JSON.stringify(src)} }
laws:
  - { id: t-us-pcc, name: US PCC, jurisdiction: US, kind: data-access, reach: [possession-custody-control], inForce: { from: "2018-03-23" }, sources: ${JSON.stringify(src)} }
  - { id: t-us-export, name: US export, jurisdiction: US, kind: export-restriction, reach: [hq], inForce: { from: "2000-01-01" }, sources: ${JSON.stringify(src)} }
  - { id: t-jp-old, name: JP old, jurisdiction: JP, kind: service-cutoff, reach: [hq], inForce: { from: "2000-01-01", to: "2020-01-01" }, sources: ${JSON.stringify(src)} }
  - { id: t-fr-loc, name: FR location, jurisdiction: FR, kind: data-access, reach: [data-location], inForce: { from: "2000-01-01" }, sources: ${JSON.stringify(src)} }
`
const policyText = `sovmapPolicy: 1
id: test
version: "1"
composite:
  weights:
    legalExposure: 2
alignment:
  partners: t-partners
`

describe("assess computes every metric as a hand calculation does", () => {
  const located = decodeManifest(manifestText, "m.yaml")
  // The hand calculation covers the manifest's own laws only: start from the shipped knowledge base without its laws.
  const kb = resolveManifest(located, { ...builtinKnowledgeBase(), laws: new Map() })
  const r = assess(located.value, kb, { file: "m.yaml", policy: decodePolicy(policyText, "policy.yaml") })
  const m = r.metrics
  // Weights (criticality): t-us-cloud 4, t-fr-cloud 4, t-us-sovereign 3, t-jp-llm 1 → total 12.
  // Control: US 4 + 3 (us-corp-de is controlled by us-corp) = 7, FR 4, JP 1.

  it("records the date and the policy used", () => {
    expect(r.reportVersion).toBe(2)
    expect(r.inputs.asOf).toBe("2026-11-22")
    expect(r.inputs.policy).toMatchObject({ id: "test", version: "1", file: "policy.yaml", basedOn: { id: "sovmap-default" }, partners: "t-partners" })
    expect(r.inputs.policy.weights).toEqual({ foreignControl: 1, legalExposure: 2, dataLocation: 1, concentration: 1, alignment: 1, lockIn: 1 })
  })

  it("foreign shares by control, operator, data location and bloc", () => {
    expect(m.foreignShare.foreignShare).toBeCloseTo(8 / 12, 12) // US 7 + JP 1
    expect(m.foreignShareByOperator.foreignShare).toBeCloseTo(5 / 12, 12) // operators US 4, FR 4, DE 3, JP 1 → US + JP
    // data: t-us-cloud [US, IE] split 2 + 2; FR 4; DE 3 (from the offering); JP 1 → foreign US 2 + JP 1 = 3
    expect(m.foreignShareByDataLocation?.foreignShare).toBeCloseTo(3 / 12, 12)
    expect(m.foreignShareByDataLocation?.coverage).toBe(1)
    expect(r.dependencies.find((d) => d.offering === "t-us-sovereign")?.dataLocationsFrom).toBe("offering")
    expect(m.foreignShareByBloc.find((b) => b.bloc === "t-partners")).toEqual({ bloc: "t-partners", weight: 1, share: 1 / 12, foreignWeight: 1, foreignShare: 1 / 12 })
  })

  it("concentration over vendors, jurisdictions and per category", () => {
    // us-corp 7, fr-cloud 4, jp-ai 1 → HHI = (49 + 16 + 1) / 144
    expect(m.concentration.byVendor.hhi).toBeCloseTo(66 / 144, 12)
    expect(m.concentration.byJurisdiction.hhi).toBeCloseTo(66 / 144, 12)
    expect(m.concentration.byVendor.cr1).toBeCloseTo(7 / 12, 12)
    // cloud: us-corp 4, fr-cloud 4 → 0.5; ai: jp-ai alone → 1; saas: us-corp alone → 1
    expect(m.concentration.byCategory.map((c) => [c.category, c.byVendor.hhi])).toEqual([
      ["ai", 1],
      ["cloud", 0.5],
      ["saas", 1]
    ])
  })

  it("legal exposure by law, link and kind, with laws not in force left out", () => {
    // t-us-pcc: t-us-cloud (controller and operator US) 4 + t-us-sovereign (controller US, parent US) 3 = 7
    // t-us-export (hq): the same two dependencies = 7; t-fr-loc (home): t-fr-cloud's data in FR = 4
    expect(m.legalExposure.laws.map((l) => [l.law, l.weight, l.foreign])).toEqual([
      ["t-us-export", 7, true],
      ["t-us-pcc", 7, true],
      ["t-fr-loc", 4, false]
    ])
    expect(m.legalExposure.laws[1]!.dependencies.map((d) => [d.id, d.links])).toEqual([
      ["a/t-us-cloud", ["hq", "operator"]],
      ["b/t-us-sovereign", ["hq", "parent"]]
    ])
    expect(m.legalExposure.notInForce).toEqual(["t-jp-old"])
    expect(m.legalExposure.byKind.map((k) => [k.kind, k.weight])).toEqual([
      ["data-access", 7],
      ["service-cutoff", 0],
      ["export-restriction", 7],
      ["sanctions", 0]
    ])
    expect(m.legalExposure.foreignShare).toBeCloseTo(7 / 12, 12)
  })

  it("alignment tiers and lock-in", () => {
    expect(m.alignment.tiers.map((t) => [t.tier, t.weight])).toEqual([
      ["home", 4],
      ["partners", 1],
      ["other", 7],
      ["restricted", 0]
    ])
    expect(m.alignment.risk).toBeCloseTo((1 / 12) * 0.3333 + (7 / 12) * 0.6667, 12)
    // t-us-cloud has t-fr-cloud (home) in its market → 0; t-jp-llm has t-fr-llm → 0; t-fr-cloud is home → 0;
    // t-us-sovereign is alone in its market → other, 0.6667. Index = 3 × 0.6667 / 12.
    expect(m.lockIn.index).toBeCloseTo((3 * 0.6667) / 12, 12)
    expect(m.lockIn.withoutHomeOption).toBeCloseTo(3 / 12, 12)
    expect(m.lockIn.declaredSwitchingCost).toBe(100000)
    expect(m.lockIn.longestSwitchingMonths).toBe(12)
    expect(m.lockIn.dependencies.find((d) => d.id === "a/t-us-cloud")?.homeOptions).toEqual(["t-fr-cloud"])
  })

  it("composite score under the policy weights, with its breakdown", () => {
    const risks = [8 / 12, 7 / 12, 3 / 12, 66 / 144, (1 / 12) * 0.3333 + (7 / 12) * 0.6667, (3 * 0.6667) / 12]
    const weights = [1, 2, 1, 1, 1, 1]
    const expected = 100 * (1 - risks.reduce((s, x, i) => s + x * weights[i]!, 0) / 7)
    expect(m.score.score).toBeCloseTo(expected, 10)
    expect(m.score.missing).toEqual([])
    expect(m.score.components.map((c) => c.id)).toEqual(["foreignControl", "legalExposure", "dataLocation", "concentration", "alignment", "lockIn"])
    expect(m.score.components.reduce((s, c) => s + c.pointsLost, 0)).toBeCloseTo(100 - expected, 10)
  })

  it("cites the laws and the home and partner options it used", () => {
    const records = new Set(r.sources.map((s) => s.record))
    expect(records.has("law:t-us-pcc")).toBe(true)
    expect(records.has("offering:t-fr-llm")).toBe(true)
    expect(records.has("bloc:t-partners")).toBe(true)
  })

  it("lets the assess option asOf override the manifest's", () => {
    const early = assess(located.value, kb, { asOf: "2010-01-01" })
    expect(early.metrics.legalExposure.notInForce).toEqual(["t-us-pcc"])
    expect(early.metrics.legalExposure.laws.map((l) => l.law)).toContain("t-jp-old")
  })

  it("refuses a policy whose partner bloc does not exist, pointing at the line", () => {
    const bad = decodePolicy("sovmapPolicy: 1\nid: bad\nversion: '1'\nalignment:\n  partners: t-partnrs\n", "bad.yaml")
    try {
      assess(located.value, kb, { policy: bad })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyValidationError)
      const d = (error as PolicyValidationError).diagnostics[0]!
      expect([d.file, d.line, d.column]).toEqual(["bad.yaml", 5, 13])
      expect(d.hint).toContain("t-partners")
    }
  })
})

import { readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  assess,
  buildDependencyGraph,
  builtinKnowledgeBase,
  checkPolicy,
  decodeManifest,
  decodePolicy,
  findSinglePointsOfFailure,
  PolicyValidationError,
  resolveManifest,
  type Policy,
  type PolicyRule
} from "../../src/index.js"

// A self-contained manifest: local entities and offerings, so the expected values below follow from this
// text alone. Weighting by criticality (critical 4, high 3, medium 2, low 1).
const src = JSON.stringify([{ url: "https://example.org/test-fixture", retrieved: "2026-11-23" }])
const manifestText = `
sovmap: 1
organisation: { name: Test, country: FR }
home: eu27
weighting: criticality
asOf: "2026-11-22"
systems:
  - id: pay
    name: Payments
    criticality: critical
    dependencies:
      - { offering: t-us-cloud, data: restricted }
      - { offering: t-fr-cloud, data: personal }
  - id: web
    name: Website
    criticality: high
    dependencies:
      - { offering: t-fr-cloud, data: public }
  - id: wiki
    name: Wiki
    criticality: low
    dependencies:
      - { offering: t-us-saas, data: internal }
entities:
  - { id: t-us-corp, name: US Corp, kind: company, hq: US, sources: ${src} }
  - { id: t-fr-corp, name: FR Corp, kind: company, hq: FR, sources: ${src} }
offerings:
  - { id: t-us-cloud, name: US Cloud, category: cloud, brand: t-us-corp, operator: t-us-corp, sources: ${src} }
  - { id: t-fr-cloud, name: FR Cloud, category: cloud, brand: t-fr-corp, operator: t-fr-corp, sources: ${src} }
  - { id: t-us-saas, name: US SaaS, category: saas, brand: t-us-corp, operator: t-us-corp, sources: ${src} }
`
const small = (() => {
  const m = decodeManifest(manifestText, "small.yaml")
  const kb = resolveManifest(m, builtinKnowledgeBase())
  return { assessment: assess(m.value, kb, { file: "small.yaml" }), spofs: findSinglePointsOfFailure(buildDependencyGraph(m.value, kb), { minCriticality: "low" }) }
})()

const policyOf = (rules: string) => decodePolicy(`sovmapPolicy: 1\nid: gate\nversion: "1"\nrules:\n${rules}`, "policy.yaml")

describe("checkPolicy on a small manifest (hand-computed)", () => {
  // Weights: pay/t-us-cloud 4, pay/t-fr-cloud 4, web/t-fr-cloud 3, wiki/t-us-saas 1; total 12.
  it("max-foreign-share: all 5/12, critical 4/8, high+ 4/11", () => {
    const r = checkPolicy(
      small.assessment,
      policyOf("  - { rule: max-foreign-share, max: 0.4 }\n  - { rule: max-foreign-share, scope: critical, max: 0.5 }\n  - { rule: max-foreign-share, scope: high+, max: 0.36 }\n")
    )
    expect(r.rules.map((v) => v.passed)).toEqual([false, true, false])
    expect(r.breaches[0]?.actual).toBeCloseTo(5 / 12, 12)
    expect(r.breaches[1]?.actual).toBeCloseTo(4 / 11, 12)
    // Located at the `max:` of each rule: line 5 col 37, line 7 col 51.
    expect(r.breaches.map((b) => [b.file, b.line, b.column])).toEqual([
      ["policy.yaml", 5, 37],
      ["policy.yaml", 7, 51]
    ])
    expect(r.breaches[0]?.message).toContain("41.7 %")
  })

  it("max-hhi: by vendor (5/12)² + (7/12)² = 74/144; cloud only (4/11)² + (7/11)² = 65/121", () => {
    const r = checkPolicy(small.assessment, policyOf("  - { rule: max-hhi, max: 0.5 }\n  - { rule: max-hhi, by: jurisdiction, category: cloud, max: 0.54 }\n  - { rule: max-hhi, category: cloud, max: 0.53 }\n"))
    expect(r.rules.map((v) => v.passed)).toEqual([false, true, false])
    expect(r.breaches[0]?.actual).toBeCloseTo(74 / 144, 12)
    expect(r.breaches[1]?.actual).toBeCloseTo(65 / 121, 12)
  })

  it("no-law-exposure: US data-access laws reach both US-controlled dependencies; only one holds restricted data", () => {
    const r = checkPolicy(small.assessment, policyOf("  - { rule: no-law-exposure, kinds: [data-access], data: [restricted] }\n  - { rule: no-law-exposure }\n  - { rule: no-law-exposure, kinds: [data-access], data: [public] }\n"))
    expect(r.rules[0]?.breaches.map((b) => b.subject)).toEqual(["pay/t-us-cloud"])
    expect(r.rules[0]?.breaches[0]?.message).toContain("pay/t-us-cloud with restricted data is reachable by CLOUD Act (US, data-access, via hq/operator)") // the operator is the controller, headquartered in the US
    expect(r.rules[1]?.breaches.map((b) => b.subject)).toEqual(["pay/t-us-cloud", "wiki/t-us-saas"])
    // web/t-fr-cloud holds the public data, and no foreign law reaches a French company.
    expect(r.rules[2]?.passed).toBe(true)
    expect([r.breaches[0]?.line, r.breaches[0]?.column]).toEqual([5, 5])
  })

  it("no-spof: the critical system `pay` needs both clouds, so both offerings and both vendors are single points of failure", () => {
    const r = checkPolicy(small.assessment, policyOf("  - { rule: no-spof }\n  - { rule: no-spof, kinds: [jurisdiction] }\n"))
    expect(r.rules[0]?.breaches.map((b) => b.subject).sort()).toEqual(["entity:t-fr-corp", "entity:t-us-corp", "offering:t-fr-cloud", "offering:t-us-cloud"])
    expect(r.rules[1]?.breaches.map((b) => b.subject).sort()).toEqual(["jurisdiction:FR", "jurisdiction:US"])
  })

  it("no-spof for a named system uses the single points of failure of every system", () => {
    const policy = policyOf("  - { rule: no-spof, system: wiki }\n  - { rule: no-spof, system: nope }\n")
    const r = checkPolicy(small.assessment, policy, { spofsOfAllSystems: small.spofs })
    // `wiki` has one dependency: its offering and vendor.
    expect(r.rules[0]?.breaches.map((b) => b.subject).sort()).toEqual(["entity:t-us-corp", "offering:t-us-saas"])
    expect(r.rules[1]?.breaches[0]?.message).toContain("not in the manifest")
  })

  it("min-csf-seal: unknown SEALs fail unless `unknown: pass`; a SEAL below the floor fails", () => {
    const csf = [
      { offering: "t-fr-cloud", seal: 3 },
      { offering: "t-us-cloud", seal: 1 }
    ]
    const r = checkPolicy(small.assessment, policyOf("  - { rule: min-csf-seal, min: 2 }\n  - { rule: min-csf-seal, min: 2, category: saas }\n  - { rule: min-csf-seal, min: 2, category: saas, unknown: pass }\n"), { csf })
    expect(r.rules[0]?.breaches.map((b) => [b.subject, b.actual])).toEqual([["t-us-cloud", 1]])
    expect(r.rules[1]?.breaches.map((b) => b.subject)).toEqual(["t-us-saas"])
    expect(r.rules[2]?.passed).toBe(true)
  })

  it("min-score compares with the composite score and passes when the policy has no rules", () => {
    const score = small.assessment.metrics.score.score
    expect(checkPolicy(small.assessment, policyOf(`  - { rule: min-score, min: ${Math.ceil(score + 1)} }\n`)).passed).toBe(false)
    expect(checkPolicy(small.assessment, policyOf(`  - { rule: min-score, min: ${Math.floor(score)} }\n`)).passed).toBe(true)
    expect(checkPolicy(small.assessment, { sovmapPolicy: 1, id: "p", version: "1" })).toMatchObject({ passed: true, rules: [], breaches: [] })
  })
})

describe("checkPolicy on the example manifest (hand-computed)", () => {
  const file = join(import.meta.dirname, "..", "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")
  const m = decodeManifest(readFileSync(file, "utf8"), "sovmap.yaml")
  const a = assess(m.value, resolveManifest(m, builtinKnowledgeBase()))

  it("foreign share: weighting both = spend × criticality weight", () => {
    // Home (EU-controlled): OVH 210000×4, STACKIT 60000×2, S3NS (Thales controls) 150000×4, Mistral 40000×2,
    // Scaleway 20000×2 = 1,680,000. US-controlled: AWS S3 35000×2, Microsoft 365 420000×3, AWS EC2 260000×3,
    // OpenAI 25000×1, GitHub 30000×2, Jira 45000×2 = 2,285,000. Share = 2,285,000 / 3,965,000.
    const r = checkPolicy(a, policyOf("  - { rule: max-foreign-share, max: 0.4 }\n  - { rule: max-foreign-share, scope: critical, max: 0 }\n  - { rule: max-foreign-share, scope: high+, max: 0.4 }\n"))
    expect(r.rules[0]?.breaches[0]?.actual).toBeCloseTo(2_285_000 / 3_965_000, 12)
    // Critical: OVH and S3NS, both home → 0.
    expect(r.rules[1]?.passed).toBe(true)
    // High and critical: + Microsoft 365 1,260,000 and AWS EC2 780,000 (both US) → 2,040,000 / 3,480,000.
    expect(r.rules[2]?.breaches[0]?.actual).toBeCloseTo(2_040_000 / 3_480_000, 12)
  })

  it("max-hhi by vendor over the nine ultimate controllers", () => {
    // Weights in thousands: Microsoft (365 + GitHub) 1,320; Amazon (S3 + EC2) 850; OVHcloud 840; Thales (S3NS)
    // 600; Schwarz (STACKIT) 120; Atlassian 90; Mistral 80; Iliad (Scaleway) 40; OpenAI Foundation 25.
    // Σ w² = 1,742,400 + 722,500 + 705,600 + 360,000 + 14,400 + 8,100 + 6,400 + 1,600 + 625 = 3,561,625; total 3,965.
    const r = checkPolicy(a, policyOf("  - { rule: max-hhi, by: vendor, max: 0.2 }\n"))
    expect(r.breaches[0]?.actual).toBeCloseTo(3_561_625 / 3_965 ** 2, 12)
  })

  it("restricted data reachable by a data-access law: only the AWS EC2 dependency (S3NS is French-controlled, STACKIT German)", () => {
    const r = checkPolicy(a, policyOf("  - { rule: no-law-exposure, kinds: [data-access], data: [restricted] }\n"))
    expect(r.breaches.map((b) => b.subject)).toEqual(["data-platform/aws-ec2"])
  })
})

describe("rules in the policy file", () => {
  it("rejects an unknown rule type, a share above 1 and a misspelt field, located", () => {
    try {
      policyOf("  - { rule: max-foreign-share, max: 40 }\n  - { rule: max-foreign }\n  - { rule: no-spof, sytem: x }\n")
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyValidationError)
      const lines = (error as PolicyValidationError).diagnostics.map((d) => d.line)
      expect(lines).toEqual(expect.arrayContaining([5, 6, 7]))
      expect((error as PolicyValidationError).diagnostics.find((d) => d.line === 7)?.hint).toContain("`system`")
    }
  })
})

describe("loosening a threshold never adds a breach (property)", () => {
  const offerings = [...new Set(small.assessment.dependencies.map((d) => d.offering))]
  const share = fc.double({ min: 0, max: 1, noNaN: true })
  const pair = fc.tuple(share, share).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const)
  const seal = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })).map(([x, y]) => [Math.max(x, y), Math.min(x, y)] as const)
  const scores = fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })).map(([x, y]) => [Math.max(x, y), Math.min(x, y)] as const)
  const rulePair = fc.oneof(
    fc.tuple(fc.constantFrom("all", "critical", "high+") as fc.Arbitrary<"all" | "critical" | "high+">, pair).map(([scope, [tight, loose]]) => [
      { rule: "max-foreign-share", scope, max: tight },
      { rule: "max-foreign-share", scope, max: loose }
    ]),
    fc.tuple(fc.constantFrom("vendor", "jurisdiction") as fc.Arbitrary<"vendor" | "jurisdiction">, pair).map(([by, [tight, loose]]) => [
      { rule: "max-hhi", by, max: tight },
      { rule: "max-hhi", by, max: loose }
    ]),
    seal.map(([tight, loose]) => [
      { rule: "min-csf-seal", category: "cloud", unknown: "fail", min: tight },
      { rule: "min-csf-seal", category: "cloud", unknown: "fail", min: loose }
    ]),
    scores.map(([tight, loose]) => [
      { rule: "min-score", min: tight },
      { rule: "min-score", min: loose }
    ])
  ) as fc.Arbitrary<[PolicyRule, PolicyRule]>
  const csf = fc.array(fc.record({ offering: fc.constantFrom(...offerings), seal: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) }), { maxLength: 4 })

  it("holds for every threshold rule", () => {
    fc.assert(
      fc.property(rulePair, csf, ([tight, loose], seals) => {
        const run = (rule: PolicyRule) => {
          const policy: Policy = { sovmapPolicy: 1, id: "p", version: "1", rules: [rule] }
          return checkPolicy(small.assessment, policy, { csf: seals }).breaches.map((b) => b.subject ?? "")
        }
        const tightBreaches = new Set(run(tight))
        for (const s of run(loose)) expect(tightBreaches.has(s)).toBe(true)
      })
    )
  })
})

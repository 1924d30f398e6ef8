import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import {
  buildDependencyGraph,
  builtinKnowledgeBase,
  decodeManifest,
  evaluateScenario,
  findSinglePointsOfFailure,
  resolveManifest,
  sweepScenarios,
  UnknownCutTargetError
} from "../../src/index.js"

const examplePath = join(import.meta.dirname, "..", "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")
const exampleText = readFileSync(examplePath, "utf8")
const load = (text: string) => {
  const located = decodeManifest(text, "sovmap.yaml")
  return buildDependencyGraph(located.value, resolveManifest(located, builtinKnowledgeBase()))
}
const dg = load(exampleText)

// Hand calculation on examples/region-nordlys/sovmap.yaml (criticality weights critical 4, high 3, medium 2):
// systems citizen-portal 4, collaboration 3, data-platform 3, case-management 4, assistant 2, it-delivery 2 → 18.
describe("scenarios on the example, worked by hand", () => {
  it("cutting US: fallbacks keep the portal, the data platform and the assistant; S3NS falls with its Google brand", () => {
    // citizen-portal: aws-s3 falls back to ovhcloud (FR) → served. collaboration: microsoft-365 (US) → lost 3.
    // data-platform: aws-ec2 falls back to stackit (DE) → served. case-management: s3ns-premi3ns carries the
    // brand of google (US) → lost 4. assistant: openai-api falls back to mistral → served. it-delivery:
    // github-com (US) → lost 2. Loss 3 + 4 + 2 = 9 of 18.
    const r = evaluateScenario(dg, { kind: "jurisdiction", id: "US" })
    expect(r.lostSystems.map((s) => [s.system, s.weight])).toEqual([
      ["collaboration", 3],
      ["case-management", 4],
      ["it-delivery", 2]
    ])
    expect(r.loss).toBe(9)
    expect(r.totalWeight).toBe(18)
    expect(r.lossShare).toBeCloseTo(0.5, 12)
    expect(r.reached).toEqual(["jurisdiction:US"])
    expect(r.lostSystems.find((s) => s.system === "case-management")!.paths).toEqual([
      ["system:case-management", "dependency:case-management#0", "offering:s3ns-premi3ns", "entity:google", "jurisdiction:US"]
    ])
  })

  it("cutting FR: the portal, case management, the assistant and IT delivery are lost (12)", () => {
    // ovhcloud, s3ns (+ thales), mistral, scaleway (+ iliad) are French: 4 + 4 + 2 + 2 = 12.
    const r = evaluateScenario(dg, { kind: "jurisdiction", id: "fr" })
    expect(r.lostSystems.map((s) => s.system).sort()).toEqual(["assistant", "case-management", "citizen-portal", "it-delivery"])
    expect(r.loss).toBe(12)
  })

  it("cutting the vendor amazon loses nothing: both AWS dependencies have fallbacks", () => {
    const r = evaluateScenario(dg, { kind: "vendor", id: "amazon" })
    expect(r.loss).toBe(0)
    expect(r.failedOfferings).toEqual(["aws-ec2", "aws-s3"])
  })

  it("cutting the vendor microsoft takes its subsidiary github with it (3 + 2 = 5)", () => {
    const r = evaluateScenario(dg, { kind: "vendor", id: "microsoft" })
    expect(r.lostSystems.map((s) => s.system)).toEqual(["collaboration", "it-delivery"])
    expect(r.lostSystems[1]!.paths[0]).toEqual(["system:it-delivery", "dependency:it-delivery#0", "offering:github-com", "entity:github", "entity:microsoft"])
  })

  it("a dependency with a fallback shows one broken path per alternative when both fail", () => {
    // Cutting the EU27 bloc: citizen-portal's aws-s3 dependency survives (US), but its ovhcloud one does not.
    const r = evaluateScenario(dg, { kind: "bloc", id: "eu27" })
    const assistant = r.lostSystems.find((s) => s.system === "assistant")!
    expect(assistant.paths[0]).toEqual(["system:assistant", "dependency:assistant#0", "offering:mistral-la-plateforme", "entity:mistral", "jurisdiction:FR"])
  })

  it("a law given in a manifest overlay reaches what its reach rules say", () => {
    // possession-custody-control in US reaches every US-headquartered or US-controlled entity: the same
    // losses as cutting US (9). S3NS itself (controlled by Thales, FR) is not reached; its Google brand is.
    const overlay = `${exampleText}
laws:
  - id: us-cloud-act
    name: Clarifying Lawful Overseas Use of Data Act
    shortName: CLOUD Act
    jurisdiction: US
    kind: data-access
    reach: [possession-custody-control]
    citation: 18 U.S.C. § 2713
    inForce: { from: 2018-03-23 }
    sources:
      - url: https://lexbuild.dev/usc/title-18/chapter-121/section-2713
        retrieved: 2026-11-22
        evidence: P
`
    const r = evaluateScenario(load(overlay), { kind: "law", id: "us-cloud-act" })
    expect(r.loss).toBe(9)
    expect(r.reached).toContain("entity:google")
    expect(r.reached).not.toContain("entity:s3ns")
  })
})

describe("sweep and single points of failure on the example", () => {
  it("ranks the blocs holding US, FR and DE first (18), then EEA/EU27 (15), FR (12) and US (9)", () => {
    const sweep = sweepScenarios(dg)
    const top = sweep.rows.slice(0, 7).map((r) => [r.cut.kind, r.cut.id, r.loss])
    // G7, NATO and OECD each contain US, FR and DE, where every controller of the example sits: all 18 lost.
    // eu27 (and the EEA, which contains it) reaches FR and DE: FR's 12, plus data-platform (3), whose second
    // dependency stackit-cloud (DE) has no fallback → 15.
    expect(top).toEqual([
      ["bloc", "g7", 18],
      ["bloc", "nato", 18],
      ["bloc", "oecd", 18],
      ["bloc", "eea", 15],
      ["bloc", "eu27", 15],
      ["jurisdiction", "FR", 12],
      ["jurisdiction", "US", 9]
    ])
  })

  it("single points of failure of the critical systems, by hand", () => {
    // citizen-portal: ovhcloud-public-cloud has no fallback → it, ovhcloud, FR; aws-s3 falls back to ovhcloud,
    // and K(aws-s3) ∩ K(ovhcloud-public-cloud) = ∅. case-management: s3ns-premi3ns, s3ns, thales, FR, and
    // through the brand google, alphabet, US. FR is shared (4 + 4 = 8).
    const spofs = findSinglePointsOfFailure(dg)
    expect(spofs.map((s) => [s.node, s.weight])).toEqual([
      ["jurisdiction:FR", 8],
      ["entity:alphabet", 4],
      ["entity:google", 4],
      ["entity:ovhcloud", 4],
      ["entity:s3ns", 4],
      ["entity:thales", 4],
      ["jurisdiction:US", 4],
      ["offering:ovhcloud-public-cloud", 4],
      ["offering:s3ns-premi3ns", 4]
    ])
    expect(spofs[0]!.systems).toEqual(["case-management", "citizen-portal"])
  })
})

describe("unknown ids give a clear error with close matches", () => {
  const error = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      return e as UnknownCutTargetError
    }
    throw new Error("expected an error")
  }
  it("vendor typo", () => {
    const e = error(() => evaluateScenario(dg, { kind: "vendor", id: "amazn" }))
    expect(e).toBeInstanceOf(UnknownCutTargetError)
    expect(e.diagnostics[0]!.message).toBe("unknown vendor `amazn`")
    expect(e.diagnostics[0]!.hint).toContain("`amazon`")
  })
  it("an offering given as vendor names its operator", () => {
    expect(error(() => evaluateScenario(dg, { kind: "vendor", id: "aws-ec2" })).diagnostics[0]!.hint).toContain("operator `aws`")
  })
  it("UK is GB", () => {
    expect(error(() => evaluateScenario(dg, { kind: "jurisdiction", id: "UK" })).diagnostics[0]!.hint).toBe("the United Kingdom is `GB`")
  })
  it("a misspelt law id", () => {
    const e = error(() => evaluateScenario(dg, { kind: "law", id: "us-cloud-akt" }))
    expect(e.diagnostics[0]!.message).toBe("unknown law `us-cloud-akt`")
    expect(e.diagnostics[0]!.hint).toContain("us-cloud-act")
  })
})

import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { decodeSbom, decodeSpdxTagValue, parseSpdxActor, UnsupportedSbomError } from "../../src/index.js"

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", "sbom", name), "utf8")

// Expected values: jq 1.7 over the fixtures.
//   packages:            jq '.packages | length'                          → 6 and 7
//   described package:   jq '.documentDescribes'                          → SPDXRef-example, SPDXRef-1
//   edges between packages:
//     jq '[.packages[].SPDXID] as $p | [.relationships[]? | select(.relationshipType | test("^(DEPENDS_ON|CONTAINS|CONTAINED_BY|.*DEPENDENCY_OF)$"))
//         | select((.spdxElementId|IN($p[])) and (.relatedSpdxElement|IN($p[])))] | length'   → 1 and 4
//   with a purl:         jq '[.packages[] | select(.externalRefs // [] | any(.referenceType=="purl"))] | length' → 0 and 4
describe("SPDX JSON golden files", () => {
  it.each([
    ["examplemaven-0.0.1.spdx.json", "SPDX-2.3", 6, "SPDXRef-example", 1, 0],
    ["appbomination.spdx.json", "SPDX-2.2", 7, "SPDXRef-1", 4, 4]
  ])("%s", (file, version, packages, subject, edges, purls) => {
    const doc = decodeSbom(fixture(file), file)
    expect(doc.format).toBe("spdx-json")
    expect(doc.specVersion).toBe(version)
    expect(doc.subject?.ref).toBe(subject)
    expect(doc.components.length + 1).toBe(packages)
    expect(doc.edges.length).toBe(edges)
    expect(doc.components.filter((c) => c.purl !== undefined).length).toBe(purls)
  })

  it("turns DEPENDENCY_OF around: the related element depends on the package", () => {
    const doc = decodeSbom(fixture("appbomination.spdx.json"), "a.json")
    // {"spdxElementId":"SPDXRef-23","relatedSpdxElement":"SPDXRef-22","relationshipType":"DEPENDENCY_OF"}
    expect(doc.edges).toContainEqual({ from: "SPDXRef-22", to: "SPDXRef-23", kind: "depends-on" })
  })
})

describe("SPDX tag-value", () => {
  it("reads example6-bin (grep -c '^PackageName:' → 1, described by the document)", () => {
    const doc = decodeSbom(fixture("example6-bin.spdx"), "example6-bin.spdx")
    expect(doc.format).toBe("spdx-tag-value")
    expect(doc.subject?.ref).toBe("SPDXRef-Package-hello-go-bin")
    expect(doc.components).toEqual([])
    // Every relationship names another document (DocumentRef-…:) or a file: no edge between packages here.
    expect(doc.edges).toEqual([])
    expect(doc.problems).toEqual([])
  })

  it("reads packages, suppliers, purls and relationships", () => {
    const text = [
      "SPDXVersion: SPDX-2.3",
      "SPDXID: SPDXRef-DOCUMENT",
      "PackageName: app",
      "SPDXID: SPDXRef-app",
      "PackageSupplier: Organization: ACME Ltd (ops@acme.example)",
      "PackageName: lang3",
      "SPDXID: SPDXRef-lang3",
      "PackageComment: <text>multi",
      "line</text>",
      "ExternalRef: PACKAGE-MANAGER purl pkg:maven/org.apache.commons/commons-lang3@3.4",
      "Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-app",
      "Relationship: SPDXRef-app DEPENDS_ON SPDXRef-lang3",
      "Relationship: SPDXRef-app DEPENDS_ON SPDXRef-missing"
    ].join("\n")
    const doc = decodeSpdxTagValue(text, "t.spdx")
    expect(doc.subject).toMatchObject({ ref: "SPDXRef-app", declared: [{ role: "supplier", name: "ACME Ltd", kind: "organization" }] })
    expect(doc.components).toMatchObject([{ ref: "SPDXRef-lang3", purl: "pkg:maven/org.apache.commons/commons-lang3@3.4" }])
    expect(doc.edges).toEqual([{ from: "SPDXRef-app", to: "SPDXRef-lang3", kind: "depends-on" }])
    expect(doc.problems).toMatchObject([{ line: 13, message: expect.stringContaining("SPDXRef-missing") }])
  })

  it("rejects other SPDX versions and SPDX 3 JSON-LD with a clear message", () => {
    expect(() => decodeSbom("SPDXVersion: SPDX-2.1\n", "old.spdx")).toThrow(UnsupportedSbomError)
    expect(() => decodeSbom('{"spdxVersion": "SPDX-3.0"}', "x.json")).toThrow(/SPDX version "SPDX-3.0" is not supported/)
    expect(() => decodeSbom('{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": []}', "x.json")).toThrow(/not a CycloneDX document|SPDX 3/)
  })

  it("reports a duplicate SPDXID and an unclosed <text> block with their lines", () => {
    expect(() => decodeSpdxTagValue("SPDXVersion: SPDX-2.3\nPackageName: a\nSPDXID: SPDXRef-a\nPackageName: b\nSPDXID: SPDXRef-a\n", "d.spdx")).toThrow(/d\.spdx:4:1: duplicate SPDXID `SPDXRef-a`/)
    expect(() => decodeSpdxTagValue("SPDXVersion: SPDX-2.3\nPackageName: a\nPackageComment: <text>never closed\n", "u.spdx")).toThrow(/u\.spdx:3:\d+: <text> block/)
  })
})

describe("parseSpdxActor", () => {
  it.each([
    ["Organization: ACME Ltd (ops@acme.example)", { name: "ACME Ltd", kind: "organization" }],
    ["Person: Jane Doe", { name: "Jane Doe", kind: "person" }],
    ["NOASSERTION", undefined]
  ])("%s", (text, expected) => {
    expect(parseSpdxActor(text)).toEqual(expected === undefined ? undefined : expect.objectContaining(expected))
  })
})

import { readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { attributeSbom, attributeSbomText, builtinKnowledgeBase, createSbomAttributor, createSbomReader, decodeSbom, normaliseOrganisationName, type SbomComponent, type SbomDocument } from "../../src/index.js"

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", "sbom", name), "utf8")
const kb = builtinKnowledgeBase()
const attribute = (file: string) => attributeSbom(decodeSbom(fixture(file), file), kb)
const doc = (components: Array<Partial<SbomComponent> & { name: string }>): SbomDocument => ({
  file: "t.json",
  format: "cyclonedx-json",
  specVersion: "1.6",
  components: components.map((c, i) => ({ ref: `c${i}`, kind: "component", declared: [], ...c })),
  edges: [],
  problems: []
})

describe("attribution of real SBOMs", () => {
  it("dropwizard 1.3.15: 36 by publisher, 31 by package rule, 100 unattributed", () => {
    // 36: jq '[.components[] | select(.publisher != null) | select((.publisher | ascii_downcase | ltrimstr("the ")) as $p
    //          | ["apache software foundation","qos.ch","oracle corporation","oracle"] | index($p))] | length'
    //     = Oracle Corporation 21 + Oracle 1 + QOS.ch 7 + The Apache Software Foundation 6 + Apache Software Foundation 1
    //     (the publisher names that are knowledge-base entities once legal forms are dropped; FasterXML (14) no longer
    //     counts: its entity was removed in data 2026.11.4 because its headquarters could not be sourced)
    // 31: components without such a publisher whose Maven group falls under a shipped Maven rule:
    //     jq '[.components[] | select(.publisher as $p | ["Oracle Corporation","Oracle","QOS.ch","The Apache Software Foundation","Apache Software Foundation"] | index($p) | not)
    //          | select(.group | test("^(org\\.eclipse|com\\.google|org\\.jboss|org\\.glassfish|org\\.apache|…)(\\.|$)"))] | length'
    //     = org.eclipse.jetty 20 + com.google 4 + org.jboss 3 + org.glassfish 2 + org.apache 2
    const a = attribute("dropwizard-1.3.15.cdx.json")
    expect(a.summary.components).toBe(167)
    expect(a.summary.byMethod).toEqual({ "sbom-supplier": 36, "package-rule": 31, "repository-host": 0, unattributed: 167 - 36 - 31 })
    expect(a.components.filter((c) => c.method === "unattributed").every((c) => c.jurisdiction === undefined && c.evidence.length > 0)).toBe(true)
  })

  it("laravel 7.12.0: the 27 symfony/* packages go to Symfony SAS in France", () => {
    // jq '[.components[] | select(.purl | startswith("pkg:composer/symfony/"))] | length' → 27
    const a = attribute("laravel-7.12.0.cdx.json")
    const symfony = a.components.filter((c) => c.rule === "composer-symfony")
    expect(symfony.length).toBe(27)
    expect(symfony.every((c) => c.jurisdiction === "FR" && c.confidence === "medium")).toBe(true)
    expect(a.summary.byJurisdiction.find((r) => r.jurisdiction === "FR")).toMatchObject({ count: 27, home: true, share: 27 / 62 })
  })

  it("proton-bridge 1.8.0: Go vanity hosts by rule, github.com organisations by repository", () => {
    // 12: jq '[.components[] | .purl | select(test("^pkg:golang/(golang\\.org/x|google\\.golang\\.org|cloud\\.google\\.com/go|k8s\\.io|sigs\\.k8s\\.io|go\\.etcd\\.io|go\\.opentelemetry\\.io|github\\.com/aws/aws-sdk-go-v2)[/@]"))] | length'
    //  7: jq '[.components[] | .purl | select(test("^pkg:golang/github\\.com/(google|googleapis|golang|…|ossf)/"; "i"))] | length'
    const a = attribute("proton-bridge-1.8.0.cdx.json")
    expect(a.summary.byMethod["package-rule"]).toBe(12)
    expect(a.summary.byMethod["repository-host"]).toBe(7)
    expect(a.components.filter((c) => c.method === "repository-host").every((c) => c.confidence !== "high")).toBe(true)
  })
})

describe("attribution precedence", () => {
  it("prefers a declared supplier known to the knowledge base over a package rule", () => {
    const a = attributeSbom(doc([{ name: "x", purl: "pkg:maven/org.apache.commons/x@1", declared: [{ role: "supplier", name: "Microsoft Corporation" }] }]), kb)
    expect(a.components[0]).toMatchObject({ method: "sbom-supplier", confidence: "high", entity: "microsoft", jurisdiction: "US" })
  })

  it("uses the address country of an unknown supplier, with medium confidence", () => {
    const a = attributeSbom(doc([{ name: "x", purl: "pkg:npm/%40angular/core@1", declared: [{ role: "supplier", name: "Acme GmbH", country: "DE" }] }]), kb)
    expect(a.components[0]).toMatchObject({ method: "sbom-supplier", confidence: "medium", entityName: "Acme GmbH", jurisdiction: "DE" })
  })

  it("words each component's evidence for its own supplier, role and country, and each repository rule", () => {
    const a = attributeSbom(
      doc([
        { name: "a", declared: [{ role: "supplier", name: "Microsoft Corporation" }] },
        { name: "b", declared: [{ role: "manufacturer", name: "Microsoft Corporation" }] },
        { name: "c", declared: [{ role: "supplier", name: "Acme GmbH", country: "DE" }] },
        { name: "d", declared: [{ role: "supplier", name: "Acme GmbH", country: "FR" }] },
        { name: "e", declared: [{ role: "supplier", name: "Acme GmbH", country: "DE" }] },
        { name: "f", purl: "pkg:github/microsoft/vscode@1" }
      ]),
      kb
    )
    expect(a.components.map((c) => c.evidence)).toEqual([
      'supplier "Microsoft Corporation" in the SBOM is knowledge-base entity microsoft',
      'manufacturer "Microsoft Corporation" in the SBOM is knowledge-base entity microsoft',
      'supplier "Acme GmbH" in the SBOM, address country DE',
      'supplier "Acme GmbH" in the SBOM, address country FR',
      'supplier "Acme GmbH" in the SBOM, address country DE',
      "source repository matches rule repo-github-microsoft (repository github.com/microsoft/*)"
    ])
    expect(a.components[5]).toMatchObject({ method: "repository-host", repository: "github.com/microsoft/vscode" })
  })

  it("falls back to the package rule when a supplier is neither known nor located, keeping its name", () => {
    const a = attributeSbom(doc([{ name: "core", purl: "pkg:npm/%40angular/core@1", declared: [{ role: "publisher", name: "Somebody" }] }]), kb)
    expect(a.components[0]).toMatchObject({ method: "package-rule", rule: "npm-angular", entity: "google", controller: "alphabet", jurisdiction: "US", declaredSupplier: "Somebody" })
  })

  it("resolves a sub-foundation to its controlling parent's jurisdiction", () => {
    const a = attributeSbom(doc([{ name: "client-go", purl: "pkg:golang/k8s.io/client-go@v0.29.0" }]), kb)
    expect(a.components[0]).toMatchObject({ entity: "cncf", controller: "linux-foundation", jurisdiction: "US" })
  })

  it("uses the repository organisation from a VCS URL, one confidence level lower", () => {
    const a = attributeSbom(doc([{ name: "x", vcs: "https://github.com/apache/commons-lang.git" }]), kb)
    expect(a.components[0]).toMatchObject({ method: "repository-host", confidence: "medium", entity: "apache-software-foundation", repository: "github.com/apache/commons-lang" })
  })

  it("keeps unattributed components, with the reasons and a lead", () => {
    const a = attributeSbom(doc([{ name: "left-pad", purl: "pkg:npm/left-pad@1.3.0", vcs: "git+https://github.com/left-pad/left-pad.git" }]), kb)
    expect(a.components[0]).toMatchObject({ method: "unattributed", confidence: "none", repository: "github.com/left-pad/left-pad" })
    expect(a.components[0]!.evidence).toBe("no supplier in the SBOM; no package rule matches the purl; the source repository matches no rule")
    expect(a.summary.unattributedShare).toBe(1)
  })

  it("reports an unparseable purl as a problem", () => {
    const a = attributeSbom(doc([{ name: "x", purl: "npm:left-pad" }]), kb)
    expect(a.problems[0]!.message).toContain("cannot be parsed")
  })
})

describe("summary", () => {
  it("shares of jurisdictions add up to 1 and home + foreign + unattributed = 1 (property)", () => {
    const purls = ["pkg:npm/%40angular/core@1", "pkg:maven/org.eclipse.jetty/jetty-server@9", "pkg:composer/symfony/console@5", "pkg:npm/left-pad@1", "pkg:pypi/django@4", "pkg:maven/ch.qos.logback/logback-core@1"]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...purls), { minLength: 1, maxLength: 60 }), (picked) => {
        const s = attributeSbom(doc(picked.map((purl) => ({ name: "p", purl }))), kb).summary
        expect(s.byJurisdiction.reduce((t, r) => t + r.share, 0)).toBeCloseTo(1, 12)
        expect(s.homeShare + s.foreignShare + s.unattributedShare).toBeCloseTo(1, 12)
        expect(s.byJurisdiction.reduce((t, r) => t + r.count, 0)).toBe(picked.length)
      })
    )
  })

  it("computes the breakdown of a small hand-made SBOM", () => {
    // 2 × @angular (Google, US), 1 × jetty (Eclipse, BE), 1 × left-pad (unattributed):
    // US 2/4 = 0.5, BE 1/4, unattributed 1/4; home (EU27) 0.25, foreign 0.5.
    const s = attributeSbom(doc([{ name: "a", purl: "pkg:npm/%40angular/core@1" }, { name: "b", purl: "pkg:npm/%40angular/common@1" }, { name: "c", purl: "pkg:maven/org.eclipse.jetty/jetty-server@9" }, { name: "d", purl: "pkg:npm/left-pad@1" }]), kb).summary
    expect(s.byJurisdiction.map((r) => [r.jurisdiction, r.count, r.share])).toEqual([["US", 2, 0.5], ["BE", 1, 0.25], ["unattributed", 1, 0.25]])
    expect([s.homeShare, s.foreignShare, s.unattributedShare]).toEqual([0.25, 0.5, 0.25])
    // Google LLC is held by Alphabet Inc. (data/entities/google.yaml), so Alphabet is the controller.
    expect(s.byController[0]).toMatchObject({ controller: "alphabet", count: 2 })
  })
})

describe("normaliseOrganisationName", () => {
  it.each([
    ["The Apache Software Foundation", "apache software foundation"],
    ["QOS.ch Sàrl", "qos ch"],
    ["FasterXML, LLC", "fasterxml"],
    ["Microsoft Corporation", "microsoft"]
  ])("%s → %s", (input, expected) => {
    expect(normaliseOrganisationName(input)).toBe(expected)
  })
})

describe("streaming attribution", () => {
  it("says, for each component added, whether a problem was recorded for it", () => {
    const attributor = createSbomAttributor("bom.json", kb)
    const component = (name: string, purl: string | undefined): SbomComponent => ({ ref: name, name, kind: "component", type: "library", group: undefined, version: undefined, purl, vcs: undefined, declared: [], parent: undefined, location: undefined })
    expect(attributor.add(component("a", "pkg:npm/left-pad@1.3.0"))).toBe(true)
    expect(attributor.add(component("b", undefined))).toBe(true)
    expect(attributor.add(component("c", "not a purl"))).toBe(false)
    const result = attributor.finish({ file: "bom.json", format: "cyclonedx-json", specVersion: "1.6", components: [], edges: [], problems: [] })
    expect(result.components.map((c) => c.name)).toEqual(["a", "b", "c"])
    expect(result.problems).toHaveLength(1)
  })
  // createSbomAttributor fed by a reader's onComponent (nothing kept but attributions) must give what
  // attributeSbom gives on the whole document, for every real SBOM of the fixtures and any chunking.
  const files = ["dropwizard-1.3.15.cdx.json", "laravel-7.12.0.cdx.json", "proton-bridge-1.8.0.cdx.json", "saasbom-apigateway.cdx.json", "laravel-7.12.0.cdx.xml", "appbomination.spdx.json", "examplemaven-0.0.1.spdx.json", "example1.spdx"]
  const streamed = (file: string, text: string, chunk: number) => {
    const attributor = createSbomAttributor(file, kb)
    let seen = 0
    const reader = createSbomReader(file, text.slice(0, 4096), undefined, {
      onComponent: (c) => {
        seen++
        attributor.add(c)
      }
    })
    for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk))
    const doc = reader.end()
    expect(doc.components).toHaveLength(0)
    return { result: attributor.finish(doc), seen }
  }
  it.each(files)("%s: same result as attributeSbom, every component through onComponent", (file) => {
    const text = fixture(file)
    const whole = attributeSbom(decodeSbom(text, file), kb)
    const { result, seen } = streamed(file, text, 65536)
    expect(seen).toBe(whole.components.length)
    expect(result).toStrictEqual(whole)
  })
  it("does not depend on where chunks end (property, CycloneDX JSON with a subject and nested components)", () => {
    // A subject with a component nested in it, nested components, a service, a supplier with a country and
    // dependencies, so that every way a component reaches the attributor is taken.
    const text = JSON.stringify({
      bomFormat: "CycloneDX",
      specVersion: "1.6",
      metadata: { component: { "bom-ref": "app", name: "app", purl: "pkg:npm/app@1.0.0", components: [{ "bom-ref": "app-part", name: "part", purl: "pkg:maven/org.apache.commons/commons-lang3@3.9" }] } },
      components: [
        { "bom-ref": "ng", name: "core", purl: "pkg:npm/%40angular/core@17.0.0", components: [{ "bom-ref": "ng-sub", name: "sub", supplier: { name: "Acme GmbH", address: { country: "DE" } } }] },
        { "bom-ref": "lp", name: "left-pad", purl: "pkg:npm/left-pad@1.3.0", externalReferences: [{ type: "vcs", url: "https://github.com/left-pad/left-pad.git" }] }
      ],
      services: [{ "bom-ref": "api", name: "api", provider: { name: "Microsoft Corporation" } }],
      dependencies: [{ ref: "app", dependsOn: ["ng", "lp", "api"] }, { ref: "ng", dependsOn: ["ng-sub"] }]
    }, null, 1)
    const whole = attributeSbom(decodeSbom(text, "p.json"), kb)
    expect(whole.components.map((c) => c.ref)).toEqual(["app-part", "ng", "ng-sub", "lp", "api"])
    expect(whole.subject?.ref).toBe("app")
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (chunk) => {
        expect(streamed("p.json", text, chunk).result).toStrictEqual(whole)
      }),
      { numRuns: 25 }
    )
  })
})

describe("attributeSbomText", () => {
  const files = ["dropwizard-1.3.15.cdx.json", "laravel-7.12.0.cdx.json", "proton-bridge-1.8.0.cdx.json", "saasbom-apigateway.cdx.json", "laravel-7.12.0.cdx.xml", "appbomination.spdx.json", "example1.spdx"]
  it.each(files)("%s: what attributeSbom(decodeSbom(…)) gives", (file) => {
    const text = fixture(file)
    expect(attributeSbomText(text, file, kb)).toStrictEqual(attributeSbom(decodeSbom(text, file), kb))
  })
  it("reads the document again, located, when a purl cannot be parsed, and reports it at its line", () => {
    const text = '{"bomFormat":"CycloneDX","specVersion":"1.6",\n"components":[\n{"name":"a","purl":"pkg:npm/left-pad@1.3.0"},\n{"name":"b","purl":"not a purl"}]}'
    const result = attributeSbomText(text, "bom.json", kb)
    expect(result).toStrictEqual(attributeSbom(decodeSbom(text, "bom.json"), kb))
    expect(result.components).toHaveLength(2)
    expect(result.problems).toEqual([expect.objectContaining({ file: "bom.json", line: 4, column: 1, message: expect.stringContaining('"not a purl"') })])
  })
  it("reads a document with a dangling ref again, located, and keeps the problem once", () => {
    const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"a","name":"a"}],\n"dependencies":[{"ref":"a","dependsOn":["zz"]}]}'
    const result = attributeSbomText(text, "bom.json", kb)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ line: 2, path: "dependencies[0].dependsOn[0]" })
    expect(result.components).toHaveLength(1)
  })
})

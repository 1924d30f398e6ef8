/**
 * Fuzzing of the SBOM readers: CycloneDX JSON and XML, SPDX JSON and tag-value, each called with its format
 * named and through format detection, and the package-URL parser (which returns `undefined`, never throws).
 * Every document read is attributed, and the counts reconcile (components read = attributed + unattributed).
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase } from "../../src/kb/knowledge-base.js"
import { attributeSbom } from "../../src/sbom/attribute.js"
import { decodeSbom } from "../../src/sbom/read-sbom.js"
import { parsePurl } from "../../src/sbom/purl.js"
import type { SbomFormat } from "../../src/sbom/model.js"
import { checkOutcome, fuzz, fuzzTimeout, type FuzzTarget } from "./harness.js"

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", "sbom", name), "utf8")

// Small fixtures keep each case fast; the large ones are exercised by the SBOM tests themselves.
const cdxJson = [
  '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"a","type":"library","name":"a","version":"1","purl":"pkg:npm/a@1","supplier":{"name":"Acme"}}],"dependencies":[{"ref":"a","dependsOn":[]}]}',
  fixture("saasbom-apigateway.cdx.json")
]
const cdxXml = [
  '<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"><components><component type="library" bom-ref="a"><name>a</name><version>1</version><purl>pkg:npm/a@1</purl><supplier><name>Acme</name></supplier></component></components><dependencies><dependency ref="a"/></dependencies></bom>'
]
const spdxJson = [
  fixture("examplemaven-0.0.1.spdx.json"),
  '{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","name":"x","packages":[{"SPDXID":"SPDXRef-a","name":"a","versionInfo":"1","supplier":"Organization: Acme","externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl","referenceLocator":"pkg:npm/a@1"}]}],"relationships":[{"spdxElementId":"SPDXRef-DOCUMENT","relationshipType":"DESCRIBES","relatedSpdxElement":"SPDXRef-a"}]}'
]
const spdxTag = [
  fixture("example1.spdx"),
  "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: x\n\nPackageName: a\nSPDXID: SPDXRef-a\nPackageVersion: 1\nPackageSupplier: Organization: Acme\nExternalRef: PACKAGE-MANAGER purl pkg:npm/a@1\nRelationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-a\n"
]

const JSON_TOKENS = ['"components":[', '"packages":[', '{"name":"x"}', '"bom-ref":', '"dependsOn":["a"]', '"spdxVersion":"SPDX-2.2"', '"specVersion":"9.9"', "[[[[[[[[", "{{{{", '"\\ud800"']
const XML_TOKENS = ["<component>", "</component>", "<components>", "<name>", "</name>", "<![CDATA[x]]>", '<!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>', "&b;", '<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;", ' xmlns="http://cyclonedx.org/schema/bom/1.2"', " bom-ref=\"\"", "<?xml?>", "&#0;", "&#x110000;"]
const TAG_TOKENS = ["PackageName: ", "SPDXID: ", "Relationship: ", "PackageSupplier: ", "NOASSERTION", "<text>", "</text>", "ExternalRef: ", "SPDXRef-", "FileName: ", "SPDXVersion: SPDX-2.2\n"]

const kb = builtinKnowledgeBase()

// Nothing lost: every component read is attributed by one method or counted as unattributed.
const decodeAndReconcile = (text: string, format: SbomFormat | undefined) => {
  const doc = decodeSbom(text, "bom", format)
  const { summary } = attributeSbom(doc, kb)
  expect(summary.components).toBe(doc.components.length)
  expect(Object.values(summary.byMethod).reduce((a, b) => a + b, 0)).toBe(summary.components)
  expect(Object.values(summary.byConfidence).reduce((a, b) => a + b, 0)).toBe(summary.components)
  return doc
}

const target = (name: string, format: SbomFormat | undefined, seeds: Array<string>, tokens: Array<string>): FuzzTarget => ({
  name,
  parse: (t) => decodeAndReconcile(t, format),
  seeds,
  tokens
})

const targets: ReadonlyArray<FuzzTarget> = [
  target("CycloneDX JSON", "cyclonedx-json", cdxJson, JSON_TOKENS),
  target("CycloneDX XML", "cyclonedx-xml", cdxXml, XML_TOKENS),
  target("SPDX JSON", "spdx-json", spdxJson, JSON_TOKENS),
  target("SPDX tag-value", "spdx-tag-value", spdxTag, TAG_TOKENS),
  target("SBOM format detection", undefined, [...cdxJson, ...cdxXml, ...spdxJson, ...spdxTag], [...JSON_TOKENS, ...XML_TOKENS, ...TAG_TOKENS])
]

describe("fuzz: SBOM readers", () => {
  it.each(targets.map((t) => [t.name, t] as const))("%s: seeds decode to a value", (_, t) => {
    for (const seed of t.seeds) expect(checkOutcome(t, seed)).toBe("value")
  })
  it.each(targets.map((t) => [t.name, t] as const))(
    "%s: random and mutated inputs give a value or a located error",
    (_, t) => {
      const tally = fuzz(t)
      console.info(`fuzz ${t.name}: ${tally.cases} cases, ${tally.values} values, ${tally.errors} typed errors`)
    },
    fuzzTimeout()
  )
  it("package URLs: any text gives a parsed URL or undefined, never an exception", () => {
    fuzz({ name: "purl", parse: (t) => parsePurl(t), seeds: ["pkg:npm/%40scope/name@1.0.0?arch=x#sub/path", "pkg:maven/org.a/b@2"], tokens: ["pkg:", "%", "%zz", "@", "?", "#", "/"] })
  }, fuzzTimeout())
})

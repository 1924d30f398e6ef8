import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { Ajv } from "ajv"
import addFormats from "ajv-formats"
import { describe, expect, it } from "vitest"
import { attributeSbom, builtinKnowledgeBase, decodeSbom, enrichCycloneDx, SOVMAP_PROPERTIES } from "../../src/index.js"

// The official CycloneDX JSON schemas, as bundled by @cyclonedx/cyclonedx-library (maintained by the
// CycloneDX project), validated with ajv.
const require = createRequire(import.meta.url)
const schemaDir = join(require.resolve("@cyclonedx/cyclonedx-library/package.json"), "..", "res", "schema")
const load = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), "utf8")) as Record<string, unknown>
const validator = (version: string) => {
  const ajv = new Ajv({ strict: false, allErrors: true })
  ;(addFormats as unknown as (a: Ajv) => void)(ajv)
  for (const format of ["iri-reference", "idn-email"]) ajv.addFormat(format, true)
  for (const dep of ["spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json", "cryptography-defs.SNAPSHOT.schema.json"]) {
    const { $id: _, ...schema } = load(dep)
    ajv.addSchema(schema, `http://cyclonedx.org/schema/${dep}`)
  }
  const { $id: id, ...bom } = load(`bom-${version}.SNAPSHOT.schema.json`)
  return ajv.compile({ ...bom, $id: String(id) })
}

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", "sbom", name), "utf8")

describe("enrichCycloneDx", () => {
  it.each([
    ["dropwizard-1.3.15.cdx.json", "1.3"],
    ["laravel-7.12.0.cdx.json", "1.4"],
    ["saasbom-apigateway.cdx.json", "1.4"]
  ])("writes %s back as CycloneDX %s that the official schema accepts", (file, version) => {
    const text = fixture(file)
    const attribution = attributeSbom(decodeSbom(text, file), builtinKnowledgeBase())
    const enriched = enrichCycloneDx(JSON.parse(text), attribution)
    expect(enriched["specVersion"]).toBe(version)
    const validate = validator(version)
    expect(validate(enriched), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    // Every component and service carries the attribution method; attributed ones their jurisdiction.
    const all = [...((enriched["components"] as Array<Record<string, unknown>> | undefined) ?? []), ...((enriched["services"] as Array<Record<string, unknown>> | undefined) ?? [])]
    for (const c of all) expect((c["properties"] as Array<{ name: string }>).some((p) => p.name === SOVMAP_PROPERTIES.method)).toBe(true)
    const withJurisdiction = all.filter((c) => (c["properties"] as Array<{ name: string }>).some((p) => p.name === SOVMAP_PROPERTIES.jurisdiction)).length
    const topLevelRefs = new Set(all.map((c) => String(c["bom-ref"])))
    expect(withJurisdiction).toBe(attribution.components.filter((c) => c.jurisdiction !== undefined && topLevelRefs.has(c.ref)).length)
  })

  it("is caught by the schema when a property is malformed (the check can fail)", () => {
    const text = fixture("laravel-7.12.0.cdx.json")
    const enriched = enrichCycloneDx(JSON.parse(text), attributeSbom(decodeSbom(text, "l.json"), builtinKnowledgeBase()))
    const broken = { ...enriched, components: [{ ...(enriched["components"] as Array<Record<string, unknown>>)[0], properties: [{ name: "sovmap:x", value: 3 }] }] }
    expect(validator("1.4")(broken)).toBe(false)
  })

  it("replaces earlier sovmap properties and keeps the others", () => {
    const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[{"type":"library","name":"core","purl":"pkg:npm/%40angular/core@17.0.0","properties":[{"name":"acme:team","value":"web"},{"name":"sovmap:control:jurisdiction","value":"XX"}]}]}'
    const once = enrichCycloneDx(JSON.parse(text), attributeSbom(decodeSbom(text, "a.json"), builtinKnowledgeBase()))
    const props = (once["components"] as Array<{ properties: Array<{ name: string; value: string }> }>)[0]!.properties
    expect(props.filter((p) => p.name === "sovmap:control:jurisdiction")).toEqual([{ name: "sovmap:control:jurisdiction", value: "US" }])
    expect(props[0]).toEqual({ name: "acme:team", value: "web" })
    expect(validator("1.6")(once)).toBe(true)
  })
})

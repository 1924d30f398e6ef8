import { readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { createCycloneDxJsonReader, decodeCycloneDxJson, decodeCycloneDxXml, decodeSbom, SbomParseError, SbomValidationError, UnsupportedSbomError } from "../../src/index.js"

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", "sbom", name), "utf8")

const thrown = (f: () => unknown): { _tag: string; diagnostics: ReadonlyArray<{ line?: number; column?: number; message: string; path?: string }> } => {
  try {
    f()
  } catch (error) {
    return error as never
  }
  throw new Error("expected an error")
}

/** The document the streaming reader gives for `text` pushed in one piece. */
const streamWhole = (text: string) => {
  const reader = createCycloneDxJsonReader("f")
  reader.push(text)
  return reader.end()
}

const unlocated = (doc: ReturnType<typeof streamWhole>) => doc.components.map((c) => ({ ...c, location: undefined }))

// Expected counts: jq 1.7 over the fixture files (see fixtures/sbom/README.md for their origin).
//   components (with nested):  jq '[.components[] | recurse(.components[]?)] | length'
//   with a purl:               jq '[.components[] | recurse(.components[]?) | select(.purl)] | length'
//   edges (unique pairs whose refs exist):
//     jq '([.components[] | recurse(.components[]?) | ."bom-ref"] + [.metadata.component."bom-ref"]) as $k
//         | [.dependencies[] | .ref as $r | (.dependsOn // [])[] | select(($k|index($r)) != null and ($k|index(.)) != null) | [$r, .]] | unique | length'
describe("CycloneDX JSON golden files", () => {
  it.each([
    ["dropwizard-1.3.15.cdx.json", "1.2", 167, 167, 170],
    ["laravel-7.12.0.cdx.json", "1.4", 62, 62, 113],
    ["proton-bridge-1.8.0.cdx.json", "1.2", 201, 201, 232]
  ])("%s: version %s, %i components, %i purls, %i edges", (file, version, components, purls, edges) => {
    const doc = decodeSbom(fixture(file), file)
    expect(doc.format).toBe("cyclonedx-json")
    expect(doc.specVersion).toBe(version)
    expect(doc.components.length).toBe(components)
    expect(doc.components.filter((c) => c.purl !== undefined).length).toBe(purls)
    expect(doc.edges.length).toBe(edges)
    expect(doc.problems).toEqual([])
  })

  it("reads nested services of a SaaSBOM (jq '[.services[] | recurse(.services[]?)] | length' → 6; edges → 6)", () => {
    const doc = decodeSbom(fixture("saasbom-apigateway.cdx.json"), "saas.json")
    expect(doc.components.filter((c) => c.kind === "service").length).toBe(6)
    // 6 depends-on edges plus 5 "contains" edges from the parent service to its nested services.
    expect(doc.edges.filter((e) => e.kind === "depends-on").length).toBe(6)
    expect(doc.edges.filter((e) => e.kind === "contains").length).toBe(5)
  })

  it("reads the XML form of the same SBOM into the same components and edges as the JSON form", () => {
    // grep -c '<component ' laravel-7.12.0.cdx.xml → 63 (62 components + metadata.component)
    const xml = decodeCycloneDxXml(fixture("laravel-7.12.0.cdx.xml"), "laravel.xml")
    const json = decodeCycloneDxJson(fixture("laravel-7.12.0.cdx.json"), "laravel.json")
    expect(xml.specVersion).toBe("1.4")
    expect(xml.components.length).toBe(62)
    const strip = (d: typeof xml) => d.components.map((c) => [c.ref, c.name, c.version, c.purl, c.group])
    expect(strip(xml)).toEqual(strip(json))
    expect(new Set(xml.edges.map((e) => `${e.from} ${e.to}`))).toEqual(new Set(json.edges.map((e) => `${e.from} ${e.to}`)))
  })

  it("decodeSbom reads a sound document in one JSON.parse, and one with an unreadable purl with line numbers", () => {
    const text = fixture("laravel-7.12.0.cdx.json")
    // Sound: the fast path, the same components as the streaming reader, without line numbers.
    expect(decodeSbom(text, "f").components).toEqual(unlocated(streamWhole(text)))
    // One purl that cannot be parsed: attribution will report it, so every component keeps its line.
    const at = text.indexOf('"pkg:', text.indexOf('"components"'))
    const broken = `${text.slice(0, at)}"not-a-purl-${text.slice(at + '"pkg:'.length)}`
    expect(broken).not.toBe(text)
    const doc = decodeSbom(broken, "f")
    expect(doc.components.every((c) => c.location !== undefined && c.location.line > 0)).toBe(true)
    const bad = doc.components.find((c) => c.purl?.startsWith("not-a-purl-"))
    // The line of the component, counted here from the text itself.
    const line = broken.slice(0, broken.indexOf('"not-a-purl-')).split("\n").length
    expect(bad?.location?.line).toBeLessThanOrEqual(line)
    expect(bad?.location?.line).toBeGreaterThan(line - 30)
  })

  it("gives the same document whatever the chunking of the input (property)", () => {
    const text = fixture("laravel-7.12.0.cdx.json")
    const whole = streamWhole(text)
    // The in-memory fast path gives the same components, without line numbers.
    expect(decodeCycloneDxJson(text, "f").components).toEqual(unlocated(whole))
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 40 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b)
        const reader = createCycloneDxJsonReader("f")
        let last = 0
        for (const p of [...points, text.length]) {
          reader.push(text.slice(last, p))
          last = p
        }
        const doc = reader.end()
        expect(doc.components).toEqual(whole.components)
        expect(doc.edges).toEqual(whole.edges)
      }),
      { numRuns: 25 }
    )
  })
})

describe("CycloneDX bad input", () => {
  const head = '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n'

  it("reports a truncated file with the line and column where it ends", () => {
    const text = fixture("laravel-7.12.0.cdx.json")
    const cut = text.slice(0, Math.floor(text.length / 2))
    const e = thrown(() => decodeCycloneDxJson(cut, "cut.json"))
    expect(e._tag).toBe("SbomParseError")
    expect(e.diagnostics[0]!.message).toMatch(/unexpected end of input inside components\[\d+\]/)
    expect(e.diagnostics[0]!.line).toBe(cut.split("\n").length)
  })

  it("locates a syntax error inside a component", () => {
    const text = `${head}  "components": [\n    {"name": "a"},\n    {"name": "b",, "version": "1"}\n  ]\n}`
    const e = thrown(() => decodeCycloneDxJson(text, "bad.json"))
    expect(e).toBeInstanceOf(SbomParseError)
    expect(e.diagnostics[0]).toMatchObject({ line: 6, column: 18 })
    expect(e.diagnostics[0]!.message).toContain("components[1]")
  })

  it("names wrong types with their path", () => {
    const text = `${head}  "components": [{"name": "a", "version": 3}, {"name": ["b"]}, {"version": "1"}, {"name": "d", "supplier": "ACME"}]\n}`
    const e = thrown(() => decodeCycloneDxJson(text, "types.json"))
    expect(e).toBeInstanceOf(SbomValidationError)
    expect(e.diagnostics.map((d) => d.path)).toEqual(["components[0].version", "components[1].name", "components[2].name"])
    // Hand count: line 4 is `  "components": [{"name": "a", …`; its first `{` is the 18th character.
    expect(e.diagnostics[0]).toMatchObject({ line: 4, column: 18 })
  })

  it("rejects duplicate bom-refs, naming both places", () => {
    const text = `${head}  "components": [\n {"bom-ref": "x", "name": "a"},\n {"bom-ref": "x", "name": "b"}\n]}`
    const e = thrown(() => decodeCycloneDxJson(text, "dup.json"))
    expect(e).toBeInstanceOf(SbomValidationError)
    expect(e.diagnostics[0]).toMatchObject({ line: 6, path: "components[1].bom-ref" })
    expect(e.diagnostics[0]!.message).toContain("first used at line 5")
  })

  it("keeps dangling dependency refs out of the graph and reports each one", () => {
    const text = `${head}  "components": [{"bom-ref": "a", "name": "a"}],\n  "dependencies": [{"ref": "a", "dependsOn": ["ghost"]}, {"ref": "nobody", "dependsOn": ["a"]}]\n}`
    const doc = decodeCycloneDxJson(text, "dangling.json")
    expect(doc.edges).toEqual([])
    expect(doc.problems.map((p) => p.path)).toEqual(["dependencies[0].dependsOn[0]", "dependencies[1].dependsOn[0]"])
    expect(doc.problems[0]!.message).toContain("`ghost`")
  })

  // The streaming reader (locations kept) in chunks of 7 characters, and the one-parse reading.
  const bothReaders = (text: string, file: string) => {
    const reader = createCycloneDxJsonReader(file)
    for (let i = 0; i < text.length; i += 7) reader.push(text.slice(i, i + 7))
    return [reader.end(), decodeCycloneDxJson(text, file)]
  }

  it("keeps one edge for a pair named again in a second dependency entry of the same ref", () => {
    const components = `"components": [{"bom-ref": "a", "name": "a"}, {"bom-ref": "b", "name": "b"}, {"bom-ref": "c", "name": "c"}]`
    const dependencies = `"dependencies": [{"ref": "a", "dependsOn": ["b"]}, {"ref": "b", "dependsOn": ["c"]}, {"ref": "a", "dependsOn": ["b", "c"]}]`
    // By hand: a → b, b → c, then a's second entry adds only a → c.
    const expected = [
      { from: "a", to: "b", kind: "depends-on" },
      { from: "b", to: "c", kind: "depends-on" },
      { from: "a", to: "c", kind: "depends-on" }
    ]
    // Components before the dependencies (their refs known when the entries are read), and after them.
    for (const text of [`${head}  ${components},\n  ${dependencies}\n}`, `${head}  ${dependencies},\n  ${components}\n}`]) {
      for (const doc of bothReaders(text, "repeat.json")) {
        expect(doc.edges).toEqual(expected)
        expect(doc.problems).toEqual([])
      }
    }
  })

  it("names the first use of a bom-ref repeated after the dependency list", () => {
    const text = `${head}  "components": [{"bom-ref": "a", "name": "a"}],\n  "dependencies": [{"ref": "a", "dependsOn": []}],\n  "services": [{"bom-ref": "a", "name": "s"}]\n}`
    const e = thrown(() => decodeCycloneDxJson(text, "dup.json"))
    // By hand: the head takes three lines, so the component is on line 4 and the service on line 6.
    expect(e.diagnostics[0]).toMatchObject({ line: 6, path: "services[0].bom-ref" })
    expect(e.diagnostics[0]!.message).toContain("first used at line 4")
  })

  it("names the list and position of each dangling ref, in dependsOn and provides, nested or not", () => {
    const text = `${head}  "components": [{"bom-ref": "a", "name": "a", "components": [{"bom-ref": "b", "name": "b"}]}],\n  "dependencies": [{"ref": "a", "dependsOn": ["b", "x", "b", "y"], "provides": ["b", "b", "z"]}]\n}`
    const doc = decodeCycloneDxJson(text, "dangling.json")
    // By hand: a contains b (nesting); a depends on b once (the repeat is not an edge); a provides b.
    expect(doc.edges).toEqual([
      { from: "a", to: "b", kind: "contains" },
      { from: "a", to: "b", kind: "depends-on" }
    ])
    expect(doc.problems.map((p) => p.path)).toEqual(["dependencies[0].dependsOn[1]", "dependencies[0].dependsOn[3]", "dependencies[0].provides[2]"])
  })

  it.each(["1.1", "2.0", "1.8"])("rejects specVersion %s with the supported list", (version) => {
    const e = thrown(() => decodeCycloneDxJson(`{"bomFormat": "CycloneDX", "specVersion": "${version}", "components": []}`, "v.json"))
    expect(e).toBeInstanceOf(UnsupportedSbomError)
    // Hand count: the value of specVersion opens with the 43rd character of the line.
    expect(e.diagnostics[0]).toMatchObject({ line: 1, column: 43 })
  })

  it("stops at an unsupported version before reading the components", () => {
    const reader = createCycloneDxJsonReader("big.json")
    expect(() => reader.push('{"bomFormat": "CycloneDX", "specVersion": "9.9", "components": [')).toThrow(UnsupportedSbomError)
  })

  it("rejects JSON that is not CycloneDX, and text that is not JSON", () => {
    expect(thrown(() => decodeCycloneDxJson('{"hello": 1}', "x.json"))._tag).toBe("UnsupportedSbomError")
    expect(thrown(() => decodeCycloneDxJson("hello", "x.json"))._tag).toBe("SbomParseError")
    expect(thrown(() => decodeCycloneDxJson('{"bomFormat": "CycloneDX"} {}', "x.json"))._tag).toBe("SbomParseError")
    expect(thrown(() => decodeCycloneDxJson("", "x.json")).diagnostics[0]!.message).toBe("the input is empty")
  })

  it("refuses external XML entities (XXE) and does not expand internal ones", () => {
    const external = `<?xml version="1.0"?>\n<!DOCTYPE bom [<!ENTITY x SYSTEM "file:///etc/passwd">]><bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="library"><name>&x;</name></component></components></bom>`
    const e = thrown(() => decodeCycloneDxXml(external, "x.xml"))
    expect(e._tag).toBe("SbomParseError")
    expect(e.diagnostics[0]).toMatchObject({ line: 2, column: 16 })
    const internal = `<?xml version="1.0"?><!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa">]><bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="library"><name>&a;</name></component></components></bom>`
    expect(decodeCycloneDxXml(internal, "x.xml").components[0]!.name).toBe("&a;")
  })

  it("locates truncated XML", () => {
    const text = fixture("laravel-7.12.0.cdx.xml")
    const e = thrown(() => decodeCycloneDxXml(text.slice(0, 5000), "cut.xml"))
    expect(e._tag).toBe("SbomParseError")
    expect(e.diagnostics[0]!.line).toBe(text.slice(0, 5000).split("\n").length)
    expect(e.diagnostics[0]!.message).toMatch(/^unexpected end of input: <bom>, <components>/)
  })
})

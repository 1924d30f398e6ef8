import { describe, expect, it } from "vitest"
import { attributeSbomText, builtinKnowledgeBase, createSbomReader, decodeSbom, DEFAULT_MAX_SBOM_COMPONENTS, UnsupportedSbomError, type SbomFormat } from "../../src/index.js"

const thrown = (f: () => unknown): UnsupportedSbomError => {
  try {
    f()
  } catch (e) {
    return e as UnsupportedSbomError
  }
  throw new Error("expected an error")
}

// Three components in each format; where the third starts is counted by hand in each text.
const samples: ReadonlyArray<{ format: SbomFormat; text: string; third: { line: number; path: string } }> = [
  {
    format: "cyclonedx-json",
    text: '{"bomFormat":"CycloneDX","specVersion":"1.6",\n"components":[\n{"bom-ref":"a","name":"a",\n "components":[{"bom-ref":"b","name":"b"}]},\n{"bom-ref":"c","name":"c"}]}',
    // a, then b nested in a, then c.
    third: { line: 5, path: "components[1]" }
  },
  {
    format: "spdx-json",
    text: '{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT",\n"packages":[\n{"SPDXID":"SPDXRef-a","name":"a"},\n{"SPDXID":"SPDXRef-b","name":"b"},\n{"SPDXID":"SPDXRef-c","name":"c"}]}',
    third: { line: 5, path: "packages[2]" }
  },
  {
    format: "spdx-tag-value",
    text: "SPDXVersion: SPDX-2.3\nSPDXID: SPDXRef-DOCUMENT\nPackageName: a\nSPDXID: SPDXRef-a\nPackageName: b\nSPDXID: SPDXRef-b\nPackageName: c\nSPDXID: SPDXRef-c\n",
    third: { line: 7, path: "packages[2]" }
  }
]

describe("the component limit", () => {
  it("is one million by default", () => {
    expect(DEFAULT_MAX_SBOM_COMPONENTS).toBe(1_000_000)
  })

  it.each(samples)("$format: stops at the first component past the limit, where it stands", ({ format, text, third }) => {
    // decodeSbom (the one-parse reading gives way to the located one) and the streaming reader in small chunks.
    const streamed = () => {
      const reader = createSbomReader("bom", text, format, { maxComponents: 2 })
      for (let i = 0; i < text.length; i += 5) reader.push(text.slice(i, i + 5))
      return reader.end()
    }
    for (const read of [() => decodeSbom(text, "bom", format, { maxComponents: 2 }), streamed, () => attributeSbomText(text, "bom", builtinKnowledgeBase(), {}, format, { maxComponents: 2 })]) {
      const e = thrown(read)
      expect(e).toBeInstanceOf(UnsupportedSbomError)
      expect(e.diagnostics).toHaveLength(1)
      expect(e.diagnostics[0]).toMatchObject({ file: "bom", ...third, message: `more than 2 components: reading stopped at ${third.path}` })
      expect(e.diagnostics[0]!.hint).toContain("--max-components")
    }
  })

  it.each(samples)("$format: reads a document with exactly as many components as the limit", ({ format, text }) => {
    expect(decodeSbom(text, "bom", format, { maxComponents: 3 }).components).toHaveLength(3)
    const reader = createSbomReader("bom", text, format, { maxComponents: 3 })
    reader.push(text)
    expect(reader.end().components).toHaveLength(3)
  })

  it("counts CycloneDX XML components too", () => {
    const xml = '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">\n<components>\n<component type="library"><name>a</name></component>\n<component type="library"><name>b</name></component>\n</components>\n</bom>\n'
    expect(decodeSbom(xml, "bom.xml", "cyclonedx-xml", { maxComponents: 2 }).components).toHaveLength(2)
    const e = thrown(() => decodeSbom(xml, "bom.xml", "cyclonedx-xml", { maxComponents: 1 }))
    expect(e).toBeInstanceOf(UnsupportedSbomError)
    expect(e.diagnostics[0]).toMatchObject({ line: 5, path: "components[1]" })
  })
})

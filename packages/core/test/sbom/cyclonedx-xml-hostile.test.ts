/**
 * Hostile CycloneDX XML: external entities (XXE) are refused with a located error, internal entity expansion
 * ("billion laughs") does not happen, and deep nesting is refused by the parser — all quickly.
 */
import { describe, expect, it } from "vitest"
import { SbomParseError } from "../../src/errors.js"
import { decodeCycloneDxXml } from "../../src/sbom/cyclonedx-xml.js"

const bom = (doctype: string, name: string) =>
  `<?xml version="1.0"?>\n${doctype}\n<bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="library"><name>${name}</name></component></components></bom>`

const timed = <A>(f: () => A) => {
  const started = performance.now()
  const value = f()
  return { value, ms: performance.now() - started }
}

describe("CycloneDX XML against hostile input", () => {
  it("refuses an external entity (XXE) with a located error and never reads the file", () => {
    const xml = bom('<!DOCTYPE bom [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;")
    let error: unknown
    try {
      decodeCycloneDxXml(xml, "xxe.xml")
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SbomParseError)
    const d = (error as SbomParseError).diagnostics[0]!
    expect(d.file).toBe("xxe.xml")
    // The DOCTYPE opens on line 2; the error points at its <!ENTITY declaration.
    expect(d.line).toBe(2)
    expect(d.hint).toMatch(/DOCTYPE/)
  })

  it("does not expand internal entities: a 10^9-character billion-laughs payload stays 3 characters", () => {
    const lol = [
      '<!ENTITY a "lollollollol">',
      ...["b", "c", "d", "e", "f", "g", "h", "i"].map((n, i) => `<!ENTITY ${n} "${`&${"abcdefgh"[i]};`.repeat(10)}">`)
    ].join("")
    const { value, ms } = timed(() => {
      try {
        return decodeCycloneDxXml(bom(`<!DOCTYPE bom [${lol}]>`, "&i;"), "lol.xml").components[0]?.name
      } catch (e) {
        return e
      }
    })
    expect(ms).toBeLessThan(3000)
    // Either refused with a located error, or read with the reference left as text: never expanded.
    if (value instanceof SbomParseError) expect(value.diagnostics[0]!.line).toBeGreaterThanOrEqual(1)
    else expect(value).toBe("&i;")
  })

  it("refuses 100 000 nested elements quickly with a located error", () => {
    const xml = `<bom xmlns="http://cyclonedx.org/schema/bom/1.4">${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</bom>`
    const { value, ms } = timed(() => {
      try {
        return decodeCycloneDxXml(xml, "deep.xml")
      } catch (e) {
        return e
      }
    })
    expect(ms).toBeLessThan(3000)
    expect(value).toBeInstanceOf(SbomParseError)
    expect((value as SbomParseError).diagnostics[0]!.message).toMatch(/nested/i)
  })
})

import { describe, expect, it } from "vitest"
import {
  builtinKnowledgeBase,
  decodeManifest,
  ManifestParseError,
  ManifestValidationError,
  resolveManifest,
  UnknownReferenceError,
  type SovmapError
} from "../../src/index.js"

const valid = `sovmap: 1
organisation:
  name: Example
  country: FR
systems:
  - id: web
    name: Website
    criticality: high
    dependencies:
      - offering: ovhcloud-public-cloud
`

const failure = (f: () => unknown): SovmapError => {
  try {
    f()
  } catch (e) {
    return e as SovmapError
  }
  throw new Error("expected a failure")
}

describe("decodeManifest", () => {
  it("decodes a valid manifest and fills defaults", () => {
    const { value } = decodeManifest(valid, "sovmap.yaml")
    expect(value.home).toBe("eu27")
    expect(value.weighting).toBe("criticality")
    expect(value.systems[0]!.dependencies[0]!.offering).toBe("ovhcloud-public-cloud")
  })

  it("locates a YAML syntax error", () => {
    // line 4 has an unclosed flow sequence
    const text = "sovmap: 1\norganisation:\n  name: Example\n  country: [FR\nsystems: []\n"
    const e = failure(() => decodeManifest(text, "bad.yaml"))
    expect(e).toBeInstanceOf(ManifestParseError)
    expect(e._tag).toBe("ManifestParseError")
    const d = e.diagnostics[0]!
    expect(d.file).toBe("bad.yaml")
    expect(d.line).toBeGreaterThanOrEqual(4)
    expect(d.message).toMatch(/not valid YAML/)
    expect(d.hint).toBeDefined()
  })

  it("locates an unknown field and suggests the right one", () => {
    const text = valid.replace("systems:", "hme: eu27\nsystems:")
    const e = failure(() => decodeManifest(text, "sovmap.yaml"))
    expect(e).toBeInstanceOf(ManifestValidationError)
    expect(e.diagnostics[0]).toMatchObject({ file: "sovmap.yaml", line: 5, column: 1, message: "unknown field `hme`", hint: "did you mean `home`?" })
    expect(e.message).toContain("sovmap.yaml:5:1: unknown field `hme`")
  })

  it("locates a value of the wrong type and says what was expected", () => {
    const text = valid.replace("criticality: high", "criticality: 3")
    const e = failure(() => decodeManifest(text, "sovmap.yaml"))
    expect(e).toBeInstanceOf(ManifestValidationError)
    // "    criticality: 3" is line 8; the value starts at column 18
    expect(e.diagnostics[0]).toMatchObject({ line: 8, column: 18, path: "systems[0].criticality" })
    expect(e.diagnostics[0]!.expected).toMatch(/critical.*high.*medium.*low/)
  })

  it("locates a missing field", () => {
    const text = valid.replace("    name: Website\n", "")
    const e = failure(() => decodeManifest(text, "sovmap.yaml"))
    expect(e.diagnostics[0]).toMatchObject({ message: "missing field `name`", path: "systems[0].name", line: 6 })
  })

  it("reports an unknown offering at its position with close matches", () => {
    const text = valid.replace("offering: ovhcloud-public-cloud", "offering: ovhcloud-publc-cloud")
    const located = decodeManifest(text, "sovmap.yaml")
    const e = failure(() => resolveManifest(located, builtinKnowledgeBase()))
    expect(e).toBeInstanceOf(UnknownReferenceError)
    expect(e.diagnostics[0]).toMatchObject({ line: 10, column: 19, message: "unknown offering `ovhcloud-publc-cloud`", hint: "did you mean `ovhcloud-public-cloud`?" })
  })

  it("reports an unknown home bloc", () => {
    const located = decodeManifest(valid.replace("systems:", "home: eu28\nsystems:"), "sovmap.yaml")
    const e = failure(() => resolveManifest(located, builtinKnowledgeBase()))
    expect(e.diagnostics[0]).toMatchObject({ line: 5, message: "unknown bloc `eu28`", hint: "did you mean `eu27`?" })
  })

  it("reports every problem, not only the first", () => {
    const text = valid.replace("criticality: high", "criticality: urgent").replace("country: FR", "country: france")
    const e = failure(() => decodeManifest(text, "sovmap.yaml"))
    expect(e.diagnostics.length).toBe(2)
  })

  it("locates a broken local record in the manifest", () => {
    const text = `${valid}entities:
  - id: local-co
    name: Local Co
    kind: company
    hq: FR
    parent: { id: missing-parent, share: 1 }
    sources: [{ url: "https://example.org", retrieved: "2026-11-22" }]
`
    const e = failure(() => resolveManifest(decodeManifest(text, "sovmap.yaml"), builtinKnowledgeBase()))
    expect(e._tag).toBe("KnowledgeBaseError")
    expect(e.diagnostics[0]).toMatchObject({ file: "sovmap.yaml", line: 16 })
  })

  it("refuses a YAML alias bomb quickly", () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`
    const e = failure(() => decodeManifest(bomb, "bomb.yaml"))
    expect(e).toBeInstanceOf(ManifestParseError)
  })
})

import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { decodePolicy, defaultPolicy, effectivePolicy, PolicyParseError, PolicyValidationError, policyJsonSchema, RISK_COMPONENT_IDS } from "../../src/index.js"

const defaultFile = join(import.meta.dirname, "..", "..", "data", "policy", "default.yaml")

describe("the default policy", () => {
  it("decodes from its YAML file and equals what the package ships", () => {
    const { value } = decodePolicy(readFileSync(defaultFile, "utf8"), "default.yaml")
    expect(value).toEqual(defaultPolicy())
  })

  it("sets every weight and tier risk, and explains each default", () => {
    const p = defaultPolicy()
    for (const c of RISK_COMPONENT_IDS) expect(p.composite?.weights[c]).toBeGreaterThanOrEqual(0)
    const explained = new Set(p.rationale?.map((r) => r.item))
    for (const item of ["composite.weights", "alignment.partners", "alignment.restricted", "alignment.tierRisk"]) expect(explained.has(item)).toBe(true)
    // A default that is not published is said to be a sovmap choice, never given an invented source.
    for (const r of p.rationale ?? []) if (r.basis === "published") expect(r.source?.url).toMatch(/^https:\/\//)
  })
})

describe("decodePolicy", () => {
  it("locates a bad value and an unknown field", () => {
    try {
      decodePolicy("sovmapPolicy: 1\nid: p\nversion: '1'\ncomposite:\n  weights:\n    lockIn: -1\n    lockin: 2\n", "p.yaml")
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyValidationError)
      const ds = (error as PolicyValidationError).diagnostics
      expect(ds.map((d) => [d.line, d.column])).toEqual(
        expect.arrayContaining([
          [6, 13],
          [7, 5]
        ])
      )
      expect(ds.find((d) => d.line === 7)?.hint).toContain("lockIn")
    }
  })

  it("reports YAML syntax errors as PolicyParseError", () => {
    expect(() => decodePolicy("sovmapPolicy: [1\n", "p.yaml")).toThrow(PolicyParseError)
  })
})

describe("effectivePolicy", () => {
  it("lays the user's settings over the default, field by field", () => {
    const p = effectivePolicy(defaultPolicy(), { sovmapPolicy: 1, id: "mine", version: "2", alignment: { restricted: ["RU", "CN", "RU"], tierRisk: { other: 0.5 } } }, "mine.yaml")
    expect(p).toMatchObject({ id: "mine", version: "2", file: "mine.yaml", basedOn: { id: "sovmap-default", version: defaultPolicy().version }, partners: "partners", restricted: ["CN", "RU"] })
    expect(p.tierRisk).toEqual({ home: 0, partners: 0.3333, other: 0.5, restricted: 1 })
    expect(p.weights.lockIn).toBe(1)
  })

  it("is the default alone when no policy is given", () => {
    expect(effectivePolicy(defaultPolicy())).toMatchObject({ id: "sovmap-default", file: null, basedOn: null })
  })
})

describe("policy JSON Schema", () => {
  it("is committed up to date in schema/policy.schema.json", () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schema", "policy.schema.json"), "utf8")) as unknown
    expect(committed).toEqual(policyJsonSchema())
  })
})

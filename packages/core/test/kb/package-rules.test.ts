import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { parse } from "yaml"
import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, findPackageRule, indexPackageRules, PackageRule, type PackageRule as Rule } from "../../src/index.js"

const dir = join(import.meta.dirname, "..", "..", "data", "package-rules")
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"))

describe("shipped package rules", () => {
  it("has at least 100 rules, each decoded, with a source URL, a retrieval date and a confidence", () => {
    expect(files.length).toBeGreaterThanOrEqual(100)
    const kb = builtinKnowledgeBase()
    expect(kb.packageRules.size).toBe(files.length)
    for (const f of files) {
      const rule = PackageRule.parse(parse(readFileSync(join(dir, f), "utf8")))
      expect(`${rule.id}.yaml`).toBe(f)
      expect(kb.entities.has(rule.entity), `${f}: entity ${rule.entity}`).toBe(true)
      for (const s of rule.sources) {
        expect(s.url).toMatch(/^https?:\/\//)
        expect(s.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        if (s.evidence === "UNVERIFIED") expect(s.note, `${f}: an UNVERIFIED source needs a note`).toBeDefined()
      }
    }
  })

  it("covers npm scopes, Maven groupIds, PyPI, Go module hosts and NuGet", () => {
    const types = new Set([...builtinKnowledgeBase().packageRules.values()].map((r) => r.type))
    for (const t of ["npm", "maven", "pypi", "golang", "nuget", "repository"]) expect(types).toContain(t)
  })

  it("ships at least 25 software-foundation and open-source maintainer entities", () => {
    const kb = builtinKnowledgeBase()
    const maintainers = new Set([...kb.packageRules.values()].map((r) => r.entity))
    const foundations = [...kb.entities.values()].filter((e) => e.kind === "foundation")
    expect(foundations.length).toBeGreaterThanOrEqual(25)
    expect(maintainers.size).toBeGreaterThanOrEqual(20)
  })

  it("places the Eclipse Foundation in Belgium and the sub-foundations under the Linux Foundation", () => {
    const kb = builtinKnowledgeBase()
    expect(kb.entities.get("eclipse-foundation")?.hq).toBe("BE")
    expect(kb.entities.get("cncf")?.parent).toMatchObject({ id: "linux-foundation", controls: true })
    expect(kb.entities.get("openjs-foundation")?.parent).toMatchObject({ id: "linux-foundation", controls: true })
  })
})

const rule = (id: string, type: Rule["type"], match: string): Rule => ({ id, type, match, entity: "x", confidence: "high", sources: [{ url: "https://example.org", retrieved: "2026-11-23", evidence: "S1" }] })

describe("findPackageRule", () => {
  const index = indexPackageRules([
    rule("apache", "maven", "org.apache.*"),
    rule("jetty", "maven", "org.eclipse.jetty.*"),
    rule("eclipse", "maven", "org.eclipse.*"),
    rule("angular", "npm", "@angular/*"),
    rule("typescript", "npm", "typescript"),
    rule("google-py", "pypi", "google-*"),
    rule("xunit", "nuget", "xunit*")
  ])
  it.each([
    ["maven", "org.apache.commons/commons-lang3", "apache"],
    ["maven", "org.apache/apache", "apache"],
    ["maven", "org.apachex/y", undefined],
    ["maven", "org.eclipse.jetty.http2/http2-server", "jetty"],
    ["maven", "org.eclipse.jgit/jgit", "eclipse"],
    ["npm", "@angular/core", "angular"],
    ["npm", "@angularx/core", undefined],
    ["npm", "typescript", "typescript"],
    ["npm", "typescript-eslint", undefined],
    ["pypi", "google-cloud-storage", "google-py"],
    ["pypi", "google", undefined],
    ["nuget", "xunit.core", "xunit"],
    ["npm", "org.apache.commons/x", undefined]
  ])("%s %s → %s", (type, coordinate, expected) => {
    expect(findPackageRule(index, type, coordinate)?.id).toBe(expected)
  })

  it("agrees with a naive reading of the pattern rules (property)", () => {
    const segment = fc.constantFrom("org", "apache", "eclipse", "jetty", "x", "commons")
    fc.assert(
      // Any mix of separators, so that namespaces of several `/` segments (as repository coordinates have)
      // come up, and the same namespaces recur (findPackageRule remembers their answer per index).
      fc.property(fc.array(fc.tuple(segment, fc.constantFrom(".", "/")), { minLength: 1, maxLength: 5 }), (parts) => {
        const coordinate = parts.map(([s, sep], i) => (i === 0 ? s : `${sep}${s}`)).join("")
        const naive = (stem: string) => coordinate === stem || coordinate.startsWith(`${stem}.`) || coordinate.startsWith(`${stem}/`)
        const expected = naive("org.eclipse.jetty") ? "jetty" : naive("org.apache") ? "apache" : naive("org.eclipse") ? "eclipse" : undefined
        expect(findPackageRule(index, "maven", coordinate)?.id).toBe(expected)
      }),
      { numRuns: 2000 }
    )
  })
})

import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { parse } from "yaml"
import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, findPackageRule, indexPackageRules, PackageRule, packageCoordinate, parsePurl, type PackageRule as Rule } from "../../src/index.js"
import { findPackageRuleForPurl } from "../../src/sbom/package-rule-index.js"

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

  it("finds for a purl what it finds for the purl's coordinate (property, shipped rules and synthetic purls)", () => {
    // findPackageRuleForPurl answers Maven and Go purls from their namespace alone; it must agree with
    // findPackageRule on packageCoordinate(purl) for every purl, with the rules the knowledge base ships.
    const shipped = indexPackageRules(builtinKnowledgeBase().packageRules.values())
    const segment = fc.constantFrom("org", "apache", "Apache", "eclipse", "jetty", "com.google", "COM.Google", "Google", "golang.org", "x", "github.com", "@angular", "google-cloud", "microsoft", "com", "io", "k8s")
    const type = fc.oneof({ arbitrary: fc.constantFrom("maven", "golang"), weight: 3 }, { arbitrary: fc.constantFrom("npm", "pypi", "nuget", "cargo", "gem", "composer", "github"), weight: 1 })
    const purl = fc
      .tuple(type, fc.array(segment, { maxLength: 3 }), segment, fc.constantFrom(".", "/"))
      .map(([type, namespace, name, sep]) => `pkg:${type}/${namespace.join(sep === "/" ? "/" : ".")}${namespace.length > 0 ? "/" : ""}${name}@1.0`)
    fc.assert(
      fc.property(purl, (text) => {
        const parsed = parsePurl(text)
        if (parsed === undefined) return
        expect(findPackageRuleForPurl(shipped, parsed)?.id, text).toBe(findPackageRule(shipped, parsed.type, packageCoordinate(parsed))?.id)
      }),
      { numRuns: 5000 }
    )
  })

  it("agrees with a naive reading of every kind of pattern, for namespaces of any depth (property)", () => {
    // Exact, separated (`.*`, `/*`, some with a `/` in their stem, as repository rules have) and prefix
    // patterns over one small alphabet of segments, so that coordinates often hit, nest and share namespaces.
    const rules = [
      rule("r-org", "repository", "github.com/org/*"),
      rule("r-org-x", "repository", "github.com/org/x.*"),
      rule("r-host", "repository", "gitlab.com/*"),
      rule("r-exact", "repository", "github.com/org2/x"),
      rule("r-prefix", "repository", "github.com/ab*"),
      rule("m-org", "maven", "org.*"),
      rule("m-org-x", "maven", "org.x.*"),
      rule("m-exact", "maven", "org.y/x"),
      rule("m-prefix", "maven", "com.x*")
    ]
    const all = indexPackageRules(rules)
    const naive = (type: string, coordinate: string): string | undefined => {
      const mine = rules.filter((r) => r.type === type)
      const exact = mine.find((r) => !r.match.endsWith("*") && r.match === coordinate)
      if (exact !== undefined) return exact.id
      const stems = mine
        .filter((r) => r.match.endsWith(".*") || r.match.endsWith("/*"))
        .map((r) => ({ id: r.id, stem: r.match.slice(0, -2) }))
        .filter(({ stem }) => coordinate === stem || coordinate.startsWith(`${stem}.`) || coordinate.startsWith(`${stem}/`))
        .sort((a, b) => b.stem.length - a.stem.length)
      if (stems.length > 0) return stems[0]!.id
      return mine.find((r) => r.match.endsWith("*") && !r.match.endsWith(".*") && !r.match.endsWith("/*") && coordinate.startsWith(r.match.slice(0, -1)))?.id
    }
    const segment = fc.constantFrom("github.com", "gitlab.com", "org", "org2", "x", "y", "ab", "abc", "com")
    fc.assert(
      fc.property(fc.constantFrom("repository", "maven"), fc.array(fc.tuple(segment, fc.constantFrom(".", "/")), { minLength: 1, maxLength: 5 }), (type, parts) => {
        const coordinate = parts.map(([seg, sep], i) => (i === 0 ? seg : `${sep}${seg}`)).join("")
        expect(findPackageRule(all, type, coordinate)?.id, `${type} ${coordinate}`).toBe(naive(type, coordinate))
      }),
      { numRuns: 5000 }
    )
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

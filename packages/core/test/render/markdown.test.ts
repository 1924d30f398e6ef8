import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, escapeMarkdown, renderMarkdown, resolveManifest } from "../../src/index.js"

describe("escapeMarkdown", () => {
  it("neutralises table breaks, links and HTML", () => {
    expect(escapeMarkdown("a|b")).toBe("a\\|b")
    expect(escapeMarkdown("[x](javascript:alert(1))")).toBe("\\[x\\](javascript:alert(1))")
    expect(escapeMarkdown("<img src=x onerror=alert(1)>")).toBe("\\<img src=x onerror=alert(1)\\>")
    expect(escapeMarkdown("two\nlines")).toBe("two lines")
  })
})

describe("renderMarkdown", () => {
  it("renders an organisation name from input as inert text", () => {
    const text = `sovmap: 1
organisation: { name: "Evil | <script>alert(1)</script>", country: FR }
systems:
  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }, { offering: ovhcloud-public-cloud }] }
`
    const located = decodeManifest(text, "m.yaml")
    const md = renderMarkdown(assess(located.value, resolveManifest(located, builtinKnowledgeBase())))
    expect(md).toContain("# Sovereignty assessment: Evil \\| \\<script\\>alert(1)\\</script\\>")
    expect(md).not.toContain("<script>")
    // criticality weighting, one US and one FR dependency of equal weight → 50 %
    expect(md).toContain("**50.0 %** of the weighted dependencies")
  })
})

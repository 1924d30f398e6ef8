import { readFileSync } from "node:fs"
import { join } from "node:path"
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

describe("renderMarkdown with every metric", () => {
  const src = '[{ url: "https://example.org/test-fixture", retrieved: "2026-11-23" }]'
  const text = `sovmap: 1
organisation: { name: Test, country: FR }
asOf: "2026-11-22"
systems:
  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2, switchingCost: 1500000, switchingMonths: 18 }, { offering: ovhcloud-public-cloud }] }
laws:
  - { id: t-law, name: "Test <Act>", jurisdiction: US, kind: data-access, reach: [hq], inForce: { from: "2018-03-23" }, sources: ${src} }
`
  const located = decodeManifest(text, "m.yaml")
  const md = renderMarkdown(assess(located.value, resolveManifest(located, builtinKnowledgeBase())))

  it("leads with the score and the top risks", () => {
    // criticality weighting: aws-ec2 (US) 3, ovhcloud (FR) 3 → foreign control 0.5, vendor HHI 0.5, legal exposure 0.5
    expect(md).toMatch(/- \*\*Sovereignty score: \d+\.\d \/ 100\*\*/)
    expect(md).toContain("### Top risks")
    expect(md).toContain("| Foreign control | 0.500 | 1 |")
    expect(md).toContain("| Legal exposure | 0.500 | 1 |")
  })

  it("lists the law that reaches the foreign dependency, escaped, with its links (reach hq: controller and operator are both US)", () => {
    expect(md).toMatch(/\| Test \\<Act\\>\[\^\d+\] \| US \| data-access \| yes \| 50\.0 % \| hq, operator \|/)
    // by kind, as a table: the one US dependency of two equal weights → 50 %, t-law among the laws of that kind
    expect(md).toMatch(/\| data-access \| 50\.0 % \| [^|\n]*t-law[^|\n]* \|/)
  })

  it("shows declared switching costs with thousands separators", () => {
    expect(md).toContain("| 1,500,000 | 18 |")
  })
})

describe("renderMarkdown with CSF scores", () => {
  const path = join(import.meta.dirname, "..", "fixtures", "csf-offerings.yaml")
  const located = decodeManifest(readFileSync(path, "utf8"), "csf-offerings.yaml")
  const md = renderMarkdown(assess(located.value, resolveManifest(located, builtinKnowledgeBase())))

  it("has a CSF section with each offering used, the systems using it, and its footnoted source", () => {
    expect(md).toContain("## CSF scores of the cloud services used")
    // The calculator's example under v1.2.1 §5 (hand calculation in test/csf/score.test.ts): 65.98 %, SEAL-2, SOV-1.6 unanswered
    expect(md).toMatch(/\| Calculator example cloud \(fictitious\)\[\^\d+\] \| Citizen portal, Archive \| 65\.98 % \| SEAL-2 \| 47 \/ 48 \| \d \|/)
    // side by side: SOV-7 all answered with the best option (143 × 7 = 1001 of 1001 points) → 100.00 %, SEAL-4
    expect(md).toMatch(/\| SOV-7 [^|]+ \| 10 % \| 100\.00 % \(SEAL-4\) \|/)
    expect(md).toContain("(SOV-1.6), scored 0 and left out of the SEAL")
  })

  it("leaves the section out without CSF answers", () => {
    const plain = decodeManifest("sovmap: 1\norganisation: { name: T, country: FR }\nsystems:\n  - { id: w, name: W, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n", "m.yaml")
    expect(renderMarkdown(assess(plain.value, resolveManifest(plain, builtinKnowledgeBase())))).not.toContain("CSF")
  })
})

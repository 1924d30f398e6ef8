import { describe, expect, it } from "vitest"
import { decodeReport, diffAssessments, numericLeaves, renderDiffHtml, renderDiffJson, renderDiffMarkdown, ReportDecodeError } from "../../src/index.js"

const report = (over: { metrics: unknown; dependencies: Array<Record<string, unknown>>; name?: string }) =>
  JSON.stringify(
    {
      reportVersion: 2,
      inputs: { manifest: { file: "m.yaml", sha256: "ab" }, knowledgeBase: { version: "2026.11.0" } },
      organisation: { name: over.name ?? "Org" },
      dependencies: over.dependencies,
      metrics: over.metrics
    },
    null,
    2
  )

const dep = (system: string, offering: string, controlJurisdiction: string, weight: number) => ({ system, offering, offeringName: offering.toUpperCase(), controllerName: "C", controlJurisdiction, weight })

describe("numericLeaves", () => {
  it("names list rows by their identity field, so order does not matter", () => {
    expect([...numericLeaves({ fs: { byJurisdiction: [{ jurisdiction: "US", share: 0.75 }, { jurisdiction: "FR", share: 0.25 }] } })]).toEqual([
      ["fs.byJurisdiction[US].share", 0.75],
      ["fs.byJurisdiction[FR].share", 0.25]
    ])
    expect([...numericLeaves({ xs: [3, 4] })]).toEqual([
      ["xs[0]", 3],
      ["xs[1]", 4]
    ])
  })
})

describe("diffAssessments", () => {
  // Before: US 3, FR 1 → foreign share 3/4 = 0.75.  After: the US dependency's weight drops to 1 and a DE
  // dependency of weight 2 is added, the FR one removed: US 1, DE 2 → foreign share 1/3 with home = EU.
  const before = decodeReport(
    report({
      metrics: { foreignShare: { foreignShare: 0.75, byJurisdiction: [{ jurisdiction: "US", share: 0.75 }, { jurisdiction: "FR", share: 0.25 }] }, score: { score: 40 } },
      dependencies: [dep("web", "aws-ec2", "US", 3), dep("web", "ovh", "FR", 1)]
    }),
    "before.json"
  )
  const after = decodeReport(
    report({
      metrics: { foreignShare: { foreignShare: 1 / 3, byJurisdiction: [{ jurisdiction: "DE", share: 2 / 3 }, { jurisdiction: "US", share: 1 / 3 }] }, score: { score: 62.5 } },
      dependencies: [dep("web", "aws-ec2", "US", 1), dep("web", "stackit", "DE", 2)]
    }),
    "after.json"
  )
  const d = diffAssessments(before, after)

  it("compares every numeric metric by path, with its delta", () => {
    expect(d.metrics.map((m) => m.path)).toEqual(["foreignShare.byJurisdiction[DE].share", "foreignShare.byJurisdiction[FR].share", "foreignShare.byJurisdiction[US].share", "foreignShare.foreignShare", "score.score"])
    expect(d.metrics.find((m) => m.path === "foreignShare.foreignShare")?.delta).toBeCloseTo(1 / 3 - 0.75, 15)
    expect(d.metrics.find((m) => m.path === "foreignShare.byJurisdiction[FR].share")).toEqual({ path: "foreignShare.byJurisdiction[FR].share", before: 0.25, after: undefined, delta: undefined })
    expect(d.unchangedMetrics).toBe(0)
  })

  it("finds the composite score", () => {
    expect(d.score).toEqual({ path: "score.score", before: 40, after: 62.5, delta: 22.5 })
  })

  it("lists dependencies added, removed and changed", () => {
    expect(d.dependencies.added.map((x) => x.offering)).toEqual(["stackit"])
    expect(d.dependencies.removed.map((x) => x.offering)).toEqual(["ovh"])
    expect(d.dependencies.changed.map((c) => [c.before.weight, c.after.weight])).toEqual([[3, 1]])
  })

  it("reports nothing for identical reports", () => {
    const same = diffAssessments(before, before)
    expect(same.metrics).toEqual([])
    // foreignShare, its US and FR rows, score
    expect(same.unchangedMetrics).toBe(4)
    expect(same.dependencies).toEqual({ added: [], removed: [], changed: [], unchanged: 2 })
  })

  it("renders in JSON, Markdown and HTML, escaping names", () => {
    expect(JSON.parse(renderDiffJson(d)).score.delta).toBe(22.5)
    const md = renderDiffMarkdown(d)
    expect(md).toContain("- Composite score: **40 → 62.5** (+22.5).")
    expect(md).toContain("| `foreignShare.foreignShare` | 0.75 | 0.333333333333 | −0.416666666667 |")
    const hostile = diffAssessments(
      decodeReport(report({ name: "<script>x</script>", metrics: {}, dependencies: [] }), "a.json"),
      decodeReport(report({ name: "<script>x</script>", metrics: {}, dependencies: [dep("<img src=x onerror=y>", "o", "US", 1)] }), "b.json")
    )
    const page = renderDiffHtml(hostile)
    expect(page.match(/<script/g)?.length).toBe(1)
    expect(page).toContain("&lt;img src=x onerror=y&gt;")
    expect(renderDiffMarkdown(hostile)).toContain("\\<script\\>x\\</script\\>")
  })
})

describe("decodeReport", () => {
  const fail = (text: string) => {
    try {
      decodeReport(text, "r.json")
    } catch (error) {
      expect(error).toBeInstanceOf(ReportDecodeError)
      return (error as ReportDecodeError).diagnostics[0]!
    }
    throw new Error("expected a ReportDecodeError")
  }

  it("refuses text that is not JSON, with its position", () => {
    expect(fail('{\n  "reportVersion": 1,\n  "x": [1, 2\n}')).toMatchObject({ file: "r.json", line: 4, message: expect.stringMatching(/^not valid JSON/) })
  })

  it("refuses JSON that is not a sovmap report", () => {
    expect(fail('{"name": "package.json"}')).toMatchObject({ line: 1, column: 1, message: "not a sovmap report: no numeric `reportVersion` field" })
    expect(fail("[1, 2]").message).toBe("not a sovmap report: no numeric `reportVersion` field")
  })

  it("refuses another report format version, pointing at it", () => {
    const text = report({ metrics: {}, dependencies: [] }).replace('"reportVersion": 2', '"reportVersion": 3')
    expect(fail(text)).toMatchObject({ line: 2, column: 20, message: "report format version 3 is not supported; this sovmap reads version 2" })
  })
})

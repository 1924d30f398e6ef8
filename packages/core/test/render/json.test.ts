import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, decodeReport, renderJson, resolveManifest } from "../../src/index.js"

const file = join(import.meta.dirname, "..", "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")
const render = () => {
  const located = decodeManifest(readFileSync(file, "utf8"), "sovmap.yaml")
  return renderJson(assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: "sovmap.yaml" }))
}

describe("renderJson", () => {
  it("gives the same bytes for the same inputs, with no timestamp", () => {
    const text = render()
    expect(render()).toBe(text)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
  })

  it("is read back by decodeReport (the input of sovmap diff)", () => {
    const report = decodeReport(render(), "report.json")
    expect(report.reportVersion).toBe(2)
    expect(report.dependencies).toHaveLength(11)
  })
})

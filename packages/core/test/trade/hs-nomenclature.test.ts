import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { describeHsProduct } from "../../src/index.js"

// Expected names are read from the vendored source CSV directly (not through the compiled module).
const source = readFileSync(new URL("../../data/hs/harmonized-system-2022.csv", import.meta.url), "utf8")
const line = (code: string) => source.split(/\r?\n/).find((l) => l.split(",")[1] === code)!

describe("describeHsProduct", () => {
  it("names HS 2022 subheadings, chapters and sections as the source does", () => {
    const d = describeHsProduct("850760")
    expect(line("850760")).toContain(d.name!)
    expect(d).toMatchObject({ chapter: "85", section: "XVI", edition: "HS2022" })
    expect(line("85")).toContain(d.chapterName!)
  })

  it("falls back to HS 2017 for subheadings that HS 2022 removed", () => {
    // 030510 (fish flours fit for human consumption) existed in HS 2017 and is absent from HS 2022's file.
    expect(line("030510")).toBeUndefined()
    const d = describeHsProduct("030510")
    expect(d.edition).toBe("HS2017")
    expect(d.name).toBeDefined()
  })

  it("has no name for BACI's legacy codes", () => {
    expect(describeHsProduct("9999AA").name).toBeUndefined()
  })
})

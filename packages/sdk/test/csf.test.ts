import { createReadStream, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { CsfIncompleteError, CsfValidationError, FileReadError, renderCsfReport, scoreCsf } from "../src/index.js"

const root = join(import.meta.dirname, "..", "..", "..")
const example = (name: string) => join(root, "examples", "csf", `${name}.yaml`)

describe("scoreCsf (Promise API)", () => {
  it("scores files, checks floors and ranks offers", async () => {
    const report = await scoreCsf([example("hypothetical-eu-provider"), example("hypothetical-non-eu-provider-eu-region")], { floors: example("floors-seal-2") })
    expect(report.offers.map((o) => o.tender?.pass)).toEqual([true, false])
    expect(renderCsfReport(report, "html")).toContain("<table>")
  })

  it("scores a parsed answers document with the calculator weight set", async () => {
    // One answer, SOV-8.1 option 5 = 250 points: 250 / 1000 × 5 % = 1.25 %
    const report = await scoreCsf([{ csf: 1, framework: "1.2.1", offer: { name: "Parsed", hypothetical: true }, answers: { "SOV-8.1": { option: 5 } } }], {
      weightSet: "csf-calculator-2026-06",
      allowIncomplete: true
    })
    expect(report.offers[0]!.score.score).toBeCloseTo(1.25, 12)
  })

  it("reads answers and floors from text and from streams as from their files", async () => {
    const fromFiles = await scoreCsf([example("hypothetical-eu-provider")], { floors: example("floors-seal-2") })
    const text = readFileSync(example("hypothetical-eu-provider"), "utf8")
    const floors = readFileSync(example("floors-seal-2"), "utf8")
    const fromSources = await scoreCsf([{ stream: createReadStream(example("hypothetical-eu-provider"), { highWaterMark: 64 }), file: example("hypothetical-eu-provider") }], {
      floors: { text: floors, file: example("floors-seal-2") }
    })
    expect(fromSources).toStrictEqual(fromFiles)
    const named = await scoreCsf([{ text, file: "offer.yaml" }])
    expect(named.offers[0]!.score.score).toBe(fromFiles.offers[0]!.score.score)
  })

  it("rejects with typed errors", async () => {
    await expect(scoreCsf([example("calculator-example")])).rejects.toBeInstanceOf(CsfIncompleteError)
    await expect(scoreCsf([example("no-such-file")])).rejects.toBeInstanceOf(FileReadError)
    await expect(scoreCsf([{ csf: 1, framework: "2.0", offer: { name: "x", hypothetical: true }, answers: {} }])).rejects.toBeInstanceOf(CsfValidationError)
  })
})

// The methodology page shows computed numbers; this test fails when they drift from the scorer's output.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { buildCsfReport, csfFloors, decodeCsfAnswers, decodeCsfFloors, renderCsfMarkdown, scoreCsf } from "../../src/index.js"
import { example } from "./helpers.js"

const page = readFileSync(join(import.meta.dirname, "..", "..", "..", "..", "apps", "docs", "methodology", "csf.md"), "utf8")
const tableLines = (md: string) => md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))
const load = (name: string, allowIncomplete = false) => {
  const { file, text } = example(name)
  return decodeCsfAnswers(text, file.slice(file.indexOf("examples/")), { allowIncomplete })
}

describe("apps/docs/methodology/csf.md", () => {
  it("shows the calculator example exactly as the scorer computes it", () => {
    const answers = load("calculator-example", true)
    const md = renderCsfMarkdown(buildCsfReport([scoreCsf(answers, { weightSet: "csf-calculator-2026-06" })]))
    for (const line of tableLines(md)) expect(page).toContain(line)
    expect(page).toContain(`score ${scoreCsf(answers).score.toFixed(2)} %`)
  })

  it("shows the comparison and rejection reasons exactly as the scorer computes them", () => {
    const { file, text } = example("floors-seal-2")
    const floors = decodeCsfFloors(text, file)
    const offers = [load("hypothetical-eu-provider"), load("hypothetical-non-eu-provider-eu-region")]
    const md = renderCsfMarkdown(buildCsfReport(offers.map((a) => scoreCsf(a)), floors))
    const comparison = md.slice(md.indexOf("## Comparison"), md.indexOf("\n## ", md.indexOf("## Comparison") + 1))
    for (const line of tableLines(comparison)) expect(page).toContain(line)
    for (const line of md.split("\n").filter((l) => l.startsWith("- "))) expect(page).toContain(line)
    const calc = offers.map((a) => scoreCsf(a, { weightSet: "csf-calculator-2026-06" }).score.toFixed(2))
    expect(page).toContain(`score ${calc[0]} % and ${calc[1]} %`)
    expect(csfFloors("x", 2).floors).toEqual(floors.floors)
  })
})

/**
 * Markdown rendering of a CSF report, for pull requests and docs.
 *
 * @module
 */
import type { CsfReport } from "../csf/report.js"
import { formatSeal } from "../csf/seal.js"

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ")
/** Two decimals, as the calculator displays points and percentages. */
const fixed = (n: number, digits = 2) => n.toFixed(digits)

/**
 * Renders a CSF report as Markdown: a comparison table when there are several offers, then each offer's
 * computation (points, divisor, ratio, weight, contribution, SEAL per objective) and its tender check.
 * Numbers are shown with two decimals; the JSON report keeps them unrounded.
 *
 * @example
 * ```ts
 * import { renderCsfMarkdown, type CsfReport } from "@sovmap/core"
 *
 * declare const report: CsfReport
 * renderCsfMarkdown(report).startsWith("# EU Cloud Sovereignty Framework") // true
 * ```
 * @category csf
 * @since 0.2.0
 */
export const renderCsfMarkdown = (report: CsfReport): string => {
  const out: Array<string> = ["# EU Cloud Sovereignty Framework scores", ""]
  const first = report.offers[0]?.score
  if (first !== undefined) out.push(`Framework ${first.framework}; weight set \`${first.weightSet.id}\` (${first.weightSet.name}).`, "")
  if (report.mixed) out.push("> **Warning:** the offers were scored with different weight sets or framework versions; their scores are not comparable.", "")
  if (report.floors !== undefined) out.push(`Floors: ${cell(report.floors.name)} — ${Object.entries(report.floors.floors).map(([id, s]) => `${id} ≥ ${formatSeal(s as 0)}`).join(", ")}.`, "")
  if (report.offers.length > 1 && first !== undefined) {
    out.push("## Comparison", "")
    out.push(`| objective | weight | ${report.offers.map((e) => cell(e.score.offer.name)).join(" | ")} |`)
    out.push(`| --- | ---: | ${report.offers.map(() => "---:").join(" | ")} |`)
    first.objectives.forEach((objective, i) => {
      out.push(`| ${objective.id} ${objective.name} | ${objective.weight} % | ${report.offers.map((e) => { const o = e.score.objectives[i]!; return `${fixed(o.ratio * 100)} % (${formatSeal(o.seal)})` }).join(" | ")} |`)
    })
    out.push(`| **Sovereignty Score** | | ${report.offers.map((e) => `**${fixed(e.score.score)} %**`).join(" | ")} |`)
    out.push(`| **Overall SEAL** | | ${report.offers.map((e) => `**${formatSeal(e.score.seal)}**`).join(" | ")} |`)
    if (report.floors !== undefined) out.push(`| Tender | | ${report.offers.map((e) => (e.tender?.pass === true ? "pass" : "**rejected**")).join(" | ")} |`)
    out.push(`| Rank | | ${report.offers.map((e) => (e.rank === undefined ? "—" : String(e.rank))).join(" | ")} |`, "")
  }
  for (const entry of report.offers) {
    const s = entry.score
    out.push(`## ${cell(s.offer.name)}`, "")
    if (s.offer.hypothetical) out.push("_Hypothetical offer: the answers illustrate the method and describe no real service._", "")
    out.push(`Answers: \`${s.file}\`. Sovereignty Score **${fixed(s.score)} %**, overall **${formatSeal(s.seal)}** (the lowest objective SEAL).`, "")
    out.push("| objective | points | max | divided by | ratio | weight | contribution | SEAL |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for (const o of s.objectives) {
      out.push(`| ${o.id} ${o.name} | ${fixed(o.points)} | ${fixed(o.maxPoints)} | ${fixed(o.divisor)} | ${fixed(o.ratio * 100)} % | ${o.weight} % | ${fixed(o.contribution)} | ${formatSeal(o.seal)} |`)
    }
    out.push(`| **total** | | | | | 100 % | **${fixed(s.score)}** | **${formatSeal(s.seal)}** |`, "")
    if (s.completeness.missing.length > 0) out.push(`Unanswered (${s.completeness.missing.length} of ${s.completeness.total}, scored 0 and left out of the SEAL): ${s.completeness.missing.join(", ")}.`, "")
    if (s.withoutEvidence.length > 0) out.push(`Answers without an evidence URL: ${s.withoutEvidence.length} of ${s.completeness.answered}.`, "")
    if (entry.tender !== undefined) {
      const failed = entry.tender.objectives.filter((o) => !o.pass)
      out.push(entry.tender.pass ? `Tender check (${cell(entry.tender.floors)}): **pass**.` : `Tender check (${cell(entry.tender.floors)}): **rejected**.`, "")
      for (const f of failed) out.push(`- ${f.id}: ${cell(f.reason)}`)
      if (failed.length > 0) out.push("")
    }
  }
  return `${out.join("\n").trimEnd()}\n`
}

/**
 * Markdown section for the CSF scores of the offerings an assessment uses.
 *
 * @module
 */
import type { Assessment } from "../assess/assess.js"
import { formatSeal } from "../csf/seal.js"
import { escapeMarkdown } from "./markdown.js"

const table = (header: ReadonlyArray<string>, align: ReadonlyArray<"l" | "r">, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [`| ${header.join(" | ")} |`, `| ${align.map((a) => (a === "r" ? "---:" : "---")).join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n")

/**
 * Renders the "CSF scores of the cloud services used" section of an assessment as Markdown lines: one row
 * per offering with answers (systems using it, Sovereignty Score, overall SEAL, answered criteria, rank) and
 * the objectives side by side; no lines when the assessment has no CSF scores. `notesFor` gives the
 * footnote marks of a record (e.g. `csf:offering-id`). All text from input is escaped.
 *
 * @example
 * ```ts
 * import { renderAssessmentCsfSection } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * renderAssessmentCsfSection(assessment, () => "").join("\n")
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderAssessmentCsfSection = (a: Assessment, notesFor: (record: string) => string): Array<string> => {
  const csf = a.csf
  const first = csf?.offers[0]?.score
  if (csf === undefined || first === undefined) return []
  const usedBy = (offering: string | undefined) => [...new Set(a.dependencies.filter((d) => d.offering === offering).map((d) => d.systemName ?? d.system))]
  const name = (s: typeof first) => escapeMarkdown(s.offer.name)
  return [
    "## CSF scores of the cloud services used",
    "",
    `Offerings used that carry answers to the EU Cloud Sovereignty Framework ${escapeMarkdown(first.framework)}, weight set \`${escapeMarkdown(first.weightSet.id)}\`; the overall SEAL is the lowest objective SEAL, never an average.${csf.mixed ? " **Warning:** scored with different weight sets or framework versions, so not comparable." : ""}`,
    "",
    table(
      ["Offering", "Used by", "Sovereignty Score", "Overall SEAL", "Answered", "Rank"],
      ["l", "l", "r", "l", "r", "r"],
      csf.offers.map((e) => [
        `${name(e.score)}${notesFor(`csf:${e.score.offer.offering ?? ""}`)}`,
        usedBy(e.score.offer.offering).map(escapeMarkdown).join(", "),
        `${e.score.score.toFixed(2)} %`,
        formatSeal(e.score.seal),
        `${e.score.completeness.answered} / ${e.score.completeness.total}`,
        e.rank === undefined ? "—" : String(e.rank)
      ])
    ),
    "",
    table(
      ["Objective", "Weight", ...csf.offers.map((e) => name(e.score))],
      ["l", "r", ...csf.offers.map(() => "r" as const)],
      first.objectives.map((objective, i) => [
        `${objective.id} ${escapeMarkdown(objective.name)}`,
        `${objective.weight} %`,
        ...csf.offers.map((e) => {
          const o = e.score.objectives[i]
          return o === undefined ? "—" : `${(o.ratio * 100).toFixed(2)} % (${formatSeal(o.seal)})`
        })
      ])
    ),
    "",
    ...csf.offers.flatMap((e) =>
      e.score.completeness.missing.length === 0
        ? []
        : [`- ${name(e.score)}: ${e.score.completeness.missing.length} unanswered criteria (${e.score.completeness.missing.join(", ")}), scored 0 and left out of the SEAL.`]
    ),
    ...(csf.offers.some((e) => e.score.completeness.missing.length > 0) ? [""] : [])
  ]
}

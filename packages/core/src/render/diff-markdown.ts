/**
 * Markdown rendering of a comparison of two assessments, for pull requests.
 *
 * @module
 */
import type { AssessmentDiff, DependencySnapshot } from "../diff/diff.js"
import { metricDelta, metricValue } from "./diff-format.js"
import { escapeMarkdown } from "./markdown.js"

const row = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`
const dep = (d: DependencySnapshot) => [escapeMarkdown(d.system), escapeMarkdown(d.offeringName), escapeMarkdown(d.controllerName), escapeMarkdown(d.controlJurisdiction), metricValue(d.weight)]

/**
 * Renders an assessment diff as GitHub-flavoured Markdown: the two inputs, the score change, every
 * metric that changed, and the dependencies added, removed or changed. Text from input is escaped.
 *
 * @example
 * ```ts
 * import { renderDiffMarkdown } from "@sovmap/core"
 * declare const diff: import("@sovmap/core").AssessmentDiff
 * renderDiffMarkdown(diff).startsWith("# Assessment diff") // true
 * ```
 * @category diff
 * @since 0.2.0
 */
export const renderDiffMarkdown = (diff: AssessmentDiff): string => {
  const { added, removed, changed, unchanged } = diff.dependencies
  const lines = [
    `# Assessment diff: ${escapeMarkdown(diff.before.organisation)}${diff.after.organisation === diff.before.organisation ? "" : ` → ${escapeMarkdown(diff.after.organisation)}`}`,
    "",
    "| | Before | After |",
    "| --- | --- | --- |",
    row(["Manifest", escapeMarkdown(diff.before.file), escapeMarkdown(diff.after.file)]),
    row(["Manifest SHA-256", `\`${escapeMarkdown(diff.before.manifestSha256 ?? "—")}\``, `\`${escapeMarkdown(diff.after.manifestSha256 ?? "—")}\``]),
    row(["Knowledge base", escapeMarkdown(diff.before.knowledgeBase), escapeMarkdown(diff.after.knowledgeBase)]),
    "",
    "## Summary",
    "",
    ...(diff.score === undefined ? [] : [`- Composite score: **${metricValue(diff.score.before)} → ${metricValue(diff.score.after)}** (${metricDelta(diff.score)}).`]),
    `- ${diff.metrics.length} metric value(s) changed, ${diff.unchangedMetrics} unchanged.`,
    `- Dependencies: ${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged.`,
    ""
  ]
  if (diff.metrics.length > 0) {
    lines.push("## Metrics that changed", "", "| Metric | Before | After | Change |", "| --- | ---: | ---: | ---: |")
    for (const m of diff.metrics) lines.push(row([`\`${escapeMarkdown(m.path)}\``, metricValue(m.before), metricValue(m.after), metricDelta(m)]))
    lines.push("")
  }
  const depTable = (title: string, deps: ReadonlyArray<DependencySnapshot>) => {
    if (deps.length === 0) return
    lines.push(`## ${title}`, "", "| System | Offering | Controller | Control | Weight |", "| --- | --- | --- | --- | ---: |", ...deps.map((d) => row(dep(d))), "")
  }
  depTable("Dependencies added", added)
  depTable("Dependencies removed", removed)
  if (changed.length > 0) {
    lines.push("## Dependencies changed", "", "| System | Offering | Control before → after | Weight before → after |", "| --- | --- | --- | ---: |")
    for (const c of changed) {
      lines.push(
        row([
          escapeMarkdown(c.after.system),
          escapeMarkdown(c.after.offeringName),
          `${escapeMarkdown(c.before.controlJurisdiction)} → ${escapeMarkdown(c.after.controlJurisdiction)}`,
          `${metricValue(c.before.weight)} → ${metricValue(c.after.weight)}`
        ])
      )
    }
    lines.push("")
  }
  return lines.join("\n")
}

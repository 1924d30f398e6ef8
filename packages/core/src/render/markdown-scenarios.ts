/**
 * Markdown sections for cut-off scenarios and single points of failure.
 *
 * @module
 */
import type { ScenarioSummary } from "../graph/scenario-summary.js"
import type { ScenarioResult } from "../graph/scenario.js"
import type { SinglePointOfFailure } from "../graph/single-points-of-failure.js"
import { escapeMarkdown } from "./markdown.js"

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`

const table = (header: ReadonlyArray<string>, align: ReadonlyArray<"l" | "r">, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [`| ${header.join(" | ")} |`, `| ${align.map((a) => (a === "r" ? "---:" : "---")).join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n")

/**
 * Renders the "Cut-off scenarios" and "Single points of failure" sections of an assessment as Markdown
 * lines. All text from input is escaped.
 *
 * @example
 * ```ts
 * import { renderScenarioSections } from "@sovmap/core"
 *
 * renderScenarioSections({ candidates: 0, totalWeight: 0, top: [] }, [])[0] // "## Cut-off scenarios"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderScenarioSections = (scenarios: ScenarioSummary, spofs: ReadonlyArray<SinglePointOfFailure>): Array<string> => [
  "## Cut-off scenarios",
  "",
  `${scenarios.candidates} cuts evaluated (every jurisdiction and vendor in the graph, every bloc and law). Loss = criticality weight of the systems that lose service, fallbacks counted; total ${scenarios.totalWeight}.`,
  "",
  scenarios.top.length === 0
    ? "No cut takes down a system."
    : table(
        ["Cut", "Kind", "Systems lost", "Loss", "Share"],
        ["l", "l", "r", "r", "r"],
        scenarios.top.map((r) => [escapeMarkdown(r.label), r.cut.kind, String(r.lostSystems), String(r.loss), percent(r.lossShare)])
      ),
  "",
  "## Single points of failure",
  "",
  "Offerings, vendors and jurisdictions whose loss alone takes down a critical system.",
  "",
  spofs.length === 0
    ? "None: every critical system survives the loss of any single node."
    : table(
        ["Node", "Kind", "Critical systems", "Weight"],
        ["l", "l", "l", "r"],
        spofs.map((s) => [`${escapeMarkdown(s.name)} (\`${escapeMarkdown(s.id)}\`)`, s.kind, s.systems.map(escapeMarkdown).join(", "), String(s.weight)])
      ),
  ""
]

/**
 * Renders one scenario as Markdown: the loss, the lost systems and the broken paths that explain them.
 *
 * @example
 * ```ts
 * import { renderScenarioMarkdown } from "@sovmap/core"
 * declare const result: import("@sovmap/core").ScenarioResult
 * const text = renderScenarioMarkdown(result)
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderScenarioMarkdown = (r: ScenarioResult): string => {
  const lines = [
    `# Scenario: cut off ${escapeMarkdown(r.label)}`,
    "",
    `Reaches ${r.reached.length} node(s) directly. Loss **${r.loss}** of ${r.totalWeight} (${percent(r.lossShare)}); ${r.lostSystems.length} system(s) lose service; ${r.failedOfferings.length} offering(s) fail.`,
    ""
  ]
  if (r.lostSystems.length > 0) {
    lines.push(table(["System", "Criticality", "Weight"], ["l", "l", "r"], r.lostSystems.map((s) => [escapeMarkdown(s.name), s.criticality, String(s.weight)])), "", "## Broken paths", "")
    for (const s of r.lostSystems) for (const p of s.paths) lines.push(`- ${p.map(escapeMarkdown).join(" → ")}`)
    lines.push("")
  }
  return lines.join("\n")
}

/**
 * Markdown rendering of a network view.
 *
 * @module
 */
import type { NetworkCell, NetworkView } from "../aggregate/network-view.js"

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`
// Markdown table cells: neutralise pipes and line breaks that come from input names.
const cellText = (text: string): string => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ")

const cellTable = (title: string, label: string, cells: ReadonlyArray<NetworkCell>): Array<string> =>
  cells.length === 0
    ? [`## ${title}`, "", "No cell has k or more members.", ""]
    : [
        `## ${title}`,
        "",
        `| ${label} | members (≥) | member-equivalents | share |`,
        "| --- | ---: | ---: | ---: |",
        ...cells.map((c) => `| ${cellText(c.name)} (\`${cellText(c.key)}\`) | ${c.membersAtLeast} | ${c.memberEquivalents} | ${percent(c.share)} |`),
        ""
      ]

/**
 * Renders a network view as Markdown: summary, shared dependencies, vendors, jurisdictions, shared single
 * points of failure, network scenarios and the yearly time series. Only published (unsuppressed) cells appear.
 *
 * @example
 * ```ts
 * import { aggregateNetwork, renderNetworkMarkdown } from "@sovmap/core"
 *
 * renderNetworkMarkdown(aggregateNetwork([])).startsWith("# Network view") // true
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const renderNetworkMarkdown = (view: NetworkView): string => {
  const lines = [
    "# Network view",
    "",
    `- members used: ${view.members.used} (${view.members.assessments} assessments read)`,
    `- k (least members behind a published cell): ${view.k}; cells suppressed: ${view.suppressedCells}`,
    `- foreign share (control jurisdiction outside each member's home): ${view.foreignShare === null ? "suppressed" : `${percent(view.foreignShare.share)} (${view.foreignShare.memberEquivalents} of ${view.members.weighted} member-equivalents)`}`,
    ...(view.concentration.byVendor === null ? [] : [`- vendor concentration of the published cells: HHI ${Math.round(view.concentration.byVendor.hhiPoints)} (${view.concentration.byVendor.band})`]),
    ...(view.members.names === null ? ["- members are anonymous"] : [`- members: ${view.members.names.map(cellText).join(", ")}`]),
    ""
  ]
  if (view.suppressed) return [...lines, `Fewer than ${view.k} members: every cell is suppressed.`, ""].join("\n")
  lines.push(...cellTable("Shared dependencies", "offering", view.sharedDependencies))
  lines.push(...cellTable("Vendors (ultimate controllers)", "vendor", view.byVendor))
  lines.push(...cellTable("Control jurisdictions", "jurisdiction", view.byJurisdiction))
  lines.push("## Single points of failure shared by members", "")
  if (view.spofs.length === 0) lines.push("None shared by k or more members.", "")
  else lines.push("| node | name | members (≥) |", "| --- | --- | ---: |", ...view.spofs.map((s) => `| \`${cellText(s.node)}\` | ${cellText(s.name)} | ${s.membersAtLeast} |`), "")
  lines.push("## Cut-off scenarios across the network", "")
  if (view.scenarios.length === 0) lines.push("No cut hits k or more members.", "")
  else
    lines.push(
      "| cut | members hit (≥) | member-equivalents lost | mean loss share |",
      "| --- | ---: | ---: | ---: |",
      ...view.scenarios.map((s) => `| ${cellText(s.label)} | ${s.membersAtLeast} | ${s.memberEquivalentsLost} | ${percent(s.meanLossShare)} |`),
      ""
    )
  if (view.timeSeries.length > 0) {
    lines.push("## Over time", "", "| year | members | foreign share |", "| --- | ---: | ---: |")
    lines.push(...view.timeSeries.map((p) => `| ${p.period} | ${p.members} | ${p.foreignShare === null ? "suppressed" : percent(p.foreignShare)} |`), "")
  }
  return lines.join("\n")
}

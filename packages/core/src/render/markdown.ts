/**
 * Markdown rendering of results, for pull requests and wikis.
 *
 * @module
 */
import type { Assessment } from "../assess/assess.js"
import { renderScenarioSections } from "./markdown-scenarios.js"

/**
 * Escapes text from input so that it stays inert inside a Markdown table cell: no table breaks, no
 * links (brackets and angle brackets are escaped, so no link or autolink can form), no HTML, no emphasis.
 *
 * @category renderers
 * @since 0.1.0
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`)

/** Percentage with one decimal, e.g. `62.5 %`. */
const percent = (share: number): string => `${(share * 100).toFixed(1)} %`

const table = (header: ReadonlyArray<string>, align: ReadonlyArray<"l" | "r">, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [
    `| ${header.join(" | ")} |`,
    `| ${align.map((a) => (a === "r" ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ].join("\n")

const countryName = (code: string, names: ReadonlyMap<string, string>) => names.get(code) ?? code

/**
 * Renders an assessment as GitHub-flavoured Markdown: a summary, the foreign share by control
 * jurisdiction, every dependency with its control chain, and the sources of the facts used as
 * footnotes. All text from input is escaped.
 *
 * @param countryNames optional map from ISO alpha-2 code to a display name.
 * @category renderers
 * @since 0.1.0
 */
export const renderMarkdown = (a: Assessment, countryNames: ReadonlyMap<string, string> = new Map()): string => {
  const fs = a.metrics.foreignShare
  const name = (code: string) => escapeMarkdown(countryName(code, countryNames))
  const sourceIndex = new Map<string, number>()
  for (const source of a.sources) if (!sourceIndex.has(source.url)) sourceIndex.set(source.url, sourceIndex.size + 1)
  const notesFor = (record: string) =>
    [...new Set(a.sources.filter((s) => s.record === record).map((s) => sourceIndex.get(s.url)!))]
      .sort((x, y) => x - y)
      .map((n) => `[^${n}]`)
      .join("")
  const top = fs.byJurisdiction.find((row) => !row.home)
  const lines: Array<string> = [
    `# Sovereignty assessment: ${escapeMarkdown(a.organisation.name)}`,
    "",
    `Home bloc: **${escapeMarkdown(a.home.name)}** (\`${a.home.bloc}\`, ${a.home.members.length} members) · weighting: **${a.inputs.weighting}** · knowledge base ${a.inputs.knowledgeBase.version}`,
    "",
    "## Summary",
    "",
    `- **${percent(fs.foreignShare)}** of the weighted dependencies are controlled from outside ${escapeMarkdown(a.home.name)}.`,
    ...(top === undefined ? [] : [`- Largest foreign control jurisdiction: **${name(top.jurisdiction)}** with ${percent(top.share)}.`]),
    `- ${a.dependencies.length} dependencies across ${new Set(a.dependencies.map((d) => d.system)).size} systems.`,
    "",
    "## Foreign share by control jurisdiction",
    "",
    table(
      ["Jurisdiction", "Home bloc", "Weight", "Share"],
      ["l", "l", "r", "r"],
      fs.byJurisdiction.map((row) => [`${name(row.jurisdiction)} (${row.jurisdiction})`, row.home ? "yes" : "no", String(row.weight), percent(row.share)])
    ),
    "",
    "## Dependencies",
    "",
    table(
      ["System", "Offering", "Operator", "Ultimate controller", "Control", "Criticality", "Weight"],
      ["l", "l", "l", "l", "l", "l", "r"],
      a.dependencies.map((d) => [
        escapeMarkdown(d.system),
        `${escapeMarkdown(d.offeringName)}${notesFor(`offering:${d.offering}`)}`,
        `${escapeMarkdown(d.operator)} (${d.operatorJurisdiction})`,
        `${escapeMarkdown(d.controllerName)}${notesFor(`entity:${d.controller}`)}`,
        d.controlJurisdiction,
        d.criticality,
        String(d.weight)
      ])
    ),
    ""
  ]
  lines.push(...renderScenarioSections(a.scenarios, a.spofs))
  const overlayIds = [...a.overlays.entities, ...a.overlays.offerings, ...a.overlays.blocs, ...a.overlays.laws]
  if (overlayIds.length > 0 || a.warnings.length > 0) {
    lines.push("## Warnings", "")
    for (const w of a.warnings) lines.push(`- ${escapeMarkdown(w)}`)
    if (overlayIds.length > 0) lines.push(`- Local records (not cited facts): ${overlayIds.map((id) => `\`${escapeMarkdown(id)}\``).join(", ")}`)
    lines.push("")
  }
  lines.push("## Sources", "")
  for (const [url, n] of sourceIndex) {
    const source = a.sources.find((s) => s.url === url)!
    lines.push(`[^${n}]: <${url.replace(/[<>\s]/g, encodeURIComponent)}> (retrieved ${source.retrieved}, evidence ${source.evidence})`)
  }
  lines.push("")
  return lines.join("\n")
}

/**
 * Markdown rendering of results, for pull requests and wikis.
 *
 * @module
 */
import type { Assessment } from "../assess/assess.js"
import { renderAssessmentCsfSection } from "./markdown-csf.js"
import { renderScenarioSections } from "./markdown-scenarios.js"
import { RISK_COMPONENT_LABELS } from "./risk-component-labels.js"

/**
 * Escapes text from input so that it stays inert inside a Markdown table cell: no table breaks, no
 * links (brackets and angle brackets are escaped, so no link or autolink can form), no HTML, no emphasis, and
 * no character reference decoded (`&lt;` in input shows as `&lt;`, not `<`; a lone `&` is left as it is).
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from "@sovmap/core"
 *
 * escapeMarkdown("Acme | *Cloud* <b>") // "Acme \\| \\*Cloud\\* \\<b\\>"
 * escapeMarkdown("[click](https://example.org)") // "\\[click\\](https://example.org)": no link forms
 * ```
 * @category renderers
 * @since 0.1.0
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")

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
 * Renders an assessment as GitHub-flavoured Markdown: a summary with the composite score and the top
 * risks, the score breakdown, foreign shares (control, operator, data location, bloc), concentration,
 * legal exposure by law and by kind, alignment, lock-in, every dependency with its control chain, the cut-off
 * scenarios and single points of failure, the CSF scores of the offerings used (when any carries answers),
 * warnings and local records, and the sources of the facts used as footnotes. All text from input is escaped.
 *
 * @param countryNames optional map from ISO alpha-2 code to a display name.
 * @example
 * ```ts
 * import { renderMarkdown } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 * import { writeFile } from "node:fs/promises"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * const markdown = renderMarkdown(result, new Map([["FR", "France"], ["US", "United States"]]))
 * markdown.split("\n")[0] // "# Sovereignty assessment: Région Nordlys (fictional regional authority)"
 * await writeFile("report.md", markdown)
 * ```
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
  const m = a.metrics
  const homeName = escapeMarkdown(a.home.name)
  const describe = (id: string): string => {
    switch (id) {
      case "foreignControl":
        return `${percent(fs.foreignShare)} of the weight is controlled from outside ${homeName}`
      case "legalExposure": {
        const worst = m.legalExposure.laws.find((l) => l.foreign)
        return `${percent(m.legalExposure.foreignShare)} of the weight can be reached by a foreign law${worst === undefined ? "" : `, most by ${escapeMarkdown(worst.name)} (${worst.jurisdiction}, ${percent(worst.share)})`}`
      }
      case "dataLocation":
        return `${percent(m.foreignShareByDataLocation?.foreignShare ?? 0)} of the weight keeps its data outside ${homeName}`
      case "concentration": {
        const v = m.concentration.byVendor
        return `vendors are ${v.band} (HHI ${Math.round(v.hhiPoints)}); the largest, ${escapeMarkdown(v.shares[0]?.key ?? "")}, holds ${percent(v.cr1)}`
      }
      case "alignment": {
        const other = m.alignment.tiers.filter((t) => t.tier === "other" || t.tier === "restricted").reduce((sum, t) => sum + t.share, 0)
        return `${percent(other)} of the weight depends on jurisdictions that are neither home nor partners`
      }
      case "lockIn":
        return `${percent(m.lockIn.withoutHomeOption)} of the weight is foreign with no alternative in ${homeName}`
      default:
        return ""
    }
  }
  const label = (id: string) => RISK_COMPONENT_LABELS[id] ?? id
  const fixed = (x: number, digits = 3) => x.toFixed(digits)
  const risks = [...m.score.components].filter((c) => c.pointsLost > 0).sort((x, y) => y.pointsLost - x.pointsLost || (x.id < y.id ? -1 : 1)).slice(0, 3)
  const p = a.inputs.policy
  const lines: Array<string> = [
    `# Sovereignty assessment: ${escapeMarkdown(a.organisation.name)}`,
    "",
    `Home bloc: **${escapeMarkdown(a.home.name)}** (\`${a.home.bloc}\`, ${a.home.members.length} members) · weighting: **${a.inputs.weighting}** · knowledge base ${a.inputs.knowledgeBase.version}${a.inputs.asOf === null ? "" : ` · as of ${a.inputs.asOf}`} · policy \`${escapeMarkdown(p.id)}\` ${escapeMarkdown(p.version)}`,
    "",
    "## Summary",
    "",
    `- **Sovereignty score: ${m.score.score.toFixed(1)} / 100** (higher is more sovereign; breakdown below).`,
    `- **${percent(fs.foreignShare)}** of the weighted dependencies are controlled from outside ${homeName}.`,
    ...(top === undefined ? [] : [`- Largest foreign control jurisdiction: **${name(top.jurisdiction)}** with ${percent(top.share)}.`]),
    `- ${a.dependencies.length} dependencies across ${new Set(a.dependencies.map((d) => d.system)).size} systems.`,
    "",
    ...(risks.length === 0 ? [] : ["### Top risks", "", ...risks.map((c, i) => `${i + 1}. **${label(c.id)}** (−${c.pointsLost.toFixed(1)} points): ${describe(c.id)}.`), ""]),
    "## Score breakdown",
    "",
    "Score = 100 × (1 − Σ weight × risk / Σ weight) over the components that could be computed.",
    "",
    table(
      ["Component", "Risk (0–1)", "Weight", "Share of weight", "Points lost"],
      ["l", "r", "r", "r", "r"],
      m.score.components.map((c) => [label(c.id), fixed(c.risk), String(c.weight), percent(c.normalisedWeight), c.pointsLost.toFixed(1)])
    ),
    "",
    ...(m.score.missing.length === 0 ? [] : [`Not computed (left out, weight spread over the others): ${m.score.missing.map(label).join(", ")} — see Warnings.`, ""]),
    "## Foreign share by control jurisdiction",
    "",
    table(
      ["Jurisdiction", "Home bloc", "Weight", "Share"],
      ["l", "l", "r", "r"],
      fs.byJurisdiction.map((row) => [`${name(row.jurisdiction)} (${row.jurisdiction})`, row.home ? "yes" : "no", String(row.weight), percent(row.share)])
    ),
    "",
    "## Foreign share by control, operator and data location",
    "",
    table(
      ["Basis", "Foreign share", "Weight known"],
      ["l", "r", "r"],
      [
        ["Ultimate controller's headquarters", percent(fs.foreignShare), "100.0 %"],
        ["Operator's headquarters", percent(m.foreignShareByOperator.foreignShare), "100.0 %"],
        ["Data location", m.foreignShareByDataLocation === null ? "unknown" : percent(m.foreignShareByDataLocation.foreignShare), percent(m.foreignShareByDataLocation?.coverage ?? 0)]
      ]
    ),
    "",
    ...(m.foreignShareByBloc.length === 0
      ? []
      : [
          "Control by bloc (blocs overlap; \"foreign\" = outside the home bloc):",
          "",
          table(
            ["Bloc", "Controlled from the bloc", "of which foreign"],
            ["l", "r", "r"],
            m.foreignShareByBloc.map((b) => [`\`${escapeMarkdown(b.bloc)}\``, percent(b.share), percent(b.foreignShare)])
          ),
          ""
        ]),
    "## Concentration",
    "",
    "HHI on the 0–10,000 scale; bands of the US DOJ (below 1,000 unconcentrated, above 1,800 highly concentrated).",
    "",
    table(
      ["Distribution", "HHI", "Band", "CR1", "CR4", "Effective number", "Entropy (nats)"],
      ["l", "r", "l", "r", "r", "r", "r"],
      [
        ["Vendors (ultimate controllers)", m.concentration.byVendor] as const,
        ["Control jurisdictions", m.concentration.byJurisdiction] as const,
        ...m.concentration.byCategory.flatMap((c) => [[`${c.category}: vendors`, c.byVendor] as const, [`${c.category}: jurisdictions`, c.byJurisdiction] as const])
      ].map(([what, c]) => [what, String(Math.round(c.hhiPoints)), c.band, percent(c.cr1), percent(c.cr4), c.effectiveNumber.toFixed(2), c.entropy.toFixed(3)])
    ),
    "",
    `## Legal exposure${m.legalExposure.asOf === null ? "" : ` (laws in force on ${m.legalExposure.asOf})`}`,
    "",
    ...(m.legalExposure.laws.length === 0
      ? ["No law in the knowledge base reaches these dependencies at this date.", ""]
      : [
          table(
            ["Law", "Jurisdiction", "Kind", "Foreign", "Weight reached", "Through"],
            ["l", "l", "l", "l", "r", "l"],
            m.legalExposure.laws.map((l) => [
              `${escapeMarkdown(l.name)}${notesFor(`law:${l.law}`)}`,
              l.jurisdiction,
              l.kind,
              l.foreign ? "yes" : "no",
              percent(l.share),
              [...new Set(l.dependencies.flatMap((d) => d.links))].join(", ")
            ])
          ),
          "",
          `Foreign laws by kind (a dependency counts once per kind); any kind ${percent(m.legalExposure.foreignShare)}:`,
          "",
          table(
            ["Kind", "Weight reached", "Laws"],
            ["l", "r", "l"],
            m.legalExposure.byKind.map((k) => [k.kind, percent(k.share), k.laws.map(escapeMarkdown).join(", ")])
          ),
          ""
        ]),
    "## Alignment",
    "",
    `Partner tier: ${p.partners === null ? "none" : `bloc \`${escapeMarkdown(p.partners)}\``}; restricted: ${p.restricted.length === 0 ? "none" : p.restricted.join(", ")}.`,
    "",
    table(
      ["Tier", "Share", "Tier risk", "Jurisdictions"],
      ["l", "r", "r", "l"],
      m.alignment.tiers.map((t) => [t.tier, percent(t.share), String(p.tierRisk[t.tier]), t.jurisdictions.join(", ")])
    ),
    "",
    "## Substitutability and lock-in",
    "",
    `Lock-in index **${fixed(m.lockIn.index)}** (0 = every dependency can move to the home bloc). Declared switching cost ${m.lockIn.declaredSwitchingCost.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}; longest declared switch ${m.lockIn.longestSwitchingMonths === null ? "not declared" : `${m.lockIn.longestSwitchingMonths} months`}.`,
    "",
    table(
      ["Dependency", "Control tier", "Best option", "Lock-in", "Home options", "Partner options", "Switching cost", "Months"],
      ["l", "l", "l", "r", "l", "l", "r", "r"],
      m.lockIn.dependencies.map((d) => [
        escapeMarkdown(d.id),
        d.tier,
        d.bestTier,
        fixed(d.lockIn),
        d.homeOptions.map(escapeMarkdown).join(", ") || "—",
        d.partnerOptions.map(escapeMarkdown).join(", ") || "—",
        d.switchingCost === null ? "—" : d.switchingCost.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
        d.switchingMonths === null ? "—" : String(d.switchingMonths)
      ])
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
  lines.push(...renderAssessmentCsfSection(a, notesFor))
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

/**
 * Reports of an attributed SBOM: Markdown for people and pull requests, JSON for machines.
 *
 * @module
 */
import type { SbomAttribution } from "./attribute.js"

/**
 * Version of the JSON report of `sovmap sbom`; bumped on any incompatible change.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { SBOM_REPORT_VERSION } from "@sovmap/core"
 *
 * // A report saved with `sovmap sbom bom.cdx.json --json > sbom-report.json`, read by another tool:
 * const report = JSON.parse(await readFile("sbom-report.json", "utf8")) as { sbomReportVersion: number }
 * if (report.sbomReportVersion !== SBOM_REPORT_VERSION) throw new Error(`expected SBOM report version ${SBOM_REPORT_VERSION}`)
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const SBOM_REPORT_VERSION = 1

const percent = (x: number) => `${(x * 100).toFixed(1)} %`
// Text from the SBOM is data: keep it from breaking the table or forming links.
const cell = (text: string) => text.replace(/[\\|`*_[\]<>]/g, (m) => `\\${m}`).replace(/\s+/g, " ")

/**
 * Renders an attributed SBOM as Markdown: the jurisdiction breakdown, the controllers, how components
 * were attributed, and the list of unattributed components with the reason for each.
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom, renderSbomMarkdown } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"left-pad"}]}', "bom.json")
 * renderSbomMarkdown(attributeSbom(sbom, builtinKnowledgeBase())) // "# SBOM attribution: bom.json …"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const renderSbomMarkdown = (a: SbomAttribution, countryNames: ReadonlyMap<string, string> = new Map(), maxUnattributed = 200): string => {
  const s = a.summary
  const out: Array<string> = []
  out.push(`# SBOM attribution: ${cell(a.file)}`, "")
  out.push(`${a.format} ${a.specVersion}, ${s.components} components, ${a.edges.length} dependency edges; knowledge base ${a.knowledgeBaseVersion}.`, "")
  out.push(`Home bloc \`${s.home}\`: home ${percent(s.homeShare)}, foreign ${percent(s.foreignShare)}, unattributed ${percent(s.unattributedShare)} of components (by count).`, "")
  out.push("## Jurisdictions", "", "| jurisdiction | components | share |", "| --- | ---: | ---: |")
  for (const r of s.byJurisdiction) {
    const name = r.jurisdiction === "unattributed" ? "unattributed" : `${r.jurisdiction} ${countryNames.get(r.jurisdiction) ?? ""}`.trim()
    out.push(`| ${cell(name)}${r.home ? " (home)" : ""} | ${r.count} | ${percent(r.share)} |`)
  }
  out.push("", "## Controllers", "", "| controller | jurisdiction | components | share |", "| --- | --- | ---: | ---: |")
  for (const r of s.byController.slice(0, 25)) out.push(`| ${cell(r.name)} | ${r.jurisdiction ?? "?"} | ${r.count} | ${percent(r.share)} |`)
  if (s.byController.length > 25) out.push(`| … ${s.byController.length - 25} more | | | |`)
  out.push("", "## How components were attributed", "", "| method | components |", "| --- | ---: |")
  for (const [method, count] of Object.entries(s.byMethod)) out.push(`| ${method} | ${count} |`)
  out.push("", "| confidence | components |", "| --- | ---: |")
  for (const [confidence, count] of Object.entries(s.byConfidence)) out.push(`| ${confidence} | ${count} |`)
  const unattributed = a.components.filter((c) => c.method === "unattributed")
  out.push("", `## Unattributed components (${unattributed.length})`, "")
  if (unattributed.length === 0) out.push("None.")
  for (const c of unattributed.slice(0, maxUnattributed)) {
    const leads = [c.declaredSupplier === undefined ? undefined : `supplier "${c.declaredSupplier}"`, c.repository === undefined ? undefined : `repository ${c.repository}`].filter((x) => x !== undefined)
    out.push(`- ${cell(c.purl ?? `${c.name}${c.version === undefined ? "" : `@${c.version}`}`)}: ${cell(c.evidence)}${leads.length === 0 ? "" : ` (${cell(leads.join(", "))})`}`)
  }
  if (unattributed.length > maxUnattributed) out.push(`- … ${unattributed.length - maxUnattributed} more (use --json for the full list)`)
  if (a.problems.length > 0) {
    out.push("", `## Problems (${a.problems.length})`, "")
    for (const p of a.problems.slice(0, 50)) out.push(`- ${p.line === undefined ? "" : `line ${p.line}: `}${cell(p.message)}`)
    if (a.problems.length > 50) out.push(`- … ${a.problems.length - 50} more`)
  }
  return `${out.join("\n")}\n`
}

/**
 * Renders an attributed SBOM as deterministic JSON (`sbomReportVersion` first).
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom, renderSbomJson } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}', "bom.json")
 * JSON.parse(renderSbomJson(attributeSbom(sbom, builtinKnowledgeBase()))).sbomReportVersion // 1
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const renderSbomJson = (a: SbomAttribution): string => `${JSON.stringify({ sbomReportVersion: SBOM_REPORT_VERSION, ...a }, null, 2)}\n`

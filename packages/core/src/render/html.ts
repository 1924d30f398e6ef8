/**
 * HTML rendering of an assessment: one self-contained, offline page with summary cards, charts, a world
 * map, sortable tables and the sources of every fact used.
 *
 * @module
 */
import type { Assessment, ResolvedDependency } from "../assess/assess.js"
import { builtinKnowledgeBase } from "../kb/knowledge-base.js"
import type { Country } from "../kb/schema.js"
import { horizontalBarChart } from "./html/bar-chart.js"
import { summaryCards } from "./html/card.js"
import { choroplethMap } from "./html/choropleth.js"
import { externalLink, html, type SafeHtml } from "./html/escape.js"
import { formatNumber, formatPercent } from "./html/format.js"
import { htmlPage } from "./html/page.js"
import { CATEGORICAL, FOREIGN_COLOUR, HOME_COLOUR } from "./html/palette.js"
import type { HtmlReportContext, HtmlSection, HtmlSectionBuilder } from "./html/section.js"
import { stackedShareBar } from "./html/stacked-bar.js"
import { sortableTable } from "./html/table.js"
import {
  alignmentSection,
  concentrationSection,
  csfSection,
  foreignShareBasesSection,
  legalExposureSection,
  lockInSection,
  RISK_COMPONENT_LABELS,
  scenariosSection,
  scoreSection
} from "./html-metrics.js"

const CRITICALITY_RANK = { critical: 4, high: 3, medium: 2, low: 1 } as const

const weightText = (w: number) => formatNumber(w, Number.isInteger(w) ? 0 : 2)

const jurisdictionTag = (context: HtmlReportContext, code: string): SafeHtml =>
  html`${context.countryName(code)} (${code}) <span class="tag ${context.isHome(code) ? "home" : "foreign"}">${context.isHome(code) ? "home" : "foreign"}</span>`

/**
 * Summary cards: the headline numbers.
 *
 * @example
 * ```ts
 * import { htmlReportContext, summarySection } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const section = summarySection(htmlReportContext(await assess("examples/region-nordlys/sovmap.yaml")))
 * section?.title // "Summary"
 * section?.body.value.includes("Sovereignty score") // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const summarySection: HtmlSectionBuilder = (context) => {
  const a = context.assessment
  const fs = a.metrics.foreignShare
  const top = fs.byJurisdiction.find((row) => !row.home)
  const systems = new Set(a.dependencies.map((d) => d.system)).size
  const overlays = a.overlays.entities.length + a.overlays.offerings.length + a.overlays.blocs.length + a.overlays.laws.length
  const risks = a.metrics.score.components.filter((c) => c.pointsLost > 0).sort((x, y) => y.pointsLost - x.pointsLost || (x.id < y.id ? -1 : 1)).slice(0, 3)
  return {
    id: "summary",
    title: "Summary",
    body: html`${summaryCards([
      { label: "Sovereignty score", value: `${a.metrics.score.score.toFixed(1)} / 100`, detail: `policy ${a.inputs.policy.id} ${a.inputs.policy.version}; higher is more sovereign` },
      { label: "Foreign share", value: formatPercent(fs.foreignShare), detail: `of weighted dependencies controlled outside ${a.home.name}` },
      top === undefined
        ? { label: "Largest foreign jurisdiction", value: "none", detail: "every controller is in the home bloc" }
        : {
            label: "Largest foreign jurisdiction",
            // long names (United States of America) would dwarf the other cards: show the code, name below
            value: context.countryName(top.jurisdiction).length > 16 ? top.jurisdiction : context.countryName(top.jurisdiction),
            detail: `${context.countryName(top.jurisdiction)}: ${formatPercent(top.share)} of weight`
          },
      { label: "Dependencies", value: String(a.dependencies.length), detail: `across ${systems} system${systems === 1 ? "" : "s"}` },
      { label: "Control jurisdictions", value: String(fs.byJurisdiction.length), detail: `${fs.byJurisdiction.filter((r) => !r.home).length} outside the home bloc` },
      { label: "Local records", value: String(overlays), detail: overlays === 0 ? "all facts from the cited knowledge base" : "manifest assumptions, not cited facts" }
    ])}${
      risks.length === 0
        ? ""
        : html`<h3>Top risks</h3><ol class="risks">${risks.map((c) => html`<li><strong>${RISK_COMPONENT_LABELS[c.id] ?? c.id}</strong>: −${c.pointsLost.toFixed(1)} points (risk ${c.risk.toFixed(3)}, ${formatPercent(c.normalisedWeight)} of the weight)</li>`)}</ol>`
    }`
  }
}

/**
 * Foreign share: home versus each foreign jurisdiction, and the weight of every control jurisdiction.
 *
 * @example
 * ```ts
 * import { foreignShareSection, htmlReportContext } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const section = foreignShareSection(htmlReportContext(await assess("examples/region-nordlys/sovmap.yaml")))
 * section?.id // "foreign-share"
 * section?.body.value.includes('id="chart-by-jurisdiction"') // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const foreignShareSection: HtmlSectionBuilder = (context) => {
  const a = context.assessment
  const fs = a.metrics.foreignShare
  const foreignColours = CATEGORICAL.filter((c) => c !== HOME_COLOUR)
  const foreign = fs.byJurisdiction.filter((r) => !r.home)
  const homeShare = fs.byJurisdiction.filter((r) => r.home).reduce((n, r) => n + r.share, 0)
  return {
    id: "foreign-share",
    title: "Foreign share by jurisdiction and bloc",
    body: html`<p><strong>${formatPercent(fs.foreignShare)}</strong> of the weighted dependencies (${weightText(fs.foreignWeight)} of ${weightText(fs.totalWeight)}, weighting by ${a.inputs.weighting}) are controlled from outside ${a.home.name} (${a.home.bloc}, ${a.home.members.length} members). The control jurisdiction is the headquarters country of the ultimate controller.</p>
${stackedShareBar({
  id: "chart-bloc-split",
  title: `Weight inside and outside ${a.home.name}`,
  summary: `Share of weighted dependencies whose ultimate controller sits in ${a.home.name}, and in each foreign jurisdiction.`,
  segments: [
    ...(homeShare > 0 ? [{ label: `${a.home.name} — home`, share: homeShare, colour: HOME_COLOUR }] : []),
    ...foreign.map((r, i) => ({ label: `${context.countryName(r.jurisdiction)} — foreign`, share: r.share, colour: foreignColours[i % foreignColours.length]! }))
  ]
})}
${horizontalBarChart({
  id: "chart-by-jurisdiction",
  title: "Share of weight by control jurisdiction",
  summary: "Share of weighted dependencies by the headquarters country of their ultimate controller.",
  rows: fs.byJurisdiction.map((r) => ({ label: `${context.countryName(r.jurisdiction)} (${r.jurisdiction})`, value: r.share, colour: r.home ? HOME_COLOUR : FOREIGN_COLOUR, tag: r.home ? "home" : "foreign" })),
  format: (v) => formatPercent(v),
  max: 1
})}`
  }
}

/**
 * World map of control jurisdictions weighted by dependency.
 *
 * @example
 * ```ts
 * import { DEFAULT_HTML_SECTIONS, mapSection, renderHtml } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * // The world map first, then the other default sections:
 * const page = renderHtml(result, { sections: [mapSection, ...DEFAULT_HTML_SECTIONS.filter((s) => s !== mapSection)] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const mapSection: HtmlSectionBuilder = (context) => {
  const fs = context.assessment.metrics.foreignShare
  return {
    id: "map",
    title: "Where control lies",
    body: choroplethMap({
      id: "chart-map",
      title: "Control jurisdictions weighted by dependency",
      summary: "World map shaded by the share of weighted dependencies whose ultimate controller is headquartered in each country.",
      values: new Map(fs.byJurisdiction.map((r) => [r.jurisdiction, r.share])),
      countries: context.countries,
      format: (v) => formatPercent(v),
      legend: "Share of weighted dependencies"
    })
  }
}

const dataLocations = (d: ResolvedDependency) => (d.dataLocations.length === 0 ? "—" : d.dataLocations.join(", "))

/**
 * Every dependency, sortable.
 *
 * @example
 * ```ts
 * import { dependenciesSection, htmlReportContext } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const section = dependenciesSection(htmlReportContext(await assess("examples/region-nordlys/sovmap.yaml")))
 * section?.title // "Dependencies"
 * section?.body.value.includes('<table class="sortable" id="table-dependencies">') // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const dependenciesSection: HtmlSectionBuilder = (context) => {
  const a = context.assessment
  const total = a.metrics.foreignShare.totalWeight
  return {
    id: "dependencies",
    title: "Dependencies",
    body: sortableTable({
      id: "table-dependencies",
      caption: "Every dependency with its operator and ultimate controller (click a column header to sort)",
      columns: [
        { label: "System" },
        { label: "Offering" },
        { label: "Operator" },
        { label: "Ultimate controller" },
        { label: "Control jurisdiction" },
        { label: "Criticality" },
        { label: "Data" },
        { label: "Data locations" },
        { label: "Spend", kind: "number" },
        { label: "Weight", kind: "number" },
        { label: "Share", kind: "number" }
      ],
      rows: a.dependencies.map((d) => [
        { display: html`${d.systemName ?? d.system}${d.note === undefined ? "" : html`<br><small>${d.note}</small>`}`, sort: d.systemName ?? d.system },
        { display: html`${d.offeringName}${context.cite(`offering:${d.offering}`)}`, sort: d.offeringName },
        `${d.operator} (${d.operatorJurisdiction})`,
        { display: html`${d.controllerName}${context.cite(`entity:${d.controller}`)}`, sort: d.controllerName },
        { display: jurisdictionTag(context, d.controlJurisdiction), sort: d.controlJurisdiction },
        { display: d.criticality, sort: CRITICALITY_RANK[d.criticality] },
        d.data ?? "—",
        dataLocations(d),
        { display: d.spend === undefined ? "—" : formatNumber(d.spend), sort: d.spend ?? -1 },
        { display: weightText(d.weight), sort: d.weight },
        { display: total > 0 ? formatPercent(d.weight / total) : "—", sort: total > 0 ? d.weight / total : 0 }
      ])
    })
  }
}

/**
 * Control chains: from each operator up to its ultimate controller.
 *
 * @example
 * ```ts
 * import { controlChainsSection, htmlReportContext } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const section = controlChainsSection(htmlReportContext(await assess("examples/region-nordlys/sovmap.yaml")))
 * section?.title // "Control chains"
 * section?.body.value.includes("Operator → ultimate controller") // true: the table's caption
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const controlChainsSection: HtmlSectionBuilder = (context) => {
  const chains = new Map<string, ResolvedDependency>()
  for (const d of context.assessment.dependencies) if (!chains.has(d.operator)) chains.set(d.operator, d)
  return {
    id: "control",
    title: "Control chains",
    body: html`<p>Each operator's parents are followed while control is held (share above ${formatPercent(context.assessment.inputs.controlThreshold, 0)}, or an explicit control statement); the last entity is the ultimate controller.</p>
${sortableTable({
  id: "table-control",
  caption: "Operator → ultimate controller",
  columns: [{ label: "Operator" }, { label: "Chain" }, { label: "Control jurisdiction" }],
  rows: [...chains.values()].map((d) => [
    d.operator,
    html`<ol class="chain">${d.controlChain.map(
      (link) =>
        html`<li>${link.entity} (${link.jurisdiction})${link.parentShare === undefined ? "" : html` — parent holds ${formatPercent(link.parentShare, 0)}`}${context.cite(`entity:${link.entity}`)}</li>`
    )}</ol>`,
    { display: jurisdictionTag(context, d.controlJurisdiction), sort: d.controlJurisdiction }
  ])
})}`
  }
}

/**
 * Local overlays and warnings: assumptions that are not cited facts.
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, decodeManifest, htmlReportContext, resolveManifest, warningsSection } from "@sovmap/core"
 *
 * const m = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const section = warningsSection(htmlReportContext(assess(m.value, resolveManifest(m, builtinKnowledgeBase()))))
 * section?.body.value // '<p class="warning">no dependency has a known data location: the data-location share is left out of the score</p>'
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const warningsSection: HtmlSectionBuilder = (context) => {
  const a = context.assessment
  const overlays = [
    ...a.overlays.entities.map((id) => `entity ${id}`),
    ...a.overlays.offerings.map((id) => `offering ${id}`),
    ...a.overlays.blocs.map((id) => `bloc ${id}`),
    ...a.overlays.laws.map((id) => `law ${id}`)
  ]
  if (overlays.length === 0 && a.warnings.length === 0) return undefined
  return {
    id: "warnings",
    title: "Warnings and local records",
    body: html`${a.warnings.map((w) => html`<p class="warning">${w}</p>`)}${
      overlays.length === 0
        ? ""
        : html`<p>These knowledge-base records were added or replaced by the manifest. They are local assumptions, not cited facts:</p><ul>${overlays.map((o) => html`<li><code>${o}</code></li>`)}</ul>`
    }`
  }
}

/**
 * Sources: every cited fact the assessment used, numbered as the footnotes.
 *
 * @example
 * ```ts
 * import { htmlReportContext, sourcesSection } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * const section = sourcesSection(htmlReportContext(result))
 * section?.body.value.match(/<li id="source-/g)?.length === new Set(result.sources.map((s) => s.url)).size // true: one footnote per URL
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const sourcesSection: HtmlSectionBuilder = (context) => {
  const a = context.assessment
  const byUrl = new Map<string, Array<Assessment["sources"][number]>>()
  for (const s of a.sources) byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s])
  return {
    id: "sources",
    title: "Sources",
    body: html`<ol class="sources">${[...byUrl].map(([url, sources], i) => {
      const first = sources[0]!
      return html`<li id="source-${i + 1}">${externalLink(url)} — retrieved ${first.retrieved}, evidence ${first.evidence}; supports ${sources.map((s) => s.record).join(", ")}${sources
        .filter((s) => s.note !== undefined)
        .map((s) => html`<br><small>${s.note}</small>`)}</li>`
    })}</ol>
<p><small>Map outlines: Natural Earth 1:110m Admin 0 countries (public domain), packaged by world-atlas; Equal Earth projection via d3-geo. Colours: Okabe–Ito (categorical) and cividis (sequential), both designed for colour-vision deficiency.</small></p>`
  }
}

/**
 * The sections of the HTML report, in order. Pass a different list (e.g. this one plus your own
 * builder) to `renderHtml` to add a chart.
 *
 * @example
 * ```ts
 * import { DEFAULT_HTML_SECTIONS } from "@sovmap/core"
 *
 * DEFAULT_HTML_SECTIONS.length // 15
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const DEFAULT_HTML_SECTIONS: ReadonlyArray<HtmlSectionBuilder> = [
  summarySection,
  scoreSection,
  foreignShareSection,
  foreignShareBasesSection,
  mapSection,
  concentrationSection,
  legalExposureSection,
  alignmentSection,
  lockInSection,
  scenariosSection,
  csfSection,
  dependenciesSection,
  controlChainsSection,
  warningsSection,
  sourcesSection
]

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * ```ts
 * import { renderHtml, sourcesSection, summarySection, type RenderHtmlOptions } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 * import { writeFile } from "node:fs/promises"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * const options: RenderHtmlOptions = { sections: [summarySection, sourcesSection] } // a one-page summary
 * await writeFile("summary.html", renderHtml(result, options))
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface RenderHtmlOptions {
  /** ISO 3166-1 list for names and map ids; the built-in knowledge base's by default. */
  readonly countries?: Iterable<Country> | undefined
  /** Section builders, in order; {@link DEFAULT_HTML_SECTIONS} by default. */
  readonly sections?: ReadonlyArray<HtmlSectionBuilder> | undefined
}

/**
 * Builds the context that section builders read.
 *
 * @example
 * ```ts
 * import { htmlReportContext } from "@sovmap/core"
 * declare const assessment: import("@sovmap/core").Assessment
 * htmlReportContext(assessment).countryName("FR") // "France"
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const htmlReportContext = (assessment: Assessment, countries?: Iterable<Country>): HtmlReportContext => {
  const list = [...(countries ?? builtinKnowledgeBase().countries.values())]
  const names = new Map(list.map((c) => [c.alpha2, c.name]))
  const home = new Set(assessment.home.members)
  const sourceNumber = new Map<string, number>()
  for (const s of assessment.sources) if (!sourceNumber.has(s.url)) sourceNumber.set(s.url, sourceNumber.size + 1)
  return {
    assessment,
    countries: list,
    countryName: (code) => names.get(code) ?? code,
    isHome: (code) => home.has(code),
    cite: (record) => {
      const numbers = [...new Set(assessment.sources.filter((s) => s.record === record).map((s) => sourceNumber.get(s.url)!))].sort((x, y) => x - y)
      return html`${numbers.map((n) => html`<sup><a href="#source-${n}" aria-label="source ${n}">[${n}]</a></sup>`)}`
    }
  }
}

/**
 * Renders an assessment as one self-contained HTML page that works offline: summary cards with the top
 * risks, the composite score and its breakdown, the foreign share by jurisdiction, operator, data location
 * and bloc, a world choropleth of control jurisdictions, concentration, legal exposure by law and kind,
 * alignment tiers, lock-in, the cut-off sweep ranking and single points of failure, CSF scores of the
 * offerings used (when any carries answers), sortable dependency and control-chain tables, warnings, and
 * numbered sources. Every string from input is escaped; the only
 * links are `http(s)` source URLs; a strict Content-Security-Policy allows no remote loads and only the
 * hashed inline style and table-sorting script. Deterministic: the same assessment gives the same bytes.
 *
 * @example
 * ```ts
 * import { assess, builtinKnowledgeBase, decodeManifest, renderHtml, resolveManifest } from "@sovmap/core"
 *
 * const manifest = decodeManifest(
 *   "sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: aws-ec2 }] }\n",
 *   "sovmap.yaml"
 * )
 * const page = renderHtml(assess(manifest.value, resolveManifest(manifest, builtinKnowledgeBase())))
 * page.startsWith("<!doctype html>") // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const renderHtml = (assessment: Assessment, options: RenderHtmlOptions = {}): string => {
  const context = htmlReportContext(assessment, options.countries)
  const sections = (options.sections ?? DEFAULT_HTML_SECTIONS).map((build) => build(context)).filter((s): s is HtmlSection => s !== undefined)
  const a = assessment
  const body = html`<header>
<h1>Sovereignty assessment: ${a.organisation.name}</h1>
<p>${a.organisation.sector === undefined ? "" : `${a.organisation.sector} · `}${context.countryName(a.organisation.country)} · home bloc ${a.home.name} · weighting by ${a.inputs.weighting} · knowledge base ${a.inputs.knowledgeBase.version}</p>
<nav aria-label="Sections"><ul>${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ul></nav>
</header>
<main>
${sections.map((s) => html`<section id="${s.id}" aria-labelledby="${s.id}-heading"><h2 id="${s.id}-heading">${s.title}</h2>
${s.body}
</section>
`)}</main>
<footer><p>Inputs: manifest ${a.inputs.manifest.file}${a.inputs.manifest.sha256 === undefined ? "" : ` (sha256 ${a.inputs.manifest.sha256})`} · knowledge base ${a.inputs.knowledgeBase.version} · control threshold ${formatPercent(a.inputs.controlThreshold, 0)} · report format ${a.reportVersion}. Generated by sovmap; this page loads nothing from the network.</p></footer>`
  return htmlPage({ title: `Sovereignty assessment: ${a.organisation.name}`, body }).value
}

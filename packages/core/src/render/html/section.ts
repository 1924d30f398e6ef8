/**
 * Sections of an HTML report, and the context their builders read.
 *
 * @module
 */
import type { Assessment } from "../../assess/assess.js"
import type { Country } from "../../kb/schema.js"
import type { SafeHtml } from "./escape.js"

/**
 * What a section builder can use: the assessment, country names, and footnote references to the sources
 * of a record.
 *
 * @example
 * ```ts
 * import { htmlReportContext, type HtmlReportContext } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const context: HtmlReportContext = htmlReportContext(await assess("examples/region-nordlys/sovmap.yaml"))
 * context.countryName("US") // "United States of America"
 * context.isHome("IE") // true: Ireland is in the home bloc eu27
 * context.cite("offering:aws-ec2").value.startsWith('<sup><a href="#source-') // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface HtmlReportContext {
  readonly assessment: Assessment
  readonly countries: ReadonlyArray<Country>
  /** English short name of an ISO alpha-2 code (the code itself when unknown). */
  readonly countryName: (code: string) => string
  /** Whether a jurisdiction belongs to the home bloc. */
  readonly isHome: (code: string) => boolean
  /** Footnote links to the sources of a record, e.g. `offering:aws-ec2` (empty when it has none). */
  readonly cite: (record: string) => SafeHtml
}

/**
 * One section of the report: a heading (also listed in the page's navigation) and its content.
 *
 * @example
 * ```ts
 * import { DEFAULT_HTML_SECTIONS, html, renderHtml, type HtmlSection } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const scope: HtmlSection = { id: "scope", title: "Scope", body: html`<p>Systems in production on ${"2026-01-01"}; test systems left out.</p>` }
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * const page = renderHtml(result, { sections: [() => scope, ...DEFAULT_HTML_SECTIONS] })
 * page.includes('<a href="#scope">Scope</a>') // true: listed in the navigation
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface HtmlSection {
  /** Anchor id, letters, digits and dashes. */
  readonly id: string
  readonly title: string
  readonly body: SafeHtml
}

/**
 * Builds one section from the context, or `undefined` to leave it out (e.g. when the assessment has no
 * such metric). A new chart is one more builder in the list given to `renderHtml`.
 *
 * @example
 * ```ts
 * import { horizontalBarChart, renderHtml, DEFAULT_HTML_SECTIONS, type HtmlSectionBuilder } from "@sovmap/core"
 *
 * const bySystem: HtmlSectionBuilder = ({ assessment }) => ({
 *   id: "by-system",
 *   title: "Weight by system",
 *   body: horizontalBarChart({
 *     id: "by-system-chart",
 *     title: "Weight by system",
 *     summary: "Total dependency weight of each system.",
 *     rows: [...new Set(assessment.dependencies.map((d) => d.system))].map((system) => ({
 *       label: system,
 *       value: assessment.dependencies.filter((d) => d.system === system).reduce((n, d) => n + d.weight, 0)
 *     })),
 *     format: String
 *   })
 * })
 * declare const assessment: import("@sovmap/core").Assessment
 * renderHtml(assessment, { sections: [...DEFAULT_HTML_SECTIONS, bySystem] })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export type HtmlSectionBuilder = (context: HtmlReportContext) => HtmlSection | undefined

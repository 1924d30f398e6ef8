/**
 * Horizontal bar chart, as static SVG.
 *
 * @module
 */
import { scaleLinear } from "d3-scale"
import { html, type SafeHtml } from "./escape.js"
import { chartFigure } from "./figure.js"
import { CATEGORICAL } from "./palette.js"

/**
 * One bar.
 *
 * @example
 * ```ts
 * import { horizontalBarChart, type BarChartRow } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const rows: Array<BarChartRow> = metrics.foreignShare.byJurisdiction.map((r) => ({ label: r.jurisdiction, value: r.share, tag: r.home ? "home" : "foreign" }))
 * const chart = horizontalBarChart({ id: "by-jurisdiction", title: "Weight by control jurisdiction", summary: "Share of weight by controller's country.", rows, format: (v) => `${(v * 100).toFixed(1)} %` })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface BarChartRow {
  readonly label: string
  readonly value: number
  /** Fill colour; the first categorical colour by default. */
  readonly colour?: string | undefined
  /** Short text appended to the value, e.g. `home` — so that colour is never the only cue. */
  readonly tag?: string | undefined
}

/**
 * Input of {@link horizontalBarChart}.
 *
 * @example
 * ```ts
 * import { horizontalBarChart, type BarChartInput } from "@sovmap/core"
 * import { sweep } from "@sovmap/sdk"
 *
 * const { rows } = await sweep("examples/region-nordlys/sovmap.yaml")
 * const input: BarChartInput = {
 *   id: "worst-cuts",
 *   title: "Most damaging cut-offs",
 *   summary: "Share of the criticality weight lost under each cut.",
 *   rows: rows.slice(0, 5).map((r) => ({ label: r.label, value: r.lossShare })),
 *   format: (v) => `${(v * 100).toFixed(0)} %`,
 *   max: 1
 * }
 * horizontalBarChart(input).value.startsWith("<figure") // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface BarChartInput {
  readonly id: string
  readonly title: string
  /** One sentence on what the chart shows; the values are appended to form the text alternative. */
  readonly summary: string
  readonly rows: ReadonlyArray<BarChartRow>
  /** Formats a value for labels and the text alternative. */
  readonly format: (value: number) => string
  /** Upper end of the axis; the largest value by default. */
  readonly max?: number | undefined
  readonly width?: number | undefined
}

const LABEL_WIDTH = 240
const VALUE_WIDTH = 120
const ROW_HEIGHT = 26
const TOP = 8
const AXIS = 22

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/**
 * Renders a horizontal bar chart: one labelled bar per row on a linear axis from 0 (d3-scale
 * `scaleLinear`, with its "nice" ticks), with a title, a text alternative listing every value, and each
 * bar's exact value in its tooltip and label.
 *
 * @example
 * ```ts
 * import { horizontalBarChart } from "@sovmap/core"
 *
 * horizontalBarChart({
 *   id: "by-country",
 *   title: "Weight by control jurisdiction",
 *   summary: "Share of weight by the country of the ultimate controller.",
 *   rows: [{ label: "United States", value: 0.58 }, { label: "France", value: 0.42 }],
 *   format: (v) => `${(v * 100).toFixed(1)} %`
 * }).value
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const horizontalBarChart = (input: BarChartInput): SafeHtml => {
  const width = input.width ?? 720
  const height = TOP + Math.max(1, input.rows.length) * ROW_HEIGHT + AXIS
  const max = input.max ?? Math.max(0, ...input.rows.map((r) => r.value))
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([LABEL_WIDTH, width - VALUE_WIDTH])
    .nice()
  const ticks = x.ticks(5)
  const axisY = TOP + input.rows.length * ROW_HEIGHT
  const bars = input.rows.map((row, i) => {
    const y = TOP + i * ROW_HEIGHT
    const barWidth = Math.max(0, x(Math.max(0, row.value)) - LABEL_WIDTH)
    const valueText = `${input.format(row.value)}${row.tag === undefined ? "" : ` · ${row.tag}`}`
    return html`<g class="bar"><title>${row.label}: ${valueText}</title>
<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2}" text-anchor="end" dominant-baseline="middle">${truncate(row.label, 32)}</text>
<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${barWidth.toFixed(2)}" height="${ROW_HEIGHT - 8}" fill="${row.colour ?? CATEGORICAL[0]!}"></rect>
<text class="value" x="${(LABEL_WIDTH + barWidth + 6).toFixed(2)}" y="${y + ROW_HEIGHT / 2}" dominant-baseline="middle">${valueText}</text></g>`
  })
  const axis = html`<g class="axis"><line x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="${TOP}" y2="${axisY}" stroke="#555"></line>${ticks.map(
    (t) => html`<text x="${x(t).toFixed(2)}" y="${axisY + 14}" text-anchor="middle">${input.format(t)}</text>`
  )}</g>`
  const description = `${input.summary} ${input.rows.map((r) => `${r.label}: ${input.format(r.value)}${r.tag === undefined ? "" : ` (${r.tag})`}`).join("; ")}.`
  return chartFigure({ id: input.id, title: input.title, description, width, height, kind: "bar" }, html`${bars}${axis}`)
}

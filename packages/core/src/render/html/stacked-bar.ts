/**
 * Stacked share bar: how a whole splits into parts, as one 100 % bar with a legend.
 *
 * @module
 */
import { html, type SafeHtml } from "./escape.js"
import { chartFigure } from "./figure.js"
import { formatPercent } from "./format.js"
import { CATEGORICAL } from "./palette.js"

/**
 * One part of a stacked share bar.
 *
 * @example
 * ```ts
 * import { OKABE_ITO, stackedShareBar, type ShareSegment } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { home, metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const segments: Array<ShareSegment> = [
 *   { label: `${home.name} — home`, share: 1 - metrics.foreignShare.foreignShare, colour: OKABE_ITO.bluishGreen },
 *   { label: "Foreign", share: metrics.foreignShare.foreignShare, colour: OKABE_ITO.vermillion }
 * ]
 * const bar = stackedShareBar({ id: "home-vs-foreign", title: "Home and foreign control", summary: "Weighted dependencies by controller.", segments })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface ShareSegment {
  readonly label: string
  /** Share of the whole, in 0..1. */
  readonly share: number
  readonly colour?: string | undefined
}

/**
 * Input of {@link stackedShareBar}.
 *
 * @example
 * ```ts
 * import { stackedShareBar, type StackedShareBarInput } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { metrics } = await assess("examples/region-nordlys/sovmap.yaml")
 * const input: StackedShareBarInput = {
 *   id: "alignment-tiers",
 *   title: "Weight by alignment tier",
 *   summary: "Weighted dependencies by the partner tier of their control jurisdiction.",
 *   segments: metrics.alignment.tiers.map((t) => ({ label: t.tier, share: t.share })),
 *   width: 480
 * }
 * stackedShareBar(input).value.includes('viewBox="0 0 480 34"') // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface StackedShareBarInput {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly segments: ReadonlyArray<ShareSegment>
  readonly width?: number | undefined
}

/**
 * Renders a single bar split into segments proportional to their shares, left to right in the given
 * order, with a legend naming every segment and its percentage (colour is never the only cue). Shares are
 * drawn as given; they should sum to 1.
 *
 * @example
 * ```ts
 * import { stackedShareBar } from "@sovmap/core"
 *
 * stackedShareBar({
 *   id: "home-vs-foreign",
 *   title: "Home and foreign control",
 *   summary: "Weighted dependencies by where their controller sits.",
 *   segments: [{ label: "EU27", share: 0.42 }, { label: "Foreign", share: 0.58 }]
 * }).value
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const stackedShareBar = (input: StackedShareBarInput): SafeHtml => {
  const width = input.width ?? 720
  const barHeight = 34
  let x = 0
  const colours = input.segments.map((s, i) => s.colour ?? CATEGORICAL[i % CATEGORICAL.length]!)
  const rects = input.segments.map((segment, i) => {
    const w = Math.max(0, segment.share) * width
    const rect = html`<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${barHeight}" fill="${colours[i]!}" stroke="#fff" stroke-width="1"><title>${segment.label}: ${formatPercent(segment.share)}</title></rect>`
    x += w
    return rect
  })
  const legend = html`<ul class="legend">${input.segments.map(
    (s, i) => html`<li><svg class="swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${colours[i]!}"></rect></svg>${s.label}: <strong>${formatPercent(s.share)}</strong></li>`
  )}</ul>`
  const description = `${input.summary} ${input.segments.map((s) => `${s.label}: ${formatPercent(s.share)}`).join("; ")}.`
  return chartFigure({ id: input.id, title: input.title, description, width, height: barHeight, kind: "stacked" }, html`${rects}`, legend)
}

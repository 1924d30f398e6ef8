// The accessible frame every chart shares: a <figure> with a visible caption, an SVG with role="img",
// <title> and <desc> (WAI-ARIA Graphics / SVG accessibility: the desc carries the text alternative with
// every value), and the data as a table behind a disclosure for readers who prefer numbers.
import { html, type SafeHtml } from "./escape.js"

export interface ChartFrame {
  /** Unique id in the page; letters, digits and dashes. */
  readonly id: string
  readonly title: string
  /** Text alternative: what the chart shows, with its values. */
  readonly description: string
  readonly width: number
  readonly height: number
  readonly kind: string
}

export const chartId = (id: string): string => id.replace(/[^A-Za-z0-9-]/g, "-")

export const chartFigure = (frame: ChartFrame, svgBody: SafeHtml, extra?: SafeHtml): SafeHtml => {
  const id = chartId(frame.id)
  return html`<figure class="chart" id="${id}" data-chart="${frame.kind}">
<figcaption>${frame.title}</figcaption>
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" preserveAspectRatio="xMinYMin meet">
<title id="${id}-title">${frame.title}</title>
<desc id="${id}-desc">${frame.description}</desc>
${svgBody}
</svg>${extra ?? ""}
</figure>`
}

/**
 * Summary card: one headline number with its label.
 *
 * @module
 */
import { html, type SafeHtml } from "./escape.js"

/**
 * Input of {@link summaryCard}.
 *
 * @example
 * ```ts
 * import { summaryCards, type SummaryCardInput } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { metrics, dependencies } = await assess("examples/region-nordlys/sovmap.yaml")
 * const cards: Array<SummaryCardInput> = [
 *   { label: "Sovereignty score", value: `${metrics.score.score.toFixed(1)} / 100`, detail: "higher is more sovereign" },
 *   { label: "Dependencies", value: String(dependencies.length) }
 * ]
 * summaryCards(cards).value.includes('<dd class="value">11</dd>') // true
 * ```
 * @category renderers
 * @since 0.2.0
 */
export interface SummaryCardInput {
  readonly label: string
  /** The headline, already formatted (e.g. `57.6 %`). */
  readonly value: string
  /** One line under the value. */
  readonly detail?: string | undefined
}

/**
 * Renders a summary card: a labelled headline value with an optional detail line, as a definition-list
 * group so that screen readers announce label and value together.
 *
 * @example
 * ```ts
 * import { summaryCard } from "@sovmap/core"
 *
 * summaryCard({ label: "Foreign share", value: "57.6 %", detail: "of weighted dependencies" }).value
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const summaryCard = (input: SummaryCardInput): SafeHtml =>
  html`<div class="card"><dt>${input.label}</dt><dd class="value">${input.value}</dd>${input.detail === undefined ? "" : html`<dd class="detail">${input.detail}</dd>`}</div>`

/**
 * Renders a row of summary cards.
 *
 * @example
 * ```ts
 * import { summaryCards } from "@sovmap/core"
 *
 * summaryCards([{ label: "Dependencies", value: "11" }]).value
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const summaryCards = (cards: ReadonlyArray<SummaryCardInput>): SafeHtml => html`<dl class="cards">${cards.map(summaryCard)}</dl>`

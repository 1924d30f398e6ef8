/**
 * Sortable table: plain HTML that reads well without script; the report's one inline script adds
 * sorting by clicking a column header.
 *
 * @module
 */
import { html, SafeHtml } from "./escape.js"

/**
 * A column of a {@link sortableTable}.
 *
 * @category renderers
 * @since 0.2.0
 */
export interface TableColumn {
  readonly label: string
  /** `number` columns sort numerically and align right. */
  readonly kind?: "text" | "number" | undefined
}

/**
 * A cell: what to show, and optionally the key to sort by (the shown text by default).
 *
 * @category renderers
 * @since 0.2.0
 */
export type TableCell = string | SafeHtml | { readonly display: string | SafeHtml; readonly sort: string | number }

/**
 * Input of {@link sortableTable}.
 *
 * @category renderers
 * @since 0.2.0
 */
export interface SortableTableInput {
  readonly id: string
  readonly caption: string
  readonly columns: ReadonlyArray<TableColumn>
  readonly rows: ReadonlyArray<ReadonlyArray<TableCell>>
}

const cellParts = (cell: TableCell): { display: string | SafeHtml; sort: string | number | undefined } =>
  typeof cell === "string" || cell instanceof SafeHtml ? { display: cell, sort: undefined } : cell

/**
 * Renders a table whose column headers are buttons that sort the rows (ascending, then descending), with
 * `aria-sort` kept up to date for assistive technology. Each cell's sort key is stored in `data-sort`.
 *
 * @example
 * ```ts
 * import { sortableTable } from "@sovmap/core"
 *
 * sortableTable({
 *   id: "deps",
 *   caption: "Dependencies",
 *   columns: [{ label: "Offering" }, { label: "Weight", kind: "number" }],
 *   rows: [["Amazon EC2", { display: "3", sort: 3 }], ["OVHcloud", { display: "4", sort: 4 }]]
 * }).value
 * ```
 * @category renderers
 * @since 0.2.0
 */
export const sortableTable = (input: SortableTableInput): SafeHtml => {
  const id = input.id.replace(/[^A-Za-z0-9-]/g, "-")
  const head = input.columns.map(
    (c) => html`<th scope="col" aria-sort="none" data-type="${c.kind ?? "text"}"${c.kind === "number" ? html` class="num"` : ""}><button type="button">${c.label}</button></th>`
  )
  const body = input.rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) => {
        const { display, sort } = cellParts(cell)
        const numeric = input.columns[i]?.kind === "number"
        return html`<td${numeric ? html` class="num"` : ""}${sort === undefined ? "" : html` data-sort="${sort}"`}>${display}</td>`
      })}</tr>`
  )
  return html`<div class="table-wrap"><table class="sortable" id="${id}"><caption>${input.caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
}

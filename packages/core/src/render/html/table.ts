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
 * @example
 * ```ts
 * import { sortableTable, type TableColumn } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { dependencies } = await assess("examples/region-nordlys/sovmap.yaml")
 * const columns: Array<TableColumn> = [{ label: "Offering" }, { label: "Control jurisdiction" }, { label: "Weight", kind: "number" }]
 * const table = sortableTable({ id: "deps", caption: "Dependencies", columns, rows: dependencies.map((d) => [d.offeringName, d.controlJurisdiction, String(d.weight)]) })
 * table.value.includes('<th scope="col" aria-sort="none" data-type="number" class="num">') // true: sorts numerically
 * ```
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
 * @example
 * ```ts
 * import { html, sortableTable, type TableCell } from "@sovmap/core"
 * import { assess } from "@sovmap/sdk"
 *
 * const { dependencies } = await assess("examples/region-nordlys/sovmap.yaml")
 * const rows = dependencies.map((d): Array<TableCell> => [
 *   html`<strong>${d.offeringName}</strong>`, // shown as is, sorted by its text
 *   { display: d.criticality, sort: { critical: 4, high: 3, medium: 2, low: 1 }[d.criticality] } // sorted by rank, not by name
 * ])
 * sortableTable({ id: "deps", caption: "Dependencies", columns: [{ label: "Offering" }, { label: "Criticality", kind: "number" }], rows })
 * ```
 * @category renderers
 * @since 0.2.0
 */
export type TableCell = string | SafeHtml | { readonly display: string | SafeHtml; readonly sort: string | number }

/**
 * Input of {@link sortableTable}.
 *
 * @example
 * ```ts
 * import { sortableTable, type SortableTableInput } from "@sovmap/core"
 * import { sweep } from "@sovmap/sdk"
 *
 * const { rows } = await sweep("examples/region-nordlys/sovmap.yaml")
 * const input: SortableTableInput = {
 *   id: "sweep",
 *   caption: "Cut-off scenarios by loss",
 *   columns: [{ label: "Cut" }, { label: "Loss", kind: "number" }, { label: "Systems lost", kind: "number" }],
 *   rows: rows.map((r) => [r.label, { display: `${(r.lossShare * 100).toFixed(0)} %`, sort: r.lossShare }, String(r.lostSystems)])
 * }
 * sortableTable(input).value.includes('<table class="sortable" id="sweep">') // true
 * ```
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

/**
 * Export of a network view (and, on request, the member-level edges) as Parquet and CSV tables, for DuckDB
 * locally or Spark/BigQuery at scale. The schema of every table is documented in the docs ("Network export").
 *
 * Parquet is written with hyparquet-writer: pure JavaScript (no native binary, so it installs everywhere the
 * SDK does), one dependency (its reader, hyparquet), maintained, and its files are checked with DuckDB in
 * the tests.
 *
 * @module
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { networkEdges, type NetworkMember, type NetworkView } from "@sovmap/core"
import { parquetWriteBuffer } from "hyparquet-writer"
import { FileWriteError } from "../errors.js"

type ColumnType = "STRING" | "INT32" | "DOUBLE" | "BOOLEAN"
type Value = string | number | boolean | null

/**
 * One exported table: columns with their Parquet types, and rows.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises"
 * import { tableToCsv, type ExportTable } from "@sovmap/sdk"
 *
 * // A table of your own, written with the same CSV conventions as the network export:
 * const table: ExportTable = { name: "owners", columns: [{ name: "offering", type: "STRING" }, { name: "share", type: "DOUBLE" }], rows: [["aws-s3", 0.25], ["stackit-cloud", null]] }
 * tableToCsv(table) // "offering,share\naws-s3,0.25\nstackit-cloud,\n"
 * await writeFile(`${table.name}.csv`, tableToCsv(table))
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface ExportTable {
  readonly name: string
  readonly columns: ReadonlyArray<{ readonly name: string; readonly type: ColumnType }>
  readonly rows: ReadonlyArray<ReadonlyArray<Value>>
}

/**
 * Options of {@link exportNetwork}.
 *
 * @example
 * ```ts
 * import { exportNetwork, readNetwork, type ExportNetworkOptions } from "@sovmap/sdk"
 * import { aggregateNetwork } from "@sovmap/core"
 *
 * const { members } = await readNetwork(["examples/network/members"])
 * // CSV only, with the member-level edges (for the network's own analysts, not for publication):
 * const options: ExportNetworkOptions = { formats: ["csv"], edgesOf: members }
 * await exportNetwork(aggregateNetwork(members, { k: 5 }), "out/network", options)
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface ExportNetworkOptions {
  /** Formats to write (default both). */
  readonly formats?: ReadonlyArray<"parquet" | "csv">
  /**
   * Members whose latest assessments become the `edges` table: one row per member dependency, members
   * numbered pseudonymously. Member-level data: for the network's own analysts, never for publication.
   */
  readonly edgesOf?: ReadonlyArray<NetworkMember>
}

/**
 * A file written by {@link exportNetwork}.
 *
 * @example
 * ```ts
 * import { aggregateFiles, exportNetwork } from "@sovmap/sdk"
 *
 * const { view } = await aggregateFiles(["examples/network/members"], { k: 5 })
 * for (const file of await exportNetwork(view, "out/network", { formats: ["csv"] })) console.log(file.path, file.rows, file.bytes)
 * // out/network/summary.csv 1 139 …
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export interface ExportedFile {
  readonly table: string
  readonly path: string
  readonly rows: number
  readonly bytes: number
}

const cellColumns = [
  { name: "key", type: "STRING" },
  { name: "name", type: "STRING" },
  { name: "members_at_least", type: "INT32" },
  { name: "member_equivalents", type: "INT32" },
  { name: "share", type: "DOUBLE" }
] as const

/**
 * The tables of a network view (published cells only) and, when members are given, the `edges` table.
 *
 * @example
 * ```ts
 * import { aggregateNetwork } from "@sovmap/core"
 * import { networkTables } from "@sovmap/sdk"
 *
 * networkTables(aggregateNetwork([])).map((t) => t.name)
 * // ["summary", "shared_dependencies", "vendors", "jurisdictions", "spofs", "scenarios", "time_series"]
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const networkTables = (view: NetworkView, edgesOf?: ReadonlyArray<NetworkMember>): Array<ExportTable> => {
  const cells = (name: string, rows: NetworkView["byVendor"]): ExportTable => ({
    name,
    columns: cellColumns,
    rows: rows.map((c) => [c.key, c.name, c.membersAtLeast, c.memberEquivalents, c.share])
  })
  const tables: Array<ExportTable> = [
    {
      name: "summary",
      columns: [
        { name: "members_used", type: "INT32" },
        { name: "members_weighted", type: "INT32" },
        { name: "assessments", type: "INT32" },
        { name: "k", type: "INT32" },
        { name: "suppressed", type: "BOOLEAN" },
        { name: "foreign_member_equivalents", type: "INT32" },
        { name: "foreign_share", type: "DOUBLE" },
        { name: "suppressed_cells", type: "INT32" }
      ],
      rows: [
        [
          view.members.used,
          view.members.weighted,
          view.members.assessments,
          view.k,
          view.suppressed,
          view.foreignShare?.memberEquivalents ?? null,
          view.foreignShare?.share ?? null,
          view.suppressedCells
        ]
      ]
    },
    cells("shared_dependencies", view.sharedDependencies),
    cells("vendors", view.byVendor),
    cells("jurisdictions", view.byJurisdiction),
    {
      name: "spofs",
      columns: [
        { name: "node", type: "STRING" },
        { name: "name", type: "STRING" },
        { name: "members_at_least", type: "INT32" }
      ],
      rows: view.spofs.map((s) => [s.node, s.name, s.membersAtLeast])
    },
    {
      name: "scenarios",
      columns: [
        { name: "cut", type: "STRING" },
        { name: "label", type: "STRING" },
        { name: "members_at_least", type: "INT32" },
        { name: "member_equivalents_lost", type: "INT32" },
        { name: "mean_loss_share", type: "DOUBLE" }
      ],
      rows: view.scenarios.map((s) => [s.cut, s.label, s.membersAtLeast, s.memberEquivalentsLost, s.meanLossShare])
    },
    {
      name: "time_series",
      columns: [
        { name: "period", type: "STRING" },
        { name: "members", type: "INT32" },
        { name: "foreign_share", type: "DOUBLE" }
      ],
      rows: view.timeSeries.map((p) => [p.period, p.members, p.foreignShare])
    }
  ]
  if (edgesOf !== undefined) {
    tables.push({
      name: "edges",
      columns: [
        { name: "member", type: "INT32" },
        { name: "offering", type: "STRING" },
        { name: "controller", type: "STRING" },
        { name: "control_jurisdiction", type: "STRING" },
        { name: "foreign", type: "BOOLEAN" },
        { name: "weight", type: "DOUBLE" },
        { name: "share", type: "DOUBLE" }
      ],
      rows: networkEdges(edgesOf).map((e) => [e.member, e.offering, e.controller, e.controlJurisdiction, e.foreign, e.weight, e.share])
    })
  }
  return tables
}

// RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes. Null is the empty field.
const csvField = (v: Value): string => {
  if (v === null) return ""
  const s = String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * A table as CSV text (header row, RFC 4180 quoting, `\n` line ends, empty field for null).
 *
 * @example
 * ```ts
 * import { tableToCsv } from "@sovmap/sdk"
 *
 * tableToCsv({ name: "t", columns: [{ name: "a", type: "STRING" }], rows: [["x,y"]] }) // "a\n\"x,y\"\n"
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const tableToCsv = (table: ExportTable): string => {
  let out = `${table.columns.map((c) => csvField(c.name)).join(",")}\n`
  for (const row of table.rows) out += `${row.map(csvField).join(",")}\n`
  return out
}

/**
 * A table as Parquet bytes (one row group per 100,000 rows, Snappy-compressed, nullable columns).
 *
 * @example
 * ```ts
 * import { tableToParquet } from "@sovmap/sdk"
 *
 * tableToParquet({ name: "t", columns: [{ name: "a", type: "INT32" }], rows: [[1]] }).byteLength > 0 // true
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const tableToParquet = (table: ExportTable): Uint8Array =>
  new Uint8Array(
    parquetWriteBuffer({
      columnData: table.columns.map((c, i) => ({ name: c.name, type: c.type, data: table.rows.map((r) => r[i] ?? null) })),
      rowGroupSize: 100_000
    })
  )

const writeAtomic = async (path: string, data: string | Uint8Array): Promise<void> => {
  const temp = `${path}.${globalThis.crypto.randomUUID().slice(0, 8)}.tmp`
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  } catch (e) {
    await rm(temp, { force: true })
    throw new FileWriteError([{ file: path, message: `cannot write: ${(e as Error).message}`, hint: "check that the directory is writable" }])
  }
}

/**
 * Writes a network view's tables (and the member-level `edges` when `edgesOf` is given) to a directory as
 * `<table>.parquet` and `<table>.csv`, each file written atomically.
 *
 * @example
 * ```ts
 * import { aggregateFiles, exportNetwork } from "@sovmap/sdk"
 *
 * const { view } = await aggregateFiles(["examples/network/members"])
 * const files = await exportNetwork(view, "out/network")
 * ```
 * @category aggregate
 * @since 0.2.0
 */
export const exportNetwork = async (view: NetworkView, dir: string, options: ExportNetworkOptions = {}): Promise<Array<ExportedFile>> => {
  await mkdir(dir, { recursive: true }).catch((e: unknown) => {
    throw new FileWriteError([{ file: dir, message: `cannot create the export directory: ${(e as Error).message}` }])
  })
  const formats = options.formats ?? ["parquet", "csv"]
  const written: Array<ExportedFile> = []
  for (const table of networkTables(view, options.edgesOf)) {
    for (const format of formats) {
      const data = format === "csv" ? tableToCsv(table) : tableToParquet(table)
      const path = join(dir, `${table.name}.${format}`)
      await writeAtomic(path, data)
      written.push({ table: table.name, path, rows: table.rows.length, bytes: typeof data === "string" ? Buffer.byteLength(data) : data.byteLength })
    }
  }
  return written
}

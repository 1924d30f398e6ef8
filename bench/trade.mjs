// Trade screen: sovmap's streaming aggregation of a synthetic BACI year (~11 M rows) against DuckDB reading
// the same CSV with the same per-product aggregates (checked equal), and against csv-parse (a well-kept
// streaming CSV parser) feeding the same aggregation in JavaScript. sovmap runs in a child process so that
// its peak RSS can be read; DuckDB and csv-parse run in this process.
import { spawnSync } from "node:child_process"
import { createReadStream } from "node:fs"
import { join } from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { parse } from "csv-parse"
import { blocMembers, builtinKnowledgeBase } from "../packages/core/dist/index.js"
import { tradeData } from "./trade-data.mjs"

const EU = [...blocMembers(builtinKnowledgeBase().blocs.get("eu27"), "2022-12-31")]

const duckdb = async (csv, codes) => {
  const instance = await DuckDBInstance.create(":memory:")
  const db = await instance.connect()
  const cpu0 = process.cpuUsage()
  const start = process.hrtime.bigint()
  const reader = await db.runAndReadAll(`
    WITH codes AS (SELECT country_code AS code, coalesce(country_iso2 IN (${EU.map((c) => `'${c}'`).join(",")}), false) AS member
                   FROM read_csv('${codes}', header = true, columns = {'country_code': 'INTEGER', 'country_name': 'VARCHAR', 'country_iso2': 'VARCHAR', 'country_iso3': 'VARCHAR'})),
         flows AS (SELECT lpad(k, 6, '0') AS k, i, ci.member AS mi, cj.member AS mj, v
                   FROM read_csv('${csv}', header = true, columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DOUBLE', 'q': 'VARCHAR'}) f
                   JOIN codes ci ON f.i = ci.code JOIN codes cj ON f.j = cj.code),
         per AS (SELECT k, i, mi, sum(v) FILTER (WHERE mj) AS imp, sum(v) AS exp FROM flows GROUP BY k, i, mi)
    SELECT k,
           coalesce(sum(imp) FILTER (WHERE NOT mi), 0) AS extra,
           coalesce(sum(imp) FILTER (WHERE mi), 0) AS intra,
           coalesce(sum(exp) FILTER (WHERE mi), 0) AS gexp,
           sum(exp) AS world,
           sum(imp * imp) FILTER (WHERE NOT mi AND imp > 0) / (sum(imp) FILTER (WHERE NOT mi)) ^ 2 AS hhi,
           sum(exp * exp) / sum(exp) ^ 2 AS whhi
    FROM per GROUP BY k ORDER BY k`)
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const cpu = process.cpuUsage(cpu0)
  const rows = reader.getRowObjectsJS()
  db.closeSync?.()
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, products: rows.map((r) => ({ k: r.k, extra: r.extra, intra: r.intra, gexp: r.gexp, world: r.world, hhi: r.hhi === null || Number.isNaN(r.hhi) ? null : r.hhi, whhi: r.whhi })) }
}

// The same aggregation with csv-parse doing the parsing (records as arrays), to show what a general parser costs.
const csvParse = async (csv, codes) => {
  const member = new Map()
  const codeText = (await import("node:fs")).readFileSync(codes, "utf8").split("\n").slice(1)
  for (const line of codeText) {
    const m = /^(\d+),(?:"[^"]*"|[^,]*),([A-Z]*),/.exec(line)
    if (m) member.set(Number(m[1]), EU.includes(m[2]))
  }
  const start = process.hrtime.bigint()
  const extra = new Map()
  let rows = 0
  const parser = createReadStream(csv, { highWaterMark: 1 << 20 }).pipe(parse({ from_line: 2, relax_column_count: false }))
  for await (const record of parser) {
    const i = Number(record[1])
    const j = Number(record[2])
    const k = record[3].padStart(6, "0")
    const v = Number(record[4])
    if (member.get(j) && !member.get(i)) extra.set(k, (extra.get(k) ?? 0) + v)
    rows++
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, rows }
}

const close = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)))

export const tradeBench = async () => {
  const data = await tradeData()
  const mb = data.bytes / 1048576
  // Warm the page cache once so that neither side pays the first read from disk.
  for await (const _ of createReadStream(data.csv, { highWaterMark: 1 << 22 }));
  const child = spawnSync(process.execPath, [join(import.meta.dirname, "trade-sovmap-child.mjs"), data.csv, data.codesFile], { maxBuffer: 1 << 28, encoding: "utf8" })
  if (child.status !== 0) throw new Error(`sovmap child failed: ${child.stderr}`)
  const sovmap = JSON.parse(child.stdout)
  const duck = await duckdb(data.csv, data.codesFile)
  const csvp = process.env.BENCH_TRADE_CSV_PARSE === "0" ? undefined : await csvParse(data.csv, data.codesFile)
  // Equality of every per-product aggregate.
  const byK = new Map(duck.products.map((p) => [p.k, p]))
  let mismatches = 0
  for (const p of sovmap.products) {
    const d = byK.get(p.k)
    if (d === undefined || !["extra", "intra", "gexp", "world", "hhi", "whhi"].every((f) => close(p[f], d[f]))) {
      if (mismatches++ < 3) console.error("mismatch", p, d)
    }
  }
  const equal = mismatches === 0 && sovmap.products.length === duck.products.length
  console.error(
    `trade: ${data.rows} rows, ${mb.toFixed(0)} MiB; sovmap ${sovmap.ms.toFixed(0)} ms (${(mb / (sovmap.ms / 1000)).toFixed(0)} MiB/s, CPU ${sovmap.cpuMs.toFixed(0)} ms, peak RSS ${sovmap.maxRssMB.toFixed(0)} MB, ${sovmap.rejected} rejected); DuckDB ${duck.ms.toFixed(0)} ms (${(mb / (duck.ms / 1000)).toFixed(0)} MiB/s, CPU ${duck.cpuMs.toFixed(0)} ms)` +
      (csvp ? `; csv-parse ${csvp.ms.toFixed(0)} ms (${(mb / (csvp.ms / 1000)).toFixed(0)} MiB/s)` : "") +
      `; ${sovmap.products.length} products, results ${equal ? "equal" : `DIFFER (${mismatches})`}`
  )
  const rows = [
    { name: `trade screen aggregation vs DuckDB (${(data.rows / 1e6).toFixed(1)} M rows, equal: ${equal})`, value: `${sovmap.ms.toFixed(0)} ms`, peer: `${duck.ms.toFixed(0)} ms`, ratio: sovmap.ms / duck.ms, target: "≤ 1.5×", pass: equal && sovmap.ms / duck.ms <= 1.5 },
    { name: "trade screen peak RSS (MB, child process)", value: `${sovmap.maxRssMB.toFixed(0)} MB`, peer: "300 MB", ratio: sovmap.maxRssMB / 300, target: "≤ 1×", pass: sovmap.maxRssMB <= 300 }
  ]
  if (csvp) rows.push({ name: "trade byte scanner vs csv-parse", value: `${sovmap.ms.toFixed(0)} ms`, peer: `${csvp.ms.toFixed(0)} ms`, ratio: sovmap.ms / csvp.ms, target: "< 1×", pass: sovmap.ms < csvp.ms })
  return rows
}

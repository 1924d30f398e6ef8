// Network aggregate: 5,000 synthetic organisations × 200 dependencies (1,000,000 member dependencies).
// A child process builds the members in memory, then times sovmap's aggregateNetwork and reports its peak
// RSS; the peer is DuckDB running the same per-offering aggregation in SQL over the exported edges. The
// Parquet export (hyparquet-writer, the edges table) is timed beside DuckDB's COPY of the same table.
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 5000)
const DEPS = 200

const synthetic = () => {
  let seed = 42
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32)
  const jurisdictions = ["US", "FR", "DE", "CN", "NL", "IE", "GB", "JP"]
  const members = []
  for (let m = 0; m < MEMBERS; m++) {
    const dependencies = []
    for (let d = 0; d < DEPS; d++) {
      // Zipf-like popularity over 2,000 offerings and 300 vendors, so some cells are shared by many members.
      const o = Math.floor(2000 * random() ** 3)
      const v = o % 300
      dependencies.push({ offering: `o${o}`, offeringName: `Offering ${o}`, controller: `v${v}`, controllerName: `Vendor ${v}`, controlJurisdiction: jurisdictions[v % 8], weight: 1 + Math.floor(random() * 4) })
    }
    members.push({
      key: `org-${m}`,
      asOf: `${2024 + (m % 3)}-06-30`,
      home: ["FR", "DE", "NL", "IE"],
      dependencies,
      scenarios: [{ cut: "jurisdiction:US", label: "US", lossShare: random() }],
      spofs: [{ node: `entity:v${m % 300}`, name: "x" }]
    })
  }
  return members
}

const child = async (dir) => {
  const { aggregateNetwork } = await import(join(root, "packages/core/dist/index.js"))
  const { networkTables, tableToParquet } = await import(join(root, "packages/sdk/dist/index.js"))
  const { writeFileSync } = await import("node:fs")
  const members = synthetic()
  const before = process.memoryUsage().rss
  const start = performance.now()
  const view = aggregateNetwork(members, { k: 5 })
  const aggregateMs = performance.now() - start
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  const edges = networkTables(view, members).find((t) => t.name === "edges")
  const t0 = performance.now()
  const bytes = tableToParquet(edges)
  const parquetMs = performance.now() - t0
  writeFileSync(join(dir, "edges.parquet"), bytes)
  process.stdout.write(JSON.stringify({ aggregateMs, peakRssMb, baseRssMb: before / 2 ** 20, parquetMs, parquetMb: bytes.byteLength / 2 ** 20, rows: edges.rows.length, shared: view.sharedDependencies.length }))
}

export const aggregateBench = async () => {
  const dir = mkdtempSync(join(tmpdir(), "sovmap-bench-aggregate-"))
  try {
    const r = spawnSync(process.execPath, ["--max-old-space-size=4096", import.meta.filename, "child", dir], { encoding: "utf8", maxBuffer: 1 << 20 })
    if (r.status !== 0) throw new Error(`aggregate child failed: ${r.stderr}`)
    const s = JSON.parse(r.stdout)
    const { DuckDBInstance } = await import("@duckdb/node-api")
    const db = await (await DuckDBInstance.create(":memory:")).connect()
    const file = join(dir, "edges.parquet")
    let t = performance.now()
    await db.runAndReadAll(`SELECT offering, count(DISTINCT member), round(sum(share)) FROM read_parquet('${file}') GROUP BY offering HAVING count(DISTINCT member) >= 5`)
    const duckMs = performance.now() - t
    t = performance.now()
    await db.run(`COPY (SELECT * FROM read_parquet('${file}')) TO '${join(dir, "peer.parquet")}' (FORMAT parquet)`)
    const duckCopyMs = performance.now() - t
    const peerMb = statSync(join(dir, "peer.parquet")).size / 2 ** 20
    const label = `${MEMBERS} orgs × ${DEPS} deps`
    return [
      { name: `aggregate ${label} vs DuckDB SQL on the edges`, value: `${(s.aggregateMs / 1000).toFixed(2)} s`, peer: `${(duckMs / 1000).toFixed(2)} s`, ratio: s.aggregateMs / duckMs, target: "≤ 10 s", pass: s.aggregateMs <= 10_000 },
      { name: `aggregate ${label} peak RSS (incl. the members in memory)`, value: `${s.peakRssMb.toFixed(0)} MB`, peer: `${s.baseRssMb.toFixed(0)} MB before`, ratio: s.peakRssMb / s.baseRssMb, target: "≤ 2 GB", pass: s.peakRssMb <= 2048 },
      {
        name: `Parquet export of ${s.rows} edges vs DuckDB COPY`,
        value: `${(s.parquetMb / (s.parquetMs / 1000)).toFixed(1)} MB/s (${s.parquetMb.toFixed(1)} MB in ${(s.parquetMs / 1000).toFixed(2)} s)`,
        peer: `${(peerMb / (duckCopyMs / 1000)).toFixed(1)} MB/s`,
        ratio: s.parquetMs / duckCopyMs,
        target: "reported",
        pass: true
      }
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === "child") await child(process.argv[3])
else if (import.meta.filename === process.argv[1]) for (const row of await aggregateBench()) console.log(row)

import { copyFileSync, createReadStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { describe, expect, it } from "vitest"
import { aggregateFiles, exportNetwork, ManifestParseError, readNetwork, renderNetwork } from "../../src/index.js"

const MEMBERS = join(import.meta.dirname, "../../../../examples/network/members")

const withMalformed = () => {
  const dir = mkdtempSync(join(tmpdir(), "sovmap-network-"))
  for (const f of readdirSync(MEMBERS)) copyFileSync(join(MEMBERS, f), join(dir, f))
  writeFileSync(join(dir, "broken.yaml"), "sovmap: 1\norganisation: { name: Broken\n")
  writeFileSync(join(dir, "not-a-report.json"), '{ "reportVersion": 2, "organisation": {} }\n')
  return dir
}

describe("aggregateFiles on the example network", () => {
  it("uses every member's latest assessment and keeps the earlier year for the time series", async () => {
    const { view, skipped, files } = await aggregateFiles([MEMBERS], { k: 5 })
    // examples/network/generate.mjs writes 8 members, 5 of them also in 2025: 13 files.
    expect(files).toHaveLength(13)
    expect(skipped).toEqual([])
    expect(view.members.used).toBe(8)
    expect(view.members.assessments).toBe(13)
    expect(view.timeSeries.map((p) => [p.period, p.members])).toEqual([
      ["2025", 5],
      ["2026", 8]
    ])
    expect(renderNetwork(view, "md")).not.toContain("Synthetic Member")
    expect(renderNetwork(view, "html")).toContain("Network view")
  })

  it("reports a malformed member with its path and skips it, or fails under strict", async () => {
    const dir = withMalformed()
    const { view, skipped } = await aggregateFiles([dir])
    expect(view.members.used).toBe(8)
    expect(skipped.map((s) => s.file).sort()).toEqual([join(dir, "broken.yaml"), join(dir, "not-a-report.json")])
    expect(skipped.find((s) => s.file.endsWith("broken.yaml"))?.error.diagnostics[0]?.line).toBeGreaterThan(0)
    await expect(readNetwork([dir], { strict: true })).rejects.toBeInstanceOf(ManifestParseError)
  })

  it("reads members given as text and streams as it reads their files", async () => {
    const files = readdirSync(MEMBERS).sort()
    const fromPaths = await readNetwork(files.map((f) => join(MEMBERS, f)))
    const sources = files.map((f, i) => (i % 2 === 0 ? { text: readFileSync(join(MEMBERS, f), "utf8"), file: join(MEMBERS, f) } : { stream: createReadStream(join(MEMBERS, f)), file: join(MEMBERS, f) }))
    const fromSources = await readNetwork(sources)
    expect(fromSources.files).toEqual(fromPaths.files)
    expect(fromSources.members).toStrictEqual(fromPaths.members)
    expect(fromSources.skipped).toEqual([])
  })

  it("reads a glob", async () => {
    const { members } = await readNetwork([`${MEMBERS}/member-*-2025.yaml`])
    expect(members).toHaveLength(5)
  })
})

describe("export checked with DuckDB (the recipe of apps/docs/recipes/network.md)", { timeout: 120_000 }, () => {
  it("recomputes the shared dependencies from the Parquet edges and reads back Parquet and CSV", async () => {
    const { view, members } = await aggregateFiles([MEMBERS], { k: 3 })
    const dir = mkdtempSync(join(tmpdir(), "sovmap-export-"))
    const written = await exportNetwork(view, dir, { edgesOf: members })
    expect(written.map((w) => w.path).sort()).toContain(join(dir, "edges.parquet"))
    const db = await (await DuckDBInstance.create(":memory:")).connect()
    // The network methodology in SQL: per offering, the members using it and the sum of their shares,
    // rounded to whole member-equivalents; cells with fewer than k = 3 members suppressed.
    const sql = `
      WITH m AS (SELECT count(DISTINCT member) AS n FROM read_parquet('${dir}/edges.parquet') WHERE weight > 0),
           per AS (SELECT offering, member, sum(share) AS share FROM read_parquet('${dir}/edges.parquet') GROUP BY offering, member)
      SELECT offering AS key, (count(*) // 3) * 3 AS members_at_least,
             CAST(round(round(sum(share), 9)) AS INTEGER) AS member_equivalents,
             round(round(sum(share), 9)) / (SELECT n FROM m) AS share
      FROM per GROUP BY offering HAVING count(*) >= 3
      ORDER BY members_at_least DESC, member_equivalents DESC, key`
    const fromEdges = (await db.runAndReadAll(sql)).getRowObjectsJS()
    expect(fromEdges.length).toBeGreaterThan(0)
    expect(fromEdges).toEqual(view.sharedDependencies.map(({ key, membersAtLeast, memberEquivalents, share }) => ({ key, members_at_least: BigInt(membersAtLeast), member_equivalents: memberEquivalents, share })))
    for (const format of ["parquet", "csv"]) {
      const read = format === "parquet" ? `read_parquet('${dir}/shared_dependencies.parquet')` : `read_csv('${dir}/shared_dependencies.csv', header = true)`
      const rows = (await db.runAndReadAll(`SELECT key, name, members_at_least::INTEGER AS m, member_equivalents::INTEGER AS e, share::DOUBLE AS s FROM ${read}`)).getRowObjectsJS()
      expect(rows).toEqual(view.sharedDependencies.map((c) => ({ key: c.key, name: c.name, m: c.membersAtLeast, e: c.memberEquivalents, s: c.share })))
    }
    const summary = (await db.runAndReadAll(`SELECT members_used, foreign_share FROM read_parquet('${dir}/summary.parquet')`)).getRowObjectsJS()
    expect(summary).toEqual([{ members_used: view.members.used, foreign_share: view.foreignShare?.share ?? null }])
  })
})

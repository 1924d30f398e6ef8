// HTML report cost: wall time of `sovmap assess --format html` (projection of the world map, charts,
// CSP hashes) against the same assessment written as JSON by the same CLI, interleaved in the same run,
// median of many runs. The peer is the cheapest output of the same pipeline, so the ratio is what the
// page costs on top of assessing.
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const bin = join(root, "packages", "cli", "dist", "sovmap.cjs")
const example = join(root, "examples", "region-nordlys", "sovmap.yaml")

const time = (args) => {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "ignore"] })
  if (r.status !== 0) throw new Error(`sovmap ${args.join(" ")} exited ${r.status}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export const htmlReport = async (runs = Number(process.env.BENCH_RUNS ?? 21)) => {
  const dir = mkdtempSync(join(tmpdir(), "sovmap-bench-html-"))
  try {
    const html = ["assess", example, "--format", "html", "--out", join(dir, "report.html")]
    const json = ["assess", example, "--format", "json", "--out", join(dir, "report.json")]
    time(html)
    time(json)
    const h = []
    const j = []
    for (let i = 0; i < runs; i++) {
      j.push(time(json))
      h.push(time(html))
    }
    const value = median(h)
    const peer = median(j)
    const target = 2
    return [{ name: "sovmap assess --format html vs --format json", value: `${value.toFixed(1)} ms`, peer: `${peer.toFixed(1)} ms`, ratio: value / peer, target: `≤ ${target}×`, pass: value / peer <= target }]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

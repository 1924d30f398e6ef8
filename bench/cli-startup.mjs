// CLI start-up: wall time of the bundled CLI against bare `node -e 0`, interleaved in the same run,
// median of many runs.
import { spawnSync } from "node:child_process"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const bin = join(root, "packages", "cli", "dist", "sovmap.cjs")
const example = join(root, "examples", "region-nordlys", "sovmap.yaml")

const time = (args) => {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"] })
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export const cliStartup = async (runs = Number(process.env.BENCH_RUNS ?? 21)) => {
  const cases = [
    { name: "sovmap --version vs node -e 0", args: [bin, "--version"], target: 3 },
    { name: "sovmap assess example vs node -e 0", args: [bin, "assess", example, "--format", "json"], target: 6 }
  ]
  // Warm the compile cache and the file system cache once before measuring.
  for (const c of cases) time(c.args)
  const bare = []
  const samples = cases.map(() => [])
  for (let i = 0; i < runs; i++) {
    bare.push(time(["-e", "0"]))
    cases.forEach((c, j) => samples[j].push(time(c.args)))
  }
  const base = median(bare)
  return cases.map((c, j) => {
    const value = median(samples[j])
    return {
      name: c.name,
      value: `${value.toFixed(1)} ms`,
      peer: `${base.toFixed(1)} ms`,
      ratio: value / base,
      target: `≤ ${c.target}×`,
      pass: value / base <= c.target
    }
  })
}

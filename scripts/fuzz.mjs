#!/usr/bin/env node
// `pnpm fuzz` runs the fuzz tests of @sovmap/core quickly (500 random + 500 mutated cases per parser, as in
// CI). `pnpm fuzz --long` runs 25 000 + 25 000 per parser, then measures peak memory of the built CLI on a
// generated 1 GB trade CSV, a 200 MB SBOM and a 2 GB one (scripts/peak-memory.mjs; build first). SOVMAP_FUZZ_RUNS
// overrides the case count.
import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const long = process.argv.includes("--long")
const runs = process.env.SOVMAP_FUZZ_RUNS ?? (long ? "25000" : "500")
const fuzz = spawnSync("pnpm", ["--filter", "@sovmap/core", "exec", "vitest", "run", "test/fuzz"], {
  stdio: "inherit",
  env: { ...process.env, SOVMAP_FUZZ_RUNS: runs }
})
if (fuzz.status !== 0 || !long) process.exit(fuzz.status ?? 1)
const memory = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), "peak-memory.mjs")], { stdio: "inherit" })
process.exit(memory.status ?? 1)

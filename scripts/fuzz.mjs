#!/usr/bin/env node
// `pnpm fuzz` runs the fuzz tests of @sovmap/core quickly (500 random + 500 mutated cases per parser);
// `pnpm fuzz --long` runs 25 000 + 25 000 per parser. SOVMAP_FUZZ_RUNS overrides both.
import { spawnSync } from "node:child_process"

const long = process.argv.includes("--long")
const runs = process.env.SOVMAP_FUZZ_RUNS ?? (long ? "25000" : "500")
const result = spawnSync("pnpm", ["--filter", "@sovmap/core", "exec", "vitest", "run", "test/fuzz"], {
  stdio: "inherit",
  env: { ...process.env, SOVMAP_FUZZ_RUNS: runs }
})
process.exit(result.status ?? 1)

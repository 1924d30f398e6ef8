// Packs the package in the current directory with pnpm (so publishConfig applies, as on publish) and
// checks the tarball with publint --strict and, for packages that ship types, attw.
// Usage: node ../../scripts/lint-package.mjs [--no-types]
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const dir = mkdtempSync(join(tmpdir(), "sovmap-pack-"))
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" })
try {
  execFileSync("pnpm", ["pack", "--pack-destination", dir], { stdio: ["ignore", "ignore", "inherit"] })
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz")))
  run("publint", ["run", tarball, "--strict"])
  if (!process.argv.includes("--no-types")) run("attw", [tarball, "--profile", "strict"])
} catch (error) {
  process.exitCode = typeof error.status === "number" ? error.status : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}

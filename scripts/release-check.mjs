// Release rehearsal, run in CI: (1) `changeset version` on a throw-away copy of the repository (tracked
// files only, so the working tree is never touched) must succeed and move core, sdk and cli to one and the
// same new version (lockstep, `fixed` in .changeset/config.json), writing their changelogs and internal
// dependency ranges; (2) `pnpm publish -r --dry-run` must pack and pass pnpm's checks for every public
// package. Needs the packages built.
// Usage: node scripts/release-check.mjs
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"

const root = join(import.meta.dirname, "..")
const lockstep = ["core", "sdk", "cli"]
const version = (dir, name) => JSON.parse(readFileSync(join(dir, "packages", name, "package.json"), "utf8"))
const copy = mkdtempSync(join(tmpdir(), "sovmap-release-"))
const problems = []
try {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean)
  for (const file of tracked) {
    if (!existsSync(join(root, file))) continue
    mkdirSync(dirname(join(copy, file)), { recursive: true })
    cpSync(join(root, file), join(copy, file))
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"))
  const before = Object.fromEntries(lockstep.map((n) => [n, version(copy, n).version]))
  execFileSync(join(root, "node_modules", ".bin", "changeset"), ["version"], { cwd: copy, stdio: "inherit" })
  const after = Object.fromEntries(lockstep.map((n) => [n, version(copy, n)]))
  const versions = new Set(Object.values(after).map((p) => p.version))
  if (versions.size !== 1) problems.push(`changeset version: packages not in lockstep: ${JSON.stringify(Object.fromEntries(lockstep.map((n) => [n, after[n].version])))}`)
  for (const n of lockstep) {
    if (after[n].version === before[n]) problems.push(`changeset version: @sovmap/${n} stayed at ${before[n]} (no pending changeset?)`)
    if (!existsSync(join(copy, "packages", n, "CHANGELOG.md"))) problems.push(`changeset version: no CHANGELOG.md for @sovmap/${n}`)
  }
  const [next] = versions
  console.log(`changeset version: ${lockstep.map((n) => `@sovmap/${n} ${before[n]} → ${after[n].version}`).join(", ")}`)
  if (problems.length === 0) console.log(`changeset version: ok (lockstep at ${next})`)
} catch (error) {
  problems.push(`changeset version failed: ${error.message}`)
} finally {
  rmSync(copy, { recursive: true, force: true })
}
try {
  execFileSync("pnpm", ["publish", "-r", "--dry-run", "--no-git-checks", "--access", "public"], { cwd: root, stdio: "inherit" })
  console.log("pnpm publish -r --dry-run: ok")
} catch (error) {
  problems.push(`pnpm publish -r --dry-run failed: ${error.message}`)
}
if (problems.length > 0) {
  console.error(problems.join("\n"))
  process.exitCode = 1
}

// The aggregate verb as a user runs it: a subprocess of the bundled CLI over the synthetic example network
// (examples/network, 8 members, 5 of them also assessed in 2025).
import { spawnSync } from "node:child_process"
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const members = "examples/network/members"

const sovmap = (args: Array<string>) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOVMAP_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sovmap aggregate", () => {
  it("prints the network view, says how many members were used, and names nobody", () => {
    const r = sovmap(["aggregate", members, "--json"])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("used 8 member(s) from 13 assessment(s); 0 file(s) skipped")
    const view = JSON.parse(r.stdout) as { members: { used: number; names: unknown }; k: number }
    expect(view.members).toMatchObject({ used: 8, names: null })
    expect(view.k).toBe(5)
    expect(r.stdout).not.toContain("Synthetic Member")
  })

  it("--name-members lists the members; --k below 2 is refused with a message, not a stack trace", () => {
    expect(sovmap(["aggregate", members, "--name-members"]).stdout).toContain("Synthetic Member 8")
    const r = sovmap(["aggregate", members, "--k", "1"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("k must be an integer ≥ 2")
    expect(r.stderr).not.toContain("    at ")
  })

  it("reports a malformed member with its path, skips it and exits 1; --strict fails the run", () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-cli-network-"))
    for (const f of readdirSync(join(root, members))) copyFileSync(join(root, members, f), join(dir, f))
    writeFileSync(join(dir, "broken.yaml"), "sovmap: 1\norganisation: { name: Broken\n")
    const r = sovmap(["aggregate", dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("broken.yaml:")
    expect(r.stderr).toContain("used 8 member(s)")
    expect(r.stdout).toContain("# Network view")
    const strict = sovmap(["aggregate", dir, "--strict"])
    expect(strict.code).toBe(1)
    expect(strict.stdout).toBe("")
  })

  it("--export writes Parquet and CSV tables; edges only with --export-edges", () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-cli-export-"))
    expect(sovmap(["aggregate", members, "--export", dir, "--out", join(dir, "network.html"), "--format", "html"]).code).toBe(0)
    expect(existsSync(join(dir, "shared_dependencies.parquet"))).toBe(true)
    expect(existsSync(join(dir, "time_series.csv"))).toBe(true)
    expect(existsSync(join(dir, "edges.parquet"))).toBe(false)
    expect(sovmap(["aggregate", members, "--export", dir, "--export-edges"]).code).toBe(0)
    expect(existsSync(join(dir, "edges.parquet"))).toBe(true)
  })
})

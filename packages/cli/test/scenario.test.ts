// The scenario verb as a user runs it: a subprocess of the bundled CLI. Expected losses come from the hand
// calculation in packages/core/test/graph/scenario.test.ts.
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const example = "examples/region-nordlys/sovmap.yaml"

const sovmap = (args: Array<string>) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOVMAP_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sovmap scenario", () => {
  it("--cut US --json: loss 9 of 18, three systems lost", () => {
    const r = sovmap(["scenario", example, "--cut", "US", "--json"])
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout) as { loss: number; totalWeight: number; lostSystems: Array<{ system: string }> }
    expect([result.loss, result.totalWeight]).toEqual([9, 18])
    expect(result.lostSystems.map((s) => s.system)).toEqual(["collaboration", "case-management", "it-delivery"])
  })

  it("--cut-vendor microsoft prints the broken paths in Markdown", () => {
    const r = sovmap(["scenario", example, "--cut-vendor", "microsoft"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Loss **5** of 18")
    expect(r.stdout).toContain("system:it-delivery → dependency:it-delivery\\#0 → offering:github-com → entity:github → entity:microsoft")
  })

  it("--cut-bloc eu27 loses 15", () => {
    expect(JSON.parse(sovmap(["scenario", example, "--cut-bloc", "eu27", "--format", "json"]).stdout)).toMatchObject({ loss: 15 })
  })

  it("--sweep ranks G7/NATO/OECD (all 18 lost), then EEA/EU27 (15), FR (12), US (9)", () => {
    const r = sovmap(["scenario", example, "--sweep", "--json"])
    expect(r.code).toBe(0)
    const rows = (JSON.parse(r.stdout) as { rows: Array<{ cut: { id: string }; loss: number }> }).rows
    // Hand calculation in packages/core/test/graph/scenario.test.ts.
    expect(rows.slice(0, 7).map((x) => [x.cut.id, x.loss])).toEqual([["g7", 18], ["nato", 18], ["oecd", 18], ["eea", 15], ["eu27", 15], ["FR", 12], ["US", 9]])
  })

  it("an unknown vendor is a usage error (exit 2) listing close matches, without a stack trace", () => {
    const r = sovmap(["scenario", example, "--cut-vendor", "amazn"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("unknown vendor `amazn`")
    expect(r.stderr).toContain("did you mean `amazon`?")
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)
  })

  it("a misspelt law is a usage error (exit 2) suggesting the known one", () => {
    const r = sovmap(["scenario", example, "--cut-law", "us-cloud-akt"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("unknown law `us-cloud-akt`")
    expect(r.stderr).toContain("us-cloud-act")
  })

  it("no cut, or two cuts, is a usage error (exit 2)", () => {
    expect(sovmap(["scenario", example]).code).toBe(2)
    expect(sovmap(["scenario", example, "--cut", "US", "--sweep"]).code).toBe(2)
  })

  it("an invalid manifest is exit 1", () => {
    expect(sovmap(["scenario", "packages/cli/test/fixtures/unknown-field.yaml", "--cut", "US"]).code).toBe(1)
  })
})

// Runs the bundled CLI's `csf` verb as a user would.
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const sovmap = (args: Array<string>) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOVMAP_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const a = "examples/csf/hypothetical-eu-provider.yaml"
const b = "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"

describe("sovmap csf", () => {
  it("scores the calculator example as JSON with the calculator weights (hand calculation: 67.97235 %)", () => {
    const r = sovmap(["csf", "examples/csf/calculator-example.yaml", "--allow-incomplete", "--weights", "csf-calculator-2026-06", "--json"])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { offers: Array<{ score: { score: number; seal: number } }> }
    expect(report.offers[0]!.score.score).toBeCloseTo(67.97235, 10)
    expect(report.offers[0]!.score.seal).toBe(2)
  })

  it("exits 1 and names the rejected offer when one is below the floors", () => {
    const r = sovmap(["csf", a, b, "--floors", "examples/csf/floors-seal-2.yaml", "--format", "html"])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^<!doctype html>/)
    expect(r.stdout).not.toContain("<script")
    expect(r.stderr).toContain("1 of 2 offers below the floors: Hypothetical offer B")
  })

  it("refuses an incomplete questionnaire with exit 1 and a hint", () => {
    const r = sovmap(["csf", "examples/csf/calculator-example.yaml"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("1 of 48 criteria unanswered: SOV-1.6")
    expect(r.stderr).toContain("--allow-incomplete")
  })

  it("locates an unknown criterion at file:line:column, without a stack trace", () => {
    const r = sovmap(["csf", "packages/cli/test/fixtures/csf-unknown-criterion.yaml", "--allow-incomplete"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("csf-unknown-criterion.yaml:6:3: unknown criterion `SOV-9.1` in framework 1.2.1")
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)
  })

  it("exits 3 when an answers file cannot be read, and 1 for an unknown weight set", () => {
    expect(sovmap(["csf", "no-such.yaml"]).code).toBe(3)
    const r = sovmap(["csf", a, "--weights", "csf-2030"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("unknown CSF weight set `csf-2030`")
  })
})

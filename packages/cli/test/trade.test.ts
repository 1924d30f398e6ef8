// The trade verb as a user runs it: bundled CLI in a subprocess, exit codes and messages.
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const fixture = (name: string) => `packages/cli/test/fixtures/${name}`

const sovmap = (args: Array<string>, input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOVMAP_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sovmap trade", { timeout: 60_000 }, () => {
  it("screens a BACI file with the code file beside it and exits 0", () => {
    const r = sovmap(["trade", fixture("trade/BACI_HS17_Y2022_V202501.csv"), "--json"])
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout) as { flagged: Array<{ product: string; supplierHhi: number }>; rows: { read: number; used: number } }
    // Extra-EU: CN 90, KR 10 (to France, BACI code 251) → HHI 0.82; intra 5; EU exports 15.
    expect(result.flagged.map((p) => p.product)).toEqual(["850760"])
    expect(result.flagged[0]!.supplierHhi).toBeCloseTo(0.82, 12)
    expect(result.rows).toMatchObject({ read: 4, used: 4 })
  })

  it("reports rejected rows with their lines, warns and exits 1; --strict stops at the first", () => {
    const r = sovmap(["trade", fixture("trade-bad/bad.csv"), "--format", "md"])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("bad.csv:3: value-non-numeric")
    expect(r.stdout).toContain("bad.csv:4: column-count")
    expect(r.stderr).toContain("2 of 3 rows rejected")
    const strict = sovmap(["trade", fixture("trade-bad/bad.csv"), "--strict"])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain("bad.csv:3:1: value is not a number")
    expect(strict.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })

  it("refuses a wrong header with a located message, and a missing file with exit 3", () => {
    const header = sovmap(["trade", fixture("trade/country_codes_V202501.csv")])
    expect(header.code).toBe(1)
    expect(header.stderr).toContain("country_codes_V202501.csv:1:1: wrong header")
    expect(sovmap(["trade", "nope.csv"]).code).toBe(3)
  })

  it("writes a self-contained HTML page without scripts", () => {
    const r = sovmap(["trade", fixture("trade/BACI_HS17_Y2022_V202501.csv"), "--format", "html"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^<!doctype html>/)
    expect(r.stdout).not.toMatch(/<script/i)
  })

  it("reads standard input with -", () => {
    const r = sovmap(["trade", "-", "--json"], "t,i,j,k,v,q\n2022,156,276,850760,90,1\n2022,276,840,850760,10,1\n")
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { flagged: Array<{ product: string }> }).flagged.map((p) => p.product)).toEqual(["850760"])
  })

  it("explains a bad --years value", () => {
    const r = sovmap(["trade", fixture("trade/BACI_HS17_Y2022_V202501.csv"), "--years", "twenty"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("`twenty` is not a year")
  })
})

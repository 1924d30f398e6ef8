/**
 * An interrupted run leaves nothing behind: SIGINT (Ctrl-C) during a long trade screen exits 130 (128 + 2, the
 * shell convention), SIGTERM exits 143 (128 + 15), and the output directory stays empty — no partial report,
 * no temporary file. The run is kept long by feeding rows on standard input and never closing it.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { bin, cleanEnv, root } from "./support/sovmap.js"

const dirs: Array<string> = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const interruptTrade = (signal: NodeJS.Signals) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; files: Array<string>; rowsSent: number }>((resolve, reject) => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-interrupt-"))
    dirs.push(dir)
    const child = spawn(process.execPath, [bin, "trade", "-", "--out", join(dir, "report.md")], { cwd: root, env: cleanEnv({ NO_COLOR: "1" }), stdio: ["pipe", "pipe", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()))
    child.stdin.on("error", () => {})
    child.stdin.write("t,i,j,k,v,q\n")
    let rowsSent = 0
    const feed = setInterval(() => {
      const rows: Array<string> = []
      for (let i = 0; i < 5000; i++) rows.push(`2022,156,276,854231,${(i % 97) + 0.5},1`)
      rowsSent += rows.length
      child.stdin.write(`${rows.join("\n")}\n`)
    }, 20)
    // Long enough for the program to be reading rows, not still starting up.
    const timer = setTimeout(() => child.kill(signal), 2500)
    child.on("error", reject)
    child.on("exit", (code, sig) => {
      clearInterval(feed)
      clearTimeout(timer)
      resolve({ code, signal: sig, stderr, files: readdirSync(dir), rowsSent })
    })
  })

describe("interrupted runs", () => {
  it("SIGINT during a trade screen exits 130 and writes no file, not even a temporary one", async () => {
    const r = await interruptTrade("SIGINT")
    expect(r.rowsSent).toBeGreaterThan(0)
    expect(r.signal).toBeNull()
    expect(r.code).toBe(130)
    expect(r.stderr).toContain("interrupted")
    expect(r.files).toEqual([])
  }, 30_000)

  it("SIGTERM exits 143 and writes no file", async () => {
    const r = await interruptTrade("SIGTERM")
    expect(r.code).toBe(143)
    expect(r.files).toEqual([])
  }, 30_000)
})

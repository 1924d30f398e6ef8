import { describe, expect, it } from "vitest"
import { progressBar, progressLine } from "../src/progress.js"

const ESC = "\u001b"

// A terminal-like stream that records writes, and a clock the test moves by hand.
const setup = (isTTY: boolean, env: Record<string, string | undefined> = { NO_COLOR: "1" }) => {
  const writes: Array<string> = []
  let t = 0
  const stream = { isTTY, columns: 100, write: (s: string) => writes.push(s) }
  const bar = progressBar({ stream, env, now: () => t, delayMs: 1000, intervalMs: 100 })
  return { writes, bar, at: (ms: number) => (t = ms) }
}

const update = (done: number, total?: number, stage = "parsing") => ({ stage, done, total, unit: "characters" })

describe("progressLine", () => {
  it("draws a bar whose filled cells are done/total of 24, rounded", () => {
    // 45 of 100: 0.45 × 24 = 10.8 → 11 filled cells, 13 empty; 45%; 3500 ms → 3s
    expect(progressLine(update(45, 100), 3500)).toBe(`parsing ${"█".repeat(11)}${"░".repeat(13)}  45% 45/100 characters 3s`)
  })

  it("shows work of unknown size as the stage and the elapsed time", () => {
    expect(progressLine({ stage: "composing", done: 0, unit: "nodes" }, 2100)).toBe("composing… 2s")
  })

  it("labels updates without a stage as working", () => {
    expect(progressLine({ done: 1, total: 4, unit: "rows" }, 0)).toBe(`working ${"█".repeat(6)}${"░".repeat(18)}  25% 1/4 rows 0s`)
  })

  it("abbreviates large amounts", () => {
    // 1 234 567 → 1.2M; 12 345 → 12k
    expect(progressLine(update(12345, 1234567), 0)).toContain("12k/1.2M characters")
  })
})

describe("progressBar", () => {
  it("draws nothing in the first second", () => {
    const { writes, bar, at } = setup(true)
    at(999)
    bar.onProgress(update(10, 100))
    bar.clear()
    expect(writes).toEqual([])
  })

  it("draws after a second, at most every 100 ms within a stage, and erases itself", () => {
    const { writes, bar, at } = setup(true)
    at(1000)
    bar.onProgress(update(10, 100)) // drawn
    at(1050)
    bar.onProgress(update(20, 100)) // same stage within 100 ms: skipped
    at(1100)
    bar.onProgress(update(30, 100)) // drawn
    at(1120)
    bar.onProgress(update(0, undefined, "composing")) // new stage: drawn at once
    at(1130)
    bar.onProgress(update(100, 100, "assessing")) // finished stage: drawn
    bar.clear()
    expect(writes.length).toBe(5)
    expect(writes.slice(0, 4).every((w) => w.startsWith(`\r${ESC}[2K`))).toBe(true)
    expect(writes[0]).toContain(" 10% ")
    expect(writes[1]).toContain(" 30% ")
    expect(writes[2]).toContain("composing…")
    expect(writes[4]).toBe(`\r${ESC}[2K`)
  })

  it("prints nothing at all when the stream is not a terminal", () => {
    const { writes, bar, at } = setup(false)
    at(5000)
    bar.onProgress(update(10, 100))
    bar.clear()
    expect(writes).toEqual([])
  })

  it("prints nothing on TERM=dumb", () => {
    const { writes, bar, at } = setup(true, { TERM: "dumb" })
    at(5000)
    bar.onProgress(update(10, 100))
    expect(writes).toEqual([])
  })

  it("colours the filled part only when colour is allowed", () => {
    const coloured = setup(true, {})
    const plain = setup(true, { NO_COLOR: "1" })
    for (const { bar, at } of [coloured, plain]) {
      at(2000)
      bar.onProgress(update(50, 100))
    }
    expect(coloured.writes[0]).toContain(`${ESC}[36m`)
    expect(plain.writes[0]).not.toMatch(/\u001b\[\d+m/)
  })
})

/**
 * Fuzzing of the trade CSV scanner, fed in uneven chunks so that lines cross chunk boundaries; and, for every
 * case that gives a value, the row counts reconcile (rows read = used + out of scope + rejected).
 */
import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase } from "../../src/kb/knowledge-base.js"
import { TradeAggregator } from "../../src/trade/aggregate.js"
import { countryTableFromKnowledgeBase } from "../../src/trade/country-codes.js"
import { resolveImporterGroup } from "../../src/trade/importer-group.js"
import { TradeScanner, type TradeScanSummary } from "../../src/trade/scanner.js"
import { fuzz, fuzzTimeout, type FuzzTarget } from "./harness.js"

const kb = builtinKnowledgeBase()
const table = countryTableFromKnowledgeBase(kb)
const group = resolveImporterGroup("eu27", kb)
const encoder = new TextEncoder()

const scan = (text: string, chunk: number): TradeScanSummary => {
  const scanner = new TradeScanner("trade.csv", new TradeAggregator(table, group))
  const bytes = encoder.encode(text)
  for (let i = 0; i < bytes.length; i += chunk) scanner.push(bytes.subarray(i, i + chunk))
  const summary = scanner.end()
  // Nothing lost: every data row is used, out of scope, or rejected and counted.
  expect(summary.rowsRead).toBe(summary.rowsUsed + summary.rowsOutOfScope + summary.rowsRejected)
  return summary
}

const seeds = [
  "t,i,j,k,v,q\n2022,156,276,854231,10.5,NA\n2022,156,276,854231,-1,\n2022,842,251,847130,3.25,12\n",
  '"t","i","j","k","v","q"\r\n2021,392,380,852352,0.001,1\r\n2021,156,842,854231,99,\r\n'
]

// Odd-length inputs are fed 7 bytes at a time (lines cross chunk boundaries), even-length ones in one chunk.
const target: FuzzTarget = {
  name: "trade CSV",
  parse: (t) => scan(t, t.length % 2 === 1 ? 7 : 65536),
  seeds,
  tokens: ["t,i,j,k,v,q\n", "\n", "\r", ",", ";", '"', "NA", "-", ".", "e5", "999999999999999999999", "2022,156,276,854231,1,1\n"]
}

describe("fuzz: trade CSV scanner", () => {
  it("seeds scan, in small chunks and in one", () => {
    for (const seed of seeds) for (const chunk of [7, 65536]) expect(scan(seed, chunk).rowsRead).toBeGreaterThan(0)
  })
  it("random and mutated inputs give a summary or a located error", () => {
    const tally = fuzz(target)
    console.info(`fuzz trade CSV: ${tally.cases} cases, ${tally.values} values, ${tally.errors} typed errors`)
  }, fuzzTimeout())
})

import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  builtinKnowledgeBase,
  countryTableFromKnowledgeBase,
  resolveImporterGroup,
  TradeAggregator,
  TradeInputError,
  TradeRowError,
  TradeScanner,
  type TradeLayout
} from "../../src/index.js"

const kb = builtinKnowledgeBase()
const enc = new TextEncoder()

const scan = (text: string | Uint8Array, options: { strict?: boolean; layout?: TradeLayout; years?: ReadonlySet<number>; chunks?: ReadonlyArray<number> } = {}) => {
  const agg = new TradeAggregator(countryTableFromKnowledgeBase(kb), resolveImporterGroup("eu27", kb), options.years)
  const scanner = new TradeScanner("t.csv", agg, { strict: options.strict, layout: options.layout })
  const bytes = typeof text === "string" ? enc.encode(text) : text
  let at = 0
  for (const cut of options.chunks ?? []) {
    scanner.push(bytes.subarray(at, cut))
    at = cut
  }
  scanner.push(bytes.subarray(at))
  return { summary: scanner.end(), aggregates: agg.snapshot() }
}

describe("TradeScanner: BACI quirks", { timeout: 60_000 }, () => {
  it("reads quoted fields, CRLF, space-padded and NA quantities, a lost leading zero, no final newline", () => {
    const { summary, aggregates } = scan('"t","i","j","k","v","q"\r\n2022,156,276,"010121",1.5,   \r\n2022,156,276,10121,2.25,NA\r\n2022,156,276,010121,0.25,        2.000')
    expect(summary).toMatchObject({ rowsRead: 3, rowsUsed: 3, rowsRejected: 0, valueUsed: 4 })
    expect(aggregates.years[0]!.products.map((p) => [p.product, p.extraImports])).toEqual([["010121", 4]])
  })

  it("keeps BACI's legacy non-numeric product codes apart", () => {
    const { aggregates } = scan("t,i,j,k,v,q\n1995,156,276,9999AA,3,\n1995,156,276,999999,4,\n")
    expect(aggregates.years[0]!.products.map((p) => p.product)).toEqual(["999999", "9999AA"])
  })

  it("parses values exactly like Number() (correctly rounded)", () => {
    const values = ["0.001", "123456.789", "99999999999.999", "1e3", "12345678901234567.5", "0.1", "7"]
    const { summary } = scan(`t,i,j,k,v,q\n${values.map((v) => `2022,156,276,854231,${v},`).join("\n")}\n`)
    expect(summary.rowsUsed).toBe(values.length)
    expect(summary.valueUsed).toBe(values.map(Number).reduce((a, b) => a + b, 0))
  })

  it("counts and lists malformed rows with their line numbers; rows read = used + rejected + out of scope", () => {
    const text = [
      "t,i,j,k,v,q",
      "2022,156,276,854231,10,1", // 2 ok
      "2022,156,276,854231,10", // 3 too few columns
      "2022,156,276,854231,10,1,9", // 4 too many columns
      "2022,156,276,854231,ten,1", // 5 non-numeric value
      "2022,156,276,854231,-3,1", // 6 negative value
      "2022,999,276,854231,1,1", // 7 unknown exporter code
      "2022,156,276,85423,1,1", // 8 ok: five digits = lost leading zero (085423)
      "2022,156,276,8542311,1,1", // 9 seven-digit product
      "2021,156,276,854231,1,1", // 10 year outside the selection
      "", // 11 empty line
      "2022,156,276,854231,,1" // 12 empty value
    ].join("\n")
    const { summary } = scan(text, { years: new Set([2022]) })
    expect(summary.rowsRead).toBe(11)
    expect(summary.rowsUsed).toBe(2)
    expect(summary.rowsOutOfScope).toBe(1)
    expect(summary.rowsRejected).toBe(8)
    expect(summary.rowsRead).toBe(summary.rowsUsed + summary.rowsRejected + summary.rowsOutOfScope)
    expect(summary.rejectedExamples.map((r) => [r.line, r.problem])).toEqual([
      [3, "column-count"],
      [4, "column-count"],
      [5, "value-non-numeric"],
      [6, "value-negative"],
      [7, "unknown-exporter"],
      [9, "product-code"],
      [11, "empty-line"],
      [12, "value-missing"]
    ])
  })

  it("stops at the first bad row under strict, naming file and line", () => {
    try {
      scan("t,i,j,k,v,q\n2022,156,276,854231,10,1\n2022,156,276,854231,x,1\n", { strict: true })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(TradeRowError)
      expect((error as TradeRowError).diagnostics[0]).toMatchObject({ file: "t.csv", line: 3 })
    }
  })

  it.each([
    ["", /empty/],
    ["k,v\n1,2\n", /wrong header/],
    ["t;i;j;k;v;q\n2022;156;276;854231;1;1\n", /wrong delimiter: the header is separated by `;`/],
    ["PK\u0003\u0004" + "x".repeat(1 << 21), /not a delimited text file/]
  ])("refuses a whole file with a clear error: %#", (text, message) => {
    expect(() => scan(text)).toThrow(TradeInputError)
    expect(() => scan(text)).toThrow(message)
  })

  it("reads a generic CSV through a column mapping (Comext-like: ; delimiter, alpha-2 codes, extra text columns)", () => {
    const layout: TradeLayout = { delimiter: ";", year: "PERIOD", exporter: "PARTNER", importer: "REPORTER", product: "PRODUCT", value: "VALUE" }
    const { summary, aggregates } = scan('REPORTER;PARTNER;PRODUCT;FLOW;PERIOD;VALUE;LABEL\nDE;CN;854231;1;2022;12.5;"chips; processors"\nfr;us;854231;1;2022;2.5;x\n', { layout })
    expect(summary.rowsUsed).toBe(2)
    expect(aggregates.years[0]!.products[0]!.suppliers).toEqual([
      { country: "CN", value: 12.5 },
      { country: "US", value: 2.5 }
    ])
  })

  it("gives the same aggregates however the bytes are cut into chunks", () => {
    const text = "t,i,j,k,v,q\n2022,156,276,854231,10.5,1\r\n2022,410,250,854231,3,NA\n2022,616,276,010121,7.25,\n2021,156,276,854231,1,1"
    const whole = scan(text)
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 12 }), (cuts) => {
        const parts = scan(text, { chunks: [...cuts].sort((a, b) => a - b) })
        expect(parts.aggregates).toEqual(whole.aggregates)
        expect(parts.summary).toEqual(whole.summary)
      })
    )
  })

  it("the fused BACI fast path agrees with the general field parser on any mix of good and bad lines", () => {
    const generic: TradeLayout = { delimiter: ",", year: "t", exporter: "i", importer: "j", product: "k", value: "v" }
    const field = fc.oneof(
      fc.constantFrom("2022", "156", "276", "251", "999", "854231", "10121", "9999AA", "12.5", "0.001", "-1", "", "NA", "  3", '"7"', "1e2", "x"),
      fc.integer({ min: 0, max: 1_000_000 }).map(String)
    )
    const line = fc.oneof(
      fc.tuple(fc.constantFrom("2022", "2021"), fc.constantFrom("156", "276", "410", "999"), fc.constantFrom("276", "250", "156"), fc.constantFrom("854231", "10121", "010121"), fc.double({ min: 0, max: 1e9, noNaN: true }).map((v) => v.toFixed(3)), fc.constantFrom("", "NA", "   1.5", "2")).map((f) => f.join(",")),
      fc.array(field, { minLength: 4, maxLength: 7 }).map((f) => f.join(","))
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = `t,i,j,k,v,q\n${lines.join("\n")}\n`
        const fast = scan(text)
        const slow = scan(text, { layout: generic })
        expect(fast.aggregates).toEqual(slow.aggregates)
        expect(fast.summary).toEqual(slow.summary)
      })
    )
  })
})

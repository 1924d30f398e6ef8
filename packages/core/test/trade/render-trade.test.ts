import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, parseCountryCodeFile, renderTradeHtml, renderTradeJson, renderTradeMarkdown, resolveImporterGroup, screenTrade, TradeAggregator, TradeScanner } from "../../src/index.js"

const kb = builtinKnowledgeBase()
// A hostile country name from a code file must stay inert text.
const codes = 'country_code,country_name,country_iso2,country_iso3\n156,"<script>alert(1)</script>",CN,CHN\n276,Germany,DE,DEU\n'
const table = parseCountryCodeFile(new TextEncoder().encode(codes), "codes.csv", kb)
const agg = new TradeAggregator(table, resolveImporterGroup("eu27", kb))
const scanner = new TradeScanner("t.csv", agg)
scanner.push(new TextEncoder().encode("t,i,j,k,v,q\n2022,156,276,854231,100,\n2022,156,276,854231,bad,\n"))
const result = screenTrade(agg.snapshot(), { files: [scanner.end()] })

describe("trade renderers", () => {
  it("HTML: self-contained, no script, input text escaped, a chart and the row accounting", () => {
    const html = renderTradeHtml(result)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(html).toContain("<svg")
    expect(html).not.toMatch(/(src|href)="http/)
    expect(html).toContain("Rows read 2 = used 1 + rejected 1")
  })

  it("Markdown escapes input text and lists rejected rows with their line", () => {
    const md = renderTradeMarkdown(result)
    expect(md).toContain("\\<script\\>")
    expect(md).toContain("t.csv:3: value-non-numeric")
  })

  it("JSON is deterministic and writes infinite ratios as a string", () => {
    const json = renderTradeJson(result)
    expect(json).toBe(renderTradeJson(result))
    expect(JSON.parse(json).flagged[0].importsToExports).toBe("Infinity")
  })
})

import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, choroplethMap, horizontalBarChart, html, htmlPage, sortableTable, stackedShareBar, summaryCards } from "../../../src/index.js"

const widths = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]))

describe("horizontalBarChart", () => {
  const chart = horizontalBarChart({
    id: "t",
    title: "Title <x>",
    summary: "Summary.",
    rows: [
      { label: "United States", value: 0.75, tag: "foreign" },
      { label: "France", value: 0.25 }
    ],
    format: (v) => `${(v * 100).toFixed(0)} %`,
    max: 1,
    width: 720
  }).value

  it("draws bar lengths proportional to value on a 0-based axis", () => {
    // Plot area: from the label column (x = 240) to width − value column (720 − 120 = 600): 360 px.
    // 0.75 × 360 = 270, 0.25 × 360 = 90.
    expect(widths(chart)).toEqual([270, 90])
  })

  it("has a title and a text alternative with every value", () => {
    expect(chart).toContain('role="img"')
    expect(chart).toContain('<title id="t-title">Title &lt;x&gt;</title>')
    expect(chart).toContain('<desc id="t-desc">Summary. United States: 75 % (foreign); France: 25 %.</desc>')
    expect(chart).toContain('aria-labelledby="t-title t-desc"')
  })
})

describe("stackedShareBar", () => {
  it("splits the width in proportion to the shares and names every segment in the legend", () => {
    const bar = stackedShareBar({ id: "s", title: "Split", summary: "S.", segments: [{ label: "EU", share: 0.6 }, { label: "US", share: 0.4 }], width: 500 }).value
    // 0.6 × 500 = 300, 0.4 × 500 = 200, the second starting at x = 300.
    expect(bar).toContain('<rect x="0.00" y="0" width="300.00"')
    expect(bar).toContain('<rect x="300.00" y="0" width="200.00"')
    expect(bar).toContain("EU: <strong>60.0 %</strong>")
    expect(bar).toContain("US: <strong>40.0 %</strong>")
  })
})

describe("choroplethMap", () => {
  const countries = [...builtinKnowledgeBase().countries.values()]
  const map = choroplethMap({
    id: "m",
    title: "Map",
    summary: "Weight.",
    values: new Map([
      ["US", 0.6],
      ["DE", 0.3],
      ["MT", 0.1]
    ]),
    countries,
    format: (v) => v.toFixed(1),
    legend: "Share"
  }).value

  const pathOf = (code: string) => map.match(new RegExp(`<path d="([^"]+)" fill="([^"]+)" data-country="${code}"`))

  it("joins alpha-2 values to the topology's ISO numeric ids (840 United States, 276 Germany)", () => {
    expect(pathOf("US")?.[2]).not.toBe("#e8e8e8")
    expect(pathOf("DE")?.[2]).not.toBe("#e8e8e8")
    expect(pathOf("FR")?.[2]).toBe("#e8e8e8")
    expect(map).toContain("<title>United States of America: 0.6</title>")
  })

  it("places countries where they are: the US in the western half, Germany in the eastern half and north of the equator", () => {
    const firstPoint = (code: string) => pathOf(code)![1]!.match(/M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number)
    const [usX, usY] = firstPoint("US")
    const [frX, frY] = firstPoint("DE")
    expect(usX).toBeLessThan(480)
    expect(frX).toBeGreaterThan(480)
    expect(usY).toBeLessThan(215)
    expect(frY).toBeLessThan(215)
  })

  it("shades more weight darker (cividis reversed)", () => {
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number)
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    expect(luminance(pathOf("US")![2]!)).toBeLessThan(luminance(pathOf("DE")![2]!))
  })

  it("names values whose country has no outline at 1:110m in the text alternative", () => {
    expect(map).toMatch(/<desc id="m-desc">Weight\. United States of America: 0\.6; Germany: 0\.3; Malta: 0\.1 \(not drawn at this scale\)\.<\/desc>/)
  })
})

describe("sortableTable", () => {
  it("marks numeric columns and stores sort keys", () => {
    const t = sortableTable({ id: "x", caption: "C", columns: [{ label: "A" }, { label: "N", kind: "number" }], rows: [["<a>", { display: "1 000", sort: 1000 }]] }).value
    expect(t).toContain('<th scope="col" aria-sort="none" data-type="number" class="num"><button type="button">N</button></th>')
    expect(t).toContain('<td>&lt;a&gt;</td><td class="num" data-sort="1000">1 000</td>')
  })
})

describe("htmlPage", () => {
  const page = htmlPage({ title: "T", body: html`<main>${summaryCards([{ label: "L", value: "V" }])}</main>` }).value

  it("lists in its CSP exactly the SHA-256 of its inline style and script (checked with node:crypto)", () => {
    const csp = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)![1]!.replaceAll("&#39;", "'")
    const style = page.match(/<style>([\s\S]*?)<\/style>/)![1]!
    const script = page.match(/<script>([\s\S]*?)<\/script>/)![1]!
    const hash = (s: string) => createHash("sha256").update(s, "utf8").digest("base64")
    expect(csp).toBe(`default-src 'none'; img-src data:; style-src 'sha256-${hash(style)}'; script-src 'sha256-${hash(script)}'; base-uri 'none'; form-action 'none'`)
  })

  it("uses no style attributes (they would need 'unsafe-inline') and loads nothing", () => {
    expect(page).not.toMatch(/\sstyle="/)
    expect(page).not.toMatch(/\s(src|href)="(?!#)/)
  })
})

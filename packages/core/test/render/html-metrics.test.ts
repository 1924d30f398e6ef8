import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, renderHtml, resolveManifest, type Assessment } from "../../src/index.js"

const root = join(import.meta.dirname, "..", "..", "..", "..")
const assessFile = (path: string): Assessment => {
  const located = decodeManifest(readFileSync(join(root, path), "utf8"), path)
  return assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: path })
}
// The markup of one chart or table: from its id to the end of its element.
const element = (page: string, id: string, end: string) => {
  const start = page.indexOf(`id="${id}"`)
  expect(start, id).toBeGreaterThan(-1)
  return page.slice(start, page.indexOf(end, start))
}
const rectWidths = (markup: string) => [...markup.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => m[1])

// Bar charts: labels take 240 px and values 120 px of the 720 px width, so a bar of value v on an axis
// [0, max] is v / max × 360 px wide. Weights of the example (spend × criticality, see
// test/assess/assess.test.ts): 3 965 000 in all, 2 285 000 controlled from the US, 1 680 000 from FR and DE.
describe("metric sections of the HTML report on the example", () => {
  const a = assessFile("examples/region-nordlys/sovmap.yaml")
  const page = renderHtml(a)

  it("has every metric section, in order, listed in the navigation", () => {
    const ids = [...page.matchAll(/<section id="([\w-]+)"/g)].map((m) => m[1])
    expect(ids).toEqual(["summary", "score", "foreign-share", "foreign-bases", "map", "concentration", "legal-exposure", "alignment", "lock-in", "scenarios", "dependencies", "control", "sources"])
    for (const id of ids) expect(page).toContain(`<li><a href="#${id}">`)
  })

  it("gives every chart a title and a text alternative", () => {
    const figures = [...page.matchAll(/<figure class="chart" id="([\w-]+)"/g)].map((m) => m[1]!)
    expect(figures.length).toBe(12)
    for (const id of figures) {
      expect(page, id).toContain(`<title id="${id}-title">`)
      expect(page, id).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+\\d[^<]*</desc>`))
    }
  })

  it("shows the composite score and the points each component loses, drawn to scale", () => {
    // Default policy: six components of weight 1, all computed, so each has 1/6 of the weight.
    // Foreign control: risk 2 285 000 / 3 965 000 = 0.57629…, points lost 100 × 0.57629 / 6 = 9.6049.
    // The axis is d3's "nice" [0, 10], so its bar is 9.6049 / 10 × 360 = 345.78 px.
    expect(page).toContain('<dt>Sovereignty score</dt><dd class="value">73.5 / 100</dd>')
    const chart = element(page, "chart-score", "</figure>")
    expect(chart).toContain("<title>Foreign control: 9.6</title>")
    expect(rectWidths(chart)[0]).toBe("345.78")
    expect(element(page, "summary", "</section>")).toContain("<strong>Foreign control</strong>: −9.6 points")
  })

  it("draws vendor shares to scale and states the HHI band", () => {
    // Microsoft: M365 1 260 000 + GitHub 60 000 = 1 320 000 / 3 965 000 = 33.29 % → 0.33291 × 360 = 119.85 px.
    // HHI over weights / 5000 = 264, 170, 168, 120, 24, 18, 16, 8, 5 (sum 793):
    // (69 696 + 28 900 + 28 224 + 14 400 + 576 + 324 + 256 + 64 + 25) / 793² = 142 465 / 628 849 = 0.22655 → 2265, above 1 800.
    const chart = element(page, "chart-vendor-shares", "</figure>")
    expect(chart).toContain("HHI 2265, highly concentrated")
    expect(chart).toContain("<title>microsoft: 33.3 %</title>")
    expect(rectWidths(chart)[0]).toBe("119.85")
    // effective number 1 / 0.22655 = 4.41
    expect(element(page, "table-concentration", "</table>")).toContain("<td class=\"num\" data-sort=\"4.41")
  })

  it("splits the weight by alignment tier to scale", () => {
    // Home (FR, DE) 1 680 000 / 3 965 000 × 720 px = 305.07 px; partners (US) 2 285 000 / 3 965 000 × 720 = 414.93 px.
    expect(rectWidths(element(page, "chart-alignment", "</figure>"))).toEqual(["305.07", "414.93"])
  })

  it("ranks cut-off scenarios: cutting the G7 (FR, DE and US are members) takes down every system", () => {
    const chart = element(page, "chart-scenarios", "</figure>")
    expect(chart).toContain("<title>Group of Seven (bloc g7): 100.0 % · bloc</title>")
    expect(rectWidths(chart)[0]).toBe("360.00")
    expect(page).toContain('id="table-spofs"')
  })

  it("leaves the CSF section out when no offering used carries answers", () => {
    expect(page).not.toContain('id="csf"')
  })
})

describe("CSF section of the HTML report", () => {
  const a = assessFile("packages/core/test/fixtures/csf-offerings.yaml")
  const page = renderHtml(a)

  it("lists the CSF score of each offering used, with the systems using it, and compares them side by side", () => {
    const table = element(page, "table-csf", "</table>")
    // Calculator example under v1.2.1 §5: 15·530.93/1000.03 + 10·709.75/1002 + 10·700/1000 + 15·709.75/1002
    // + 20·572/1001 + 15·500/1000 + 10·1001/1001 + 5·875/1000 = 65.98 % (worked in test/csf/score.test.ts); SOV-1.6 unanswered.
    expect(table).toContain("65.98 %")
    expect(table).toContain("47 / 48")
    expect(table).toContain("<td>Citizen portal, Archive</td>")
    const section = element(page, "csf", "</section>\n</section>")
    expect(section).toContain('<section class="sovmap-csf"><h3>EU Cloud Sovereignty Framework</h3>')
    expect(section).toContain('<svg role="img" aria-label="Objective scores per offer"')
    // the strict CSP refuses style attributes: none may appear in the report body
    expect(page.slice(page.indexOf("<body"))).not.toMatch(/ style="/)
  })

  it("footnotes the source of the answers", () => {
    expect(element(page, "table-csf", "</table>")).toMatch(/Calculator example cloud \(fictitious\)<sup><a href="#source-\d+"/)
  })
})

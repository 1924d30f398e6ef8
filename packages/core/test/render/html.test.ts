import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { assess, builtinKnowledgeBase, decodeManifest, renderHtml, resolveManifest, type Assessment } from "../../src/index.js"

const root = join(import.meta.dirname, "..", "..", "..", "..")
const assessFile = (path: string): Assessment => {
  const located = decodeManifest(readFileSync(join(root, path), "utf8"), path)
  return assess(located.value, resolveManifest(located, builtinKnowledgeBase()), { file: path })
}

// Structural checks on the markup without a DOM: what may appear inside tags.
// Attribute values are replaced by "" first: escaping guarantees they hold no quote, so a payload inside a
// value is inert text and must not be mistaken for an attribute.
const rawTags = (page: string) => [...page.matchAll(/<[a-zA-Z](?:"[^"]*"|[^>"])*>/g)].map((m) => m[0])
const tags = (page: string) => rawTags(page).map((t) => t.replace(/"[^"]*"/g, '""'))

describe("renderHtml on the example", () => {
  const a = assessFile("examples/region-nordlys/sovmap.yaml")
  const page = renderHtml(a)

  it("shows the foreign share of the hand calculation in the summary", () => {
    // packages/core/test/assess/assess.test.ts: 2285000 / 3965000 = 0.57629… → 57.6 %
    expect(page).toContain('<dt>Foreign share</dt><dd class="value">57.6 %</dd>')
  })

  it("has the charts, the map, the tables and the sources", () => {
    for (const id of ["chart-bloc-split", "chart-by-jurisdiction", "chart-map", "table-dependencies", "table-control"]) expect(page).toContain(`id="${id}"`)
    // every dependency is a row, every distinct source URL a numbered entry
    const rowsOf = (id: string) => page.slice(page.indexOf(`id="${id}"`), page.indexOf("</table>", page.indexOf(`id="${id}"`))).match(/<tr>/g)?.length
    expect(rowsOf("table-dependencies")).toBe(1 + a.dependencies.length)
    expect(rowsOf("table-control")).toBe(1 + new Set(a.dependencies.map((d) => d.operator)).size)
    expect(page.match(/<li id="source-\d+">/g)?.length).toBe(new Set(a.sources.map((s) => s.url)).size)
  })

  it("is byte-identical when rendered twice", () => {
    expect(renderHtml(assessFile("examples/region-nordlys/sovmap.yaml"))).toBe(page)
  })
})

describe("renderHtml on hostile input", () => {
  const a = assessFile("packages/core/test/fixtures/xss.yaml")
  const page = renderHtml(a)

  it("renders every payload as text: no injected element or event handler", () => {
    expect(page.match(/<script/g)?.length).toBe(1)
    expect(page.match(/<style/g)?.length).toBe(1)
    for (const tag of tags(page)) {
      expect(tag, tag).not.toMatch(/\son[a-z]+\s*=/i)
      expect(tag, tag).not.toMatch(/^<(img|iframe|b)[\s>]/i)
      expect(tag, tag).not.toMatch(/^<svg[^>]*onload/i)
    }
    expect(page).toContain("&lt;img src=x onerror=&quot;document.title=&#39;pwned-org&#39;&quot;&gt;Evil Org")
    expect(page).toContain("&lt;script&gt;document.title=&#39;pwned-system&#39;&lt;/script&gt;Web")
  })

  it("never links a javascript: URL and escapes quotes in source URLs", () => {
    const hostile: Assessment = { ...a, sources: [...a.sources, { record: "entity:evil-corp", url: "javascript:document.title='pwned-js'", retrieved: "2026-11-23", evidence: "UNVERIFIED" }] }
    const out = renderHtml(hostile)
    for (const tag of rawTags(out).filter((t) => t.startsWith("<a "))) expect(tag).toMatch(/^<a href="(#[\w-]+|https?:\/\/[^"]*)"/)
    expect(out).toContain('<span class="url">javascript:document.title=&#39;pwned-js&#39;</span>')
    expect(out).not.toContain('href="javascript')
  })
})

/**
 * Markdown escaping against the XSS corpus: the report of a manifest with a payload in every field, rendered
 * by an independent CommonMark implementation (markdown-it, raw HTML allowed so that any unescaped tag would
 * come through), contains no injected element, no link but the report's own, and tables keep their shape.
 */
import MarkdownIt from "markdown-it"
import { describe, expect, it } from "vitest"
import { assess } from "../../src/assess/assess.js"
import { builtinKnowledgeBase } from "../../src/kb/knowledge-base.js"
import { decodeManifest, resolveManifest } from "../../src/manifest/decode.js"
import { escapeMarkdown, renderMarkdown } from "../../src/render/markdown.js"
import { hostileManifest, XSS_PAYLOADS } from "../fixtures/xss-corpus.js"

const kb = builtinKnowledgeBase()
const md = new MarkdownIt({ html: true, linkify: false })

const report = (payload: string) => {
  const located = decodeManifest(JSON.stringify(hostileManifest(payload)), "xss.yaml")
  return renderMarkdown(assess(located.value, resolveManifest(located, kb)))
}

// Cells of a GFM table line: split on pipes not preceded by a backslash (GFM's rule for escaped pipes).
const cells = (line: string) => line.replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).length

describe("Markdown report against the XSS corpus", () => {
  it.each(XSS_PAYLOADS.map((p) => [JSON.stringify(p).slice(0, 60), p] as const))("%s", (_, payload) => {
    const text = report(payload)
    const html = md.render(text)
    // No element the payloads try to inject survives as markup.
    expect(html).not.toMatch(/<(script|img|svg|iframe|object|details|form|meta|base|link|style|body|math|textarea|button)\b/i)
    // The only links are to the report's own sources: http(s) URLs that sovmap wrote, never javascript:.
    for (const m of html.matchAll(/<a href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//)
    expect(html).not.toMatch(/href="javascript:/i)
    // Every table line has as many cells as its header line.
    const lines = text.split("\n")
    for (let i = 1; i < lines.length; i++) {
      if (!/^\|[\s:-]+\|/.test(lines[i]!) || !lines[i]!.includes("---")) continue
      const width = cells(lines[i - 1]!)
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith("|"); j++) expect(cells(lines[j]!), lines[j]).toBe(width)
    }
    // The heading shows the organisation name as text: markdown-it's own text equals the payload with line
    // breaks folded to spaces (as escapeMarkdown documents).
    const heading = md.parseInline(escapeMarkdown(`${payload} Org`), {})[0]!.children!.map((t) => t.content).join("")
    expect(heading).toBe(`${payload} Org`.replace(/\r?\n|\r/g, " "))
  })
})

// The escaping of generated knowledge-base pages, checked through VitePress's own Markdown renderer: any
// string from a record must come out as exactly that text, with no element, link, emoji or entity of its
// own. (Vue interpolation is kept out by the `v-pre` block around every generated page body.)
import fc from "fast-check"
import { join } from "node:path"
import { createMarkdownRenderer, type MarkdownRenderer } from "vitepress"
import { beforeAll, describe, expect, it } from "vitest"
import { attr, text } from "../scripts/escape.mjs"

let md: MarkdownRenderer
beforeAll(async () => {
  md = await createMarkdownRenderer(join(import.meta.dirname, ".."))
})

/** Decodes HTML entities in one pass, as a browser does (markdown-it's four named ones, and numeric ones). */
const NAMED: Record<string, string> = { lt: "<", gt: ">", quot: '"', amp: "&" }
const decode = (html: string) =>
  html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|quot|amp));/gi, (_, dec?: string, hex?: string, name?: string) =>
    dec !== undefined ? String.fromCodePoint(Number(dec)) : hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!.toLowerCase()]!
  )

/** Renders a value the way generate-kb.mjs writes it and returns the paragraph's inner HTML. */
const paragraph = (value: string): string => {
  const html = md.render(`<div v-pre>\n\n${text(value)}\n\n</div>\n`)
  const match = /^<div v-pre>\n<p>([\s\S]*)<\/p>\n<\/div>\n?$/.exec(html)
  if (match === null) throw new Error(`unexpected structure: ${html}`)
  return match[1]!
}

describe("text()", () => {
  it.each([
    ["{{ constructor.constructor('alert(1)')() }}"],
    ["<script>alert(1)</script>"],
    ["</div><img src=x onerror=alert(1)>"],
    ["[click](javascript:alert(1)) and <https://evil.example>"],
    ["https://evil.example/path and www.example.com"],
    ["**bold** _em_ `code` ~~strike~~ :smile: # not a heading"],
    ["1. not a list | not a cell | \\escaped &amp; entity &#123;"],
    ["Dassault Systèmes SE — América Móvil, S.A.B. de C.V."]
  ])("renders %j as literal text", (value) => {
    const inner = paragraph(value)
    expect(inner).not.toMatch(/</)
    expect(decode(inner)).toBe(value)
  })

  it("renders any single-line string as exactly that text, with no markup", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 80 }).filter((s) => !/[\n\r\t\0]/.test(s) && s.trim() === s && s.length > 0),
        (value) => {
          const inner = paragraph(value)
          return !inner.includes("<") && decode(inner) === value
        }
      ),
      { numRuns: 300 }
    )
  })

  it("puts multi-line values on one line", () => {
    expect(text("a\nb\r\nc")).toBe("a b c")
  })
})

describe("attr()", () => {
  it("leaves no character that could end or break out of a double-quoted attribute", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (value) => !/["'<>]/.test(attr(value)) && decode(attr(value)) === value))
  })
})

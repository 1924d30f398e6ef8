import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { escapeHtml, externalLink, html, isSafeLinkUrl } from "../../../src/index.js"

describe("escapeHtml and html``", () => {
  it("escapes the five HTML-significant characters (OWASP XSS prevention rule #1)", () => {
    expect(escapeHtml(`<img src=x onerror=alert(1)> & "q" 'a'`)).toBe("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;")
  })

  it("never lets an interpolated string open a tag or leave an attribute", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text)
        expect(escaped).not.toMatch(/[<>"']/)
        expect(html`<p title="${text}">${text}</p>`.value).toBe(`<p title="${escaped}">${escaped}</p>`)
      })
    )
  })

  it("joins arrays, keeps SafeHtml, drops undefined/null/false", () => {
    expect(html`${[html`<b>1</b>`, "<2>"]}${undefined}${null}${false}${0}`.value).toBe("<b>1</b>&lt;2&gt;0")
  })
})

describe("links", () => {
  it("links only absolute http(s) URLs", () => {
    expect(isSafeLinkUrl("https://example.org/a?b=c#d")).toBe(true)
    expect(isSafeLinkUrl("HTTP://EXAMPLE.ORG")).toBe(true)
    for (const bad of ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "//evil.example", "/relative", "https://a.example/\"onmouseover=x", "https://a.example/ x", "vbscript:x", "https://a.example/\u0000"]) {
      expect(isSafeLinkUrl(bad), bad).toBe(false)
    }
  })

  it("renders other URLs as inert text", () => {
    expect(externalLink("javascript:alert(1)").value).toBe('<span class="url">javascript:alert(1)</span>')
    expect(externalLink("https://example.org/?a=1&b=2").value).toBe('<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">https://example.org/?a=1&amp;b=2</a>')
  })
})

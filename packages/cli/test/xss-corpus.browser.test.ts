// The HTML report against a corpus of XSS payloads (packages/core/test/fixtures/xss-corpus.ts), one report
// per payload with the payload in every manifest field, each opened from disk in Chromium (playwright-core)
// with every request but the file itself refused: no dialog opens, no payload changes the title, nothing is
// requested, the CSP reports no violation, and the payload is visible as text.
import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { assess, builtinKnowledgeBase, decodeManifest, renderHtml, resolveManifest } from "@sovmap/core"
import { chromium, type Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { hostileManifest, XSS_PAYLOADS } from "../../core/test/fixtures/xss-corpus.js"

const out = join(import.meta.dirname, "..", "test-output", "xss-corpus")
const chromiumPath = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium"
const SLOW = 300_000

let browser: Browser
beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`)
  mkdirSync(out, { recursive: true })
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] })
}, SLOW)
afterAll(async () => {
  await browser?.close()
})

const kb = builtinKnowledgeBase()

describe("HTML report against the XSS corpus, in Chromium", () => {
  it(`executes none of ${XSS_PAYLOADS.length} payloads injected in every field, and loads nothing`, async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    const dialogs: Array<string> = []
    page.on("dialog", (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const located = decodeManifest(JSON.stringify(hostileManifest(payload)), "xss.yaml")
      const assessment = assess(located.value, resolveManifest(located, kb))
      const file = join(out, `payload-${i}.html`)
      writeFileSync(file, renderHtml(assessment))
      const url = pathToFileURL(file).href
      const requests: Array<string> = []
      const problems: Array<string> = []
      const onRequest = (r: { url: () => string }) => requests.push(r.url())
      const onConsole = (m: { type: () => string; text: () => string }) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(m.text())
      }
      const onError = (e: Error) => problems.push(e.message)
      page.on("request", onRequest)
      page.on("console", onConsole)
      page.on("pageerror", onError)
      await page.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort()))
      await page.goto(url, { waitUntil: "load" })
      // Give timers, autofocus and toggles a moment, then hover and focus what a user would touch.
      await page.locator("td").first().hover()
      await page.keyboard.press("Tab")
      await page.waitForTimeout(50)
      const label = `payload ${i}: ${JSON.stringify(payload)}`
      expect(dialogs, label).toEqual([])
      // document.title strips and collapses ASCII whitespace (HTML Living Standard, "document.title").
      expect(await page.title(), label).toBe(`Sovereignty assessment: ${payload} Org`.replace(/[\t\n\f\r ]+/g, " ").replace(/^ | $/g, ""))
      expect(requests, label).toEqual([url])
      expect(problems, label).toEqual([])
      // One script, the report's own; none of the injected element kinds exists in the page.
      expect(await page.locator("script").count(), label).toBe(1)
      expect(await page.locator("img, iframe, object, details, form, meta[http-equiv]:not([http-equiv='Content-Security-Policy']), base, link, body style, math").count(), label).toBe(0)
      for (const a of await page.locator("a").all()) expect(await a.getAttribute("href"), label).toMatch(/^(#[\w-]+|https?:\/\/)/)
      page.off("request", onRequest)
      page.off("console", onConsole)
      page.off("pageerror", onError)
      await page.unroute("**/*")
    }
    await page.close()
  }, SLOW)
})

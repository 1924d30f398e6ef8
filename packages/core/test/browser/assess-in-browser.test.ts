// Proves that @sovmap/core runs in a browser: esbuild bundles a small page from the built package for the
// browser platform (a `node:` import or a Node global would fail the build or the page), Debian's chromium
// (driven by playwright-core) loads it with every network request refused, and the page computes an
// assessment of an inline manifest whose foreign share is worked out by hand below.
import { join } from "node:path"
import { build } from "esbuild"
import { chromium, type Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const dist = join(import.meta.dirname, "..", "..", "dist", "index.js")
const chromiumPath = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium"
const SLOW = 180_000

// One system, three dependencies of equal weight: ovhcloud-public-cloud (OVH, FR — in eu27), aws-ec2
// (Amazon, US) and azure (Microsoft, US). Foreign share = 2 / 3.
const page = `
import { assess, builtinKnowledgeBase, decodeManifest, hhi, resolveManifest } from ${JSON.stringify(dist)}
const text = "sovmap: 1\\norganisation: { name: Browser, country: FR }\\nsystems:\\n  - id: web\\n    name: Website\\n    criticality: high\\n    dependencies: [{ offering: ovhcloud-public-cloud }, { offering: aws-ec2 }, { offering: azure }]\\n"
try {
  const located = decodeManifest(text, "sovmap.yaml")
  const result = assess(located.value, resolveManifest(located, builtinKnowledgeBase()))
  window.__result = { foreignShare: result.metrics.foreignShare.foreignShare, dependencies: result.dependencies.length, hhi: hhi([50, 50]), hasProcess: typeof process !== "undefined" }
} catch (error) {
  window.__result = { error: String(error && error.stack || error) }
}
`

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
  })
}, SLOW)

afterAll(async () => {
  await browser?.close()
})

describe("@sovmap/core in a browser", () => {
  it(
    "bundles for the browser platform and assesses an inline manifest in chromium",
    async () => {
      const bundle = await build({ stdin: { contents: page, resolveDir: import.meta.dirname, loader: "js" }, bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent" })
      const code = bundle.outputFiles[0]!.text
      const tab = await browser.newPage()
      const requests: Array<string> = []
      const errors: Array<string> = []
      await tab.route("**/*", (route) => {
        requests.push(route.request().url())
        return route.abort()
      })
      tab.on("pageerror", (e) => errors.push(e.message))
      await tab.setContent(`<!doctype html><meta charset="utf-8"><title>sovmap core</title><script type="module">${code.replaceAll("</script", "<\\/script")}</script>`)
      await tab.waitForFunction(() => (globalThis as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 60_000 })
      const result = await tab.evaluate(() => (globalThis as unknown as { __result: Record<string, unknown> }).__result)
      expect(errors).toEqual([])
      expect(result["error"]).toBeUndefined()
      expect(result["foreignShare"]).toBeCloseTo(2 / 3, 10)
      expect(result["dependencies"]).toBe(3)
      expect(result["hhi"]).toBeCloseTo(0.5, 12) // 0.5² + 0.5²
      expect(result["hasProcess"]).toBe(false)
      expect(requests).toEqual([])
      await tab.close()
    },
    SLOW
  )
})

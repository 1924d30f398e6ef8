// Browser tests of the built documentation site in headless Chromium (Debian's package, driven by
// playwright-core): every page reachable from the home page loads without console errors, failed
// responses or requests leaving the machine; every internal link and anchor resolves; local search finds
// "HHI"; screenshots of the home page and a methodology page are saved to test-output/ for review.
//
// Needs the built site (`pnpm run docs`; turbo runs it first) and Chromium (`apt-get install -y chromium`,
// or CHROMIUM_PATH).
import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { serve } from "./static-server.js"

const here = join(import.meta.dirname, "..")
const dist = join(here, ".vitepress", "dist")
const output = join(here, "test-output")
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium"
// Flags from TOOLCHAIN.md: without them Chromium stalls trying to reach the network.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]

let browser: Browser
let site: { origin: string; close: () => Promise<void> }

beforeAll(async () => {
  if (!existsSync(join(dist, "index.html"))) throw new Error(`no built site in ${dist}: run \`pnpm run docs\` first`)
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: \`apt-get install -y chromium\` or set CHROMIUM_PATH`)
  mkdirSync(output, { recursive: true })
  site = await serve(dist)
  browser = await chromium.launch({ executablePath, args: ARGS, headless: true })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

/** A page that records console errors, uncaught exceptions, failed responses and off-machine requests. */
const watchedPage = async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const problems: Array<string> = []
  let current = ""
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${current}: console error: ${m.text()} (${m.location().url})`)
  })
  page.on("pageerror", (e) => problems.push(`${current}: uncaught ${e.message}`))
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()} for ${r.url()}`)
  })
  page.on("request", (r) => {
    const url = r.url()
    if (!url.startsWith(site.origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`${current}: external request to ${url}`)
  })
  return { page, problems, at: (path: string) => (current = path) }
}

const links = (page: Page): Promise<Array<string>> => page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href))

describe("the built documentation site", () => {
  it("loads every page reachable from the home page, with no console errors, no broken links or anchors and no external requests", async () => {
    const { page, problems, at } = await watchedPage()
    const queue = ["/"]
    const visited = new Set<string>()
    const anchors = new Map<string, Set<string>>() // page path → ids that links expect on it
    const idsOf = new Map<string, Set<string>>()
    while (queue.length > 0) {
      const path = queue.shift()!
      if (visited.has(path)) continue
      visited.add(path)
      at(path)
      const response = await page.goto(site.origin + path, { waitUntil: "load" })
      expect.soft(response?.status(), `status of ${path}`).toBe(200)
      idsOf.set(path, new Set(await page.$$eval("[id]", (els) => els.map((e) => e.id))))
      for (const href of await links(page)) {
        const url = new URL(href)
        if (url.origin !== site.origin) continue
        const target = url.pathname.replace(/\.html$/, "").replace(/\/index$/, "/")
        if (url.hash.length > 1) {
          const set = anchors.get(target) ?? new Set()
          set.add(decodeURIComponent(url.hash.slice(1)))
          anchors.set(target, set)
        }
        if (!visited.has(target)) queue.push(target)
      }
    }
    const missingAnchors = [...anchors].flatMap(([path, ids]) => [...ids].filter((id) => idsOf.get(path)?.has(id) !== true).map((id) => `${path}#${id}`))
    await page.close()
    // The crawl must have reached the generated parts of the site, or it proves nothing.
    expect(visited.size).toBeGreaterThan(100)
    expect([...visited].some((p) => p.startsWith("/kb/entities/"))).toBe(true)
    expect([...visited].some((p) => p.startsWith("/api/"))).toBe(true)
    expect(problems).toEqual([])
    expect(missingAnchors).toEqual([])
  })

  it("finds HHI with the local search, without any search service", async () => {
    const { page, problems, at } = await watchedPage()
    at("/ (search)")
    await page.goto(`${site.origin}/`, { waitUntil: "load" })
    await page.locator("#local-search button").click()
    const input = page.locator("input.search-input")
    await input.waitFor()
    await input.fill("HHI")
    const results = page.locator("ul.results li .result")
    await results.first().waitFor({ timeout: 15_000 })
    expect(await results.count()).toBeGreaterThan(0)
    // The first result must lead to a page that really talks about HHI.
    const href = await page.locator("ul.results li a").first().getAttribute("href")
    expect(href).toBeTruthy()
    at(`${href} (search result)`)
    await page.goto(new URL(href!, site.origin).href, { waitUntil: "load" })
    expect(await page.locator("main").innerText()).toContain("HHI")
    await page.close()
    expect(problems).toEqual([])
  })

  it("saves screenshots of the home page and a methodology page for review", async () => {
    const { page, problems, at } = await watchedPage()
    for (const [path, file] of [["/", "home.png"], ["/methodology/foreign-share", "methodology-foreign-share.png"]] as const) {
      at(path)
      await page.goto(site.origin + path, { waitUntil: "networkidle" })
      await page.screenshot({ path: join(output, file), fullPage: true })
      expect(existsSync(join(output, file))).toBe(true)
    }
    // The worked example is computed at build time: its share must be a number, not a template.
    at("/methodology/foreign-share")
    const text = await page.locator("main").innerText()
    expect(text).not.toContain("{{")
    // Hand calculation from examples/region-nordlys/sovmap.yaml (weighting "both": spend × criticality
    // weight, critical 4, high 3, medium 2, low 1):
    //   US  S3 35,000×2 + M365 420,000×3 + EC2 260,000×3 + OpenAI 25,000×1 + GitHub 30,000×2 + Jira 45,000×2 = 2,285,000
    //   FR  OVH 210,000×4 + S3NS 150,000×4 + Mistral 40,000×2 + Scaleway 20,000×2 = 1,560,000;  DE  STACKIT 60,000×2 = 120,000
    //   2,285,000 / 3,965,000 = 0.57629… → 57.6 %
    expect(text).toContain("foreign share is 2,285,000 / 3,965,000 = 57.6 %")
    await page.close()
    expect(problems).toEqual([])
  })
})

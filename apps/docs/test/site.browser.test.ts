// Tests of the built documentation site: every page reachable from the home page is served and every
// internal link and anchor on it resolves (crawled over HTTP and parsed with parse5); in headless Chromium
// (Debian's package, driven by playwright-core) every page loads and hydrates without console errors,
// failed responses or requests leaving the machine; local search finds "HHI" and an API export;
// screenshots of the home page and a methodology page are saved to test-output/ for review.
//
// Needs the built site (`pnpm run docs`; turbo runs it first) and Chromium (`apt-get install -y chromium`,
// or CHROMIUM_PATH).
import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { parse, type DefaultTreeAdapterMap } from "parse5"
import { chromium, type Browser } from "playwright-core"
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

/** Every `id` and every `<a href>` of an HTML document, from a real HTML parser (the site is pre-rendered). */
const idsAndLinks = (html: string): { ids: Set<string>; hrefs: Array<string> } => {
  const ids = new Set<string>()
  const hrefs: Array<string> = []
  const walk = (node: DefaultTreeAdapterMap["parentNode"] | DefaultTreeAdapterMap["childNode"]): void => {
    if ("attrs" in node) {
      for (const { name, value } of node.attrs) {
        if (name === "id") ids.add(value)
        if (name === "href" && node.tagName === "a") hrefs.push(value)
      }
    }
    if ("childNodes" in node) for (const child of node.childNodes) walk(child)
    if ("content" in node) walk(node.content)
  }
  walk(parse(html))
  return { ids, hrefs }
}

// Every page by default (as CI runs it: about 5 minutes for ~850 pages on 2 cores, Vue hydration being the
// cost); SOVMAP_DOCS_STRIDE=12 loads every 12th generated page (plus the first and last of each family) for a
// quick local run (about 1 minute). Links and anchors of every page are checked either way.
const STRIDE = Math.max(1, Number(process.env["SOVMAP_DOCS_STRIDE"] ?? 1))

/** Paths of every page the crawl reached, for the browser test that follows it. */
const crawled: Array<string> = []

describe("the built documentation site", () => {
  it("has no broken internal link or anchor on any page reachable from the home page (crawled over HTTP, parsed with parse5)", async () => {
    const queue = ["/"]
    const visited = new Set<string>(["/"])
    const anchors = new Map<string, Set<string>>() // page path → ids that links expect on it
    const idsOf = new Map<string, Set<string>>()
    const failed: Array<string> = []
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await fetch(site.origin + path)
      if (response.status !== 200) {
        failed.push(`${path}: HTTP ${response.status}`)
        continue
      }
      const { ids, hrefs } = idsAndLinks(await response.text())
      idsOf.set(path, ids)
      for (const href of hrefs) {
        const url = new URL(href, site.origin + path)
        if (url.origin !== site.origin) continue
        const target = url.pathname.replace(/\.html$/, "").replace(/\/index$/, "/")
        if (url.hash.length > 1) {
          const set = anchors.get(target) ?? new Set()
          set.add(decodeURIComponent(url.hash.slice(1)))
          anchors.set(target, set)
        }
        if (!visited.has(target)) {
          visited.add(target)
          queue.push(target)
        }
      }
    }
    crawled.push(...[...visited].filter((p) => idsOf.has(p)).sort())
    const missingAnchors = [...anchors].flatMap(([path, ids]) => [...ids].filter((id) => idsOf.get(path)?.has(id) !== true).map((id) => `${path}#${id}`))
    // The crawl must have reached the generated parts of the site, or it proves nothing.
    expect(crawled.length).toBeGreaterThan(500)
    expect(crawled.some((p) => p.startsWith("/kb/entities/"))).toBe(true)
    expect(crawled.some((p) => p.startsWith("/api/"))).toBe(true)
    expect(failed).toEqual([])
    expect(missingAnchors).toEqual([])
  })

  it("loads every page in Chromium and lets it hydrate, with no console errors, failed responses or external requests", async () => {
    expect(crawled.length).toBeGreaterThan(500) // filled by the crawl above
    // Written pages all; generated pages (API reference, knowledge-base entities and offerings) every
    // STRIDE-th in sorted order plus the first and last of each family (all of them by default).
    const generated = (p: string) => /^\/(api\/@sovmap\/|kb\/(entities|offerings)\/)/.test(p)
    const families = new Map<string, Array<string>>()
    for (const p of crawled.filter(generated)) {
      const family = p.split("/").slice(0, -1).join("/")
      families.set(family, [...(families.get(family) ?? []), p])
    }
    const sample = [...families.values()].flatMap((ps) => ps.filter((_, i) => i % STRIDE === 0 || i === ps.length - 1))
    const pages = [...crawled.filter((p) => !generated(p)), ...sample]
    const { page, problems, at } = await watchedPage()
    for (const path of pages) {
      at(path)
      const response = await page.goto(site.origin + path, { waitUntil: "load" })
      expect.soft(response?.status(), `status of ${path}`).toBe(200)
      // Let the page hydrate (Vue reports hydration mismatches as console errors) before leaving it.
      // Vue sets __vue_app__ on the container once hydration has finished (the example reports under
      // /examples/ are plain HTML files without one).
      await page.waitForFunction(() => {
        const app = document.querySelector("#app") as { __vue_app__?: unknown } | null
        return app === null || app.__vue_app__ !== undefined
      })
    }
    await page.close()
    expect(pages.length).toBeGreaterThan(100)
    expect(problems).toEqual([])
  })

  /** Opens the home page, types `query` into the local search box and returns the result links. */
  const search = async (query: string) => {
    const watched = await watchedPage()
    watched.at(`/ (search ${query})`)
    await watched.page.goto(`${site.origin}/`, { waitUntil: "load" })
    await watched.page.locator("#local-search button").click()
    const input = watched.page.locator("input.search-input")
    await input.waitFor()
    await input.fill(query)
    await watched.page.locator("ul.results li .result").first().waitFor({ timeout: 15_000 })
    const hrefs = await watched.page.locator("ul.results li a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))
    return { ...watched, hrefs }
  }

  it("finds HHI with the local search, without any search service", async () => {
    const { page, problems, at, hrefs } = await search("HHI")
    // The first result must lead to a page that really talks about HHI.
    expect(hrefs[0]).toBeTruthy()
    at(`${hrefs[0]} (search result)`)
    await page.goto(new URL(hrefs[0]!, site.origin).href, { waitUntil: "load" })
    expect(await page.locator("main").innerText()).toContain("HHI")
    await page.close()
    expect(problems).toEqual([])
  })

  it("finds an SDK export of the API reference by name (the reference is indexed by headings and summaries)", async () => {
    const { page, problems, hrefs } = await search("attributeSbom")
    expect(hrefs.some((h) => h.startsWith("/api/"))).toBe(true)
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

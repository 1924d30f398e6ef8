// Opens the HTML reports that the built CLI writes in a real browser (Debian's chromium driven by
// playwright-core), from disk, with every network request recorded and refused: the report must render
// with no console error and no request, show its map and charts at a real size, sort its tables, and
// leave injected markup inert. Screenshots go to test-output/ for humans.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { renderHtml, type Assessment } from "@sovmap/core"
import { chromium, type Browser, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const out = join(import.meta.dirname, "..", "test-output", "html-report")
const chromiumPath = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium"
// Generous: the machine running CI may be shared and loaded; a browser start can then take many seconds.
const SLOW = 180_000

const sovmap = (args: Array<string>) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
  if (r.status !== 0) throw new Error(`sovmap ${args.join(" ")} exited ${r.status}: ${r.stderr}`)
  return r.stdout
}

interface Visit {
  readonly page: Page
  readonly requests: Array<string>
  readonly problems: Array<string>
}

let browser: Browser

const visit = async (file: string): Promise<Visit> => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
  const url = pathToFileURL(file).href
  const requests: Array<string> = []
  const problems: Array<string> = []
  page.on("request", (r) => requests.push(r.url()))
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`)
  })
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`))
  // Only the report itself may load; anything else is refused (and recorded above).
  await page.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort()))
  await page.goto(url, { waitUntil: "load" })
  return { page, requests, problems }
}

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium, as scripts/setup.sh test does) or set CHROMIUM_PATH`)
  }
  mkdirSync(out, { recursive: true })
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
  })
}, SLOW)

afterAll(async () => {
  await browser?.close()
})

describe("HTML report of the example, in Chromium", () => {
  let v: Visit
  beforeAll(async () => {
    sovmap(["assess", "examples/region-nordlys/sovmap.yaml", "--format", "html", "--out", join(out, "report.html")])
    v = await visit(join(out, "report.html"))
  }, SLOW)

  it("renders with no console error and no request but the file itself", async () => {
    expect(v.problems).toEqual([])
    expect(v.requests).toEqual([pathToFileURL(join(out, "report.html")).href])
    await v.page.screenshot({ path: join(out, "report.png"), fullPage: true })
    // The top of the page at the size the README shows (copied to apps/docs/public/report-screenshot.png)
    await v.page.setViewportSize({ width: 1100, height: 1500 })
    await v.page.screenshot({ path: join(out, "report-screenshot.png") })
    await v.page.setViewportSize({ width: 1200, height: 900 })
  }, SLOW)

  it("shows the map and every chart at a real size", async () => {
    const charts = await v.page.$$eval("figure.chart", (figures) =>
      figures.map((f) => {
        const box = f.querySelector("svg")!.getBoundingClientRect()
        return { id: f.id, kind: f.getAttribute("data-chart"), width: box.width, height: box.height }
      })
    )
    expect(charts.map((c) => c.id)).toEqual([
      "chart-score",
      "chart-bloc-split",
      "chart-by-jurisdiction",
      "chart-foreign-bases",
      "chart-by-bloc",
      "chart-map",
      "chart-vendor-shares",
      "chart-laws",
      "chart-law-kinds",
      "chart-alignment",
      "chart-lock-in",
      "chart-scenarios"
    ])
    for (const c of charts) {
      expect(c.width, c.id).toBeGreaterThan(300)
      expect(c.height, c.id).toBeGreaterThan(c.kind === "map" ? 300 : 20)
    }
    // Every bar is drawn: a chart's bars are as many as its rows, each with a positive height
    for (const id of ["chart-score", "chart-vendor-shares", "chart-laws", "chart-scenarios"]) {
      const bars = await v.page.$$eval(`#${id} g.bar rect`, (rects) => rects.map((r) => r.getBoundingClientRect().height))
      expect(bars.length, id).toBeGreaterThan(0)
      for (const h of bars) expect(h, id).toBeGreaterThan(10)
    }
    // Each chart is named for assistive technology by its title and its text alternative
    const names = await v.page.$$eval("figure.chart > svg", (svgs) => svgs.map((svg) => (svg.getAttribute("aria-labelledby") ?? "").split(" ").map((id: string) => svg.ownerDocument.getElementById(id)?.textContent ?? "")))
    for (const [title, desc] of names) {
      expect(title!.length).toBeGreaterThan(5)
      expect(desc!.length).toBeGreaterThan(20)
    }
    // 176 country outlines of Natural Earth 1:110m without Antarctica; the US drawn with a fill of its own
    expect(await v.page.locator("#chart-map path").count()).toBe(176)
    const us = await v.page.locator('#chart-map path[data-country="US"]').boundingBox()
    expect(us!.width).toBeGreaterThan(50)
    expect(await v.page.locator('#chart-map path[data-country="US"]').getAttribute("fill")).not.toBe("#e8e8e8")
  }, SLOW)

  it("applies the stylesheet despite the strict CSP (its hash matches)", async () => {
    const cardBackground = await v.page.$eval(".card", (el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor)
    expect(cardBackground).toBe("rgb(244, 246, 248)")
  }, SLOW)

  it("sorts the dependency table by a numeric column, both ways", async () => {
    const weights = () => v.page.$$eval("#table-dependencies tbody tr", (rows) => rows.map((r) => Number(r.children[9]!.getAttribute("data-sort"))))
    const original = await weights()
    const header = v.page.locator("#table-dependencies th", { hasText: "Weight" })
    await header.locator("button").click()
    expect(await header.getAttribute("aria-sort")).toBe("ascending")
    expect(await weights()).toEqual([...original].sort((a, b) => a - b))
    await header.locator("button").click()
    expect(await header.getAttribute("aria-sort")).toBe("descending")
    expect(await weights()).toEqual([...original].sort((a, b) => b - a))
    expect(v.problems).toEqual([])
  }, SLOW)
})

describe("HTML report with CSF scores, in Chromium", () => {
  it("shows the CSF comparison of the offerings used, with no console error and no request", async () => {
    sovmap(["assess", "packages/core/test/fixtures/csf-offerings.yaml", "--format", "html", "--out", join(out, "csf.html")])
    const v = await visit(join(out, "csf.html"))
    expect(v.problems).toEqual([])
    expect(v.requests).toEqual([pathToFileURL(join(out, "csf.html")).href])
    expect(await v.page.locator("#table-csf tbody tr").count()).toBe(2)
    const chart = await v.page.locator("#csf .sovmap-csf figure > svg").boundingBox()
    expect(chart!.width).toBeGreaterThan(300)
    expect(chart!.height).toBeGreaterThan(100)
    // 8 objectives × 2 offers, each bar with a height (no offer scores 0 on an objective here)
    const bars = await v.page.$$eval("#csf .sovmap-csf figure > svg rect", (rects) => rects.map((r) => r.getBoundingClientRect().height))
    expect(bars.length).toBe(16)
    for (const h of bars) expect(h).toBeGreaterThan(0)
    await v.page.locator("#csf").screenshot({ path: join(out, "csf.png") })
    await v.page.close()
  }, SLOW)
})

describe("HTML report of hostile input, in Chromium", () => {
  it("executes no injected script, loads nothing, and shows the payloads as text", async () => {
    sovmap(["assess", "packages/core/test/fixtures/xss.yaml", "--format", "html", "--out", join(out, "xss.html")])
    // A javascript: source URL cannot come through a manifest, so it is added to the JSON report.
    const report = JSON.parse(sovmap(["assess", "packages/core/test/fixtures/xss.yaml", "--format", "json"])) as Assessment
    const hostile: Assessment = {
      ...report,
      sources: [...report.sources, { record: "entity:evil-corp", url: "javascript:document.title='pwned-js-url'", retrieved: "2026-11-23", evidence: "UNVERIFIED" }]
    }
    writeFileSync(join(out, "xss-js-url.html"), renderHtml(hostile))

    for (const file of ["xss.html", "xss-js-url.html"]) {
      const v = await visit(join(out, file))
      // Click every link and hover every element carrying payload text: nothing may run.
      for (const link of await v.page.locator("a").all()) {
        const href = await link.getAttribute("href")
        expect(href, file).toMatch(/^(#[\w-]+|https?:\/\/)/)
        if (href!.startsWith("#")) await link.click()
      }
      await v.page.locator(".url").first().click()
      await v.page.locator("td").first().hover()
      // Every payload would set document.title to a word of its own; the title is still the organisation's name, as text.
      expect(await v.page.title(), file).toBe(`Sovereignty assessment: ${report.organisation.name}`)
      expect(await v.page.locator("script").count(), file).toBe(1)
      expect(await v.page.locator("img, iframe, main svg[onload], main b, main style").count(), file).toBe(0)
      expect(await v.page.locator("body").innerText()).toContain("<script>document.title='pwned-system'</script>Web")
      expect(v.requests, file).toEqual([pathToFileURL(join(out, file)).href])
      expect(v.problems, file).toEqual([])
      await v.page.screenshot({ path: join(out, file.replace(".html", ".png")), fullPage: true })
      await v.page.close()
    }
  }, SLOW)
})

describe("HTML diff, in Chromium", () => {
  it("renders with no console error and no request", async () => {
    const before = join(out, "before.json")
    const after = join(out, "after.json")
    writeFileSync(before, sovmap(["assess", "examples/region-nordlys/sovmap.yaml", "--format", "json"]))
    const edited = JSON.parse(readFileSync(before, "utf8")) as { dependencies: Array<{ offering: string; weight: number }> }
    edited.dependencies = edited.dependencies.filter((d) => d.offering !== "openai-api")
    writeFileSync(after, JSON.stringify(edited))
    sovmap(["diff", before, after, "--format", "html", "--out", join(out, "diff.html")])
    const v = await visit(join(out, "diff.html"))
    expect(v.problems).toEqual([])
    expect(await v.page.locator("#table-removed tbody tr").count()).toBe(1)
    await v.page.close()
  }, SLOW)
})

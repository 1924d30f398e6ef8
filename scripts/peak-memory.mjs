#!/usr/bin/env node
// Peak memory of the built CLI on big generated inputs: a 1 GB BACI-layout trade CSV (`sovmap trade`), a
// 200 MB CycloneDX JSON SBOM (`sovmap sbom`), and a 2 GB one, which must be refused at the component limit
// (exit 1, the limit named) with memory bounded. Each run is a child process; its peak resident set size is
// read from process.resourceUsage().maxRSS at exit (a preloaded hook), so the figure covers the whole run.
// Part of the long mode (`pnpm fuzz --long`), too slow for CI. Sizes: SOVMAP_TRADE_MB, SOVMAP_SBOM_MB,
// SOVMAP_SBOM_HUGE_MB (0 skips the 2 GB run).
// Prints one line per run and exits 1 if a run failed or went over its ceiling. The SBOM ceiling is not a
// bound: the attributions kept grow with the component count (about 0.8 KB per component with the Markdown
// report, 2026-11-23); it guards regressions.
import { spawnSync } from "node:child_process"
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const bin = join(root, "packages", "cli", "dist", "sovmap.cjs")
const dir = mkdtempSync(join(tmpdir(), "sovmap-memory-"))
const MB = 1024 * 1024

const write = (file, bytes, header, row) =>
  new Promise((resolve, reject) => {
    const out = createWriteStream(file)
    out.on("error", reject)
    let written = 0
    let i = 0
    const pump = () => {
      while (written < bytes) {
        const lines = []
        for (let n = 0; n < 20000; n++) lines.push(row(i++))
        const chunk = `${written === 0 ? header : ""}${lines.join("")}`
        written += Buffer.byteLength(chunk)
        if (!out.write(chunk)) return out.once("drain", pump)
      }
      out.end(resolve)
    }
    pump()
  })

// Exporters and importers among real ISO numeric codes (CN, US, DE, FR, IT, JP, KR, NL, BE, PL), products among
// real HS6 codes, values varied: every row is usable, so the aggregator holds its full working set.
const countries = [156, 840, 276, 250, 380, 392, 410, 528, 56, 616]
const products = [854231, 850760, 847130, 852352, 854140, 290110, 300490, 870380, 880240, 284690]
const tradeRow = (i) => `2022,${countries[i % 10]},${countries[(i * 7 + 3) % 10]},${products[(i * 13) % 10]},${(i % 9973) + 0.5},${i % 100}\n`

// A CycloneDX 1.6 JSON with one component per ~300 bytes, suppliers and purls varied.
const sbom = async (file, bytes) => {
  const out = createWriteStream(file)
  const put = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once("drain", r)))
  await put('{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[')
  let written = 0
  for (let i = 0; written < bytes; i++) {
    const c = `${i === 0 ? "" : ","}{"bom-ref":"c${i}","type":"library","group":"org.example${i % 500}","name":"lib${i}","version":"1.${i % 50}.0","purl":"pkg:maven/org.example${i % 500}/lib${i}@1.${i % 50}.0","supplier":{"name":"Supplier ${i % 2000}"},"externalReferences":[{"type":"vcs","url":"https://github.com/example${i % 700}/lib${i}"}]}`
    written += c.length
    await put(c)
  }
  await put("]}")
  await new Promise((r) => out.end(r))
}

const hook = join(dir, "max-rss.cjs")
writeFileSync(hook, "process.on('exit',()=>require('fs').writeFileSync(process.env.SOVMAP_RSS_FILE,String(process.resourceUsage().maxRSS)))\n")

const measure = (name, args, ceilingMb, expect = { status: 0 }) => {
  const rssFile = join(dir, `${name}.rss`)
  const started = Date.now()
  const r = spawnSync(process.execPath, ["--require", hook, bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1", SOVMAP_RSS_FILE: rssFile }, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 })
  const peakMb = Number(readFileSync(rssFile, "utf8")) / 1024
  const ok = r.status === expect.status && (expect.stderr === undefined || expect.stderr.test(r.stderr)) && peakMb <= ceilingMb
  console.log(`${name}: exit ${r.status}, peak RSS ${peakMb.toFixed(0)} MB (ceiling ${ceilingMb} MB), ${((Date.now() - started) / 1000).toFixed(1)} s${ok ? "" : `\n${r.stderr}`}`)
  return ok
}

try {
  const tradeMb = Number(process.env.SOVMAP_TRADE_MB ?? 1024)
  const sbomMb = Number(process.env.SOVMAP_SBOM_MB ?? 200)
  const trade = join(dir, "BACI_HS17_Y2022_V202501.csv")
  await write(trade, tradeMb * MB, "t,i,j,k,v,q\n", tradeRow)
  const bom = join(dir, "big.cdx.json")
  await sbom(bom, sbomMb * MB)
  console.log(`generated ${(statSync(trade).size / MB).toFixed(0)} MB trade CSV, ${(statSync(bom).size / MB).toFixed(0)} MB CycloneDX JSON`)
  const results = [measure(`trade ${tradeMb} MB`, ["trade", trade, "--json", "--out", join(dir, "trade.json")], 512), measure(`sbom ${sbomMb} MB`, ["sbom", bom, "--out", join(dir, "sbom.md")], 2560)]
  rmSync(trade)
  rmSync(bom)
  const hugeMb = Number(process.env.SOVMAP_SBOM_HUGE_MB ?? 2048)
  if (hugeMb > 0) {
    // About 7.7 million components: past the default limit of one million, which stops the read.
    const huge = join(dir, "huge.cdx.json")
    await sbom(huge, hugeMb * MB)
    console.log(`generated ${(statSync(huge).size / MB).toFixed(0)} MB CycloneDX JSON`)
    results.push(measure(`sbom ${hugeMb} MB (refused at the component limit)`, ["sbom", huge, "--out", join(dir, "huge.md")], 1536, { status: 1, stderr: /more than 1000000 components: reading stopped at components\[\d+\]/ }))
  }
  process.exitCode = results.every(Boolean) ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}

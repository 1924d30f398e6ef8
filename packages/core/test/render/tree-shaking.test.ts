// The HTML renderer's dependencies (d3-geo, d3-scale, d3-scale-chromatic, topojson-client, the world
// topology) must cost nothing to a consumer who only computes metrics. Bundles the built package the way
// an application would and looks for markers of each: Equal Earth's first coefficient (1.340264, Šavrič et
// al. 2018) from d3-geo, the topology's "Topology" type, SHA-256's first initial hash word.
import { existsSync } from "node:fs"
import { join } from "node:path"
import { build } from "esbuild"
import { describe, expect, it } from "vitest"

const dist = join(import.meta.dirname, "..", "..", "dist", "index.js")

const bundle = async (code: string) =>
  (await build({ stdin: { contents: code, resolveDir: join(import.meta.dirname, "..", "..") }, bundle: true, minify: true, write: false, format: "esm", platform: "browser" })).outputFiles[0]!.text

describe.runIf(existsSync(dist))("tree-shaking of the built package", () => {
  it("leaves the map and chart libraries out of a bundle that only uses a metric", async () => {
    const metricsOnly = await bundle(`import { foreignShareByJurisdiction } from "./dist/index.js"; console.log(foreignShareByJurisdiction)`)
    const withHtml = await bundle(`import { renderHtml } from "./dist/index.js"; console.log(renderHtml)`)
    // a minifier may print the hash word in decimal
    const markers = [["1.340264"], ["Topology"], ["0x6a09e667", "1779033703"]]
    const has = (text: string, alternatives: ReadonlyArray<string>) => alternatives.some((m) => text.includes(m))
    for (const marker of markers) {
      expect(has(withHtml, marker), marker[0]).toBe(true)
      expect(has(metricsOnly, marker), marker[0]).toBe(false)
    }
  }, 120000)
})

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as Sdk from "../src/index.js"
import * as Programs from "../src/effect.js"
import { decodeSbom } from "@sovmap/core"

const fixtures = join(import.meta.dirname, "..", "..", "core", "test", "fixtures", "sbom")

describe("SBOM programs", () => {
  it.each(["laravel-7.12.0.cdx.json", "laravel-7.12.0.cdx.xml", "appbomination.spdx.json", "example6-bin.spdx"])("streams %s to the same document as the in-memory reader", async (name) => {
    const path = join(fixtures, name)
    const streamed = await Sdk.readSbom(path)
    const whole = decodeSbom(readFileSync(path, "utf8"), path)
    expect(streamed).toEqual(whole)
  })

  it("rejects a missing file with FileReadError and a truncated one with SbomParseError", async () => {
    await expect(Sdk.readSbom("/no/such/bom.json")).rejects.toBeInstanceOf(Sdk.FileReadError)
    const dir = mkdtempSync(join(tmpdir(), "sovmap-sbom-"))
    const cut = join(dir, "cut.json")
    writeFileSync(cut, readFileSync(join(fixtures, "laravel-7.12.0.cdx.json"), "utf8").slice(0, 20000))
    await expect(Sdk.readSbom(cut)).rejects.toBeInstanceOf(Sdk.SbomParseError)
  })

  it("writes the enriched SBOM atomically and refuses to enrich SPDX", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-sbom-"))
    const out = join(dir, "out.cdx.json")
    const attribution = await Sdk.enrichSbomFile(join(fixtures, "laravel-7.12.0.cdx.json"), out)
    const written = JSON.parse(readFileSync(out, "utf8")) as { components: Array<{ purl: string; properties: Array<{ name: string; value: string }> }> }
    const symfonyConsole = written.components.find((c) => c.purl.startsWith("pkg:composer/symfony/console@"))!
    expect(symfonyConsole.properties).toContainEqual({ name: "sovmap:control:jurisdiction", value: "FR" })
    expect(attribution.summary.components).toBe(62)
    expect(readdirSync(dir)).toEqual(["out.cdx.json"])
    await expect(Sdk.enrichSbomFile(join(fixtures, "appbomination.spdx.json"), join(dir, "x.json"))).rejects.toBeInstanceOf(Sdk.UnsupportedSbomError)
  })

  it("attributes the SBOMs a manifest references, relative to the manifest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-sbom-"))
    writeFileSync(join(dir, "bom.json"), readFileSync(join(fixtures, "laravel-7.12.0.cdx.json")))
    const manifest = join(dir, "sovmap.yaml")
    writeFileSync(
      manifest,
      "sovmap: 1\norganisation: { name: Test, country: DE }\nsystems:\n  - id: web\n    name: Web\n    criticality: high\n    dependencies: [{ offering: aws-ec2 }]\nsboms:\n  - { path: bom.json, system: web, criticality: high }\n"
    )
    const loaded = await Sdk.loadManifest(manifest)
    const results = await Effect.runPromise(Programs.attributeManifestSboms(loaded).pipe(Effect.provide(NodeServices.layer)))
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ system: "web", criticality: "high" })
    expect(results[0]!.attribution.summary.components).toBe(62)
  })
})

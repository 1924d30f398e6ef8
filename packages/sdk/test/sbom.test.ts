import { createReadStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as Sdk from "../src/index.js"
import * as Programs from "../src/effect.js"
import { attributeSbom, builtinKnowledgeBase, decodeSbom } from "@sovmap/core"

const fixtures = join(import.meta.dirname, "..", "..", "core", "test", "fixtures", "sbom")

describe("SBOM programs", () => {
  it.each(["laravel-7.12.0.cdx.json", "laravel-7.12.0.cdx.xml", "appbomination.spdx.json", "example6-bin.spdx"])("streams %s to the same document as the in-memory reader", async (name) => {
    const path = join(fixtures, name)
    const streamed = await Sdk.readSbom(path)
    const whole = decodeSbom(readFileSync(path, "utf8"), path)
    expect(streamed).toEqual(whole)
  })

  it.each(["dropwizard-1.3.15.cdx.json", "laravel-7.12.0.cdx.xml", "appbomination.spdx.json"])("attributes %s the same from a path, from text and from a stream (streamed, attributed as read)", async (name) => {
    const path = join(fixtures, name)
    const text = readFileSync(path, "utf8")
    const expected = attributeSbom(decodeSbom(text, path), builtinKnowledgeBase())
    expect(await Sdk.attributeSbomFile(path)).toStrictEqual(expected)
    expect(await Sdk.attributeSbomFile({ text, file: path })).toStrictEqual(expected)
    // A Node stream in 1 kB chunks, and a web ReadableStream of strings.
    expect(await Sdk.attributeSbomFile({ stream: createReadStream(path, { highWaterMark: 1024 }), file: path })).toStrictEqual(expected)
    const web = new ReadableStream<string>({
      start(controller) {
        for (let i = 0; i < text.length; i += 4096) controller.enqueue(text.slice(i, i + 4096))
        controller.close()
      }
    })
    expect(await Sdk.attributeSbomFile({ stream: web, file: path })).toStrictEqual(expected)
    expect((await Sdk.readSbom({ stream: createReadStream(path), file: path })).components).toHaveLength(expected.components.length)
  })

  it("stops at the component past maxComponents, from a path (read whole) and from a stream (read in chunks)", async () => {
    const path = join(fixtures, "dropwizard-1.3.15.cdx.json")
    const text = readFileSync(path, "utf8")
    // The limit counts every component read, the document's subject included: one fewer refuses the last.
    const doc = decodeSbom(text, path)
    const count = doc.components.length + (doc.subject === undefined ? 0 : 1)
    const stream = { stream: createReadStream(path, { highWaterMark: 1024 }), file: path }
    for (const source of [path, stream]) {
      const error = await Sdk.attributeSbomFile(source, { maxComponents: count - 1 }).catch((e: unknown) => e)
      expect(error).toMatchObject({ _tag: "UnsupportedSbomError" })
      const d = (error as Sdk.UnsupportedSbomError).diagnostics[0]!
      expect(d.message).toBe(`more than ${count - 1} components: reading stopped at ${d.path}`)
      expect(d.line).toBeGreaterThan(1)
    }
    expect((await Sdk.attributeSbomFile(path, { maxComponents: count })).summary.components).toBe(doc.components.length)
  })

  it("rejects a stream that fails with FileReadError naming it", async () => {
    async function* failing() {
      yield '{"bomFormat":"CycloneDX",'
      throw new Error("connection reset")
    }
    const error = await Sdk.attributeSbomFile({ stream: failing(), file: "upload.json" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Sdk.FileReadError)
    expect((error as Error).message).toContain("upload.json")
    expect((error as Error).message).toContain("connection reset")
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

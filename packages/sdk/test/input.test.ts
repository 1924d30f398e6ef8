// Inputs as data and streams, cancellation, and a file system supplied by the caller.
import { Readable } from "node:stream"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Layer from "effect/Layer"
import * as Stdio from "effect/Stdio"
import * as Exit from "effect/Exit"
import * as Cause from "effect/Cause"
import * as Stream from "effect/Stream"
import { describe, expect, it } from "vitest"
import { assess, diffReports, loadManifest, ManifestValidationError, parseManifest, renderReport, sourceName } from "../src/index.js"
import * as Programs from "../src/effect.js"

// One system, three dependencies of equal weight: ovhcloud-public-cloud (OVH, FR — in the home bloc eu27),
// aws-ec2 (Amazon, US) and azure (Microsoft, US). Foreign share = 2 / 3.
const text = `sovmap: 1
organisation: { name: Inputs, country: FR }
systems:
  - id: web
    name: Website
    criticality: high
    dependencies: [{ offering: ovhcloud-public-cloud }, { offering: aws-ec2 }, { offering: azure }]
`
const bytes = new TextEncoder().encode(text)

describe("inputs as data and streams (Promise API)", () => {
  it("assesses the same manifest from text, a web stream, a Node stream and an async iterable", async () => {
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        // split inside a multi-byte-free line, in three chunks
        controller.enqueue(bytes.slice(0, 10))
        controller.enqueue(bytes.slice(10, 40))
        controller.enqueue(bytes.slice(40))
        controller.close()
      }
    })
    async function* chunks() {
      yield text.slice(0, 25)
      yield text.slice(25)
    }
    const sources = [{ text }, { stream: web }, { stream: Readable.from([Buffer.from(bytes)]) }, { stream: chunks() }]
    for (const source of sources) {
      const result = await assess(source)
      expect(result.metrics.foreignShare.foreignShare).toBeCloseTo(2 / 3, 12)
    }
  })

  it("names text and stream inputs in errors, with line and column", async () => {
    const error = await assess({ text: "sovmap: 1\norganisation: { name: X, country: FR }\nsystems: 3\n", file: "inline.yaml" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ManifestValidationError)
    expect((error as ManifestValidationError)._tag).toBe("ManifestValidationError")
    const [first] = (error as ManifestValidationError).diagnostics
    expect(first).toMatchObject({ file: "inline.yaml", line: 3 })
    expect(sourceName({ stream: Readable.from([]) })).toBe("<stream>")
    expect(sourceName("-")).toBe("<stdin>")
  })

  it("diffs reports given as parsed documents", async () => {
    const report = JSON.parse(renderReport(await assess({ text }), "json"))
    const diff = await diffReports(report, { text: JSON.stringify(report), file: "after.json" })
    // identical reports: no dependency added or removed
    expect(diff.dependencies.added).toEqual([])
    expect(diff.dependencies.removed).toEqual([])
  })
})

describe("cancellation (Promise API)", () => {
  it("rejects at once with the reason of an aborted signal", async () => {
    const reason = new Error("stopped by the caller")
    await expect(assess({ text }, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason)
  })

  it("stops reading a stream that never ends when the signal aborts", async () => {
    const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => undefined) })
    const controller = new AbortController()
    const reason = new Error("timeout")
    setTimeout(() => controller.abort(reason), 50)
    await expect(loadManifest({ stream: endless }, { signal: controller.signal })).rejects.toBe(reason)
  })

  it("stops inside synchronous work at the next progress report", async () => {
    const controller = new AbortController()
    const reason = new Error("enough")
    const stages: Array<string> = []
    const outcome = parseManifest(text, "m.yaml", {
      signal: controller.signal,
      onProgress: (u) => {
        stages.push(String(u.stage))
        controller.abort(reason)
      }
    })
    await expect(outcome).rejects.toBe(reason)
    expect(stages).toHaveLength(1) // the first report is heard, the next one throws
  })
})

describe("a file system supplied by the caller (Effect API)", () => {
  it("loads a manifest from an in-memory file system", async () => {
    const files = new Map([["/virtual/sovmap.yaml", text]])
    const memory = FileSystem.layerNoop({
      readFileString: (path) => {
        const found = files.get(path)
        return found === undefined ? Effect.die(new Error(`no ${path}`)) : Effect.succeed(found)
      }
    })
    const program = Effect.flatMap(Programs.loadManifest("/virtual/sovmap.yaml"), (m) => Programs.assess(m))
    const exit = await Effect.runPromiseExit(Effect.provide(program, Layer.merge(memory, Stdio.layerTest({}))))
    expect(Exit.isSuccess(exit)).toBe(true)
    if (Exit.isSuccess(exit)) expect(exit.value.metrics.foreignShare.foreignShare).toBeCloseTo(2 / 3, 12)
  })
})

describe("progress as a stream (Effect API)", () => {
  const events = (manifest: string) =>
    Programs.withProgressStream((onProgress) => Effect.flatMap(Programs.parseManifest(manifest, "m.yaml", { onProgress }), (m) => Programs.assess(m, { onProgress })))

  it("emits the stages in order and ends with the result", async () => {
    const collected = Array.from(await Effect.runPromise(Stream.runCollect(events(text))))
    const last = collected.at(-1)
    expect(last?._tag).toBe("Done")
    if (last?._tag === "Done") expect(last.value.metrics.foreignShare.foreignShare).toBeCloseTo(2 / 3, 12)
    const stages = collected.flatMap((e) => (e._tag === "Progress" ? [e.update.stage] : []))
    expect(stages[0]).toBe("parsing")
    expect(stages).toContain("assessing")
    expect(stages.indexOf("resolving")).toBeLessThan(stages.indexOf("assessing"))
  })

  it("fails the stream with the program's typed error", async () => {
    const exit = await Effect.runPromiseExit(Stream.runCollect(events("sovmap: 1\nsystems: 3\n")))
    expect(Exit.isFailure(exit)).toBe(true)
    if (Exit.isFailure(exit)) expect(Cause.squash(exit.cause)).toBeInstanceOf(ManifestValidationError)
  })
})

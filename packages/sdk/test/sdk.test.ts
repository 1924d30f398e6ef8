import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import * as Sdk from "../src/index.js"
import * as Programs from "../src/effect.js"

const example = join(import.meta.dirname, "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")

describe("Promise API", () => {
  it("loads and assesses the example", async () => {
    const result = await Sdk.assess(example)
    // hand calculation in packages/core/test/assess/assess.test.ts: 2285000 / 3965000
    expect(result.metrics.foreignShare.foreignShare).toBeCloseTo(2285000 / 3965000, 12)
    expect(result.inputs.manifest.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it("records the SHA-256 of the manifest bytes", async () => {
    const { createHash } = await import("node:crypto")
    const loaded = await Sdk.loadManifest(example)
    expect(loaded.sha256).toBe(createHash("sha256").update(readFileSync(example)).digest("hex"))
  })

  it("rejects with the tagged error classes", async () => {
    await expect(Sdk.loadManifest("/no/such/sovmap.yaml")).rejects.toBeInstanceOf(Sdk.FileReadError)
    await expect(Sdk.parseManifest("sovmap: 1\nfoo: [", "x.yaml")).rejects.toBeInstanceOf(Sdk.ManifestParseError)
    const error = await Sdk.parseManifest("sovmap: 2\n", "x.yaml").catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Sdk.ManifestValidationError)
    expect((error as Sdk.ManifestValidationError)._tag).toBe("ManifestValidationError")
  })

  it("writes atomically and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-sdk-"))
    const target = join(dir, "report.md")
    writeFileSync(target, "old")
    await Sdk.writeFileAtomic(target, "new")
    expect(readFileSync(target, "utf8")).toBe("new")
    expect(readdirSync(dir)).toEqual(["report.md"])
    await expect(Sdk.writeFileAtomic(join(dir, "missing-dir", "r.md"), "x")).rejects.toBeInstanceOf(Sdk.FileWriteError)
    expect(readdirSync(dir)).toEqual(["report.md"])
  })
})

describe("Effect API", () => {
  it("fails in the typed error channel", async () => {
    const exit = await Effect.runPromiseExit(Programs.loadManifest("/no/such/file.yaml").pipe(Effect.provide(NodeServices.layer)))
    expect(Exit.isFailure(exit)).toBe(true)
    if (Exit.isFailure(exit)) expect(String(exit.cause)).toContain("FileReadError")
  })

  it("runs the same assessment as the Promise API", async () => {
    const result = await Effect.runPromise(Programs.loadManifest(example).pipe(Effect.flatMap(Programs.assess), Effect.provide(NodeServices.layer)))
    expect(result.metrics.foreignShare.foreignWeight).toBe(2285000)
  })
})

describe("reports and diff", () => {
  it("renders the HTML report as one self-contained page", async () => {
    const page = Sdk.renderReport(await Sdk.assess(example), "html")
    expect(page.startsWith("<!doctype html>")).toBe(true)
    expect(page).toContain("Content-Security-Policy")
    expect(page).toContain('id="chart-map"')
  })

  it("diffs two JSON reports read from files, and refuses files that are not reports", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-sdk-diff-"))
    const before = join(dir, "before.json")
    const after = join(dir, "after.json")
    const result = await Sdk.assess(example)
    writeFileSync(before, Sdk.renderReport(result, "json"))
    // Drop the last dependency (Scaleway, FR, medium: weight 20000 × 2 = 40000) from the after report.
    const edited = JSON.parse(Sdk.renderReport(result, "json")) as { dependencies: Array<{ offering: string }> }
    edited.dependencies = edited.dependencies.filter((d) => d.offering !== "scaleway-instances")
    writeFileSync(after, JSON.stringify(edited))
    const diff = await Sdk.diffReports(before, after)
    expect(diff.dependencies.removed.map((d) => d.offering)).toEqual(["scaleway-instances"])
    expect(diff.metrics).toEqual([])
    expect(Sdk.renderDiff(diff, "md")).toContain("1 removed")

    writeFileSync(join(dir, "package.json"), '{"name": "x"}')
    await expect(Sdk.diffReports(join(dir, "package.json"), after)).rejects.toBeInstanceOf(Sdk.ReportDecodeError)
    await expect(Sdk.diffReports(join(dir, "missing.json"), after)).rejects.toBeInstanceOf(Sdk.FileReadError)
  })
})

describe("policies", () => {
  it("assesses under a policy file laid over the default, and records it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-policy-"))
    const policy = join(dir, "policy.yaml")
    // Only foreign control counts: the score is then 100 × (1 − 2285000 / 3965000) (hand calculation in core's assess test).
    writeFileSync(policy, "sovmapPolicy: 1\nid: only-control\nversion: '1'\ncomposite:\n  weights: { foreignControl: 1, legalExposure: 0, dataLocation: 0, concentration: 0, alignment: 0, lockIn: 0 }\n")
    const result = await Sdk.assess(example, { policy })
    expect(result.inputs.policy).toMatchObject({ id: "only-control", version: "1", file: policy })
    expect(result.metrics.score.score).toBeCloseTo(100 * (1 - 2285000 / 3965000), 10)
  })

  it("rejects a bad policy with a located, tagged error", async () => {
    const error = await Sdk.loadPolicy(join(import.meta.dirname, "..", "..", "core", "data", "policy", "missing.yaml")).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Sdk.FileReadError)
    const dir = mkdtempSync(join(tmpdir(), "sovmap-policy-"))
    const bad = join(dir, "bad.yaml")
    writeFileSync(bad, "sovmapPolicy: 1\nid: bad\nversion: '1'\nalignment:\n  tierRisk: { other: 2 }\n")
    const invalid = (await Sdk.loadPolicy(bad).catch((e: unknown) => e)) as Sdk.PolicyValidationError
    expect(invalid).toBeInstanceOf(Sdk.PolicyValidationError)
    expect(invalid.diagnostics[0]).toMatchObject({ file: bad, line: 5, path: "alignment.tierRisk.other" })
  })
})

/**
 * Determinism: the same inputs give byte-identical JSON, Markdown and HTML across two runs of the built CLI,
 * and across Node 22 and Node 24. Node 24 is the one running the tests; Node 22 is taken from
 * SOVMAP_NODE22 or .tools/node22 (install it with `npm i --prefix .tools/node22 node@22`); without it the
 * cross-version half is skipped with a message.
 */
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { bin, cleanEnv, root } from "./support/sovmap.js"

const node22 = [process.env["SOVMAP_NODE22"], join(root, ".tools", "node22", "node_modules", ".bin", "node")].find((p) => p !== undefined && p !== "" && existsSync(p))
const node22Version = node22 === undefined ? undefined : spawnSync(node22, ["--version"], { encoding: "utf8" }).stdout.trim()
if (node22 === undefined) console.warn("determinism.test.ts: no Node 22 found (SOVMAP_NODE22 or .tools/node22); the Node 22 vs 24 comparison is skipped. Install it with `npm i --prefix .tools/node22 node@22`.")

const run = (node: string, args: Array<string>) => {
  const r = spawnSync(node, [bin, ...args], { cwd: root, encoding: "buffer", env: cleanEnv({ NO_COLOR: "1" }), maxBuffer: 1 << 28 })
  return { code: r.status, digest: createHash("sha256").update(r.stdout).digest("hex"), bytes: r.stdout.length, stderr: r.stderr.toString() }
}

const example = "examples/region-nordlys/sovmap.yaml"
const outputs: ReadonlyArray<readonly [string, Array<string>]> = [
  ["assess JSON", ["assess", example, "--format", "json"]],
  ["assess Markdown", ["assess", example, "--format", "md"]],
  ["assess HTML", ["assess", example, "--format", "html"]],
  ["scenario sweep JSON", ["scenario", example, "--sweep", "--json"]],
  ["csf HTML", ["csf", "examples/csf/hypothetical-eu-provider.yaml", "examples/csf/hypothetical-non-eu-provider-eu-region.yaml", "--format", "html"]],
  ["trade JSON", ["trade", "packages/cli/test/fixtures/trade/BACI_HS17_Y2022_V202501.csv", "--json"]],
  ["sbom Markdown", ["sbom", "packages/core/test/fixtures/sbom/laravel-7.12.0.cdx.json"]]
]

describe("byte-identical outputs", () => {
  it.each(outputs)("%s: two runs give the same bytes", (_, args) => {
    const a = run(process.execPath, args)
    const b = run(process.execPath, args)
    expect(a.code, a.stderr).toBe(0)
    expect(a.bytes).toBeGreaterThan(100)
    expect(b.digest).toBe(a.digest)
  }, 60_000)

  it.skipIf(node22 === undefined).each(outputs)(`%s: Node ${node22Version ?? "22"} and Node ${process.version} give the same bytes`, (_, args) => {
    expect(node22Version).toMatch(/^v22\./)
    const a = run(process.execPath, args)
    const b = run(node22!, args)
    expect(b.code, b.stderr).toBe(0)
    expect(b.digest).toBe(a.digest)
  }, 60_000)
})

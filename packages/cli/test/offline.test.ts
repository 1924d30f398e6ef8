/**
 * No network at run time: the main verbs run inside a network namespace with no usable interface
 * (`unshare -n`: only a loopback that is down) and succeed with the same output as outside it. Needs
 * unshare(1) and the right to create a namespace (root, or CAP_SYS_ADMIN); skipped with a message otherwise.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { bin, cleanEnv, root } from "./support/sovmap.js"

const probe = spawnSync("unshare", ["-n", "true"], { encoding: "utf8" })
const available = probe.status === 0
if (!available) {
  console.warn(`offline.test.ts skipped: \`unshare -n\` is not available here (${probe.error?.message ?? probe.stderr.trim()}); run as root to check that sovmap needs no network`)
}

const dir = mkdtempSync(join(tmpdir(), "sovmap-offline-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (offline: boolean, args: Array<string>) => {
  const command = offline ? "unshare" : process.execPath
  const argv = offline ? ["-n", process.execPath, bin, ...args] : [bin, ...args]
  const r = spawnSync(command, argv, { cwd: root, encoding: "utf8", env: cleanEnv({ NO_COLOR: "1" }) })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const example = "examples/region-nordlys/sovmap.yaml"
const verbs: ReadonlyArray<readonly [string, Array<string>]> = [
  ["validate", ["validate", example]],
  ["assess (Markdown)", ["assess", example]],
  ["assess (JSON)", ["assess", example, "--format", "json"]],
  ["assess (HTML)", ["assess", example, "--format", "html"]],
  ["scenario", ["scenario", example, "--cut", "US"]],
  ["scenario sweep", ["scenario", example, "--sweep", "--json"]],
  ["csf", ["csf", "examples/csf/hypothetical-eu-provider.yaml", "examples/csf/hypothetical-non-eu-provider-eu-region.yaml", "--format", "html"]],
  ["trade", ["trade", "packages/cli/test/fixtures/trade/BACI_HS17_Y2022_V202501.csv", "--json"]],
  ["sbom", ["sbom", "packages/core/test/fixtures/sbom/laravel-7.12.0.cdx.xml", "--json"]],
  ["data laws", ["data", "laws"]],
  ["data show", ["data", "show", "arm"]],
  ["schema", ["schema", "manifest"]]
]

describe.skipIf(!available)("no network at run time (unshare -n)", () => {
  it("the namespace really has no network: a TCP connection to 1.1.1.1 fails inside it", () => {
    const script = "require('net').connect(53,'1.1.1.1').on('error',e=>{console.log(e.code);process.exit(0)}).on('connect',()=>{console.log('connected');process.exit(1)})"
    const r = spawnSync("unshare", ["-n", process.execPath, "-e", script], { encoding: "utf8" })
    expect(r.stdout.trim()).toBe("ENETUNREACH")
  })

  it.each(verbs)("%s succeeds offline with the same output as online", (_, args) => {
    const online = run(false, args)
    const offline = run(true, args)
    expect(offline.stderr).not.toMatch(/internal error|ENOTFOUND|ENETUNREACH|EAI_AGAIN/)
    expect(offline.code).toBe(0)
    expect(offline.code).toBe(online.code)
    expect(offline.stdout).toBe(online.stdout)
  }, 60_000)

  it("diff of two JSON reports written offline succeeds offline", () => {
    const a = join(dir, "a.json")
    expect(run(true, ["assess", example, "--format", "json", "--out", a]).code).toBe(0)
    const r = run(true, ["diff", a, a, "--json"])
    expect(r.code).toBe(0)
  }, 60_000)
})

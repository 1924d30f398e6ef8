// Runs the built, bundled CLI as a user would: a subprocess, reading its stdout, stderr and exit code.
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const example = "examples/region-nordlys/sovmap.yaml"
const fixture = (name: string) => `packages/cli/test/fixtures/${name}`

const sovmap = (args: Array<string>, input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOVMAP_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const noStackTrace = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)
}

describe("sovmap (bundled)", () => {
  it("prints its version", () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as { version: string }
    expect(sovmap(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` })
  })

  it("prints help with the verbs and exit codes", () => {
    const r = sovmap(["--help"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("validate")
    expect(r.stdout).toContain("assess")
    expect(r.stdout).toContain("diff")
    expect(r.stdout).toContain("3 input cannot be read")
  })

  it("validates the example", () => {
    const r = sovmap(["validate", example])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`✓ ${example} is valid: 6 systems, 11 dependencies\n`)
  })

  it("reads the manifest from standard input with -", () => {
    const r = sovmap(["validate", "-", "--json"], readFileSync(join(root, example), "utf8"))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, file: "<stdin>", systems: 6, dependencies: 11 })
  })

  it("assesses the example as JSON whose foreign share matches the hand calculation", () => {
    const r = sovmap(["assess", example, "--format", "json"])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { reportVersion: number; metrics: { foreignShare: { foreignShare: number } } }
    expect(report.reportVersion).toBe(2)
    // packages/core/test/assess/assess.test.ts: 2285000 / 3965000
    expect(report.metrics.foreignShare.foreignShare).toBeCloseTo(0.5762925598991173, 12)
  })

  it("scores under --policy and reports a bad policy with its location", () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-cli-"))
    const policy = join(dir, "policy.yaml")
    writeFileSync(policy, "sovmapPolicy: 1\nid: mine\nversion: '3'\ncomposite:\n  weights: { lockIn: 5 }\n")
    const r = sovmap(["assess", example, "--json", "--policy", policy])
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { inputs: { policy: { id: string; weights: { lockIn: number } } } }).inputs.policy).toMatchObject({ id: "mine", weights: { lockIn: 5 } })
    writeFileSync(policy, "sovmapPolicy: 1\nid: mine\nversion: '3'\ncomposite:\n  weights: { lockin: 5 }\n")
    const bad = sovmap(["assess", example, "--policy", policy])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain("policy.yaml:5:14: unknown field `lockin`")
    expect(bad.stderr).toContain("did you mean `lockIn`")
    noStackTrace(bad.stderr)
    expect(sovmap(["assess", example, "--policy", join(dir, "none.yaml")]).code).toBe(3)
  })

  it("writes the Markdown report atomically to --out", () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-cli-"))
    const out = join(dir, "report.md")
    const r = sovmap(["assess", example, "--out", out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe("")
    expect(readFileSync(out, "utf8")).toContain("# Sovereignty assessment: Région Nordlys")
    expect(readdirSync(dir)).toEqual(["report.md"])
  })

  describe("bad input: file:line:column, what was expected, a hint, exit 1, no stack trace", () => {
    it("YAML syntax error", () => {
      const r = sovmap(["validate", fixture("syntax-error.yaml")])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/^error packages\/cli\/test\/fixtures\/syntax-error\.yaml:\d+:\d+: not valid YAML/)
      expect(r.stderr).toContain("hint:")
      noStackTrace(r.stderr)
    })

    it("unknown field", () => {
      const r = sovmap(["validate", fixture("unknown-field.yaml")])
      expect(r.code).toBe(1)
      expect(r.stderr).toContain("unknown-field.yaml:5:1: unknown field `hme`")
      expect(r.stderr).toContain("expected: one of `sovmap`, `organisation`, `home`")
      expect(r.stderr).toContain("hint: did you mean `home`?")
      noStackTrace(r.stderr)
    })

    it("wrong type", () => {
      const r = sovmap(["validate", fixture("wrong-type.yaml")])
      expect(r.code).toBe(1)
      expect(r.stderr).toContain("wrong-type.yaml:8:18: invalid value number 3 at `systems[0].criticality`")
      expect(r.stderr).toMatch(/expected: .*"critical"\|"high"\|"medium"\|"low"/)
      noStackTrace(r.stderr)
    })

    it("unknown vendor id", () => {
      const r = sovmap(["validate", fixture("unknown-vendor.yaml")])
      expect(r.code).toBe(1)
      expect(r.stderr).toContain("unknown-vendor.yaml:10:19: unknown offering `aws-ec3`")
      expect(r.stderr).toContain("hint: did you mean `aws-ec2`")
      noStackTrace(r.stderr)
    })

    it("missing file exits 3", () => {
      const r = sovmap(["validate", "no-such-file.yaml"])
      expect(r.code).toBe(3)
      expect(r.stderr).toContain("no-such-file.yaml: cannot read: no such file")
      noStackTrace(r.stderr)
    })

    it("unknown flag is a usage error, exit 2", () => {
      const r = sovmap(["assess", example, "--frobnicate"])
      expect(r.code).toBe(2)
      noStackTrace(r.stderr)
    })
  })
})

describe("sovmap diff (bundled)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sovmap-cli-diff-"))
  const report = join(dir, "report.json")
  sovmap(["assess", example, "--format", "json", "--out", report])

  it("reports no change between a report and itself, exit 0", () => {
    const r = sovmap(["diff", report, report, "--json"])
    expect(r.code).toBe(0)
    const diff = JSON.parse(r.stdout) as { metrics: Array<unknown>; dependencies: { unchanged: number } }
    expect(diff.metrics).toEqual([])
    expect(diff.dependencies.unchanged).toBe(11)
  })

  it("refuses a file that is not a sovmap report: located message, exit 1, no stack trace", () => {
    const r = sovmap(["diff", "package.json", report])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("error package.json:1:1: not a sovmap report: no numeric `reportVersion` field")
    noStackTrace(r.stderr)
  })

  it("refuses another report format version, pointing at the field", () => {
    const other = join(dir, "v2.json")
    writeFileSync(other, readFileSync(report, "utf8").replace('"reportVersion": 2', '"reportVersion": 3'))
    const r = sovmap(["diff", other, report])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${other}:2:20: report format version 3 is not supported; this sovmap reads version 2`)
  })

  it("exits 3 when a report cannot be read", () => {
    expect(sovmap(["diff", join(dir, "missing.json"), report]).code).toBe(3)
  })
})

// Runs the bundled CLI's `check` verb as CI would.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cleanEnv, sovmap } from "./support/sovmap.js"

const manifest = "examples/region-nordlys/sovmap.yaml"
const policy = "examples/region-nordlys/policy.yaml"
const dir = mkdtempSync(join(tmpdir(), "sovmap-check-"))
const policyFile = (name: string, rules: string) => {
  const file = join(dir, name)
  writeFileSync(file, `sovmapPolicy: 1\nid: t\nversion: "1"\nrules:\n${rules}`)
  return file
}

describe("sovmap check", () => {
  it("exits 1 and lists every breach at its rule, file:line:col", () => {
    const r = sovmap(["check", manifest, "--policy", policy])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("# Policy check: failed")
    // `- rule: no-law-exposure` is on line 19 of the example policy, its mapping at column 5.
    expect(r.stdout).toContain("`examples/region-nordlys/policy.yaml:19:5`: data-platform/aws-ec2 with restricted data is reachable by CLOUD Act")
    expect(r.stdout).not.toContain("::error")
    expect(r.stderr).toContain("check failed: 2 of 6 rule(s) broken")
  })

  it("exits 0 when every rule holds", () => {
    // Critical dependencies of the example are OVHcloud and S3NS, both EU-controlled: share 0.
    const r = sovmap(["check", manifest, "--policy", policyFile("pass.yaml", "  - { rule: max-foreign-share, scope: critical, max: 0 }\n")])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("# Policy check: passed")
  })

  it("prints GitHub Actions annotations when GITHUB_ACTIONS=true, and keeps JSON on stdout clean", () => {
    // Foreign share of all weight: 2,285,000 / 3,965,000 = 57.6 % (hand calculation in core's check test).
    const file = policyFile("cap.yaml", "  - { rule: max-foreign-share, max: 0.4 }\n")
    const md = sovmap(["check", manifest, "--policy", file], { env: cleanEnv({ NO_COLOR: "1", GITHUB_ACTIONS: "true" }) })
    expect(md.code).toBe(1)
    expect(md.stdout).toContain(`::error file=${file.replace(/:/g, "%3A")},line=5,col=37,title=sovmap check%3A rules[0] (max-foreign-share)::foreign share of all dependencies is 57.6 %25`)
    const json = sovmap(["check", manifest, "--policy", file, "--json"], { env: cleanEnv({ NO_COLOR: "1", GITHUB_ACTIONS: "true" }) })
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: false, breaches: [{ rule: "max-foreign-share", line: 5, column: 37 }] })
    expect(json.stderr).toContain("::error file=")
  })

  it("writes the verdict atomically with --out", () => {
    const out = join(dir, "check.json")
    const r = sovmap(["check", manifest, "--policy", policy, "--format", "json", "--out", out])
    expect(r.code).toBe(1)
    expect(JSON.parse(readFileSync(out, "utf8")).rules).toHaveLength(6)
  })

  it("exits 2 without --policy and for a policy that cannot be decoded, located", () => {
    expect(sovmap(["check", manifest]).code).toBe(2)
    const r = sovmap(["check", manifest, "--policy", policyFile("bad.yaml", "  - { rule: no-spof, sytem: x }\n")])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("bad.yaml:5:22: unknown field `sytem`")
    expect(r.stderr).toContain("did you mean `system`?")
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)
  })

  it("exits 3 when the policy or the manifest cannot be read", () => {
    expect(sovmap(["check", manifest, "--policy", "no-such-policy.yaml"]).code).toBe(3)
    expect(sovmap(["check", "no-such.yaml", "--policy", policy]).code).toBe(3)
  })
})

// `sovmap sbom` as a user runs it: the bundled CLI in a subprocess.
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const fixture = (name: string) => `packages/core/test/fixtures/sbom/${name}`

const sovmap = (args: Array<string>, input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOVMAP_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)

describe("sovmap sbom", () => {
  it("prints the jurisdiction breakdown and the unattributed components of a real SBOM", () => {
    const r = sovmap(["sbom", fixture("dropwizard-1.3.15.cdx.json")])
    expect(r.code).toBe(0)
    // BE = Eclipse rules on components with no known publisher: org.eclipse.jetty 20 + org.glassfish 2 = 22 of 167
    // = 13.2 % (the other 19 GlassFish components name Oracle Corporation as publisher, now a knowledge-base entity);
    // 100 unattributed, 167 - 100 = 67 attributed (see core/test/sbom/attribute.test.ts for the working).
    expect(r.stdout).toContain("| BE Belgium (home) | 22 | 13.2 % |")
    expect(r.stdout).toContain("## Unattributed components (100)")
    expect(r.stderr).toBe("167 components: 67 attributed, 100 unattributed\n")
  })

  it("reads standard input with - and prints JSON", () => {
    const r = sovmap(["sbom", "-", "--json"], readFileSync(join(root, fixture("laravel-7.12.0.cdx.xml")), "utf8"))
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { sbomReportVersion: number; file: string; format: string; summary: { components: number } }
    expect(report).toMatchObject({ sbomReportVersion: 1, file: "<stdin>", format: "cyclonedx-xml", summary: { components: 62 } })
  })

  it("writes the enriched SBOM with --enrich", () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-cli-sbom-"))
    const out = join(dir, "bom.sovmap.cdx.json")
    const r = sovmap(["sbom", fixture("laravel-7.12.0.cdx.json"), "--enrich", out, "--out", join(dir, "report.md")])
    expect(r.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(["bom.sovmap.cdx.json", "report.md"])
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ bomFormat: "CycloneDX", specVersion: "1.4" })
  })

  it("stops at the component past --max-components with its place, exit 1; refuses a limit below 1, exit 2", () => {
    // dropwizard has its subject and 167 components: the 101st read is components[99], which opens on line
    // 6092, column 5 (awk: the 100th line that is exactly `    {` after the `"components"` key, line 60).
    const r = sovmap(["sbom", fixture("dropwizard-1.3.15.cdx.json"), "--max-components", "100"])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain(`${fixture("dropwizard-1.3.15.cdx.json")}:6092:5: more than 100 components: reading stopped at components[99]`)
    expect(r.stderr).toContain("--max-components")
    noStackTrace(r.stderr)
    expect(sovmap(["sbom", fixture("dropwizard-1.3.15.cdx.json"), "--max-components", "168"]).code).toBe(0)
    const zero = sovmap(["sbom", fixture("dropwizard-1.3.15.cdx.json"), "--max-components", "0"])
    expect(zero.code).toBe(2)
    expect(zero.stderr).toContain("--max-components must be at least 1")
  })

  it("reports a truncated SBOM at its last line, exit 1, no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "sovmap-cli-sbom-"))
    const cut = join(dir, "cut.json")
    const text = readFileSync(join(root, fixture("laravel-7.12.0.cdx.json")), "utf8").slice(0, 30000)
    writeFileSync(cut, text)
    const r = sovmap(["sbom", cut])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${cut}:${text.split("\n").length}:`)
    expect(r.stderr).toContain("the file is truncated")
    noStackTrace(r.stderr)
  })

  it("names an unsupported version and exits 1; a missing file exits 3", () => {
    const r = sovmap(["sbom", "-"], '{"bomFormat": "CycloneDX", "specVersion": "1.1", "components": []}')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('<stdin>:1:43: CycloneDX specVersion "1.1" is not supported')
    const missing = sovmap(["sbom", "no-such-bom.json"])
    expect(missing.code).toBe(3)
    noStackTrace(missing.stderr)
  })
})

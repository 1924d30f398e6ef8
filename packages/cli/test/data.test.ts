// `sovmap data` as a user runs it: the built, bundled CLI in a subprocess.
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..", "..")
const bin = join(import.meta.dirname, "..", "dist", "sovmap.cjs")
const sovmap = (args: Array<string>) => {
  const r = spawnSync(process.execPath, [bin, "data", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOVMAP_DEBUG: "" } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("sovmap data", () => {
  it("lists cloud vendors with where they are controlled from", () => {
    const r = sovmap(["vendors", "--category", "cloud"])
    expect(r.code).toBe(0)
    // JURISDICTIONS.md §4: "AWS European Sovereign Cloud … still wholly Amazon-owned → US reach via parent".
    expect(r.stdout).toMatch(/aws-european-sovereign-cloud\s+.+\s+DE\s+US \(amazon\)/)
    expect(r.stdout).not.toMatch(/^tsmc\s/m)
  })

  it("searches vendors and returns JSON", () => {
    const r = sovmap(["vendors", "--search", "hetzner", "--json"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ id: "hetzner", hq: "DE", controlJurisdiction: "DE" })])
  })

  it("shows a record with its sources and ownership chain", () => {
    const r = sovmap(["show", "arm"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("arm (GB) ← softbank-group 90.6%")
    expect(r.stdout).toContain("controlled by: softbank-group (JP)")
    expect(r.stdout).toContain("https://group.softbank/news/press/20230914")
  })

  it("shows EU-controlled alternatives of an offering", () => {
    const r = sovmap(["show", "aws-s3", "--json"])
    expect(r.code).toBe(0)
    const shown = JSON.parse(r.stdout) as { control: { jurisdiction: string }; euAlternatives: Array<string> }
    expect(shown.control.jurisdiction).toBe("US")
    expect(shown.euAlternatives).toContain("scaleway-object-storage")
  })

  it("suggests ids for an unknown one and exits 1 without a stack trace", () => {
    const r = sovmap(["show", "hetzne"])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("unknown id `hetzne`")
    expect(r.stderr).toContain("did you mean `hetzner`")
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })

  it("filters offerings by market", () => {
    const r = sovmap(["offerings", "--market", "llm-api", "--json"])
    const rows = JSON.parse(r.stdout) as Array<{ id: string; market: string }>
    expect(rows.every((o) => o.market === "llm-api")).toBe(true)
    expect(rows.map((o) => o.id)).toEqual(expect.arrayContaining(["mistral-la-plateforme", "openai-api"]))
  })

  it("lists blocs at a date: the UK is in the EU on 31 December 2019", () => {
    const r = sovmap(["blocs", "--as-of", "2019-12-31", "--json"])
    const eu = (JSON.parse(r.stdout) as Array<{ id: string; members: Array<string> }>).find((b) => b.id === "eu27")!
    expect(eu.members).toHaveLength(28)
    expect(eu.members).toContain("GB")
  })

  it("lists laws, adequacy decisions and countries", () => {
    expect(sovmap(["laws"]).stdout).toMatch(/us-cloud-act\s+US\s+data-access/)
    expect(sovmap(["adequacy"]).stdout).toMatch(/adequacy-us-dpf\s+US\s+partial\s+2023-07-10/)
    const countries = JSON.parse(sovmap(["countries", "--json"]).stdout) as { countries: Array<unknown> }
    expect(countries.countries).toHaveLength(249)
  })
})

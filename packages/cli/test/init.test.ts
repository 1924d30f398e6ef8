import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { sovmap } from "./support/sovmap.js"

const tmp = () => mkdtempSync(join(tmpdir(), "sovmap-init-"))

describe("sovmap init (no terminal: flags only)", () => {
  it("writes a commented starter that `sovmap validate` accepts", () => {
    const dir = tmp()
    const r = sovmap(["init", "--name", "Ville d'Exemple", "--country", "fr"], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("wrote sovmap.yaml")
    const text = readFileSync(join(dir, "sovmap.yaml"), "utf8")
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./node_modules/@sovmap/core/schema/manifest.schema.json")
    expect(text.split("\n").filter((l) => l.trim().startsWith("#")).length).toBeGreaterThan(10)
    // the values given, upper-cased country, default home bloc, the name quoted as a YAML/JSON string
    expect(text).toContain(`organisation:\n  name: "Ville d'Exemple"\n`)
    expect(text).toMatch(/^  country: FR$/m)
    expect(text).toMatch(/^home: eu27$/m)
    const v = sovmap(["validate", join(dir, "sovmap.yaml")], { cwd: dir })
    expect(v).toMatchObject({ code: 0, stdout: "✓ sovmap.yaml is valid: 1 systems, 1 dependencies\n" })
    expect(readdirSync(dir)).toEqual(["sovmap.yaml"])
  })

  it("points $schema at the schema shipped in a node_modules above the file, when there is one", () => {
    const dir = tmp()
    const schemaDir = join(dir, "node_modules", "@sovmap", "core", "schema")
    mkdirSync(schemaDir, { recursive: true })
    writeFileSync(join(schemaDir, "manifest.schema.json"), "{}")
    mkdirSync(join(dir, "infra"))
    expect(sovmap(["init", "infra/sovmap.yaml", "--name", "X", "--country", "DE"], { cwd: dir }).code).toBe(0)
    expect(readFileSync(join(dir, "infra", "sovmap.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/@sovmap\/core\/schema\/manifest\.schema\.json\n/)
  })

  it("refuses to overwrite without --force (exit 1), and overwrites with it", () => {
    const dir = tmp()
    writeFileSync(join(dir, "sovmap.yaml"), "mine\n")
    const r = sovmap(["init", "--name", "X", "--country", "FR"], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe("error sovmap.yaml: already exists, not overwritten\n  hint: pass --force to overwrite it, or name another file\n")
    expect(readFileSync(join(dir, "sovmap.yaml"), "utf8")).toBe("mine\n")
    expect(sovmap(["init", "--name", "X", "--country", "FR", "--force"], { cwd: dir }).code).toBe(0)
    expect(readFileSync(join(dir, "sovmap.yaml"), "utf8")).toContain("sovmap: 1")
  })

  it("asks for --name and --country instead of prompting when stdin is not a terminal (exit 2)", () => {
    const dir = tmp()
    const r = sovmap(["init"], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--name and --country are required when standard input is not a terminal")
    expect(r.stderr).toContain("hint: sovmap init --name")
    expect(existsSync(join(dir, "sovmap.yaml"))).toBe(false)
  })

  it.each([
    [["--country", "XX"], "--country XX is not an ISO 3166-1 alpha-2 code"],
    [["--country", "FR", "--home", "eu28"], "--home eu28 is not a known bloc"]
  ])("rejects bad flag values %j with exit 2", (flags, message) => {
    const dir = tmp()
    const r = sovmap(["init", "--name", "X", ...flags], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(readdirSync(dir)).toEqual([])
  })
})

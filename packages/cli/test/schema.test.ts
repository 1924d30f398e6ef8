import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { root, sovmap } from "./support/sovmap.js"

describe("sovmap schema", () => {
  it("prints the manifest schema exactly as shipped in @sovmap/core/schema/", () => {
    const r = sovmap(["schema", "manifest"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(root, "packages", "core", "schema", "manifest.schema.json"), "utf8")))
  })

  it("lists the schemas without a name, as text or JSON", () => {
    expect(sovmap(["schema"]).stdout).toMatch(/^manifest\s+@sovmap\/core\/schema\/manifest\.schema\.json$/m)
    expect(JSON.parse(sovmap(["schema", "--json"]).stdout)).toContainEqual({ name: "manifest", path: "@sovmap/core/schema/manifest.schema.json" })
  })

  it("an unknown name is a usage error (exit 2) that lists the choices", () => {
    const r = sovmap(["schema", "policy-nope"])
    expect(r.code).toBe(2)
    expect(r.stderr + r.stdout).toContain('Expected: "manifest"')
  })
})

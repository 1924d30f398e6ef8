import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { manifestJsonSchema } from "../../src/index.js"

describe("manifest JSON Schema", () => {
  it("is committed up to date in schema/manifest.schema.json (regenerate with `pnpm --filter @sovmap/core schema`)", () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schema", "manifest.schema.json"), "utf8")) as unknown
    expect(committed).toEqual(manifestJsonSchema())
  })

  it("knows the fields a user types", () => {
    const schema = manifestJsonSchema() as { properties: Record<string, unknown>; required: Array<string>; additionalProperties: boolean }
    expect(Object.keys(schema.properties)).toEqual(["sovmap", "organisation", "home", "weighting", "asOf", "controlThreshold", "systems", "offerings", "entities", "blocs", "laws", "sboms"])
    expect(schema.required).toEqual(["sovmap", "organisation", "systems"])
    expect(schema.additionalProperties).toBe(false)
  })
})

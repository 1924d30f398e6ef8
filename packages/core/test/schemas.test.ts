import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { jsonSchemaNames, jsonSchemaPath, jsonSchemas } from "../src/index.js"

const root = join(import.meta.dirname, "..")
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  files: Array<string>
  exports: Record<string, unknown>
  publishConfig: { exports: Record<string, unknown> }
}

describe("JSON Schema registry", () => {
  it("lists the manifest schema", () => {
    expect(jsonSchemaNames()).toContain("manifest")
  })

  it.each(jsonSchemaNames())("%s: committed up to date (regenerate with `pnpm --filter @sovmap/core schema`)", (name) => {
    const committed = JSON.parse(readFileSync(join(root, jsonSchemaPath(name)), "utf8")) as unknown
    expect(committed).toEqual(jsonSchemas[name]())
  })

  it.each(jsonSchemaNames())("%s: a JSON Schema 2020-12 document with a title", (name) => {
    const schema = jsonSchemas[name]()
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema")
    expect(typeof schema["title"]).toBe("string")
  })

  it("ships schema/ in the npm package and exports it, so `node_modules/@sovmap/core/schema/*.json` resolves", () => {
    expect(pkg.files).toContain("schema")
    expect(pkg.exports["./schema/*.json"]).toBe("./schema/*.json")
    expect(pkg.publishConfig.exports["./schema/*.json"]).toBe("./schema/*.json")
  })
})

// Writes every JSON Schema of the registry (src/schemas.ts) from the built package into schema/<name>.schema.json
// (committed and shipped in the npm package, so editors can point at them; a test fails when they are stale).
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { jsonSchemaNames, jsonSchemaPath, jsonSchemas } from "../dist/index.js"

const root = join(import.meta.dirname, "..")
mkdirSync(join(root, "schema"), { recursive: true })
for (const name of jsonSchemaNames()) {
  writeFileSync(join(root, jsonSchemaPath(name)), `${JSON.stringify(jsonSchemas[name](), null, 2)}\n`)
}

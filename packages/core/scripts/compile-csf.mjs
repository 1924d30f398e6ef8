// Compiles the EU Cloud Sovereignty Framework catalogues in data/csf/<version>.yaml into one JSON module that
// the build bundles. The schema check (zod) lives in src/csf/catalogue.ts and runs in the test suite; this
// step only refuses files that cannot be read or whose version does not match the file name.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { parse } from "yaml"

const root = new URL("..", import.meta.url).pathname
const dir = join(root, "data", "csf")
const outDir = join(root, "src", "generated")

const fail = (file, message) => {
  process.stderr.write(`${relative(process.cwd(), file)}: ${message}\n`)
  process.exit(1)
}

const frameworks = (existsSync(dir) ? readdirSync(dir) : [])
  .filter((name) => name.endsWith(".yaml"))
  .sort()
  .map((name) => {
    const file = join(dir, name)
    let doc
    try {
      doc = parse(readFileSync(file, "utf8"))
    } catch (error) {
      fail(file, `not valid YAML: ${error.message}`)
    }
    const expected = name.slice(0, -".yaml".length)
    if (doc === null || typeof doc !== "object" || doc.framework !== expected) fail(file, `\`framework\` must equal the file name \`${expected}\``)
    return { ...doc, $file: `data/csf/${name}` }
  })

mkdirSync(outDir, { recursive: true })
const target = join(outDir, "csf-catalogue.json")
writeFileSync(`${target}.tmp`, `${JSON.stringify({ frameworks }, null, 1)}\n`)
renameSync(`${target}.tmp`, target)
process.stdout.write(`csf catalogues: ${frameworks.map((f) => `${f.framework} (${f.objectives.reduce((n, o) => n + o.criteria.length, 0)} criteria)`).join(", ")}\n`)

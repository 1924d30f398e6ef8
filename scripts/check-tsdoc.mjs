// Checks the TSDoc of every export of @sovmap/core and @sovmap/sdk (the API reference's input):
//  1. typedoc runs with no warning (treatWarningsAsErrors);
//  2. every export has a summary and an @since tag;
//  3. every export has an @example (the exports missing one are listed);
//  4. every ```ts block of an @example type-checks (strict, against the packages' sources) as a module of
//     its own, so examples cannot drift from the API.
// Re-exports (typedoc "references") are skipped: their target is checked where it is declared.
// Usage: node scripts/check-tsdoc.mjs   (from the repository root; core's build must have run)
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const docs = join(root, "apps", "docs")
const temp = mkdtempSync(join(tmpdir(), "sovmap-tsdoc-"))
const problems = []
try {
  const json = join(temp, "api.json")
  execFileSync(join(docs, "node_modules", ".bin", "typedoc"), ["--options", "typedoc.json", "--out", join(temp, "md"), "--json", json, "--treatWarningsAsErrors", "--logLevel", "Warn"], { cwd: docs, stdio: "inherit" })
  const project = JSON.parse(readFileSync(json, "utf8"))

  const REFERENCE = 4194304
  const tags = (comment, tag) => (comment?.blockTags ?? []).filter((b) => b.tag === tag)
  const commentOf = (r) => r.comment ?? r.signatures?.find((s) => s.comment)?.comment ?? r.getSignature?.comment
  const exports = []
  const walk = (node, prefix) => {
    for (const r of node.children ?? []) {
      if (r.kind === 1 || r.kind === 2) walk(r, `${prefix}${r.name}/`)
      else if (r.kind !== REFERENCE) exports.push({ name: `${prefix}${r.name}`, comment: commentOf(r) })
    }
  }
  walk(project, "")

  const missingExample = []
  const examples = []
  for (const { name, comment } of exports) {
    if (!comment?.summary?.some((p) => p.text.trim() !== "")) problems.push(`${name}: no summary`)
    if (tags(comment, "@since").length === 0) problems.push(`${name}: no @since`)
    const blocks = tags(comment, "@example")
    if (blocks.length === 0) missingExample.push(name)
    for (const block of blocks) {
      const text = block.content.map((p) => p.text).join("")
      for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) examples.push({ name, code: m[1] })
    }
  }
  console.log(`tsdoc: ${exports.length} exports, ${examples.length} example blocks`)
  if (missingExample.length > 0) problems.push(`${missingExample.length} exports lack an @example: ${missingExample.join(", ")}`)

  // Type-check the examples inside packages/sdk, whose dependencies (effect, @effect/platform-node, core)
  // the examples import, each file a module of its own.
  // A directory of this run's own (so that two checks can run at once), inside packages/sdk so that the
  // examples resolve its dependencies.
  const dir = join(root, "packages", "sdk", `.tsdoc-examples-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir)
  try {
    const files = examples.map(({ name, code }, i) => {
      const file = `${String(i).padStart(3, "0")}-${name.replace(/[^A-Za-z0-9]+/g, "_")}.ts`
      writeFileSync(join(dir, file), `// ${name}\n${code}\nexport {}\n`)
      return file
    })
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ extends: "../../../tsconfig.base.json", compilerOptions: { types: ["node"], lib: ["ES2023", "DOM"], noUnusedLocals: false, target: "ES2023" }, files })
    )
    try {
      execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(dir, "tsconfig.json")], { stdio: "pipe", encoding: "utf8" })
    } catch (error) {
      problems.push(`@example blocks that do not type-check:\n${error.stdout}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
} catch (error) {
  problems.push(`typedoc failed (warnings are errors): ${error.message}`)
} finally {
  rmSync(temp, { recursive: true, force: true })
}
if (problems.length > 0) {
  console.error(problems.join("\n"))
  process.exitCode = 1
} else console.log("tsdoc: ok")

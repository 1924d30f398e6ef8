// Type-checks the ```ts code blocks of the documentation pages against the workspace packages, so that
// examples in the docs cannot silently stop compiling. Each block becomes one module in .snippets/
// (gitignored) and tsc checks them all with the strict settings users are told to use. A block whose info
// string contains `no-check` (```ts no-check) is skipped; use it only for deliberately partial code.
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { delimiter, join, relative } from "node:path"

const here = join(import.meta.dirname, "..")
const out = join(here, ".snippets")
const SKIP_DIRS = new Set(["node_modules", ".vitepress", ".snippets", "api", "test-output", "kb"])

const pages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (SKIP_DIRS.has(d.name) ? [] : pages(join(dir, d.name))) : d.name.endsWith(".md") && d.name !== "README.md" ? [join(dir, d.name)] : []
  )

const snippets = []
for (const page of pages(here)) {
  const lines = readFileSync(page, "utf8").split("\n")
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b(.*)$/.exec(lines[i])
    if (open === null) continue
    const [, indent, fence, , info] = open
    const body = []
    let j = i + 1
    for (; j < lines.length && !lines[j].trimStart().startsWith(fence); j++) body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j])
    if (!/\bno-check\b/.test(info)) snippets.push({ page: relative(here, page), line: i + 2, code: body.join("\n") })
    i = j
  }
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const files = snippets.map((s, n) => {
  const name = `${String(n).padStart(3, "0")}-${s.page.replace(/[^a-z0-9]+/gi, "-")}-L${s.line}.ts`
  // `export {}` makes every snippet a module, so top-level await and same-named imports are fine.
  writeFileSync(join(out, name), `${s.code}\nexport {}\n`)
  return { ...s, name }
})
writeFileSync(
  join(out, "tsconfig.json"),
  JSON.stringify(
    {
      compilerOptions: {
        target: "es2023",
        module: "nodenext",
        moduleResolution: "nodenext",
        lib: ["es2023", "dom"],
        types: ["node"],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true
      },
      include: ["*.ts"]
    },
    null,
    2
  )
)
// package.json with type: module, so that nodenext treats the snippets as ES modules (top-level await).
writeFileSync(join(out, "package.json"), '{ "type": "module", "private": true }\n')

const env = { ...process.env, PATH: `${join(here, "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}` }
try {
  execFileSync("tsc", ["-p", join(out, "tsconfig.json")], { cwd: out, env, encoding: "utf8", stdio: "pipe" })
} catch (error) {
  // Map tsc's `NNN-page-Lx.ts(line,col)` back to the page and line of the Markdown source.
  const byName = new Map(files.map((f) => [f.name, f]))
  const report = String(error.stdout ?? "").replace(/^(\S+\.ts)\((\d+),(\d+)\)/gm, (all, name, line, col) => {
    const f = byName.get(name)
    return f === undefined ? all : `${f.page}:${f.line + Number(line) - 1}:${col}`
  })
  console.error(`${report}\n${files.length} snippet(s) checked; fix the errors above (or mark a deliberately partial block \`\`\`ts no-check).`)
  process.exit(1)
}
console.log(`${files.length} TypeScript snippet(s) in ${new Set(files.map((f) => f.page)).size} page(s) type-check against the workspace packages.`)

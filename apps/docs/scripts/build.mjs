// Builds the documentation site offline: the knowledge-base browser from the shipped data, the example
// reports from examples/, the API reference from the packages' TSDoc (typedoc, markdown plugin), then the
// VitePress site. Any warning from typedoc or VitePress fails the build, so the site stays warning-free.
import { execFileSync, spawnSync } from "node:child_process"
import { rmSync } from "node:fs"
import { delimiter, join } from "node:path"

const here = join(import.meta.dirname, "..")
// Runnable directly (`node scripts/build.mjs`) as well as through `pnpm run docs`.
const env = { ...process.env, PATH: `${join(here, "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}` }
const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, stdio: "inherit", env })

run("node", ["scripts/generate-kb.mjs"])
run("node", ["scripts/generate-examples.mjs"])
rmSync(join(here, "api"), { recursive: true, force: true })
run("typedoc", ["--options", "typedoc.json"])

const vitepress = spawnSync("vitepress", ["build", "."], { cwd: here, encoding: "utf8", env: { ...env, FORCE_COLOR: "0" } })
process.stdout.write(vitepress.stdout ?? "")
process.stderr.write(vitepress.stderr ?? "")
if (vitepress.status !== 0) process.exit(vitepress.status ?? 1)
const warnings = `${vitepress.stdout}\n${vitepress.stderr}`.split("\n").filter((line) => /\bwarn(ing)?\b|\(!\)/i.test(line))
if (warnings.length > 0) {
  console.error(`\nvitepress printed ${warnings.length} warning line(s); fix their causes:\n${warnings.join("\n")}`)
  process.exit(1)
}

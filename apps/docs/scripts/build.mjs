// Builds the documentation site: the API reference from the packages' TSDoc (typedoc, markdown plugin),
// then the VitePress site, offline.
import { execFileSync } from "node:child_process"
import { rmSync } from "node:fs"
import { join } from "node:path"

const here = join(import.meta.dirname, "..")
const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, stdio: "inherit" })
rmSync(join(here, "api"), { recursive: true, force: true })
run("typedoc", ["--options", "typedoc.json"])
run("vitepress", ["build", "."])

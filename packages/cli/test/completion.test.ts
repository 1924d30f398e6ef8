import { spawnSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { sovmap } from "./support/sovmap.js"

const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0
const verbs = ["init", "validate", "assess", "schema", "completion"]

describe("sovmap completion", () => {
  it.each(["bash", "zsh", "fish"])("%s: generates a script that names every verb", (shell) => {
    const r = sovmap(["completion", shell])
    expect(r.code).toBe(0)
    for (const verb of verbs) expect(r.stdout).toContain(verb)
  })

  it("bash: the script parses, and completing `sovmap as` offers assess", () => {
    const script = sovmap(["completion", "bash"]).stdout
    const file = join(mkdtempSync(join(tmpdir(), "sovmap-completion-")), "sovmap.bash")
    writeFileSync(file, script)
    expect(spawnSync("bash", ["-n", file]).status).toBe(0)
    // Source it and call the completion function the way bash does for `sovmap as<TAB>`.
    const probe = `source ${file}
f=$(complete -p sovmap | sed -E 's/.* -F ([^ ]+) .*/\\1/')
COMP_WORDS=(sovmap as); COMP_CWORD=1; COMP_LINE="sovmap as"; COMP_POINT=\${#COMP_LINE}
"$f" sovmap as sovmap
printf '%s\\n' "\${COMPREPLY[@]}"`
    const r = spawnSync("bash", ["-c", probe], { encoding: "utf8" })
    expect(r.stdout.split("\n")).toContain("assess")
  })

  it.skipIf(!has("zsh"))("zsh: the script parses (zsh -n)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sovmap-completion-")), "_sovmap")
    writeFileSync(file, sovmap(["completion", "zsh"]).stdout)
    expect(spawnSync("zsh", ["-n", file]).status).toBe(0)
  })

  it.skipIf(!has("fish"))("fish: the script parses (fish --no-execute)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sovmap-completion-")), "sovmap.fish")
    writeFileSync(file, sovmap(["completion", "fish"]).stdout)
    expect(spawnSync("fish", ["--no-execute", file]).status).toBe(0)
  })

  it("an unknown shell is a usage error", () => {
    expect(sovmap(["completion", "tcsh"]).code).toBe(2)
  })
})

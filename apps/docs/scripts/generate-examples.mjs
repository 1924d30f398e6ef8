// Renders the example reports that the site links and embeds, with the built SDK, into public/examples/
// (gitignored, regenerated at every docs build so they always show what this version prints).
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { renderCsfReport, scoreCsf } from "@sovmap/sdk"

const here = join(import.meta.dirname, "..")
const repo = join(here, "..", "..")
const out = join(here, "public", "examples")
mkdirSync(out, { recursive: true })

const csf = await scoreCsf(
  ["examples/csf/hypothetical-eu-provider.yaml", "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"].map((f) => join(repo, f)),
  { floors: join(repo, "examples/csf/floors-seal-2.yaml") }
)
// Report the repository-relative paths, not this machine's.
const relative = (text) => text.replaceAll(`${repo}/`, "")
writeFileSync(join(out, "csf-report.html"), relative(renderCsfReport(csf, "html")))
console.log(`example reports → public/examples/: csf-report.html (${csf.offers.length} offers)`)

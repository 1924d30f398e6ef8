// Compiles the reviewable knowledge-base files in data/ into one JSON module that the build bundles.
// Schema and referential checks live in src/kb/validate.ts and run in the test suite; this step only
// refuses files that cannot be read, so a broken record names its file here already.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, renameSync, existsSync } from "node:fs"
import { createRequire } from "node:module"
import { join, relative } from "node:path"
import { parse } from "yaml"

const root = new URL("..", import.meta.url).pathname
const dataDir = join(root, "data")
const outDir = join(root, "src", "generated")
const require = createRequire(import.meta.url)

const fail = (file, message) => {
  process.stderr.write(`${relative(process.cwd(), file)}: ${message}\n`)
  process.exit(1)
}

const readRecords = (kind) => {
  const dir = join(dataDir, kind)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const file = join(dir, name)
      let record
      try {
        record = parse(readFileSync(file, "utf8"))
      } catch (error) {
        fail(file, `not valid YAML: ${error.message}`)
      }
      const expectedId = name.slice(0, -".yaml".length)
      if (record === null || typeof record !== "object" || Array.isArray(record)) fail(file, "expected one record (a mapping)")
      if (record.id !== expectedId) fail(file, `record id \`${record.id}\` must equal the file name \`${expectedId}\``)
      return { ...record, $file: `data/${kind}/${name}` }
    })
}

// ISO 3166-1 from a maintained package rather than by hand. Kosovo (XK) is a user-assigned code, not an
// ISO 3166-1 entry, so it is kept apart from the list.
const isoPackage = require("i18n-iso-countries/package.json")
const codes = require("i18n-iso-countries/codes.json")
const english = require("i18n-iso-countries/langs/en.json").countries
const countries = codes
  .filter(([alpha2]) => alpha2 !== "XK")
  .map(([alpha2, alpha3, numeric]) => {
    const name = english[alpha2]
    return { alpha2, alpha3, numeric, name: Array.isArray(name) ? name[0] : name }
  })
  .sort((a, b) => (a.alpha2 < b.alpha2 ? -1 : 1))

const dataset = parse(readFileSync(join(dataDir, "dataset.yaml"), "utf8"))
const knowledgeBase = {
  version: dataset.version,
  date: dataset.date,
  countries: {
    source: {
      url: "https://www.iso.org/iso-3166-country-codes.html",
      retrieved: dataset.countriesRetrieved,
      evidence: "S",
      note: `ISO 3166-1 list as packaged by i18n-iso-countries ${isoPackage.version} (npm); XK excluded as not an ISO entry`
    },
    list: countries
  },
  entities: readRecords("entities"),
  offerings: readRecords("offerings"),
  blocs: readRecords("blocs"),
  laws: readRecords("laws"),
  adequacy: readRecords("adequacy"),
  packageRules: readRecords("package-rules")
}

mkdirSync(outDir, { recursive: true })
const target = join(outDir, "knowledge-base.json")
writeFileSync(`${target}.tmp`, `${JSON.stringify(knowledgeBase, null, 1)}\n`)
renameSync(`${target}.tmp`, target)
// The default policy of the composite score and alignment tiers, kept apart from the knowledge base so
// that metric-only imports never carry it.
const policyTarget = join(outDir, "default-policy.json")
writeFileSync(`${policyTarget}.tmp`, `${JSON.stringify({ ...parse(readFileSync(join(dataDir, "policy", "default.yaml"), "utf8")), $file: "data/policy/default.yaml" }, null, 1)}\n`)
renameSync(`${policyTarget}.tmp`, policyTarget)
process.stdout.write(
  `knowledge base ${knowledgeBase.version}: ${countries.length} countries, ${knowledgeBase.entities.length} entities, ${knowledgeBase.offerings.length} offerings, ${knowledgeBase.blocs.length} blocs, ${knowledgeBase.laws.length} laws, ${knowledgeBase.adequacy.length} adequacy decisions, ${knowledgeBase.packageRules.length} package rules\n`
)

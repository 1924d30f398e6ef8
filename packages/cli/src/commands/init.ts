import { existsSync } from "node:fs"
import { dirname, join, relative, resolve, sep } from "node:path"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Command, Flag, Prompt } from "effect/cli"
import { builtinKnowledgeBase, FileWriteError, jsonSchemaPath } from "@sovmap/sdk"
import { parseManifest, writeFileAtomic } from "@sovmap/sdk/effect"
import { displayPath, ExitCode, green, red } from "../output.js"
import { reportUserErrors } from "./shared.js"

// The example dependency of the starter file; any offering of the shipped knowledge base would do.
const EXAMPLE_OFFERING = "ovhcloud-public-cloud"
const DEFAULT_HOME = "eu27"

/** `$schema` reference for editors: the schema shipped in node_modules, relative to the new file. */
export const schemaReference = (target: string): string => {
  const published = join("node_modules", "@sovmap", "core", jsonSchemaPath("manifest"))
  let dir = dirname(resolve(target))
  for (;;) {
    if (existsSync(join(dir, published))) return relative(dirname(resolve(target)), join(dir, published)).split(sep).join("/")
    const parent = dirname(dir)
    if (parent === dir) return `./${published.split(sep).join("/")}`
    dir = parent
  }
}

/** The commented starter manifest. */
export const starterManifest = (options: { name: string; country: string; home: string; schema: string }): string => `# yaml-language-server: $schema=${options.schema}
#
# sovmap manifest: what this organisation depends on, and how much each dependency matters.
# Check it with \`sovmap validate\`, then report with \`sovmap assess\`. Every field is described
# in the docs (guide: "The manifest") and in \`sovmap schema manifest\`.
sovmap: 1
organisation:
  name: ${JSON.stringify(options.name)}
  # ISO 3166-1 alpha-2 code of the country where the organisation is established.
  country: ${options.country}
  # sector: public administration

# Bloc whose members count as home (not foreign). Define your own under \`blocs:\`.
home: ${options.home}

# How each dependency is weighted in every metric: criticality (default), spend, or both
# (annual spend × criticality weight).
weighting: criticality

systems:
  # One entry per system or business function. This one is an example: replace it with yours.
  - id: website
    name: Public website
    # critical | high | medium | low
    criticality: high
    dependencies:
      # Each dependency names an offering of the knowledge base, or one defined under \`offerings:\`.
      - offering: ${EXAMPLE_OFFERING}
        # Annual spend, needed when weighting by spend.
        # spend: 12000
        # public | internal | personal | restricted
        # data: public
        # Countries where its data is stored or processed.
        # dataLocations: [FR]
`

const usageError = (message: string, hint: string) =>
  Effect.sync(() => {
    process.stderr.write(`${red("error")} ${message}\n  hint: ${hint}\n`)
    process.exitCode = ExitCode.usage
  })

const optionalString = (name: string, description: string) => Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

export const init = Command.make(
  "init",
  {
    file: Argument.String("file").pipe(Argument.withDescription("Where to write the manifest"), Argument.withDefault("sovmap.yaml")),
    name: optionalString("name", "Name of the organisation"),
    country: optionalString("country", "Country where the organisation is established (ISO 3166-1 alpha-2, e.g. FR)"),
    home: optionalString("home", `Home bloc: whose members count as not foreign (default ${DEFAULT_HOME})`),
    force: Flag.Boolean("force").pipe(Flag.withDescription("Overwrite the file if it exists"), Flag.withDefault(false))
  },
  ({ file, name, country, home, force }) =>
    Effect.gen(function* () {
      const shown = displayPath(file)
      if (existsSync(file) && !force) {
        return yield* Effect.fail(new FileWriteError([{ file: shown, message: "already exists, not overwritten", hint: "pass --force to overwrite it, or name another file" }]))
      }
      const kb = builtinKnowledgeBase()
      const interactive = process.stdin.isTTY === true && process.stderr.isTTY === true
      // The default home bloc is offered first, so that Enter at the prompt picks it.
      const blocs = [...kb.blocs.values()].sort((a, b) => (a.id === DEFAULT_HOME ? -1 : b.id === DEFAULT_HOME ? 1 : a.id < b.id ? -1 : 1))
      let values: { name: string; country: string; home: string }
      if (Option.isSome(name) && Option.isSome(country)) {
        values = { name: name.value, country: country.value.toUpperCase(), home: Option.getOrElse(home, () => DEFAULT_HOME) }
      } else if (interactive) {
        values = {
          name: Option.isSome(name)
            ? name.value
            : yield* Prompt.run(
                Prompt.String({ message: "Organisation name", validate: (v) => (v.trim() === "" ? Effect.fail("a name is required") : Effect.succeed(v.trim())) })
              ),
          country: Option.isSome(country)
            ? country.value.toUpperCase()
            : yield* Prompt.run(
                Prompt.String({
                  message: "Country (ISO 3166-1 alpha-2, e.g. FR)",
                  validate: (v) => (kb.countries.has(v.trim().toUpperCase()) ? Effect.succeed(v.trim().toUpperCase()) : Effect.fail("not an ISO 3166-1 alpha-2 code"))
                })
              ),
          home: Option.isSome(home)
            ? home.value
            : yield* Prompt.run(Prompt.Select({ message: "Home bloc", choices: blocs.map((b) => ({ title: `${b.id} (${b.name})`, value: b.id })) }))
        }
      } else {
        return yield* usageError(
          "--name and --country are required when standard input is not a terminal",
          'sovmap init --name "Example authority" --country FR'
        )
      }
      if (!kb.countries.has(values.country)) {
        return yield* usageError(`--country ${values.country} is not an ISO 3166-1 alpha-2 code`, "two letters, e.g. FR, DE, NL")
      }
      if (!kb.blocs.has(values.home)) {
        return yield* usageError(`--home ${values.home} is not a known bloc`, `one of ${blocs.map((b) => b.id).join(", ")}, or edit \`home:\` after defining your bloc under \`blocs:\``)
      }
      const text = starterManifest({ ...values, schema: schemaReference(file) })
      // The starter must pass `sovmap validate`: check it before writing anything.
      yield* parseManifest(text, shown)
      yield* writeFileAtomic(file, text)
      process.stdout.write(`${green("✓")} wrote ${shown} (valid). Next: list your systems in it, then run \`sovmap assess ${shown}\`.\n`)
    }).pipe(reportUserErrors)
).pipe(
  Command.withDescription(
    "Write a commented starter manifest and check that it is valid. On a terminal it asks for what the flags do not give; otherwise --name and --country are required. Never overwrites without --force."
  ),
  Command.withExamples([
    { command: "sovmap init", description: "Ask for the organisation's name, country and home bloc, write sovmap.yaml" },
    { command: 'sovmap init --name "Example authority" --country FR --home eu27', description: "No questions (scripts, CI)" }
  ])
)

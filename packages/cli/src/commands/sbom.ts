import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Command, Flag } from "effect/cli"
import { builtinKnowledgeBase, DEFAULT_MAX_SBOM_COMPONENTS, renderSbomJson, renderSbomMarkdown, type SbomFormat } from "@sovmap/core"
import { attributeSbomFile, enrichSbomFile } from "@sovmap/sdk/effect"
import { ExitCode, red } from "../output.js"
import { formatFlag, jsonFlag, outFlag, reportUserErrors, writeOutput } from "./shared.js"

const sbomArgument = Argument.String("sbom").pipe(Argument.withDescription("Path of the SBOM (CycloneDX JSON/XML 1.2–1.7, SPDX 2.2/2.3 JSON or tag-value), or - to read standard input"))

const sbomFormatFlag = Flag.Literals("sbom-format", ["cyclonedx-json", "cyclonedx-xml", "spdx-json", "spdx-tag-value"] as const).pipe(
  Flag.withDescription("Format of the input, when detection from its first bytes is not wanted"),
  Flag.optional
)

const enrichFlag = Flag.String("enrich").pipe(
  Flag.withDescription("Also write the SBOM as CycloneDX JSON with sovmap properties (control entity, jurisdiction, confidence) on each component to this file"),
  Flag.optional
)

const homeFlag = Flag.String("home").pipe(Flag.withDescription("Id of the home bloc (default eu27)"), Flag.optional)

const maxComponentsFlag = Flag.Int("max-components").pipe(
  Flag.withDescription(`Components read before stopping with an error (default ${DEFAULT_MAX_SBOM_COMPONENTS}; about 1 GB of memory per million)`),
  Flag.optional
)

export const sbom = Command.make(
  "sbom",
  { sbom: sbomArgument, format: formatFlag, json: jsonFlag, out: outFlag, enrich: enrichFlag, sbomFormat: sbomFormatFlag, home: homeFlag, maxComponents: maxComponentsFlag },
  ({ sbom: input, format, json, out, enrich, sbomFormat, home, maxComponents }) =>
    reportUserErrors(
      Effect.gen(function* () {
        if (Option.isSome(maxComponents) && maxComponents.value < 1) {
          process.stderr.write(`${red("error")} --max-components must be at least 1, got ${maxComponents.value}\n  hint: sovmap sbom ${input} --max-components 5000000\n`)
          process.exitCode = ExitCode.usage
          return
        }
        const options = { format: Option.getOrUndefined(sbomFormat) as SbomFormat | undefined, home: Option.getOrUndefined(home), maxComponents: Option.getOrUndefined(maxComponents) }
        const attribution = Option.isSome(enrich) ? yield* enrichSbomFile(input, enrich.value, options) : yield* attributeSbomFile(input, options)
        if (Option.isSome(enrich)) process.stderr.write(`wrote ${enrich.value}\n`)
        const names = new Map([...builtinKnowledgeBase().countries.values()].map((c) => [c.alpha2, c.name]))
        const text = json || format === "json" ? renderSbomJson(attribution) : renderSbomMarkdown(attribution, names)
        yield* writeOutput(text, out)
        const s = attribution.summary
        process.stderr.write(
          `${s.components} components: ${s.components - s.byMethod.unattributed} attributed, ${s.byMethod.unattributed} unattributed${attribution.problems.length > 0 ? `, ${attribution.problems.length} problems (listed in the report)` : ""}\n`
        )
      })
    )
).pipe(
  Command.withDescription(
    "Read an SBOM and attribute every component to its maintaining organisation and jurisdiction (SBOM supplier > package rule > repository organisation > unattributed); print the jurisdiction breakdown and the unattributed components."
  ),
  Command.withExamples([
    { command: "sovmap sbom bom.cdx.json", description: "Markdown report on standard output" },
    { command: "syft dir:. -o cyclonedx-json | sovmap sbom - --json", description: "Read standard input, JSON report" },
    { command: "sovmap sbom bom.cdx.json --enrich bom.sovmap.cdx.json", description: "Also write the SBOM back with sovmap properties" }
  ])
)

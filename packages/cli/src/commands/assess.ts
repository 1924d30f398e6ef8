import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Command } from "effect/cli"
import { assess as assessProgram, loadManifest, renderReport, writeFileAtomic } from "@sovmap/sdk/effect"
import { formatFlag, jsonFlag, manifestArgument, outFlag, reportUserErrors } from "./shared.js"

export const assess = Command.make(
  "assess",
  { manifest: manifestArgument, format: formatFlag, json: jsonFlag, out: outFlag },
  ({ manifest, format, json, out }) =>
    reportUserErrors(
      Effect.gen(function* () {
        const loaded = yield* loadManifest(manifest)
        const result = yield* assessProgram(loaded)
        const text = renderReport(result, json ? "json" : format)
        if (Option.isSome(out)) {
          yield* writeFileAtomic(out.value, text)
          process.stderr.write(`wrote ${out.value}\n`)
        } else {
          process.stdout.write(text)
        }
      })
    )
).pipe(
  Command.withDescription("Assess a manifest: resolve every dependency to its controller and jurisdiction, and report the foreign share."),
  Command.withExamples([
    { command: "sovmap assess examples/region-nordlys/sovmap.yaml", description: "Markdown report on standard output" },
    { command: "sovmap assess sovmap.yaml --format json --out report.json", description: "JSON report written atomically to a file" },
    { command: "sovmap assess sovmap.yaml --format html --out report.html", description: "Self-contained HTML report with charts and a world map" }
  ])
)

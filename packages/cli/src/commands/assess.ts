import * as Effect from "effect/Effect"
import { Command } from "effect/cli"
import { assess as assessProgram, loadManifest, renderReport } from "@sovmap/sdk/effect"
import { manifestArgument, outputFlags, reportUserErrors, withProgress, writeOutput } from "./shared.js"

export const assess = Command.make("assess", { manifest: manifestArgument, ...outputFlags }, ({ manifest, format, json, out }) =>
  reportUserErrors(
    Effect.gen(function* () {
      const text = yield* withProgress((onProgress) =>
        Effect.gen(function* () {
          const loaded = yield* loadManifest(manifest, { onProgress })
          const result = yield* assessProgram(loaded, { onProgress })
          onProgress({ stage: "rendering", done: 0, unit: "bytes" })
          return renderReport(result, json ? "json" : format)
        })
      )
      yield* writeOutput(text, out)
    })
  )
).pipe(
  Command.withDescription(
    "Assess a manifest: resolve every dependency to its controller and jurisdiction, and report the foreign share. Shows a progress bar on standard error for long inputs when it is a terminal."
  ),
  Command.withExamples([
    { command: "sovmap assess examples/region-nordlys/sovmap.yaml", description: "Markdown report on standard output" },
    { command: "sovmap assess sovmap.yaml --format json --out report.json", description: "JSON report written atomically to a file" },
    { command: "sovmap assess sovmap.yaml --format html --out report.html", description: "Self-contained HTML report with charts and a world map" }
  ])
)

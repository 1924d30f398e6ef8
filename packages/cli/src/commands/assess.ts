import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Command, Flag } from "effect/cli"
import { assess as assessProgram, loadManifest, loadPolicy, renderReport } from "@sovmap/sdk/effect"
import { manifestArgument, outputFlags, reportUserErrors, withProgress, writeOutput } from "./shared.js"

const policyFlag = Flag.String("policy").pipe(
  Flag.withDescription("Policy file (YAML or JSON) laid over the default policy: composite weights, partner bloc, restricted countries"),
  Flag.optional
)

export const assess = Command.make("assess", { manifest: manifestArgument, ...outputFlags, policy: policyFlag }, ({ manifest, format, json, out, policy }) =>
  reportUserErrors(
    Effect.gen(function* () {
      const located = Option.isSome(policy) ? yield* loadPolicy(policy.value) : undefined
      const text = yield* withProgress((onProgress) =>
        Effect.gen(function* () {
          const loaded = yield* loadManifest(manifest, { onProgress })
          const result = yield* assessProgram(loaded, { onProgress, policy: located })
          onProgress({ stage: "rendering", done: 0, unit: "bytes" })
          return renderReport(result, json ? "json" : format)
        })
      )
      yield* writeOutput(text, out)
    })
  )
).pipe(
  Command.withDescription(
    "Assess a manifest: resolve every dependency to its controller and jurisdiction, and report foreign shares, concentration, legal exposure, alignment, lock-in, cut-off scenarios, single points of failure and the composite sovereignty score. Shows a progress bar on standard error for long inputs when it is a terminal."
  ),
  Command.withExamples([
    { command: "sovmap assess examples/region-nordlys/sovmap.yaml", description: "Markdown report on standard output" },
    { command: "sovmap assess sovmap.yaml --format json --out report.json", description: "JSON report written atomically to a file" },
    { command: "sovmap assess sovmap.yaml --format html --out report.html", description: "Self-contained HTML report with charts and a world map" },
    { command: "sovmap assess sovmap.yaml --policy policy.yaml", description: "Score under your own policy (weights, partners, restricted countries)" }
  ])
)

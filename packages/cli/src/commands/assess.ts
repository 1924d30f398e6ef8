import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Command, Flag } from "effect/cli"
import { assess as assessProgram, loadManifest, loadPolicy, renderReport, writeFileAtomic } from "@sovmap/sdk/effect"
import { formatFlag, jsonFlag, manifestArgument, outFlag, reportUserErrors } from "./shared.js"

const policyFlag = Flag.String("policy").pipe(
  Flag.withDescription("Policy file (YAML or JSON) laid over the default policy: composite weights, partner bloc, restricted countries"),
  Flag.optional
)

export const assess = Command.make(
  "assess",
  { manifest: manifestArgument, format: formatFlag, json: jsonFlag, out: outFlag, policy: policyFlag },
  ({ manifest, format, json, out, policy }) =>
    reportUserErrors(
      Effect.gen(function* () {
        const loaded = yield* loadManifest(manifest)
        const located = Option.isSome(policy) ? yield* loadPolicy(policy.value) : undefined
        const result = yield* assessProgram(loaded, { policy: located })
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
  Command.withDescription(
    "Assess a manifest: resolve every dependency to its controller and jurisdiction, and report foreign shares, concentration, legal exposure, alignment, lock-in and the composite sovereignty score."
  ),
  Command.withExamples([
    { command: "sovmap assess examples/region-nordlys/sovmap.yaml", description: "Markdown report on standard output" },
    { command: "sovmap assess sovmap.yaml --format json --out report.json", description: "JSON report written atomically to a file" },
    { command: "sovmap assess sovmap.yaml --policy policy.yaml", description: "Score under your own policy (weights, partners, restricted countries)" }
  ])
)

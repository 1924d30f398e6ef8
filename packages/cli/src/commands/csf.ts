import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Command, Flag } from "effect/cli"
import { renderCsfReport, scoreCsf } from "@sovmap/sdk/effect"
import { ExitCode } from "../output.js"
import { jsonFlag, outFlag, reportUserErrors, writeOutput } from "./shared.js"

const answersArgument = Argument.String("answers").pipe(
  Argument.withDescription("CSF answers files (YAML or JSON), one per offer; - reads standard input"),
  Argument.atLeast(1)
)

const weightsFlag = Flag.String("weights").pipe(
  Flag.withDescription("Weight set: csf-1.2.1 (the framework document's, default) or csf-calculator-2026-06 (the June 2026 calculator's)"),
  Flag.optional
)

const floorsFlag = Flag.String("floors").pipe(Flag.withDescription("Floors file with a minimum SEAL per objective; offers below it are rejected (exit 1)"), Flag.optional)

const csfFormatFlag = Flag.Literals("format", ["md", "json", "html"]).pipe(
  Flag.withAlias("f"),
  Flag.withDescription("Output format: md (Markdown), json, or html (a standalone page)"),
  Flag.withDefault("md" as const)
)

const allowIncompleteFlag = Flag.Boolean("allow-incomplete").pipe(
  Flag.withDescription("Score unanswered criteria as 0 points and leave them out of the SEAL, as the Commission's calculator does (default: refuse)"),
  Flag.withDefault(false)
)

export const csf = Command.make(
  "csf",
  { answers: answersArgument, weights: weightsFlag, floors: floorsFlag, format: csfFormatFlag, json: jsonFlag, out: outFlag, allowIncomplete: allowIncompleteFlag },
  ({ answers, weights, floors, format, json, out, allowIncomplete }) =>
    reportUserErrors(
      Effect.gen(function* () {
        const report = yield* scoreCsf(answers, {
          ...(Option.isSome(weights) ? { weightSet: weights.value } : {}),
          ...(Option.isSome(floors) ? { floors: floors.value } : {}),
          allowIncomplete
        })
        const text = renderCsfReport(report, json ? "json" : format)
        yield* writeOutput(text, out)
        const rejected = report.offers.filter((o) => o.tender !== undefined && !o.tender.pass)
        if (rejected.length > 0) {
          process.stderr.write(`${rejected.length} of ${report.offers.length} offers below the floors: ${rejected.map((o) => o.score.offer.name).join("; ")}\n`)
          process.exitCode = ExitCode.findings
        }
      })
    )
).pipe(
  Command.withDescription(
    "Score offers under the EU Cloud Sovereignty Framework: per-objective points, weighted Sovereignty Score, SEAL per objective and overall (the minimum), optional tender floors, side-by-side comparison. Exit 1 if an offer is below the floors."
  ),
  Command.withExamples([
    { command: "sovmap csf examples/csf/hypothetical-eu-provider.yaml", description: "Markdown walkthrough of one offer's score" },
    { command: "sovmap csf examples/csf/*.yaml --allow-incomplete --floors examples/csf/floors-seal-2.yaml --format html --out csf.html", description: "Compare offers against SEAL-2 floors in an HTML page" },
    { command: "sovmap csf offer.yaml --weights csf-calculator-2026-06 --json", description: "Score with the June 2026 calculator's weights, as JSON" }
  ])
)

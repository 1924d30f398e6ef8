import * as Effect from "effect/Effect"
import { Argument, Command } from "effect/cli"
import { diffReports, renderDiff } from "@sovmap/sdk/effect"
import { formatFlag, jsonFlag, outFlag, reportUserErrors, writeOutput } from "./shared.js"

const before = Argument.String("before").pipe(Argument.withDescription("JSON report of the earlier assessment (sovmap assess --format json), or - for standard input"))
const after = Argument.String("after").pipe(Argument.withDescription("JSON report of the later assessment"))

export const diff = Command.make("diff", { before, after, format: formatFlag, json: jsonFlag, out: outFlag }, ({ before, after, format, json, out }) =>
  reportUserErrors(
    Effect.gen(function* () {
      const result = yield* diffReports(before, after)
      const text = renderDiff(result, json ? "json" : format)
      yield* writeOutput(text, out)
    })
  )
).pipe(
  Command.withDescription(
    "Compare two JSON assessment reports: every metric that changed, dependencies added, removed or changed, and the score delta. Exit 0 whether or not they differ; 1 when a file is not a sovmap report."
  ),
  Command.withExamples([
    { command: "sovmap diff before.json after.json", description: "Markdown summary of what changed, for a pull request" },
    { command: "sovmap diff before.json after.json --format html --out diff.html", description: "Self-contained HTML page" }
  ])
)

import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Argument, Command, Flag } from "effect/cli"
import { aggregateFiles, exportNetwork, renderNetwork } from "@sovmap/sdk/effect"
import { displayPath, ExitCode, printDiagnostics } from "../output.js"
import { outputFlags, reportUserErrors, withProgress, writeOutput } from "./shared.js"

const flags = {
  inputs: Argument.String("members").pipe(
    Argument.withDescription("Member manifests or JSON assessment reports: files, directories (searched recursively) or glob patterns"),
    Argument.variadic({ min: 1 })
  ),
  k: Flag.Int("k").pipe(Flag.withDescription("Least number of members behind a published cell (default 5)"), Flag.withDefault(5)),
  nameMembers: Flag.Boolean("name-members").pipe(Flag.withDescription("List the members' names in the output (default: members stay anonymous)"), Flag.withDefault(false)),
  strict: Flag.Boolean("strict").pipe(Flag.withDescription("Fail at the first member that cannot be read (default: report it, skip it, exit 1)"), Flag.withDefault(false)),
  exportDir: Flag.String("export").pipe(Flag.withDescription("Also write the network tables as Parquet and CSV into this directory"), Flag.optional),
  exportEdges: Flag.Boolean("export-edges").pipe(
    Flag.withDescription("With --export, also write edges.parquet/csv: one row per member dependency (pseudonymous member numbers; member-level data, not for publication)"),
    Flag.withDefault(false)
  ),
  ...outputFlags
}

export const aggregate = Command.make("aggregate", flags, ({ inputs, k, nameMembers, strict, exportDir, exportEdges, format, json, out }) =>
  reportUserErrors(
    Effect.gen(function* () {
      const result = yield* withProgress((onProgress) => aggregateFiles(inputs, { k, nameMembers, strict, onProgress }))
      for (const s of result.skipped) printDiagnostics(s.error)
      process.stderr.write(
        `used ${result.view.members.used} member(s) from ${result.view.members.assessments} assessment(s); ${result.skipped.length} file(s) skipped; k = ${k}, ${result.view.suppressedCells} cell(s) suppressed\n`
      )
      if (Option.isSome(exportDir)) {
        const written = yield* exportNetwork(result.view, exportDir.value, exportEdges ? { edgesOf: result.members } : {})
        process.stderr.write(`wrote ${written.length} file(s) to ${displayPath(exportDir.value)}\n`)
      }
      yield* writeOutput(renderNetwork(result.view, json ? "json" : format), out)
      if (result.skipped.length > 0) process.exitCode = ExitCode.findings
    })
  )
).pipe(
  Command.withDescription(
    "Combine many members' manifests or JSON reports into a network view: shared dependencies, combined concentration and foreign share, vendors and jurisdictions that are single points of failure for many members, network-wide cut-off scenarios and change over time. Cells from fewer than k members are suppressed; members stay anonymous unless --name-members. Exit 1 when a member had to be skipped."
  ),
  Command.withExamples([
    { command: "sovmap aggregate examples/network/members", description: "Markdown network view on standard output" },
    { command: "sovmap aggregate 'members/*.json' --k 10 --format html --out network.html", description: "HTML page from JSON reports, k = 10" },
    { command: "sovmap aggregate members/ --export out/network --export-edges", description: "Also write Parquet and CSV tables for DuckDB, Spark or BigQuery" }
  ])
)

import type { LocatedPolicy } from "@sovmap/core"
import { check as checkProgram, loadManifest, loadPolicy, renderCheck, renderCheckAnnotations } from "@sovmap/sdk/effect"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Command, Flag } from "effect/cli"
import { displayPath, ExitCode, printDiagnostics, red } from "../output.js"
import { formatFlagOf, jsonFlag, manifestArgument, outFlag, reportUserErrors, withProgress, writeOutput } from "./shared.js"

const policyFlag = Flag.String("policy").pipe(Flag.withDescription("Policy file (YAML or JSON) whose `rules:` the manifest must meet; its other settings are laid over the default policy"))

// A policy that cannot be decoded is a broken gate, not a breach: exit 2, so CI tells the two apart.
const loadGatePolicy = (path: string) =>
  loadPolicy(path).pipe(
    Effect.catch((error) =>
      error._tag === "PolicyParseError" || error._tag === "PolicyValidationError"
        ? Effect.sync(() => {
            printDiagnostics(error)
            process.exitCode = ExitCode.usage
            return undefined
          })
        : Effect.fail(error)
    )
  )

export const check = Command.make(
  "check",
  { manifest: manifestArgument, policy: policyFlag, format: formatFlagOf(["md", "json"]), json: jsonFlag, out: outFlag },
  ({ manifest, policy, format, json, out }) =>
    reportUserErrors(
      Effect.gen(function* () {
        const located: LocatedPolicy | undefined = yield* loadGatePolicy(policy)
        if (located === undefined) return
        const relative = { ...located, file: displayPath(located.file) }
        if (located.value.rules === undefined || located.value.rules.length === 0) {
          process.stderr.write(`warning: ${relative.file} has no \`rules:\`, so nothing is checked\n`)
        }
        const { check: result } = yield* withProgress((onProgress) =>
          Effect.flatMap(loadManifest(manifest, { onProgress }), (loaded) => checkProgram(loaded, relative))
        )
        const asJson = json || format === "json"
        yield* writeOutput(renderCheck(result, asJson ? "json" : "md"), out)
        if (process.env["GITHUB_ACTIONS"] === "true" && result.breaches.length > 0) {
          // Workflow commands are read from standard output; keep it pure JSON when JSON goes there.
          const stream = asJson && Option.isNone(out) ? process.stderr : process.stdout
          stream.write(renderCheckAnnotations(result))
        }
        const broken = result.rules.filter((r) => !r.passed).length
        if (!result.passed) {
          process.stderr.write(`${red("check failed")}: ${broken} of ${result.rules.length} rule(s) broken, ${result.breaches.length} breach(es)\n`)
          process.exitCode = ExitCode.findings
        }
      })
    )
).pipe(
  Command.withDescription(
    "CI gate: assess a manifest under a policy and check the policy's `rules:` (max-foreign-share, no-law-exposure, no-spof, min-csf-seal, min-score, max-hhi). Exit 0 when every rule holds, 1 with the breaches listed on standard output (each located at its rule, file:line:col), 2 for usage errors and a policy that cannot be decoded, 3 when a file cannot be read. With GITHUB_ACTIONS=true, also prints an ::error annotation per breach."
  ),
  Command.withExamples([
    { command: "sovmap check examples/region-nordlys/sovmap.yaml --policy examples/region-nordlys/policy.yaml", description: "Markdown verdict; exit 1 on a breach" },
    { command: "sovmap check sovmap.yaml --policy policy.yaml --json", description: "The verdict with every located breach as JSON" },
    { command: "sovmap check sovmap.yaml --policy policy.yaml --out check.md", description: "Write the Markdown verdict to a file (e.g. for a pull-request comment)" }
  ])
)

import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import { Command } from "effect/cli"
import { aggregate } from "./commands/aggregate.js"
import { assess } from "./commands/assess.js"
import { check } from "./commands/check.js"
import { data } from "./commands/data.js"
import { csf } from "./commands/csf.js"
import { scenario } from "./commands/scenario.js"
import { completion } from "./commands/completion.js"
import { init } from "./commands/init.js"
import { schema } from "./commands/schema.js"
import { diff } from "./commands/diff.js"
import { trade } from "./commands/trade.js"
import { sbom } from "./commands/sbom.js"
import { validate } from "./commands/validate.js"
import { ExitCode, red } from "./output.js"

// `completion` describes the whole tree, which contains it: it reads the root through this reference.
const root: { current?: Command.Command.Any } = {}

export const sovmap = Command.make("sovmap").pipe(
  Command.withDescription(
    [
      "Map technology dependencies onto the companies and jurisdictions that control them.",
      "Results go to standard output, progress and diagnostics to standard error; `-` as an input reads standard input; NO_COLOR turns colour off, FORCE_COLOR on; SOVMAP_DEBUG=1 shows stack traces.",
      "Exit codes: 0 ok, 1 findings or invalid input, 2 usage error, 3 input cannot be read, 70 internal error."
    ].join("\n  ")
  ),
  Command.withSubcommands([init, validate, assess, check, scenario, data, csf, trade, sbom, diff, aggregate, schema, completion(() => root.current!)])
)
root.current = sovmap

export const main = async (argv: ReadonlyArray<string>, version: string): Promise<void> => {
  const fiber = Effect.runFork(Command.runWith(sovmap, { version })(argv).pipe(Effect.provide(NodeServices.layer)))
  // Ctrl-C (SIGINT, or SIGTERM from a supervisor): interrupt the program so that its finalizers run — an
  // atomic write in progress removes its temporary file, a trade read aborts — then exit 128 + signal number
  // as shells expect. A second signal exits at once.
  let interrupted: number | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted !== undefined) process.exit(interrupted)
    interrupted = signal === "SIGINT" ? 130 : 143
    if (process.stderr.isTTY) process.stderr.write("\n")
    process.stderr.write("sovmap: interrupted\n")
    fiber.interruptUnsafe()
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  const exit = await Effect.runPromise(Fiber.await(fiber))
  process.off("SIGINT", onSignal)
  process.off("SIGTERM", onSignal)
  if (interrupted !== undefined) {
    process.exitCode = interrupted
    return
  }
  if (Exit.isSuccess(exit)) return
  const error = Cause.squash(exit.cause)
  if (typeof error === "object" && error !== null && "_tag" in error && String((error as { _tag: string })._tag).length > 0 && !(error instanceof Error && process.env["SOVMAP_DEBUG"])) {
    const { _tag: tag, errors } = error as { _tag: string; errors?: ReadonlyArray<unknown> }
    // A prompt the user quit (Ctrl-C, Ctrl-D): stop quietly, as shells expect (128 + SIGINT).
    if (tag === "QuitError") {
      if (process.stderr.isTTY) process.stderr.write("\n")
      process.exitCode = 130
      return
    }
    // Parse errors of the command line were already printed by the CLI library.
    // `ShowHelp` carries the parse errors that made the library show help; without errors it was --help.
    if (tag !== "ShowHelp" || (errors?.length ?? 0) > 0) process.exitCode = ExitCode.usage
    return
  }
  process.stderr.write(`${red("internal error")}: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env["SOVMAP_DEBUG"]) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`)
  else process.stderr.write("This is a bug in sovmap. Re-run with SOVMAP_DEBUG=1 for details and report it.\n")
  process.exitCode = ExitCode.internal
}

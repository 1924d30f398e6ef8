import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as NodeStdio from "@effect/platform-node/NodeStdio"
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import { Command } from "effect/cli"
import { ChildProcessSpawner } from "effect/process"
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

// The services the commands use. Not NodeServices.layer: its child-process spawner would load
// node:child_process at every start, and sovmap never runs another program. effect's CLI still asks for a
// spawner in its environment type, so the one given here refuses (as effect's own CLI examples do).
const services = Layer.mergeAll(
  NodeFileSystem.layer,
  NodePath.layer,
  NodeStdio.layer,
  NodeTerminal.layer,
  Layer.succeed(ChildProcessSpawner.ChildProcessSpawner, ChildProcessSpawner.make(() => Effect.die("sovmap does not run other programs")))
)

export const main = async (argv: ReadonlyArray<string>, version: string): Promise<void> => {
  // A reader that stops early (`sovmap assess … | head`) closes the pipe: stop quietly, as ripgrep and
  // other filters do, instead of dying on an unhandled EPIPE with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw error
  })
  const fiber = Effect.runFork(Command.runWith(sovmap, { version })(argv).pipe(Effect.provide(services)))
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

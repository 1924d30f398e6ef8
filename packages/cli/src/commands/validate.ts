import * as Effect from "effect/Effect"
import { Command } from "effect/cli"
import { loadManifest } from "@sovmap/sdk/effect"
import { displayPath, green } from "../output.js"
import { jsonOnlyFlag, manifestArgument, reportUserErrors, withProgress } from "./shared.js"

export const validate = Command.make("validate", { manifest: manifestArgument, json: jsonOnlyFlag }, ({ manifest, json }) =>
  reportUserErrors(
    Effect.gen(function* () {
      const loaded = yield* withProgress((onProgress) => loadManifest(manifest, { onProgress }))
      const systems = loaded.manifest.systems.length
      const dependencies = loaded.manifest.systems.reduce((n, s) => n + s.dependencies.length, 0)
      process.stdout.write(
        json
          ? `${JSON.stringify({ valid: true, file: loaded.file, sha256: loaded.sha256, systems, dependencies })}\n`
          : `${green("✓")} ${displayPath(loaded.file)} is valid: ${systems} systems, ${dependencies} dependencies\n`
      )
    })
  )
).pipe(
  Command.withDescription("Check a manifest: syntax, fields, and that every offering and bloc it names exists. Exit 1 with located errors if not."),
  Command.withExamples([
    { command: "sovmap validate examples/region-nordlys/sovmap.yaml", description: "Validate the bundled example" },
    { command: "cat sovmap.yaml | sovmap validate -", description: "Validate standard input" }
  ])
)

/**
 * `@sovmap/sdk`: map technology dependencies onto the companies and jurisdictions that control them.
 *
 * Promise functions for everyday use; the same programs as Effects in `@sovmap/sdk/effect`. Every
 * rejection is one of the exported, tagged error classes.
 *
 * @example
 * ```ts
 * import { assess, loadManifest, renderReport } from "@sovmap/sdk"
 *
 * const manifest = await loadManifest("sovmap.yaml")
 * const result = await assess(manifest)
 * console.log(renderReport(result, "md"))
 * ```
 * @module
 */
import * as NodeServices from "@effect/platform-node/NodeServices"
import type { Assessment } from "@sovmap/core"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Programs from "./effect.js"

export * from "./errors.js"
export { renderReport, type LoadedManifest, type ReportFormat } from "./effect.js"
export type { Assessment, Manifest } from "@sovmap/core"

const run = async <A, E>(effect: Effect.Effect<A, E, NodeServices.NodeServices>): Promise<A> => {
  const exit = await Effect.runPromiseExit(Effect.provide(effect, NodeServices.layer))
  if (Exit.isSuccess(exit)) return exit.value
  throw Cause.squash(exit.cause)
}

/**
 * Reads and decodes a manifest file (`-` reads standard input). Rejects with `FileReadError`,
 * `ManifestParseError`, `ManifestValidationError`, `UnknownReferenceError` or `KnowledgeBaseError`, each
 * with file, line and column.
 *
 * @category manifest
 * @since 0.1.0
 */
export const loadManifest = (path: string): Promise<Programs.LoadedManifest> => run(Programs.loadManifest(path))

/**
 * Decodes manifest text you already hold (YAML or JSON), naming it `file` in messages.
 *
 * @category manifest
 * @since 0.1.0
 */
export const parseManifest = (text: string, file = "<manifest>"): Promise<Programs.LoadedManifest> => run(Programs.parseManifest(text, file))

/**
 * Assesses a manifest: a loaded manifest, or a path to one.
 *
 * @example
 * ```ts
 * import { assess } from "@sovmap/sdk"
 *
 * const result = await assess("examples/region-nordlys/sovmap.yaml")
 * result.metrics.foreignShare.foreignShare // share of weight controlled from outside the home bloc
 * ```
 * @category assessment
 * @since 0.1.0
 */
export const assess = (manifest: Programs.LoadedManifest | string): Promise<Assessment> =>
  run(Effect.flatMap(typeof manifest === "string" ? Programs.loadManifest(manifest) : Effect.succeed(manifest), Programs.assess))

/**
 * Writes text to a file atomically (temporary file + rename).
 *
 * @category io
 * @since 0.1.0
 */
export const writeFileAtomic = (path: string, text: string): Promise<void> => run(Programs.writeFileAtomic(path, text))

export { aggregateTradeFiles, screenTradeFiles, type TradeProgress, type TradeReadOptions, type TradeScreenFileOptions } from "./trade/read-trade-files.js"
export { renderTradeHtml, renderTradeJson, renderTradeMarkdown, type TradeScreenResult } from "@sovmap/core"

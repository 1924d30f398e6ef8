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
import type { Assessment, SbomAttribution, SbomDocument } from "@sovmap/core"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Programs from "./effect.js"

export * from "./errors.js"
export { renderReport, type LoadedManifest, type ReportFormat } from "./effect.js"
export type { Assessment, Manifest } from "@sovmap/core"
export type { SbomAttribution, SbomDocument, SbomFormat } from "@sovmap/core"
export type { SbomOptions } from "./sbom.js"

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

/**
 * Reads an SBOM file (or `-` for standard input), streaming CycloneDX and SPDX JSON. Rejects with
 * `FileReadError`, `SbomParseError`, `SbomValidationError` or `UnsupportedSbomError`, located by line and
 * column.
 *
 * @example
 * ```ts
 * import { readSbom } from "@sovmap/sdk"
 *
 * const doc = await readSbom("bom.json")
 * doc.components.length
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const readSbom = (path: string, options?: Programs.SbomOptions): Promise<SbomDocument> => run(Programs.readSbom(path, options))

/**
 * Reads an SBOM and attributes every component to its maintaining organisation and jurisdiction.
 *
 * @example
 * ```ts
 * import { attributeSbomFile } from "@sovmap/sdk"
 *
 * const result = await attributeSbomFile("bom.json")
 * result.summary.byJurisdiction // [{ jurisdiction: "US", count: 120, share: 0.6, home: false }, …]
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const attributeSbomFile = (path: string, options?: Programs.SbomOptions): Promise<SbomAttribution> => run(Programs.attributeSbomFile(path, options))

/**
 * Attributes a CycloneDX JSON SBOM and writes it to `out` with sovmap properties on every component.
 *
 * @example
 * ```ts
 * import { enrichSbomFile } from "@sovmap/sdk"
 *
 * await enrichSbomFile("bom.json", "bom.sovmap.cdx.json")
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const enrichSbomFile = (path: string, out: string, options?: Programs.SbomOptions): Promise<SbomAttribution> => run(Programs.enrichSbomFile(path, out, options))

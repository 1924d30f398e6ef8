/**
 * How many components an SBOM reader accepts: the bound that keeps memory bounded whatever the file's size.
 *
 * @module
 */
import { UnsupportedSbomError } from "../errors.js"
import type { SourceLocation } from "./model.js"

/**
 * How many components an SBOM reader accepts before it stops with {@link UnsupportedSbomError}, located at
 * the first component past the limit: one million. Every component read counts — nested ones, services,
 * SPDX packages, and the document's own subject (`metadata.component`, the package an SPDX document
 * describes).
 * Each component read keeps its attribution (about 0.35 KB through the SDK, about 0.8 KB in `sovmap sbom`
 * with its report, BENCHMARKS.md), so the limit bounds memory for a file of any size — a 2 GB SBOM is
 * refused after its millionth component instead of exhausting the heap. Raise it with the readers'
 * `maxComponents` option (`--max-components` in the CLI) on a machine with the memory.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_SBOM_COMPONENTS, decodeSbom } from "@sovmap/core"
 *
 * DEFAULT_MAX_SBOM_COMPONENTS // 1000000
 * const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a"},{"name":"b"}]}'
 * decodeSbom(text, "bom.json", undefined, { maxComponents: 1 }) // throws UnsupportedSbomError at components[1]
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const DEFAULT_MAX_SBOM_COMPONENTS = 1_000_000

/**
 * Limits of an SBOM reading.
 *
 * @example
 * ```ts
 * import { decodeSbom, type SbomReadLimits } from "@sovmap/core"
 *
 * const limits: SbomReadLimits = { maxComponents: 5_000_000 }
 * decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}', "bom.json", undefined, limits).components.length // 0
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface SbomReadLimits {
  /** Components accepted before reading stops (default {@link DEFAULT_MAX_SBOM_COMPONENTS}). */
  readonly maxComponents?: number | undefined
}

/** The error for the first component past the limit, where it stands. */
export const tooManyComponents = (file: string, at: SourceLocation, max: number): UnsupportedSbomError =>
  new UnsupportedSbomError([
    {
      file,
      line: at.line,
      column: at.column,
      path: at.path,
      message: `more than ${max} components: reading stopped at ${at.path}`,
      expected: `at most ${max} components`,
      hint: "each component read takes memory (about 1 GB per million in sovmap sbom): raise the limit with --max-components (maxComponents) on a machine that has it"
    }
  ])

/**
 * Progress of long-running work, reported through a callback so that core stays free of clocks and I/O:
 * the host (the CLI's progress bar, a web worker, a log) decides what to show and when.
 *
 * @module
 */

/**
 * One progress report: how much of a stage is done, out of how much when that is known.
 *
 * @example
 * ```ts
 * import { decodeManifest, type ProgressUpdate } from "@sovmap/core"
 *
 * const updates: Array<ProgressUpdate> = []
 * decodeManifest("sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }] }\n", "sovmap.yaml", (update) => updates.push(update))
 * updates.map((u) => u.stage) // ["parsing", "parsing", "composing", "checking"]
 * updates[1] // { stage: "parsing", done: 167, total: 167, unit: "characters" }
 * ```
 * @category progress
 * @since 0.2.0
 */
export interface ProgressUpdate {
  /** What is being done, as a short present participle: `parsing`, `assessing` (shown as `working` when absent). */
  readonly stage?: string | undefined
  /** Units done so far in this stage (0 when the stage starts). */
  readonly done: number
  /** Units in the whole stage, when known in advance; absent for work of unknown size. */
  readonly total?: number | undefined
  /** What is counted: `bytes`, `dependencies`, `rows`. */
  readonly unit: string
}

/**
 * A progress callback. Callers report at the start of a stage (`done: 0`), at intervals while it runs and at
 * its end (`done === total`); the callback must be cheap and must not throw.
 *
 * @example
 * ```ts
 * import type { Progress } from "@sovmap/core"
 *
 * const log: Progress = ({ stage, done, total, unit }) => {
 *   if (total !== undefined && done === total) console.error(`${stage}: ${total} ${unit}`)
 * }
 * log({ stage: "assessing", done: 3, total: 3, unit: "dependencies" }) // prints "assessing: 3 dependencies"
 * ```
 * @category progress
 * @since 0.2.0
 */
export type Progress = (update: ProgressUpdate) => void

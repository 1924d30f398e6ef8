/**
 * Tender check: minimum SEAL floors per objective, as a contracting authority sets them.
 *
 * @module
 */
import * as z from "zod"
import { CsfParseError, CsfValidationError } from "../errors.js"
import { type DecodeLimits, decodeDocument } from "../internal/document.js"
import { Source } from "../kb/schema.js"
import { ObjectiveId, Seal, type Seal as SealLevel } from "./catalogue.js"
import { formatSeal } from "./seal.js"
import type { CsfScore } from "./score.js"

/**
 * Schema of a floors file: a default minimum SEAL for every objective and per-objective overrides.
 *
 * @example
 * ```ts
 * import { CsfFloorsFile } from "@sovmap/core"
 *
 * const file = CsfFloorsFile.parse({ csfFloors: 1, name: "SEAL-2, SEAL-3 for data", default: 2, objectives: { "SOV-3": 3 } })
 * file.objectives?.["SOV-3"] // 3
 * CsfFloorsFile.safeParse({ csfFloors: 1, name: "Too high", default: 5 }).success // false: SEAL levels run from 0 to 4
 * ```
 * @category csf
 * @since 0.2.0
 */
export const CsfFloorsFile = z.strictObject({
  /** Version of the floors-file format. */
  csfFloors: z.literal(1),
  name: z.string().min(1),
  /** Minimum SEAL for every objective not named in `objectives`. */
  default: Seal.optional(),
  objectives: z.record(ObjectiveId, Seal).optional(),
  source: Source.optional(),
  note: z.string().min(1).optional()
})

/**
 * A CsfFloorsFile as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { csfFloors, type CsfFloorsFile } from "@sovmap/core"
 *
 * const file: CsfFloorsFile = { csfFloors: 1, name: "SEAL-2, SEAL-3 for data", default: 2, objectives: { "SOV-3": 3 } }
 * const floors = csfFloors(file.name, file.default, file.objectives)
 * floors.floors["SOV-3"] // 3
 * floors.floors["SOV-1"] // 2
 * ```
 * @category csf
 * @since 0.2.0
 */
export type CsfFloorsFile = z.output<typeof CsfFloorsFile>

/**
 * Minimum SEAL per objective.
 *
 * @example
 * ```ts
 * import { checkCsfTender, decodeCsfAnswers, scoreCsf, type CsfFloors } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * // A floor on one objective only: the others have none
 * const floors: CsfFloors = { name: "SEAL-3 for data and AI", floors: { "SOV-3": 3 } }
 * const file = "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"
 * const check = checkCsfTender(scoreCsf(decodeCsfAnswers(await readFile(file, "utf8"), file)), floors)
 * check.objectives.find((o) => o.id === "SOV-3")?.reason
 * // "SEAL-1 is below the floor SEAL-3: SOV-3.4 option 4 grants SEAL-1; SOV-3.5 option 2 grants SEAL-2"
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfFloors {
  readonly name: string
  readonly file?: string | undefined
  /** Floor per objective id; objectives absent here have no floor. */
  readonly floors: Readonly<Record<string, SealLevel>>
  readonly source?: Source | undefined
}

/**
 * Parses a floors file (YAML or JSON), with located errors ({@link CsfParseError}, {@link CsfValidationError}).
 *
 * @example
 * ```ts
 * import { decodeCsfFloors } from "@sovmap/core"
 *
 * decodeCsfFloors("csfFloors: 1\nname: SEAL-2 everywhere\ndefault: 2\n", "floors.yaml").floors["SOV-5"] // 2
 * ```
 * @category csf
 * @since 0.2.0
 */
export const decodeCsfFloors = (text: string, file: string, limits: DecodeLimits = {}): CsfFloors => {
  const result = decodeDocument(text, file, CsfFloorsFile, limits)
  if (!result.ok) throw result.stage === "parse" ? new CsfParseError(result.diagnostics) : new CsfValidationError(result.diagnostics)
  const value = result.located.value
  if (value.default === undefined && (value.objectives === undefined || Object.keys(value.objectives).length === 0)) {
    throw new CsfValidationError([{ file, ...(result.located.locate([], false) ?? {}), message: "the floors file sets no floor", hint: "add `default: 2` (a SEAL for every objective) or `objectives: { SOV-3: 3 }`" }])
  }
  return csfFloors(value.name, value.default, value.objectives, file, value.source)
}

/**
 * Builds floors from a default SEAL and per-objective overrides.
 *
 * @example
 * ```ts
 * import { csfFloors } from "@sovmap/core"
 *
 * csfFloors("SEAL-2 minimum", 2).floors["SOV-1"] // 2
 * ```
 * @category csf
 * @since 0.2.0
 */
export const csfFloors = (
  name: string,
  defaultSeal?: number,
  objectives?: Readonly<Record<string, number>>,
  file?: string,
  source?: Source
): CsfFloors => {
  const floors: Record<string, SealLevel> = {}
  for (let n = 1; n <= 8; n++) {
    const id = `SOV-${n}`
    const floor = objectives?.[id] ?? defaultSeal
    if (floor !== undefined) floors[id] = floor as SealLevel
  }
  return { name, floors, ...(file !== undefined ? { file } : {}), ...(source !== undefined ? { source } : {}) }
}

/**
 * The outcome for one objective.
 *
 * @example
 * ```ts
 * import { checkCsfTender, csfFloors, decodeCsfAnswers, scoreCsf, type CsfObjectiveCheck } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const file = "examples/csf/hypothetical-non-eu-provider-eu-region.yaml"
 * const score = scoreCsf(decodeCsfAnswers(await readFile(file, "utf8"), file))
 * const failed: ReadonlyArray<CsfObjectiveCheck> = checkCsfTender(score, csfFloors("SEAL-2 minimum", 2)).objectives.filter((o) => !o.pass)
 * failed.map((o) => o.id) // ["SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-7"]
 * failed[2]?.below // [{ criterion: "SOV-3.4", option: 4, seal: 1 }]
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfObjectiveCheck {
  readonly id: string
  readonly seal: SealLevel | undefined
  readonly floor: SealLevel | undefined
  readonly pass: boolean
  /** Why it failed, in words; empty when it passed. */
  readonly reason: string
  /** Answered criteria whose SEAL is below the floor: the answers that keep the objective down. */
  readonly below: ReadonlyArray<{ readonly criterion: string; readonly option: number; readonly seal: SealLevel }>
}

/**
 * The tender check of one offer.
 *
 * @example
 * ```ts
 * import { checkCsfTender, decodeCsfAnswers, decodeCsfFloors, scoreCsf, type CsfTenderCheck } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const floorsFile = "examples/csf/floors-seal-2.yaml"
 * const floors = decodeCsfFloors(await readFile(floorsFile, "utf8"), floorsFile)
 * const offer = "examples/csf/hypothetical-eu-provider.yaml"
 * const check: CsfTenderCheck = checkCsfTender(scoreCsf(decodeCsfAnswers(await readFile(offer, "utf8"), offer)), floors)
 * check.pass // true: SEAL-2 or better in every objective
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfTenderCheck {
  readonly floors: string
  readonly pass: boolean
  readonly objectives: ReadonlyArray<CsfObjectiveCheck>
}

/**
 * Checks a scored offer against SEAL floors. v1.2.1 §1 and §4: the tender fixes a minimum SEAL per objective
 * and an offer that does not reach it "consistently across all objectives" is rejected; the score then only
 * ranks the offers that remain. So `pass = ∀ n: SEAL(SOV-n) ≥ floor(SOV-n)`; an objective with no answered
 * criterion has no SEAL and fails any floor.
 *
 * @example
 * ```ts
 * import { checkCsfTender, csfFloors, type CsfScore } from "@sovmap/core"
 *
 * declare const score: CsfScore
 * checkCsfTender(score, csfFloors("SEAL-2 minimum", 2)).pass
 * ```
 * @category csf
 * @since 0.2.0
 */
export const checkCsfTender = (score: CsfScore, floors: CsfFloors): CsfTenderCheck => {
  const objectives = score.objectives.map((objective): CsfObjectiveCheck => {
    const floor = floors.floors[objective.id]
    if (floor === undefined) return { id: objective.id, seal: objective.seal, floor, pass: true, reason: "", below: [] }
    const below = objective.criteria.flatMap((c) => (c.seal !== undefined && c.option !== undefined && c.seal < floor ? [{ criterion: c.id, option: c.option, seal: c.seal }] : []))
    if (objective.seal === undefined) {
      return { id: objective.id, seal: undefined, floor, pass: false, reason: `no answered criterion, so no SEAL to compare with the floor ${formatSeal(floor)}`, below }
    }
    const pass = objective.seal >= floor
    return {
      id: objective.id,
      seal: objective.seal,
      floor,
      pass,
      reason: pass ? "" : `${formatSeal(objective.seal)} is below the floor ${formatSeal(floor)}: ${below.map((b) => `${b.criterion} option ${b.option} grants ${formatSeal(b.seal)}`).join("; ")}`,
      below
    }
  })
  return { floors: floors.name, pass: objectives.every((o) => o.pass), objectives }
}

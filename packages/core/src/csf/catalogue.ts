/**
 * The EU Cloud Sovereignty Framework catalogue: objectives, criteria, answer options with points and SEAL,
 * and the published weight sets, versioned by framework version and shipped as data (`data/csf/*.yaml`).
 *
 * @module
 */
import * as z from "zod"
import catalogueData from "../generated/csf-catalogue.json"
import { KnowledgeBaseError, type Diagnostic } from "../errors.js"
import { Evidence, Source } from "../kb/schema.js"

/**
 * A SEAL (Sovereignty Effectiveness Assurance Level), 0 (no sovereignty) to 4 (full digital sovereignty);
 * v1.2.1 §3.
 *
 * @example
 * ```ts
 * import { Seal } from "@sovmap/core"
 *
 * Seal.parse(2) // 2
 * Seal.safeParse(5).success // false: SEAL levels run from 0 to 4
 * ```
 * @category csf
 * @since 0.2.0
 */
export const Seal = z.number().int().min(0).max(4)

/**
 * A SEAL level of the EU Cloud Sovereignty Framework, 0 (lowest) to 4.
 *
 * @example
 * ```ts
 * import { formatSeal, lowestSeal, type Seal } from "@sovmap/core"
 *
 * const seals: ReadonlyArray<Seal> = [4, 2, 3]
 * const overall: Seal | undefined = lowestSeal(seals)
 * formatSeal(overall) // "SEAL-2"
 * ```
 * @category csf
 * @since 0.2.0
 */
export type Seal = 0 | 1 | 2 | 3 | 4

/**
 * An objective id, `SOV-1` … `SOV-8`.
 *
 * @example
 * ```ts
 * import { ObjectiveId } from "@sovmap/core"
 *
 * ObjectiveId.safeParse("SOV-3").success // true
 * ObjectiveId.safeParse("SOV-3.1").success // false: that is a criterion id (see CriterionId)
 * ```
 * @category csf
 * @since 0.2.0
 */
export const ObjectiveId = z.string().regex(/^SOV-[1-8]$/, "an objective id such as `SOV-3`")

/**
 * A criterion id, `SOV-n.m`: objective n, m-th criterion in the calculator's order.
 *
 * @example
 * ```ts
 * import { CriterionId } from "@sovmap/core"
 *
 * CriterionId.safeParse("SOV-3.1").success // true
 * CriterionId.safeParse("SOV-9.1").success // false: the objectives run from SOV-1 to SOV-8
 * ```
 * @category csf
 * @since 0.2.0
 */
export const CriterionId = z.string().regex(/^SOV-[1-8]\.[1-9]$/, "a criterion id such as `SOV-3.1`")

const CsfOptionSchema = z.strictObject({ label: z.string().min(1), points: z.number().min(0), seal: Seal })
const CsfCriterionSchema = z.strictObject({
  id: CriterionId,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  /** Id of the document the options come from; defaults to the catalogue's calculator. */
  document: z.string().min(1).default("csf-calculator-2026-06"),
  evidence: Evidence,
  note: z.string().min(1).optional(),
  options: z.array(CsfOptionSchema).min(2)
})
const CsfObjectiveSchema = z.strictObject({ id: ObjectiveId, name: z.string().min(1), criteria: z.array(CsfCriterionSchema).min(1) })
const WeightsSchema = z.record(ObjectiveId, z.number().min(0).max(100))
const CsfWeightSetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string().min(1),
  description: z.string().min(1),
  normalisation: z.enum(["objective-max", "nominal-1000"]),
  weights: WeightsSchema,
  source: Source
})

/**
 * Schema of one catalogue file, `data/csf/<framework>.yaml`.
 *
 * @example
 * ```ts
 * import { CsfCatalogueFile } from "@sovmap/core"
 *
 * const result = CsfCatalogueFile.safeParse({ framework: "1.2.1", title: "Draft catalogue" })
 * result.error?.issues.map((i) => i.path.join(".")) // ["documents", "sealLevels", "weightSets", "objectives"]
 * // decodeCsfCatalogue applies this schema, then checks ids, weights and cited documents
 * ```
 * @category csf
 * @since 0.2.0
 */
export const CsfCatalogueFile = z.strictObject({
  framework: z.string().min(1),
  title: z.string().min(1),
  documents: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1), source: Source })).min(1),
  sealLevels: z.array(z.strictObject({ level: Seal, name: z.string().min(1), meaning: z.string().min(1) })).length(5),
  weightSets: z.array(CsfWeightSetSchema).min(1),
  objectives: z.array(CsfObjectiveSchema).length(8)
})

/**
 * One answer option of a criterion: its label as published, its points and the SEAL it grants.
 *
 * @example
 * ```ts
 * import { csfCatalogue, type CsfOption } from "@sovmap/core"
 *
 * const options: ReadonlyArray<CsfOption> = csfCatalogue("1.2.1")?.criteria.get("SOV-3.1")?.options ?? []
 * const best = options.at(-1)
 * console.log(`${best?.number}. ${best?.label}: ${best?.points} points, SEAL-${best?.seal}`)
 * // 5. Customer exclusive control - provider can not read the data: 200 points, SEAL-4
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfOption {
  /** 1-based position in the criterion's list, as answers files refer to it. */
  readonly number: number
  readonly label: string
  readonly points: number
  readonly seal: Seal
}

/**
 * A criterion with its options and the source it is taken from.
 *
 * @example
 * ```ts
 * import { csfCatalogue, type CsfCriterion } from "@sovmap/core"
 *
 * const criterion: CsfCriterion | undefined = csfCatalogue("1.2.1")?.criteria.get("SOV-3.1")
 * criterion?.title // "Customer control over encryption keys"
 * criterion?.objective // "SOV-3"
 * criterion?.maxPoints // 200
 * criterion?.options.length // 5
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfCriterion {
  readonly id: string
  readonly objective: string
  readonly title: string
  readonly description?: string | undefined
  readonly options: ReadonlyArray<CsfOption>
  /** Highest points any option gives. */
  readonly maxPoints: number
  readonly source: Source
}

/**
 * An objective (SOV-n) and its criteria.
 *
 * @example
 * ```ts
 * import { csfCatalogue, type CsfObjective } from "@sovmap/core"
 *
 * const objective: CsfObjective | undefined = csfCatalogue("1.2.1")?.objectives[0]
 * objective?.id // "SOV-1"
 * objective?.name // "Strategic Sovereignty"
 * objective?.criteria.length // 8
 * objective?.maxPoints // 1000.03
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfObjective {
  readonly id: string
  readonly name: string
  readonly criteria: ReadonlyArray<CsfCriterion>
  /** Sum of the criteria's maximum points (1000.03 for SOV-1 in the calculator). */
  readonly maxPoints: number
}

/**
 * A published weight set and the normalisation it goes with: `objective-max` divides each objective by its
 * own maximum (v1.2.1 §5), `nominal-1000` divides by 1000 (the June 2026 calculator's total cell).
 *
 * @example
 * ```ts
 * import { csfCatalogue, type CsfWeightSet } from "@sovmap/core"
 *
 * const sets: ReadonlyArray<CsfWeightSet> = csfCatalogue("1.2.1")?.weightSets ?? []
 * sets.map((s) => `${s.id} (${s.normalisation}): SOV-1 weighs ${s.weights["SOV-1"]} %`)
 * // ["csf-1.2.1 (objective-max): SOV-1 weighs 15 %", "csf-calculator-2026-06 (nominal-1000): SOV-1 weighs 20 %"]
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfWeightSet {
  readonly id: string
  readonly name: string
  readonly description: string
  readonly normalisation: "objective-max" | "nominal-1000"
  /** Weight of each objective in percent; they sum to 100. */
  readonly weights: Readonly<Record<string, number>>
  readonly source: Source
}

/**
 * The full catalogue of one framework version.
 *
 * @example
 * ```ts
 * import { csfCatalogue, type CsfCatalogue } from "@sovmap/core"
 *
 * const catalogue: CsfCatalogue | undefined = csfCatalogue("1.2.1")
 * catalogue?.objectives.length // 8
 * catalogue?.criteria.get("SOV-8.1")?.title // "Energy efficiency"
 * catalogue?.defaultWeightSet // "csf-1.2.1"
 * catalogue?.sealLevels[4]?.name // "Full Digital Sovereignty"
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfCatalogue {
  readonly framework: string
  readonly title: string
  readonly documents: ReadonlyArray<{ readonly id: string; readonly title: string; readonly source: Source }>
  readonly sealLevels: ReadonlyArray<{ readonly level: Seal; readonly name: string; readonly meaning: string }>
  readonly objectives: ReadonlyArray<CsfObjective>
  readonly criteria: ReadonlyMap<string, CsfCriterion>
  readonly weightSets: ReadonlyArray<CsfWeightSet>
  /** Id of the weight set used when none is named: the framework document's own. */
  readonly defaultWeightSet: string
}

// Sums in hundredths of a point: the calculator's cells have two decimals, so integer arithmetic reproduces
// its sums exactly (125.01 × 3 + 125 × 5 = 1000.03, not 1000.0300000000001).
const sumPoints = (values: ReadonlyArray<number>): number => values.reduce((n, v) => n + Math.round(v * 100), 0) / 100

/**
 * Decodes and checks a catalogue file's content: ids in order and inside their objective, weights summing to
 * 100, every cited document listed. Throws {@link KnowledgeBaseError} naming the file.
 *
 * @example
 * ```ts
 * import { csfCatalogue } from "@sovmap/core"
 *
 * csfCatalogue("1.2.1")?.criteria.size // 48
 * ```
 * @category csf
 * @since 0.2.0
 */
export const decodeCsfCatalogue = (data: unknown, file: string): CsfCatalogue => {
  const parsed = CsfCatalogueFile.safeParse(data)
  if (!parsed.success) {
    throw new KnowledgeBaseError(parsed.error.issues.map((i) => ({ file, path: i.path.map(String).join("."), message: i.message })))
  }
  const raw = parsed.data
  const problems: Array<Diagnostic> = []
  const documents = new Map(raw.documents.map((d) => [d.id, d]))
  const criteria = new Map<string, CsfCriterion>()
  const objectives: Array<CsfObjective> = raw.objectives.map((objective, o) => {
    if (objective.id !== `SOV-${o + 1}`) problems.push({ file, path: `objectives[${o}].id`, message: `expected \`SOV-${o + 1}\`, found \`${objective.id}\`` })
    const list = objective.criteria.map((c, i): CsfCriterion => {
      if (c.id !== `${objective.id}.${i + 1}`) problems.push({ file, path: `${objective.id}.criteria[${i}].id`, message: `expected \`${objective.id}.${i + 1}\`, found \`${c.id}\`` })
      const document = documents.get(c.document)
      if (document === undefined) problems.push({ file, path: `${c.id}.document`, message: `unknown document \`${c.document}\`` })
      const source: Source = {
        url: document?.source.url ?? "https://commission.europa.eu/",
        retrieved: document?.source.retrieved ?? "2026-11-22",
        evidence: c.evidence,
        ...(c.note !== undefined ? { note: c.note } : {})
      }
      const criterion: CsfCriterion = {
        id: c.id,
        objective: objective.id,
        title: c.title,
        ...(c.description !== undefined ? { description: c.description } : {}),
        options: c.options.map((opt, k) => ({ number: k + 1, label: opt.label, points: opt.points, seal: opt.seal as Seal })),
        maxPoints: Math.max(...c.options.map((opt) => opt.points)),
        source
      }
      criteria.set(c.id, criterion)
      return criterion
    })
    return { id: objective.id, name: objective.name, criteria: list, maxPoints: sumPoints(list.map((c) => c.maxPoints)) }
  })
  for (const set of raw.weightSets) {
    const ids = Object.keys(set.weights).sort()
    const total = sumPoints(Object.values(set.weights))
    if (ids.join() !== objectives.map((o) => o.id).join() || total !== 100) {
      problems.push({ file, path: `weightSets.${set.id}.weights`, message: `weights must name SOV-1 … SOV-8 once each and sum to 100 (sum is ${total})` })
    }
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems)
  return {
    framework: raw.framework,
    title: raw.title,
    documents: raw.documents,
    sealLevels: raw.sealLevels.map((s) => ({ ...s, level: s.level as Seal })),
    objectives,
    criteria,
    weightSets: raw.weightSets,
    defaultWeightSet: raw.weightSets[0]!.id
  }
}

const cache = new Map<string, CsfCatalogue>()

/**
 * Framework versions whose catalogue ships with this version of sovmap.
 *
 * @example
 * ```ts
 * import { csfFrameworkVersions } from "@sovmap/core"
 *
 * csfFrameworkVersions() // ["1.2.1"]
 * ```
 * @category csf
 * @since 0.2.0
 */
export const csfFrameworkVersions = (): ReadonlyArray<string> => catalogueData.frameworks.map((f) => f.framework)

/**
 * The shipped catalogue of a framework version, decoded once; `undefined` when that version is not shipped.
 *
 * @example
 * ```ts
 * import { csfCatalogue } from "@sovmap/core"
 *
 * const catalogue = csfCatalogue("1.2.1")
 * catalogue?.objectives[0]?.maxPoints // 1000.03
 * ```
 * @category csf
 * @since 0.2.0
 */
export const csfCatalogue = (framework: string): CsfCatalogue | undefined => {
  const cached = cache.get(framework)
  if (cached !== undefined) return cached
  const entry = catalogueData.frameworks.find((f) => f.framework === framework)
  if (entry === undefined) return undefined
  const { $file, ...data } = entry
  const catalogue = decodeCsfCatalogue(data, $file)
  cache.set(framework, catalogue)
  return catalogue
}

/**
 * Finds a weight set of a catalogue by id, or its default when `id` is undefined.
 *
 * @example
 * ```ts
 * import { csfCatalogue, csfWeightSet } from "@sovmap/core"
 *
 * const catalogue = csfCatalogue("1.2.1")!
 * csfWeightSet(catalogue)?.id // "csf-1.2.1" (the default)
 * csfWeightSet(catalogue, "csf-calculator-2026-06")?.weights["SOV-5"] // 10
 * csfWeightSet(catalogue, "no-such-set") // undefined
 * ```
 * @category csf
 * @since 0.2.0
 */
export const csfWeightSet = (catalogue: CsfCatalogue, id?: string): CsfWeightSet | undefined =>
  catalogue.weightSets.find((w) => w.id === (id ?? catalogue.defaultWeightSet))

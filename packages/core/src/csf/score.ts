/**
 * Scoring of a CSF questionnaire: points per objective, the weighted Sovereignty Score and the SEAL levels.
 *
 * @module
 */
import { MetricInputError } from "../errors.js"
import type { CsfAnswers } from "./answers.js"
import { csfWeightSet, type CsfWeightSet, type Seal } from "./catalogue.js"
import { lowestSeal } from "./seal.js"

/**
 * One criterion's answer in a result.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, scoreCsf, type CsfCriterionResult } from "@sovmap/core"
 *
 * const answers = decodeCsfAnswers("csf: 1\nframework: '1.2.1'\noffer: { name: Draft }\nanswers:\n  SOV-8.1: { option: 5 }\n", "draft.yaml", { allowIncomplete: true })
 * const rows: ReadonlyArray<CsfCriterionResult> = scoreCsf(answers).objectives.find((o) => o.id === "SOV-8")?.criteria ?? []
 * rows.map((c) => `${c.id} ${c.points}/${c.maxPoints}`) // ["SOV-8.1 250/250", "SOV-8.2 0/250", "SOV-8.3 0/250", "SOV-8.4 0/250"]
 * rows[0]?.label // "PUE < 1.2 EU verified"
 * rows[1]?.option // undefined: not answered
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfCriterionResult {
  readonly id: string
  readonly title: string
  /** Chosen option number, or `undefined` when unanswered. */
  readonly option: number | undefined
  readonly label: string | undefined
  readonly points: number
  readonly maxPoints: number
  readonly seal: Seal | undefined
  readonly evidence: ReadonlyArray<string>
}

/**
 * One objective's result.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, scoreCsf, type CsfObjectiveResult } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const file = "examples/csf/calculator-example.yaml"
 * const score = scoreCsf(decodeCsfAnswers(await readFile(file, "utf8"), file, { allowIncomplete: true }))
 * const sov7: CsfObjectiveResult | undefined = score.objectives.find((o) => o.id === "SOV-7")
 * sov7?.ratio // 1: every criterion at its best option
 * sov7?.contribution // 10: its whole weight, in percentage points of the score
 * sov7?.seal // 4
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfObjectiveResult {
  readonly id: string
  readonly name: string
  /** Weight in percent in the chosen weight set. */
  readonly weight: number
  /** Sum of the chosen options' points. */
  readonly points: number
  /** Sum of the criteria's maximum points. */
  readonly maxPoints: number
  /** What the points are divided by: `maxPoints` (v1.2.1) or 1000 (calculator). */
  readonly divisor: number
  /** points / divisor (0..1, or slightly above 1 with the calculator's nominal divisor). */
  readonly ratio: number
  /** ratio × weight: this objective's share of the Sovereignty Score, in percentage points. */
  readonly contribution: number
  /** Lowest SEAL among the answered criteria; `undefined` when none is answered. */
  readonly seal: Seal | undefined
  readonly answered: number
  readonly criteria: ReadonlyArray<CsfCriterionResult>
}

/**
 * The result of scoring one offer.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, scoreCsf, type CsfScore } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const file = "examples/csf/calculator-example.yaml"
 * const score: CsfScore = scoreCsf(decodeCsfAnswers(await readFile(file, "utf8"), file, { allowIncomplete: true }))
 * score.score.toFixed(2) // "65.98" (Sovereignty Score, in %)
 * score.seal // 2 (the lowest objective SEAL)
 * score.completeness // { answered: 47, total: 48, missing: ["SOV-1.6"] }
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfScore {
  readonly file: string
  readonly framework: string
  readonly offer: CsfAnswers["offer"]
  readonly weightSet: Pick<CsfWeightSet, "id" | "name" | "normalisation">
  readonly objectives: ReadonlyArray<CsfObjectiveResult>
  /** Sovereignty Score in percent: Σ ratio × weight. */
  readonly score: number
  /** Overall SEAL: the lowest objective SEAL; `undefined` when nothing is answered. */
  readonly seal: Seal | undefined
  readonly completeness: { readonly answered: number; readonly total: number; readonly missing: ReadonlyArray<string> }
  /** Answered criteria that cite no evidence URL. */
  readonly withoutEvidence: ReadonlyArray<string>
}

/**
 * Options of {@link scoreCsf}.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, scoreCsf, type ScoreCsfOptions } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const file = "examples/csf/calculator-example.yaml"
 * const answers = decodeCsfAnswers(await readFile(file, "utf8"), file, { allowIncomplete: true })
 * const options: ScoreCsfOptions = { weightSet: "csf-calculator-2026-06" }
 * scoreCsf(answers, options).score.toFixed(2) // "67.97": the calculator's weights, divided by a nominal 1000
 * scoreCsf(answers).score.toFixed(2) // "65.98" with the default csf-1.2.1 weight set
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface ScoreCsfOptions {
  /** Weight-set id (`csf-1.2.1`, the default, or `csf-calculator-2026-06`). */
  readonly weightSet?: string
}

const hundredths = (v: number) => Math.round(v * 100)

/**
 * Scores resolved answers. The Sovereignty Score follows v1.2.1 §5 (p. 6):
 *
 *     SovereigntyScore = Σₙ (Score(SOV-n) / MaxScore(SOV-n)) × Weight(SOV-n)   [%]
 *
 * where Score(SOV-n) is the sum of the chosen options' points. With the `csf-1.2.1` weight set MaxScore is the
 * objective's own maximum; with `csf-calculator-2026-06` it is a nominal 1000, as in the calculator's total
 * cell `((D4*E4+…+D231*E231))/1000`, so an all-best questionnaire scores 100.0756 % there. Nothing is rounded
 * or clamped: the calculator's only rounding is in its point cells (two decimals), which the catalogue ships
 * as published. SEALs are the minimum over answered criteria ({@link lowestSeal}), computed independently of
 * the score. Throws {@link MetricInputError} for an unknown weight set.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, scoreCsf } from "@sovmap/core"
 *
 * const answers = decodeCsfAnswers("csf: 1\nframework: '1.2.1'\noffer: { name: Draft }\nanswers:\n  SOV-8.1: { option: 5 }\n", "draft.yaml", { allowIncomplete: true })
 * scoreCsf(answers).score // 1.25 = 250 / 1000 points of SOV-8 × 5 %
 * ```
 * @category csf
 * @since 0.2.0
 */
export const scoreCsf = (answers: CsfAnswers, options: ScoreCsfOptions = {}): CsfScore => {
  const { catalogue } = answers
  const weightSet = csfWeightSet(catalogue, options.weightSet)
  if (weightSet === undefined) {
    throw new MetricInputError([
      {
        file: answers.file,
        message: `unknown CSF weight set \`${options.weightSet}\``,
        expected: `one of ${catalogue.weightSets.map((w) => `\`${w.id}\``).join(", ")}`
      }
    ])
  }
  const objectives = catalogue.objectives.map((objective): CsfObjectiveResult => {
    const criteria = objective.criteria.map((criterion): CsfCriterionResult => {
      const answer = answers.answers.get(criterion.id)
      return {
        id: criterion.id,
        title: criterion.title,
        option: answer?.option.number,
        label: answer?.option.label,
        points: answer?.option.points ?? 0,
        maxPoints: criterion.maxPoints,
        seal: answer?.option.seal,
        evidence: answer?.evidence ?? []
      }
    })
    const points = criteria.reduce((n, c) => n + hundredths(c.points), 0) / 100
    const divisor = weightSet.normalisation === "objective-max" ? objective.maxPoints : 1000
    const ratio = points / divisor
    const weight = weightSet.weights[objective.id] ?? 0
    return {
      id: objective.id,
      name: objective.name,
      weight,
      points,
      maxPoints: objective.maxPoints,
      divisor,
      ratio,
      contribution: ratio * weight,
      seal: lowestSeal(criteria.flatMap((c) => (c.seal === undefined ? [] : [c.seal]))),
      answered: criteria.filter((c) => c.option !== undefined).length,
      criteria
    }
  })
  const answered = objectives.reduce((n, o) => n + o.answered, 0)
  return {
    file: answers.file,
    framework: answers.framework,
    offer: answers.offer,
    weightSet: { id: weightSet.id, name: weightSet.name, normalisation: weightSet.normalisation },
    objectives,
    score: objectives.reduce((n, o) => n + o.contribution, 0),
    seal: lowestSeal(objectives.flatMap((o) => (o.seal === undefined ? [] : [o.seal]))),
    completeness: { answered, total: catalogue.criteria.size, missing: answers.missing },
    withoutEvidence: [...answers.answers.values()].filter((a) => a.evidence.length === 0).map((a) => a.criterion.id)
  }
}

/**
 * The CSF answers file: one offer's answer to every criterion of a framework version, with evidence URLs,
 * decoded with every problem located at file:line:column.
 *
 * @module
 */
import * as z from "zod"
import { CsfIncompleteError, CsfParseError, CsfValidationError, type Diagnostic } from "../errors.js"
import { type DecodeLimits, decodeDocument, type LocatedDocument, type PathSegment } from "../internal/document.js"
import { didYouMean } from "../internal/suggest.js"
import { RecordId } from "../kb/schema.js"
import { csfCatalogue, csfFrameworkVersions, type CsfCatalogue, type CsfCriterion, type CsfOption } from "./catalogue.js"

/**
 * One answer: the number of the chosen option (1-based, in the calculator's order), optionally its label
 * (checked against the catalogue, to catch answers written for another option list), and evidence URLs.
 *
 * @example
 * ```ts
 * import { CsfAnswer } from "@sovmap/core"
 *
 * CsfAnswer.parse({ option: 4, label: "Entirely within the EU" }).option // 4
 * CsfAnswer.safeParse({ option: 0 }).success // false: options are numbered from 1
 * ```
 * @category csf
 * @since 0.2.0
 */
export const CsfAnswer = z.strictObject({
  option: z.number().int().min(1),
  label: z.string().min(1).optional(),
  evidence: z.array(z.url({ protocol: /^https?$/ })).optional(),
  note: z.string().min(1).optional()
})

/**
 * A CsfAnswer as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { resolveCsfAnswers, type CsfAnswer } from "@sovmap/core"
 *
 * // SOV-8.1 (energy efficiency), fifth option of the calculator
 * const answers: Record<string, CsfAnswer> = { "SOV-8.1": { option: 5, label: "PUE < 1.2 EU verified" } }
 * const draft = resolveCsfAnswers({ csf: 1, framework: "1.2.1", offer: { name: "Draft", hypothetical: true }, answers }, "draft.yaml", { allowIncomplete: true })
 * draft.answers.get("SOV-8.1")?.option.points // 250
 * ```
 * @category csf
 * @since 0.2.0
 */
export type CsfAnswer = z.output<typeof CsfAnswer>

/**
 * The offer an answers file describes.
 *
 * @example
 * ```ts
 * import { CsfOffer } from "@sovmap/core"
 *
 * CsfOffer.parse({ name: "Draft offer", asOf: "2026-06-01" }).hypothetical // false (the default)
 * CsfOffer.safeParse({ name: "Draft offer", asOf: "1 June 2026" }).success // false: dates are written YYYY-MM-DD
 * ```
 * @category csf
 * @since 0.2.0
 */
export const CsfOffer = z.strictObject({
  name: z.string().min(1),
  provider: z.string().min(1).optional(),
  /** Id of the knowledge-base offering these answers are about, if any. */
  offering: RecordId.optional(),
  /** True for an invented offer used to illustrate the method; reports say so. */
  hypothetical: z.boolean().default(false),
  /** Date the answers were given or last checked. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD").optional(),
  note: z.string().min(1).optional()
})

/**
 * A CsfOffer as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, type CsfOffer } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const file = "examples/csf/hypothetical-eu-provider.yaml"
 * const offer: CsfOffer = decodeCsfAnswers(await readFile(file, "utf8"), file).offer
 * offer.name // "Hypothetical offer A: EU-owned IaaS"
 * offer.hypothetical // true: reports say that the offer is invented
 * ```
 * @category csf
 * @since 0.2.0
 */
export type CsfOffer = z.output<typeof CsfOffer>

/**
 * Schema of a CSF answers file (YAML or JSON).
 *
 * @example
 * ```ts
 * import { CsfAnswersFile } from "@sovmap/core"
 *
 * const file = CsfAnswersFile.parse({ csf: 1, framework: "1.2.1", offer: { name: "Draft" }, answers: { "SOV-8.1": { option: 5 } } })
 * file.offer.hypothetical // false (the default)
 * CsfAnswersFile.safeParse({ ...file, csf: 2 }).success // false: 1 is the only format version
 * // decodeCsfAnswers also checks the answers against the catalogue, with file:line:column
 * ```
 * @category csf
 * @since 0.2.0
 */
export const CsfAnswersFile = z.strictObject({
  /** Version of the answers-file format. */
  csf: z.literal(1),
  /** Framework version the answers were given against, such as `"1.2.1"`. */
  framework: z.string().min(1),
  offer: CsfOffer,
  /** Answers keyed by criterion id (`SOV-1.1` … `SOV-8.4`). */
  answers: z.record(z.string(), CsfAnswer)
})

/**
 * A CsfAnswersFile as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { scoreCsf, type CsfAnswersFile } from "@sovmap/sdk"
 *
 * const draft: CsfAnswersFile = {
 *   csf: 1,
 *   framework: "1.2.1",
 *   offer: { name: "Draft", hypothetical: true },
 *   answers: { "SOV-8.1": { option: 5 } }
 * }
 * const report = await scoreCsf([draft], { allowIncomplete: true })
 * report.offers[0]?.score.score // 1.25
 * ```
 * @category csf
 * @since 0.2.0
 */
export type CsfAnswersFile = z.output<typeof CsfAnswersFile>

/**
 * One resolved answer: the criterion, the chosen option, and the evidence given.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, type CsfResolvedAnswer } from "@sovmap/core"
 *
 * const text = "csf: 1\nframework: '1.2.1'\noffer: { name: Draft }\nanswers:\n  SOV-1.1: { option: 4, evidence: ['https://example.com/register-extract.pdf'] }\n"
 * const answer: CsfResolvedAnswer | undefined = decodeCsfAnswers(text, "draft.yaml", { allowIncomplete: true }).answers.get("SOV-1.1")
 * answer?.criterion.title // "EU/EEA legal entity control"
 * answer?.option.label // "Entirely within the EU"
 * answer?.evidence // ["https://example.com/register-extract.pdf"]
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfResolvedAnswer {
  readonly criterion: CsfCriterion
  readonly option: CsfOption
  readonly evidence: ReadonlyArray<string>
  readonly note?: string | undefined
}

/**
 * An answers file checked against its framework's catalogue.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers, type CsfAnswers } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const file = "examples/csf/calculator-example.yaml"
 * const answers: CsfAnswers = decodeCsfAnswers(await readFile(file, "utf8"), file, { allowIncomplete: true })
 * answers.framework // "1.2.1"
 * answers.answers.size // 47
 * answers.missing // ["SOV-1.6"]
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface CsfAnswers {
  readonly file: string
  readonly framework: string
  readonly offer: CsfOffer
  readonly catalogue: CsfCatalogue
  /** Answers by criterion id, in catalogue order. */
  readonly answers: ReadonlyMap<string, CsfResolvedAnswer>
  /** Criteria left unanswered, in catalogue order (empty unless `allowIncomplete`). */
  readonly missing: ReadonlyArray<string>
}

/**
 * Options of {@link resolveCsfAnswers}.
 *
 * @example
 * ```ts
 * import { CsfIncompleteError, decodeCsfAnswers, type ResolveCsfOptions } from "@sovmap/core"
 * import { readFile } from "node:fs/promises"
 *
 * const file = "examples/csf/calculator-example.yaml" // leaves SOV-1.6 unanswered
 * const text = await readFile(file, "utf8")
 * const options: ResolveCsfOptions = { allowIncomplete: true }
 * decodeCsfAnswers(text, file, options).missing // ["SOV-1.6"]
 * try {
 *   decodeCsfAnswers(text, file)
 * } catch (error) {
 *   console.log(error instanceof CsfIncompleteError) // true: refused without allowIncomplete
 * }
 * ```
 * @category csf
 * @since 0.2.0
 */
export interface ResolveCsfOptions {
  /**
   * Accept unanswered criteria. They then add 0 points and are left out of the SEAL minimum, as the
   * Commission's calculator does (its SEAL cell takes MIN over answered rows only); reports list them.
   * Default `false`: an incomplete questionnaire is refused, because it can show a higher SEAL than the
   * complete one would.
   */
  readonly allowIncomplete?: boolean
}

// The locator of a decoded document (a documented, exported type), so that the API reference can link it.
type Locate = LocatedDocument<unknown>["locate"]

/**
 * Checks a decoded answers document against the catalogue of its framework version: known version, known
 * criterion ids, existing options, matching labels, and (unless allowed) no criterion left unanswered.
 * Throws {@link CsfValidationError} or {@link CsfIncompleteError}, located when `locate` is given.
 *
 * @example
 * ```ts
 * import { resolveCsfAnswers } from "@sovmap/core"
 *
 * const answers = resolveCsfAnswers(
 *   { csf: 1, framework: "1.2.1", offer: { name: "Draft", hypothetical: true }, answers: { "SOV-1.1": { option: 4 } } },
 *   "draft.yaml",
 *   { allowIncomplete: true }
 * )
 * answers.missing.length // 47
 * ```
 * @category csf
 * @since 0.2.0
 */
export const resolveCsfAnswers = (value: CsfAnswersFile, file: string, options: ResolveCsfOptions = {}, locate?: Locate): CsfAnswers => {
  const at = (path: ReadonlyArray<PathSegment>, key: boolean, d: Omit<Diagnostic, "file">): Diagnostic => ({
    file,
    ...(locate?.(path, key) ?? {}),
    ...(locate === undefined ? { path: path.map(String).join(".") } : {}),
    ...d
  })
  const catalogue = csfCatalogue(value.framework)
  if (catalogue === undefined) {
    const known = csfFrameworkVersions()
    throw new CsfValidationError([
      at(["framework"], false, {
        message: `answers are for framework version \`${value.framework}\`, which this sovmap does not ship`,
        expected: `one of ${known.map((v) => `\`${v}\``).join(", ")}`,
        hint: "re-answer the questionnaire against a shipped version (`sovmap csf --help` lists them), or upgrade sovmap"
      })
    ])
  }
  const problems: Array<Diagnostic> = []
  const resolved = new Map<string, CsfResolvedAnswer>()
  for (const [id, answer] of Object.entries(value.answers)) {
    const criterion = catalogue.criteria.get(id)
    if (criterion === undefined) {
      problems.push(
        at(["answers", id], true, {
          message: `unknown criterion \`${id}\` in framework ${catalogue.framework}`,
          expected: "a criterion id SOV-n.m of the catalogue (SOV-1.1 … SOV-8.4)",
          hint: didYouMean(id, catalogue.criteria.keys()) ?? "remove it; `sovmap csf --catalogue` lists the criteria"
        })
      )
      continue
    }
    const option = criterion.options[answer.option - 1]
    if (option === undefined) {
      problems.push(
        at(["answers", id, "option"], false, {
          message: `${id} has no option ${answer.option}`,
          expected: `1 … ${criterion.options.length} (${criterion.options.map((o) => `${o.number}: ${o.label}`).join("; ")})`,
          hint: "options are numbered from 1 in the calculator's order"
        })
      )
      continue
    }
    if (answer.label !== undefined && answer.label.trim().toLowerCase() !== option.label.toLowerCase()) {
      problems.push(
        at(["answers", id, "label"], false, {
          message: `${id} option ${answer.option} is "${option.label}", not "${answer.label}"`,
          hint: "the answers may have been written for another version of the option list; fix the number or the label"
        })
      )
      continue
    }
    resolved.set(id, { criterion, option, evidence: answer.evidence ?? [], ...(answer.note !== undefined ? { note: answer.note } : {}) })
  }
  if (problems.length > 0) throw new CsfValidationError(problems)
  const missing = [...catalogue.criteria.keys()].filter((id) => !resolved.has(id))
  if (missing.length > 0 && options.allowIncomplete !== true) {
    throw new CsfIncompleteError([
      at(["answers"], true, {
        message: `${missing.length} of ${catalogue.criteria.size} criteria unanswered: ${missing.join(", ")}`,
        expected: "an answer for every criterion of the framework",
        hint: "answer them, or pass --allow-incomplete to score unanswered criteria as 0 points and leave them out of the SEAL (the calculator's behaviour)"
      })
    ])
  }
  const ordered = new Map([...catalogue.criteria.keys()].flatMap((id) => (resolved.has(id) ? [[id, resolved.get(id)!] as const] : [])))
  return { file, framework: catalogue.framework, offer: value.offer, catalogue, answers: ordered, missing }
}

/**
 * Parses and checks an answers file (YAML or JSON). Throws {@link CsfParseError} for syntax errors,
 * {@link CsfValidationError} for shape errors, unknown criteria, options or framework versions, and
 * {@link CsfIncompleteError} for unanswered criteria; every diagnostic has file, line and column.
 *
 * @example
 * ```ts
 * import { decodeCsfAnswers } from "@sovmap/core"
 *
 * const text = "csf: 1\nframework: '1.2.1'\noffer: { name: Draft, hypothetical: true }\nanswers:\n  SOV-1.1: { option: 4 }\n"
 * decodeCsfAnswers(text, "draft.yaml", { allowIncomplete: true }).answers.get("SOV-1.1")?.option.points // 125.01
 * ```
 * @category csf
 * @since 0.2.0
 */
export const decodeCsfAnswers = (text: string, file: string, options: ResolveCsfOptions = {}, limits: DecodeLimits = {}): CsfAnswers => {
  const result = decodeDocument(text, file, CsfAnswersFile, limits)
  if (!result.ok) throw result.stage === "parse" ? new CsfParseError(result.diagnostics) : new CsfValidationError(result.diagnostics)
  return resolveCsfAnswers(result.located.value, file, options, result.located.locate)
}

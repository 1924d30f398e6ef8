/**
 * CSF scores of knowledge-base offerings that carry published answers.
 *
 * @module
 */
import type { KnowledgeBase } from "../kb/knowledge-base.js"
import { resolveCsfAnswers } from "./answers.js"
import { scoreCsf, type CsfScore, type ScoreCsfOptions } from "./score.js"

/**
 * Scores every offering among `ids` (all offerings when omitted) whose knowledge-base record carries CSF
 * answers, so an assessment can show the CSF scores of the cloud services an organisation uses. Offerings
 * without answers are skipped. Incomplete published answers are scored as the calculator does (unanswered
 * criteria add 0 points and are left out of the SEAL) and listed in `completeness.missing`. Throws
 * `CsfValidationError` naming the record's file when its answers do not fit the catalogue.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, csfScoresForOfferings } from "@sovmap/core"
 *
 * csfScoresForOfferings(builtinKnowledgeBase()).length // offerings with published answers (none shipped yet)
 * ```
 * @category csf
 * @since 0.2.0
 */
export const csfScoresForOfferings = (kb: KnowledgeBase, ids?: Iterable<string>, options: ScoreCsfOptions = {}): ReadonlyArray<CsfScore & { readonly offering: string }> => {
  const wanted = ids === undefined ? [...kb.offerings.keys()] : [...new Set(ids)]
  return wanted.flatMap((id) => {
    const offering = kb.offerings.get(id)
    if (offering?.csf === undefined) return []
    const file = offering.origin.kind === "overlay" ? `${offering.origin.file} (${offering.origin.path}.csf)` : `${offering.origin.file} (csf)`
    const answers = resolveCsfAnswers(
      { csf: 1, framework: offering.csf.framework, offer: { name: offering.name, offering: offering.id, hypothetical: false }, answers: offering.csf.answers },
      file,
      { allowIncomplete: true }
    )
    return [{ ...scoreCsf(answers, options), offering: id }]
  })
}

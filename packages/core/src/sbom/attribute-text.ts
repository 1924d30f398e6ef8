/**
 * Attribution of an SBOM held in memory as text.
 *
 * @module
 */
import type { KnowledgeBase } from "../kb/knowledge-base.js"
import { createSbomAttributor, type AttributeOptions, type SbomAttribution, type SbomAttributor } from "./attribute.js"
import type { SbomReadLimits } from "./limits.js"
import type { SbomFormat } from "./model.js"
import { readSbomText } from "./read-sbom.js"

/**
 * Reads an SBOM held in memory and attributes it: what `attributeSbom(decodeSbom(text, file), kb)` gives,
 * without keeping the component model. CycloneDX JSON is parsed once and each component attributed as it is
 * read; if anything is wrong with the document (or a purl cannot be parsed, which is reported at its line)
 * it is read again by the located streaming reader. Throws what {@link decodeSbom} (given `limits`) and
 * {@link createSbomAttributor} throw.
 *
 * @example
 * ```ts
 * import { attributeSbomText, builtinKnowledgeBase } from "@sovmap/core"
 *
 * const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"}]}'
 * attributeSbomText(text, "bom.json", builtinKnowledgeBase()).components[0]?.rule // "npm-angular"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const attributeSbomText = (text: string, file: string, kb: KnowledgeBase, options: AttributeOptions = {}, format?: SbomFormat, limits: SbomReadLimits = {}): SbomAttribution => {
  // A fresh attributor for each reading: the one-parse reading may give way to the located one.
  let attributor: SbomAttributor | undefined
  const doc = readSbomText(text, file, format, () => (attributor = createSbomAttributor(file, kb, options)).add, limits)
  return attributor!.finish(doc)
}

/**
 * Attribution of an SBOM held in memory as text.
 *
 * @module
 */
import type { KnowledgeBase } from "../kb/knowledge-base.js"
import { createSbomAttributor, type AttributeOptions, type SbomAttribution } from "./attribute.js"
import { readCycloneDxJsonWhole } from "./cyclonedx.js"
import type { SbomFormat } from "./model.js"
import { purlIsReadable } from "./purl-readable.js"
import { createSbomReader, detectSbomFormat } from "./read-sbom.js"

/**
 * Reads an SBOM held in memory and attributes it: what `attributeSbom(decodeSbom(text, file), kb)` gives,
 * without keeping the component model. CycloneDX JSON is parsed once and each component attributed as it is
 * read; if anything is wrong with the document (or a purl cannot be parsed, which is reported at its line)
 * it is read again by the located streaming reader. Throws what {@link decodeSbom} and
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
export const attributeSbomText = (text: string, file: string, kb: KnowledgeBase, options: AttributeOptions = {}, format?: SbomFormat): SbomAttribution => {
  const head = text.slice(0, 65536)
  if ((format ?? detectSbomFormat(head)) === "cyclonedx-json") {
    const attributor = createSbomAttributor(file, kb, options)
    let readable = true
    const doc = readCycloneDxJsonWhole(text, file, (c) => {
      if (c.purl !== undefined && !purlIsReadable(c.purl)) readable = false
      attributor.add(c)
    })
    if (doc !== undefined && readable && (doc.subject?.purl === undefined || purlIsReadable(doc.subject.purl))) return attributor.finish(doc)
  }
  const attributor = createSbomAttributor(file, kb, options)
  const reader = createSbomReader(file, head, format, { onComponent: attributor.add })
  reader.push(text)
  return attributor.finish(reader.end())
}

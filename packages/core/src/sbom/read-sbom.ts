/**
 * Format detection and one entry point that reads any supported SBOM, streaming where the format allows.
 *
 * @module
 */
import { UnsupportedSbomError } from "../errors.js"
import { createCycloneDxJsonReader, readCycloneDxJsonWhole } from "./cyclonedx.js"
import { decodeCycloneDxXml } from "./cyclonedx-xml.js"
import type { SbomReadLimits } from "./limits.js"
import type { SbomComponent, SbomDocument, SbomFormat } from "./model.js"
import { purlIsReadable } from "./purl-readable.js"
import { createSpdxJsonReader, decodeSpdxTagValue } from "./spdx.js"

/**
 * Names the format of an SBOM from its first characters (a few kilobytes are enough): `{` with
 * `"bomFormat"` → CycloneDX JSON, with `"spdxVersion"` → SPDX JSON; `<` → CycloneDX XML; a first tag line
 * such as `SPDXVersion:` → SPDX tag-value. Returns `undefined` when none fits.
 *
 * @example
 * ```ts
 * import { detectSbomFormat } from "@sovmap/core"
 *
 * detectSbomFormat('{"spdxVersion": "SPDX-2.3"}') // "spdx-json"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const detectSbomFormat = (head: string): SbomFormat | undefined => {
  const t = head.replace(/^\uFEFF/, "").trimStart()
  if (t.startsWith("{")) {
    const spdx = t.indexOf('"spdxVersion"')
    const cdx = t.indexOf('"bomFormat"')
    if (spdx >= 0 && (cdx < 0 || spdx < cdx)) return "spdx-json"
    return "cyclonedx-json"
  }
  if (t.startsWith("<")) return "cyclonedx-xml"
  if (/^(?:#.*\r?\n|\s*\r?\n)*[A-Za-z]+:/.test(t)) return "spdx-tag-value"
  return undefined
}

/**
 * A reader of one SBOM fed in chunks of text: streaming for JSON, buffering for XML and tag-value.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs"
 * import { createSbomReader, type SbomReader } from "@sovmap/core"
 *
 * let reader: SbomReader | undefined
 * for await (const chunk of createReadStream("bom.json", { encoding: "utf8" })) {
 *   reader ??= createSbomReader("bom.json", chunk) // the first chunk names the format
 *   reader.push(chunk)
 * }
 * console.log(reader?.format, reader?.end().components.length)
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface SbomReader {
  readonly format: SbomFormat
  readonly push: (text: string) => void
  readonly end: () => SbomDocument
}

/**
 * Options of {@link createSbomReader}.
 *
 * @example
 * ```ts
 * import { createSbomReader, type SbomComponent, type SbomReaderOptions } from "@sovmap/core"
 *
 * const names: Array<string> = []
 * const options: SbomReaderOptions = { onComponent: (c: SbomComponent) => names.push(c.name) }
 * const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a"},{"name":"b"}]}'
 * const reader = createSbomReader("bom.json", text, undefined, options)
 * reader.push(text)
 * reader.end().components.length // 0: they went to onComponent
 * names // ["a", "b"]
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface SbomReaderOptions extends SbomReadLimits {
  /** Receives each component instead of the document's `components`. */
  readonly onComponent?: ((component: SbomComponent) => void) | undefined
}

/**
 * Creates the reader for an SBOM whose format is given, or detected from `head` (the first chunk).
 * Throws {@link UnsupportedSbomError} when the format cannot be recognised, and at the first component past
 * `maxComponents` ({@link DEFAULT_MAX_SBOM_COMPONENTS} by default). With `onComponent`, components
 * go there instead of into the document (see {@link SbomAttributor}): as they are read for CycloneDX JSON,
 * at the end for the other formats (SPDX names its subject only in relationships that may come last; XML and
 * tag-value are read whole).
 *
 * @example
 * ```ts
 * import { createSbomReader } from "@sovmap/core"
 *
 * const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a"}]}'
 * const reader = createSbomReader("bom.json", text)
 * reader.push(text)
 * reader.end().format // "cyclonedx-json"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const createSbomReader = (file: string, head: string, format?: SbomFormat, options: SbomReaderOptions = {}): SbomReader => {
  const detected = format ?? detectSbomFormat(head)
  if (detected === undefined) {
    throw new UnsupportedSbomError([
      { file, line: 1, column: 1, message: head.trim() === "" ? "the input is empty" : "not a recognised SBOM format", expected: "CycloneDX JSON or XML (1.2–1.7), SPDX 2.2/2.3 JSON or tag-value", hint: "check the file, or name the format with --format" }
    ])
  }
  const { onComponent, maxComponents } = options
  if (detected === "cyclonedx-json") return { format: detected, ...createCycloneDxJsonReader(file, onComponent, maxComponents) }
  // The other readers hand their components over when they end.
  const handOver = (doc: SbomDocument): SbomDocument => {
    if (onComponent === undefined) return doc
    for (const c of doc.components) onComponent(c)
    return { ...doc, components: [] }
  }
  if (detected === "spdx-json") {
    const reader = createSpdxJsonReader(file, maxComponents)
    return { format: detected, push: reader.push, end: () => handOver(reader.end()) }
  }
  const parts: Array<string> = []
  return {
    format: detected,
    push: (text) => {
      parts.push(text)
    },
    end: () => {
      const text = parts.join("")
      return handOver(detected === "cyclonedx-xml" ? decodeCycloneDxXml(text, file, maxComponents) : decodeSpdxTagValue(text, file, maxComponents))
    }
  }
}

/**
 * Reads an SBOM held in memory, detecting its format unless given. Stops with {@link UnsupportedSbomError}
 * at the first component past `limits.maxComponents` ({@link DEFAULT_MAX_SBOM_COMPONENTS} by default).
 *
 * @example
 * ```ts
 * import { decodeSbom } from "@sovmap/core"
 *
 * decodeSbom("SPDXVersion: SPDX-2.3\nSPDXID: SPDXRef-DOCUMENT\n", "a.spdx").format // "spdx-tag-value"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const decodeSbom = (text: string, file: string, format?: SbomFormat, limits: SbomReadLimits = {}): SbomDocument => readSbomText(text, file, format, undefined, limits)

/**
 * Reads an SBOM held in memory: CycloneDX JSON in one parse when that reading is sound and every purl can be
 * read, otherwise (and every other format) with the located reader. `start` is called before each reading
 * and says where components go (`undefined`: into the document); it is called a second time when the
 * one-parse reading gives way to the located reader, so that what went to the first sink can be dropped. A
 * sink returns false when it recorded a problem about a component (an attributor: its purl cannot be read),
 * which then needs the component's location.
 *
 * @internal
 */
export const readSbomText = (
  text: string,
  file: string,
  format?: SbomFormat,
  start: () => ((component: SbomComponent) => boolean) | undefined = () => undefined,
  limits: SbomReadLimits = {}
): SbomDocument => {
  const head = text.slice(0, 65536)
  if ((format ?? detectSbomFormat(head)) === "cyclonedx-json") {
    // Components read in one parse carry no line numbers, and attribution reports an unreadable purl at its
    // line: a document with one is read again by the located reader. A sink says so itself (it reads each
    // purl anyway); components kept in the document, and the subject, are checked here.
    let readable = true
    const sink = start()
    const doc = readCycloneDxJsonWhole(
      text,
      file,
      sink &&
        ((c) => {
          if (!sink(c)) readable = false
        }),
      limits.maxComponents
    )
    if (doc !== undefined && readable && purlReadable(doc.subject) && doc.components.every(purlReadable)) return doc
  }
  const reader = createSbomReader(file, head, format, { onComponent: start(), maxComponents: limits.maxComponents })
  reader.push(text)
  return reader.end()
}

const purlReadable = (c: SbomComponent | undefined): boolean => c?.purl === undefined || purlIsReadable(c.purl)

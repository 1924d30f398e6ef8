/**
 * CycloneDX XML, read with fast-xml-parser with entity processing switched off (no DTD entity expansion,
 * so no XXE and no "billion laughs"), then mapped onto the JSON shape the CycloneDX reader already knows.
 *
 * @module
 */
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { SbomParseError, UnsupportedSbomError } from "../errors.js"
import { CYCLONEDX_VERSIONS, cycloneDxFromObject } from "./cyclonedx.js"
import type { SbomDocument } from "./model.js"

type X = Record<string, unknown>

const ARRAYS = new Set(["component", "service", "dependency", "reference", "author", "tool"])

const asObject = (v: unknown): X | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as X) : undefined)
const list = (v: unknown): Array<unknown> => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v])
const text = (v: unknown): string | undefined => {
  if (typeof v === "string") return v
  if (typeof v === "number" || typeof v === "boolean") return String(v)
  const o = asObject(v)
  return o !== undefined && typeof o["#text"] === "string" ? o["#text"] : undefined
}

const entity = (v: unknown): X | undefined => {
  const o = asObject(v)
  if (o === undefined) return undefined
  const country = text(asObject(o["address"])?.["country"])
  return { name: text(o["name"]), ...(country === undefined ? {} : { address: { country } }) }
}

const component = (v: unknown, nested: "components" | "services"): unknown => {
  const o = asObject(v)
  if (o === undefined) return v
  const child = nested === "components" ? "component" : "service"
  const out: X = {
    "bom-ref": o["@bom-ref"],
    type: o["@type"],
    name: text(o["name"]),
    group: text(o["group"]),
    version: text(o["version"]),
    purl: text(o["purl"]),
    publisher: text(o["publisher"]),
    author: text(o["author"]),
    supplier: entity(o["supplier"]),
    manufacturer: entity(o["manufacturer"]),
    provider: entity(o["provider"]),
    authors: list(asObject(o["authors"])?.["author"]).map((a) => ({ name: text(asObject(a)?.["name"]) ?? text(a) })),
    externalReferences: list(asObject(o["externalReferences"])?.["reference"]).map((r) => ({ type: asObject(r)?.["@type"], url: text(asObject(r)?.["url"]) })),
    [nested]: o[nested] === undefined ? undefined : list(asObject(o[nested])?.[child]).map((c) => component(c, nested))
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key]
  return out
}

/**
 * Reads a CycloneDX XML document (1.2–1.7, version taken from the namespace
 * `http://cyclonedx.org/schema/bom/<version>`). Entities are not expanded. Throws {@link SbomParseError}
 * with line and column for XML that is not well-formed (a truncated file among them), and
 * {@link UnsupportedSbomError} for another root element or namespace version.
 *
 * @example
 * ```ts
 * import { decodeCycloneDxXml } from "@sovmap/core"
 *
 * const xml = '<bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="library"><name>a</name></component></components></bom>'
 * decodeCycloneDxXml(xml, "bom.xml").components[0]?.name // "a"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const decodeCycloneDxXml = (xml: string, file: string, maxComponents?: number): SbomDocument => {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const { line, col, msg } = valid.err
    const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(msg)
    if (unclosed !== null) {
      // The validator lists the elements still open at the end of the input: the file is cut off.
      const names = unclosed[1]!.split(",").map((n) => `<${n.trim().replace(/^"|"$/g, "")}>`)
      const lines = xml.split("\n")
      throw new SbomParseError([{ file, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, message: `unexpected end of input: ${names.join(", ")} not closed`, hint: "the file is truncated: it ends before the XML document is closed" }])
    }
    throw new SbomParseError([{ file, line, column: col, message: `not well-formed XML: ${msg}`, hint: "check that every element is closed" }])
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    trimValues: true,
    captureMetaData: true,
    isArray: (name) => ARRAYS.has(name)
  })
  let doc: X
  try {
    doc = parser.parse(xml) as X
  } catch (error) {
    const at = Math.max(0, xml.indexOf("<!ENTITY"))
    const before = xml.slice(0, at).split("\n")
    throw new SbomParseError([{ file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: `XML cannot be read: ${(error as Error).message}`, hint: "sovmap does not resolve DTD entities; remove the DOCTYPE declaration" }])
  }
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol
  const lineStarts: Array<number> = [0]
  for (let i = xml.indexOf("\n"); i >= 0; i = xml.indexOf("\n", i + 1)) lineStarts.push(i + 1)
  const locate = (node: unknown): { line: number; column: number } => {
    const index = (node as Record<symbol, { startIndex?: number } | undefined>)?.[meta]?.startIndex
    if (index === undefined) return { line: 1, column: 1 }
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= index) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: index - lineStarts[lo]! + 1 }
  }
  const bom = asObject(doc["bom"])
  if (bom === undefined) {
    throw new UnsupportedSbomError([{ file, line: 1, column: 1, message: "not a CycloneDX XML document: the root element is not <bom>", hint: "sovmap reads CycloneDX XML and JSON, and SPDX 2.2/2.3 JSON or tag-value" }])
  }
  const namespace = typeof bom["@xmlns"] === "string" ? bom["@xmlns"] : ""
  const version = /^http:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/.exec(namespace)?.[1]
  if (version === undefined || !CYCLONEDX_VERSIONS.includes(version)) {
    throw new UnsupportedSbomError([
      { file, ...locate(bom), message: version === undefined ? `unknown CycloneDX namespace ${JSON.stringify(namespace)}` : `CycloneDX specVersion "${version}" is not supported`, expected: `xmlns="http://cyclonedx.org/schema/bom/<version>" with version ${CYCLONEDX_VERSIONS.join(", ")}`, hint: "convert the SBOM with the CycloneDX CLI (`cyclonedx convert --output-version`) to a supported version" }
    ])
  }
  const metadata = asObject(bom["metadata"])
  const located = (items: Array<unknown>, nested: "components" | "services") => items.map((c) => ({ value: component(c, nested), ...locate(c) }))
  return cycloneDxFromObject(
    {
      specVersion: version,
      serialNumber: typeof bom["@serialNumber"] === "string" ? bom["@serialNumber"] : undefined,
      metadata:
        metadata === undefined
          ? undefined
          : {
              component: list(metadata["component"]).map((c) => component(c, "components"))[0],
              supplier: entity(metadata["supplier"]),
              manufacture: entity(metadata["manufacture"]),
              manufacturer: entity(metadata["manufacturer"])
            },
      components: located(list(asObject(bom["components"])?.["component"]), "components"),
      services: located(list(asObject(bom["services"])?.["service"]), "services"),
      dependencies: list(asObject(bom["dependencies"])?.["dependency"]).map((d) => {
        const o = asObject(d)
        return { value: { ref: o?.["@ref"], dependsOn: list(o?.["dependency"]).map((x) => asObject(x)?.["@ref"]) }, ...locate(d) }
      })
    },
    file,
    "cyclonedx-xml",
    maxComponents
  )
}

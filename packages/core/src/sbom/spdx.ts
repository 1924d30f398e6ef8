/**
 * SPDX 2.2 and 2.3: packages, their supplier and originator, purls from external references, and
 * relationships, from the JSON and the tag-value forms.
 *
 * @module
 */
import { SbomParseError, SbomValidationError, UnsupportedSbomError, type Diagnostic } from "../errors.js"
import { JsonTopLevelSplitter, type Position } from "../internal/json-top-level.js"
import { DEFAULT_MAX_SBOM_COMPONENTS, tooManyComponents } from "./limits.js"
import type { DeclaredParty, SbomComponent, SbomDocument, SbomEdge, SbomFormat, SourceLocation } from "./model.js"

/**
 * SPDX versions sovmap reads.
 *
 * @example
 * ```ts
 * import { SPDX_VERSIONS, UnsupportedSbomError, decodeSpdxJson } from "@sovmap/core"
 *
 * SPDX_VERSIONS // ["SPDX-2.2", "SPDX-2.3"]
 * try {
 *   decodeSpdxJson('{"spdxVersion":"SPDX-2.1","SPDXID":"SPDXRef-DOCUMENT"}', "old.spdx.json")
 * } catch (error) {
 *   if (error instanceof UnsupportedSbomError) console.error(error.message) // expected: SPDX-2.2 or SPDX-2.3
 * }
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const SPDX_VERSIONS: ReadonlyArray<string> = ["SPDX-2.2", "SPDX-2.3"]

/**
 * Relationship types that become dependency edges, and their direction (`reverse`: the related element is
 * the dependant). From SPDX 2.3 §11.1, "Relationship".
 */
const EDGE_TYPES: Readonly<Record<string, { kind: SbomEdge["kind"]; reverse: boolean }>> = {
  DEPENDS_ON: { kind: "depends-on", reverse: false },
  DEPENDENCY_OF: { kind: "depends-on", reverse: true },
  BUILD_DEPENDENCY_OF: { kind: "depends-on", reverse: true },
  DEV_DEPENDENCY_OF: { kind: "depends-on", reverse: true },
  OPTIONAL_DEPENDENCY_OF: { kind: "depends-on", reverse: true },
  PROVIDED_DEPENDENCY_OF: { kind: "depends-on", reverse: true },
  TEST_DEPENDENCY_OF: { kind: "depends-on", reverse: true },
  RUNTIME_DEPENDENCY_OF: { kind: "depends-on", reverse: true },
  CONTAINS: { kind: "contains", reverse: false },
  CONTAINED_BY: { kind: "contains", reverse: true }
}

const MAX_ERRORS = 50

/**
 * Parses an SPDX actor (`Organization: ACME Ltd (ops@acme.example)`, `Person: Jane Doe`, `NOASSERTION`).
 *
 * @example
 * ```ts
 * import { parseSpdxActor } from "@sovmap/core"
 *
 * parseSpdxActor("Organization: The Apache Software Foundation ()") // { name: "The Apache Software Foundation", kind: "organization" }
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const parseSpdxActor = (text: string): { readonly name: string; readonly kind?: "organization" | "person" | undefined } | undefined => {
  const t = text.trim()
  if (t === "" || t === "NOASSERTION" || t === "NONE") return undefined
  const m = /^(Organization|Person|Tool)\s*:\s*(.*)$/i.exec(t)
  const body = (m === null ? t : m[2]!).replace(/\s*\([^()]*\)\s*$/, "").trim()
  if (body === "") return undefined
  const kind = m === null ? undefined : m[1]!.toLowerCase() === "organization" ? "organization" : m[1]!.toLowerCase() === "person" ? "person" : undefined
  return { name: body, kind }
}

interface RawRelationship {
  readonly from: string
  readonly type: string
  readonly to: string
  readonly at: SourceLocation
}

class SpdxBuilder {
  readonly packages: Array<SbomComponent> = []
  readonly errors: Array<Diagnostic> = []
  readonly problems: Array<Diagnostic> = []
  readonly relationships: Array<RawRelationship> = []
  readonly describes: Array<string> = []
  readonly others = new Set<string>()
  private readonly ids = new Map<string, SourceLocation>()
  version: string | undefined
  versionAt: Position = { line: 1, column: 1 }
  documentId = "SPDXRef-DOCUMENT"

  // Packages read so far.
  private count = 0

  constructor(
    readonly file: string,
    private readonly maxComponents = DEFAULT_MAX_SBOM_COMPONENTS
  ) {}

  error(at: Position, path: string, message: string, hint?: string) {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ file: this.file, line: at.line, column: at.column, path, message, hint })
  }

  checkVersion() {
    if (this.version === undefined) {
      throw new UnsupportedSbomError([{ file: this.file, line: 1, column: 1, message: "no `spdxVersion`", expected: SPDX_VERSIONS.join(" or "), hint: "an SPDX 2 document names its version in `spdxVersion` (JSON) or `SPDXVersion:` (tag-value)" }])
    }
    if (!SPDX_VERSIONS.includes(this.version)) {
      throw new UnsupportedSbomError([
        { file: this.file, ...this.versionAt, message: `SPDX version ${JSON.stringify(this.version)} is not supported`, expected: SPDX_VERSIONS.join(" or "), hint: "convert the document to SPDX 2.3 (e.g. with the SPDX online tools or `pyspdxtools`)" }
      ])
    }
  }

  addPackage(p: {
    id: string | undefined
    name: string | undefined
    version?: string | undefined
    supplier?: string | undefined
    originator?: string | undefined
    purls: Array<string>
    vcs?: string | undefined
    at: SourceLocation
  }) {
    // Each package read keeps memory: reading stops at the first past the limit.
    if (++this.count > this.maxComponents) throw tooManyComponents(this.file, p.at, this.maxComponents)
    if (p.id === undefined || p.id === "") {
      this.error(p.at, `${p.at.path}.SPDXID`, `package at ${p.at.path} has no SPDXID`, "every SPDX package needs an `SPDXID` such as `SPDXRef-Package-foo`")
      return
    }
    if (p.name === undefined || p.name === "") {
      this.error(p.at, `${p.at.path}.name`, `package ${p.id} has no name`)
      return
    }
    const previous = this.ids.get(p.id)
    if (previous !== undefined) {
      this.error(p.at, `${p.at.path}.SPDXID`, `duplicate SPDXID \`${p.id}\`, first used at line ${previous.line} (${previous.path})`, "SPDX identifiers must be unique within a document")
      return
    }
    this.ids.set(p.id, p.at)
    const declared: Array<DeclaredParty> = []
    for (const [role, text] of [["supplier", p.supplier], ["originator", p.originator]] as const) {
      if (text === undefined) continue
      const actor = parseSpdxActor(text)
      if (actor !== undefined) declared.push({ role, name: actor.name, kind: actor.kind })
    }
    this.packages.push({ ref: p.id, name: p.name, kind: "component", version: p.version, purl: p.purls[0], vcs: p.vcs, declared, location: p.at })
  }

  finish(format: SbomFormat): SbomDocument {
    this.checkVersion()
    if (this.errors.length > 0) throw new SbomValidationError(this.errors)
    const describes = new Set(this.describes)
    const edges: Array<SbomEdge> = []
    const seen = new Set<string>()
    for (const r of this.relationships) {
      if (r.type === "DESCRIBES" && r.from === this.documentId) describes.add(r.to)
      if (r.type === "DESCRIBED_BY" && r.to === this.documentId) describes.add(r.from)
      const edge = EDGE_TYPES[r.type]
      if (edge === undefined) continue
      const [from, to] = edge.reverse ? [r.to, r.from] : [r.from, r.to]
      // Files, snippets and other documents are not components: their edges are out of scope.
      if (this.others.has(from) || this.others.has(to) || from.includes(":") || to.includes(":") || from === this.documentId) continue
      const missing = !this.ids.has(from) ? from : !this.ids.has(to) ? to : undefined
      if (missing !== undefined) {
        if (missing === "NONE" || missing === "NOASSERTION") continue
        this.problems.push({ file: this.file, line: r.at.line, column: r.at.column, path: r.at.path, message: `relationship refers to unknown SPDX element \`${missing}\`; edge ${from} → ${to} left out`, hint: "declare the package, or remove the relationship" })
        continue
      }
      const key = `${edge.kind}\u0000${from}\u0000${to}`
      if (seen.has(key)) continue
      seen.add(key)
      edges.push({ from, to, kind: edge.kind })
    }
    // The package the document describes is its subject, when there is exactly one.
    const subjects = this.packages.filter((p) => describes.has(p.ref))
    const subject = subjects.length === 1 ? subjects[0] : undefined
    const components = subject === undefined ? this.packages : this.packages.filter((p) => p !== subject)
    return { file: this.file, format, specVersion: this.version!, subject, components, edges, problems: this.problems }
  }
}

const purlsOf = (refs: unknown): Array<string> => {
  if (!Array.isArray(refs)) return []
  const out: Array<string> = []
  for (const r of refs) {
    if (typeof r !== "object" || r === null) continue
    const ref = r as Record<string, unknown>
    if (ref["referenceType"] === "purl" && typeof ref["referenceLocator"] === "string") out.push(ref["referenceLocator"])
  }
  return out
}

const optionalString = (builder: SpdxBuilder, obj: Record<string, unknown>, field: string, at: SourceLocation): string | undefined => {
  const v = obj[field]
  if (v === undefined || v === null) return undefined
  if (typeof v !== "string") {
    builder.error(at, `${at.path}.${field}`, `\`${field}\` must be a string, found ${Array.isArray(v) ? "a list" : typeof v} in ${at.path}`)
    return undefined
  }
  return v
}

/**
 * A streaming reader of SPDX 2.2/2.3 JSON (the `packages` and `relationships` arrays are split element by
 * element). Throws {@link SbomParseError}, {@link UnsupportedSbomError} (another `spdxVersion`) or
 * {@link SbomValidationError} (missing SPDXID or name, duplicate SPDXID, wrong types). Relationships to
 * unknown elements are reported in `problems`.
 *
 * @example
 * ```ts
 * import { decodeSpdxJson } from "@sovmap/core"
 *
 * decodeSpdxJson('{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":[{"SPDXID":"SPDXRef-a","name":"a"}]}', "a.spdx.json").components.length // 1
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const decodeSpdxJson = (text: string, file: string, maxComponents?: number): SbomDocument => {
  const reader = createSpdxJsonReader(file, maxComponents)
  reader.push(text)
  return reader.end()
}

/**
 * Creates the streaming SPDX JSON reader behind {@link decodeSpdxJson}.
 *
 * @example
 * ```ts
 * import { createSpdxJsonReader } from "@sovmap/core"
 *
 * const reader = createSpdxJsonReader("app.spdx.json")
 * reader.push('{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT",')
 * reader.push('"packages":[{"SPDXID":"SPDXRef-a","name":"a"},{"SPDXID":"SPDXRef-b","name":"b"}]}')
 * reader.end().components.length // 2
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const createSpdxJsonReader = (file: string, maxComponents?: number): { readonly push: (text: string) => void; readonly end: () => SbomDocument } => {
  const builder = new SpdxBuilder(file, maxComponents)
  const splitter = new JsonTopLevelSplitter(file, new Set(["packages", "relationships", "files", "snippets"]), {
    member: (key, value, at) => {
      if (key === "spdxVersion") {
        builder.version = String(value)
        builder.versionAt = at
        builder.checkVersion()
      } else if (key === "SPDXID" && typeof value === "string") builder.documentId = value
      else if (key === "documentDescribes" && Array.isArray(value)) builder.describes.push(...value.filter((v): v is string => typeof v === "string"))
      else if (key === "@context" || key === "@graph") {
        throw new UnsupportedSbomError([{ file, line: at.line, column: at.column, message: "SPDX 3 JSON-LD is not supported", expected: SPDX_VERSIONS.join(" or "), hint: "export the SBOM as SPDX 2.3 JSON or CycloneDX" }])
      }
    },
    element: (key, index, value, at) => {
      const loc = { line: at.line, column: at.column, path: `${key}[${index}]` }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        builder.error(at, loc.path, `expected an object at ${loc.path}`)
        return
      }
      const obj = value as Record<string, unknown>
      if (key === "files" || key === "snippets") {
        if (typeof obj["SPDXID"] === "string") builder.others.add(obj["SPDXID"])
        return
      }
      if (key === "relationships") {
        const from = obj["spdxElementId"]
        const type = obj["relationshipType"]
        const to = obj["relatedSpdxElement"]
        if (typeof from !== "string" || typeof type !== "string" || typeof to !== "string") {
          builder.error(at, loc.path, `relationship at ${loc.path} needs string \`spdxElementId\`, \`relationshipType\` and \`relatedSpdxElement\``)
          return
        }
        builder.relationships.push({ from, type, to, at: loc })
        return
      }
      let vcs: string | undefined
      const download = obj["downloadLocation"]
      if (typeof download === "string" && /^git\+|github\.com|gitlab\.com/.test(download)) vcs = download
      builder.addPackage({
        id: optionalString(builder, obj, "SPDXID", loc),
        name: optionalString(builder, obj, "name", loc),
        version: optionalString(builder, obj, "versionInfo", loc),
        supplier: optionalString(builder, obj, "supplier", loc),
        originator: optionalString(builder, obj, "originator", loc),
        purls: purlsOf(obj["externalRefs"]),
        vcs,
        at: loc
      })
    }
  })
  return {
    push: (text) => splitter.push(text),
    end: () => {
      splitter.end()
      return builder.finish("spdx-json")
    }
  }
}

/**
 * Reads SPDX 2.2/2.3 tag-value text (`Tag: value` lines, `<text>…</text>` blocks). Packages start at
 * `PackageName:`; `ExternalRef: PACKAGE-MANAGER purl <purl>` gives the purl; `Relationship: A TYPE B`
 * gives edges. Same errors as {@link decodeSpdxJson}, located by line.
 *
 * @example
 * ```ts
 * import { decodeSpdxTagValue } from "@sovmap/core"
 *
 * decodeSpdxTagValue("SPDXVersion: SPDX-2.2\nSPDXID: SPDXRef-DOCUMENT\nPackageName: a\nSPDXID: SPDXRef-a\n", "a.spdx").components.length // 1
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const decodeSpdxTagValue = (text: string, file: string, maxComponents?: number): SbomDocument => {
  const builder = new SpdxBuilder(file, maxComponents)
  const lines = text.split(/\r?\n/)
  type Pkg = { id: string | undefined; name: string | undefined; version?: string; supplier?: string; originator?: string; purls: Array<string>; vcs?: string; at: SourceLocation }
  let pkg: Pkg | undefined
  let inFile = false
  let packageIndex = 0
  let relationshipIndex = 0
  const flush = () => {
    if (pkg !== undefined) builder.addPackage(pkg)
    pkg = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === "" || line.startsWith("#")) continue
    const colon = line.indexOf(":")
    if (colon <= 0) {
      throw new SbomParseError([{ file, line: i + 1, column: 1, message: `expected \`Tag: value\`, found ${JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}…` : line)}`, hint: "SPDX tag-value lines are `Tag: value`; multi-line values go inside <text>…</text>" }])
    }
    const tag = line.slice(0, colon).trim()
    let value = line.slice(colon + 1).trim()
    const startLine = i + 1
    if (value.startsWith("<text>")) {
      let body = value.slice(6)
      while (!body.includes("</text>")) {
        i++
        if (i >= lines.length) throw new SbomParseError([{ file, line: startLine, column: colon + 2, message: `<text> block of \`${tag}\` is not closed`, hint: "add </text> at the end of the value; the file may be truncated" }])
        body += `\n${lines[i]}`
      }
      value = body.slice(0, body.indexOf("</text>"))
    }
    const at: Position = { line: startLine, column: 1 }
    switch (tag) {
      case "SPDXVersion":
        builder.version = value
        builder.versionAt = { line: startLine, column: colon + 2 }
        builder.checkVersion()
        break
      case "PackageName":
        flush()
        inFile = false
        pkg = { id: undefined, name: value, purls: [], at: { ...at, path: `packages[${packageIndex++}]` } }
        break
      case "FileName":
      case "SnippetSPDXID":
        flush()
        inFile = true
        break
      case "SPDXID":
        if (pkg !== undefined && pkg.id === undefined) pkg.id = value
        else if (inFile) builder.others.add(value)
        else if (pkg === undefined) builder.documentId = value
        break
      case "PackageVersion":
        if (pkg !== undefined) pkg.version = value
        break
      case "PackageSupplier":
        if (pkg !== undefined) pkg.supplier = value
        break
      case "PackageOriginator":
        if (pkg !== undefined) pkg.originator = value
        break
      case "PackageDownloadLocation":
        if (pkg !== undefined && /^git\+|github\.com|gitlab\.com/.test(value)) pkg.vcs = value
        break
      case "ExternalRef": {
        const [category, type, locator] = value.split(/\s+/)
        if (pkg !== undefined && type === "purl" && locator !== undefined && category !== undefined) pkg.purls.push(locator)
        break
      }
      case "Relationship": {
        const [from, type, to] = value.split(/\s+/)
        if (from === undefined || type === undefined || to === undefined) {
          builder.error(at, `relationships[${relationshipIndex}]`, `expected \`Relationship: <id> <TYPE> <id>\`, found ${JSON.stringify(value)}`)
        } else builder.relationships.push({ from, type, to, at: { ...at, path: `relationships[${relationshipIndex}]` } })
        relationshipIndex++
        break
      }
      default:
        break
    }
  }
  flush()
  return builder.finish("spdx-tag-value")
}

/**
 * CycloneDX: reading components, services, their declared parties and the dependency graph from the JSON
 * (streamed) or XML form, versions 1.2 to 1.7.
 *
 * @module
 */
import { SbomValidationError, UnsupportedSbomError, type Diagnostic } from "../errors.js"
import { JsonTopLevelSplitter, type Position } from "../internal/json-top-level.js"
import { DEFAULT_MAX_SBOM_COMPONENTS, tooManyComponents } from "./limits.js"
import type { DeclaredParty, SbomComponent, SbomDocument, SbomEdge, SbomFormat, SourceLocation } from "./model.js"

/**
 * CycloneDX specification versions sovmap reads. JSON exists from 1.2; XML from 1.0, but sovmap reads the
 * same 1.2–1.7 range for both.
 *
 * @example
 * ```ts
 * import { CYCLONEDX_VERSIONS, UnsupportedSbomError, decodeSbom } from "@sovmap/core"
 *
 * CYCLONEDX_VERSIONS.at(-1) // "1.7", the newest version read
 * try {
 *   decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.1","components":[]}', "old.cdx.json")
 * } catch (error) {
 *   if (error instanceof UnsupportedSbomError) console.error(error.message) // names the versions read
 * }
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const CYCLONEDX_VERSIONS: ReadonlyArray<string> = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]

const MAX_ERRORS = 50

const DEPENDENCY_FIELDS = ["dependsOn", "provides"] as const

// Where an element is when the text was parsed whole: the first error or problem sends it through the
// located reader, so that locations kept for messages (of refs, of dependency entries) are never read.
const NOWHERE: SourceLocation = Object.freeze({ line: 0, column: 0, path: "" })

// What refs hold without locations (the text parsed whole): only whether a ref exists is asked.
const UNPLACED = -1

// An edge's origin in one small integer: -1 for a nesting (`contains`), otherwise the dependency field's
// index in DEPENDENCY_FIELDS plus its position in that list times the number of fields.
const CONTAINED = -1

// Most components declare no party: they share one empty list.
const NO_PARTIES: ReadonlyArray<DeclaredParty> = Object.freeze([])

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v)

const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : typeof v)

/**
 * Where an element is: its line and column (0 when the text was parsed whole) and its place in the
 * document, from which the dotted path (`components[3].components[0]`) is built only when a message or a
 * fallback ref needs it — a large SBOM has millions of elements and almost none of those paths is ever read.
 */
class ElementAt implements SourceLocation {
  private text: string | undefined
  constructor(
    readonly line: number,
    readonly column: number,
    private readonly key: string,
    private readonly index: number,
    private readonly parent?: SourceLocation
  ) {}
  get path(): string {
    return (this.text ??= this.parent === undefined ? `${this.key}[${this.index}]` : `${this.parent.path}.${this.key}[${this.index}]`)
  }
}

/**
 * Collects components, edges and problems from CycloneDX values already parsed into objects (from the JSON
 * splitter or from XML), with the location of each top-level element.
 */
class CycloneDxBuilder {
  readonly components: Array<SbomComponent> = []
  readonly errors: Array<Diagnostic> = []
  readonly problems: Array<Diagnostic> = []
  // Each bom-ref, to its number in refStrings and refLines when located: the string itself (so that
  // dependencies can share it instead of keeping their own copy) and the line where it was first used, for
  // a duplicate's message. Two arrays of numbers and pointers, not an object per ref: a 200 MB SBOM has
  // hundreds of thousands.
  private readonly refs = new Map<string, number>()
  private readonly refStrings: Array<string> = []
  private readonly refLines: Array<number> = []
  // Edges as the document gives them, built once: a 200 MB SBOM has hundreds of thousands. An edge whose
  // ends are not both known when it is read (a dependency entry before its components) is also noted in
  // `pending`, with what a message about it needs (`at` is shared by the edges of one dependency entry and a
  // path is only built when reported), and checked again at the end.
  private readonly edges: Array<SbomEdge> = []
  private readonly pending: Array<{ readonly index: number; readonly at: SourceLocation; readonly origin: number }> = []
  private readonly dependencyRefs = new Set<string>()
  private readonly repeatedRefs = new Set<string>()

  private known(ref: string): boolean {
    return this.refs.has(ref) || ref === this.subject?.ref
  }

  // `sound`: both ends are known now. Refs are only ever added, so such an edge stays sound.
  private edge(from: string, to: string, origin: number, at: SourceLocation, sound: boolean) {
    const index = this.edges.length
    this.edges.push({ from, to, kind: origin === CONTAINED ? "contains" : "depends-on" })
    if (!sound) this.pending.push({ index, at: this.located ? at : NOWHERE, origin })
  }

  // The bom-ref's own string when it is known already (components usually come first).
  private sharedRef(ref: string): string {
    const k = this.refs.get(ref)
    return k === undefined ? ref : this.refStrings[k]!
  }
  subject: SbomComponent | undefined
  specVersion: string | undefined
  specVersionAt: Position | undefined
  bomFormat: unknown
  serialNumber: string | undefined

  constructor(
    readonly file: string,
    /** False when positions are unknown (fast path): components then carry no location. */
    readonly located = true,
    /** Where components go instead of `components`: a streaming attribution that keeps none of them. */
    private readonly sink?: (component: SbomComponent) => void,
    private readonly maxComponents = DEFAULT_MAX_SBOM_COMPONENTS
  ) {}

  // Components and services read so far, the subject and nested ones included.
  private count = 0

  error(at: SourceLocation | Position, path: string, message: string, hint?: string) {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ file: this.file, line: at.line, column: at.column, path, message, hint })
  }

  private str(obj: Json, field: string, at: SourceLocation): string | undefined {
    const v = obj[field]
    if (v === undefined || v === null) return undefined
    if (typeof v !== "string") {
      this.error(at, `${at.path}.${field}`, `\`${field}\` must be a string, found ${typeName(v)} in ${at.path}`)
      return undefined
    }
    return v
  }

  private party(role: DeclaredParty["role"], v: unknown, at: SourceLocation, field: string, out: Array<DeclaredParty>) {
    if (v === undefined || v === null) return
    if (typeof v === "string") {
      if (v.trim() !== "") out.push({ role, name: v.trim() })
      return
    }
    if (!isObject(v)) {
      this.error(at, `${at.path}.${field}`, `\`${field}\` must be an object, found ${typeName(v)} in ${at.path}`)
      return
    }
    const name = v["name"]
    if (name !== undefined && typeof name !== "string") {
      this.error(at, `${at.path}.${field}.name`, `\`${field}.name\` must be a string, found ${typeName(name)} in ${at.path}`)
      return
    }
    const address = v["address"]
    const country = isObject(address) && typeof address["country"] === "string" ? address["country"].trim().toUpperCase() : undefined
    if (typeof name === "string" && name.trim() !== "") out.push({ role, name: name.trim(), country: country !== undefined && /^[A-Z]{2}$/.test(country) ? country : undefined })
  }

  /** Reads a component or service and, recursively, the components nested in it. */
  readComponent(value: unknown, at: SourceLocation, kind: "component" | "service", parent?: string, subject = false): SbomComponent | undefined {
    if (!isObject(value)) {
      this.error(at, at.path, `expected a ${kind} object at ${at.path}, found ${typeName(value)}`)
      return undefined
    }
    if (++this.count > this.maxComponents) {
      // Each component read keeps memory: reading stops at the first past the limit. Without locations an
      // error sends the text to the located reader, which stops there and names the place.
      if (this.located) throw tooManyComponents(this.file, at, this.maxComponents)
      if (this.errors.length === 0) this.error(at, at.path, `more than ${this.maxComponents} components`)
      return undefined
    }
    const name = this.str(value, "name", at)
    if (name === undefined) {
      if (value["name"] === undefined) this.error(at, `${at.path}.name`, `${kind} at ${at.path} has no \`name\``, "every CycloneDX component and service needs a name")
      return undefined
    }
    const declaredRef = this.str(value, "bom-ref", at)
    const ref = declaredRef ?? `#${at.path}`
    if (this.located) {
      const previous = this.refs.get(ref)
      if (previous !== undefined) {
        this.error(at, `${at.path}.bom-ref`, `duplicate bom-ref \`${ref}\` at ${at.path}, first used at line ${this.refLines[previous]}`, "bom-refs must be unique within a BOM; dependencies cannot tell these apart")
      } else {
        this.refs.set(ref, this.refStrings.length)
        this.refStrings.push(ref)
        this.refLines.push(at.line)
      }
    } else {
      // One hash lookup instead of two: without locations a duplicate is only noted (the error sends the
      // text to the located reader, whose message names both places).
      const size = this.refs.size
      if (this.refs.set(ref, UNPLACED).size === size) this.error(at, `${at.path}.bom-ref`, `duplicate bom-ref \`${ref}\` at ${at.path}`)
    }
    const partyField = kind === "service" ? "provider" : "supplier"
    let declared: ReadonlyArray<DeclaredParty> = NO_PARTIES
    // Most components name no party: no list is built for them.
    if (value[partyField] != null || value["manufacturer"] != null || value["publisher"] != null || value["author"] != null || value["authors"] != null) {
      const list: Array<DeclaredParty> = []
      this.party(partyField, value[partyField], at, partyField, list)
      this.party("manufacturer", value["manufacturer"], at, "manufacturer", list)
      this.party("publisher", value["publisher"], at, "publisher", list)
      this.party("author", value["author"], at, "author", list)
      const authors = value["authors"]
      if (Array.isArray(authors)) authors.forEach((a, i) => this.party("author", a, at, `authors[${i}]`, list))
      if (list.length > 0) declared = list
    }
    let vcs: string | undefined
    const refsList = value["externalReferences"]
    if (Array.isArray(refsList)) {
      for (const r of refsList) if (isObject(r) && r["type"] === "vcs" && typeof r["url"] === "string") vcs ??= r["url"]
    } else if (refsList !== undefined) this.error(at, `${at.path}.externalReferences`, `\`externalReferences\` must be a list, found ${typeName(refsList)} in ${at.path}`)
    const component: SbomComponent = {
      ref,
      name,
      kind,
      type: kind === "service" ? "service" : this.str(value, "type", at),
      group: this.str(value, "group", at),
      version: this.str(value, "version", at),
      purl: this.str(value, "purl", at),
      vcs,
      declared,
      parent,
      location: this.located ? { line: at.line, column: at.column, path: at.path } : undefined
    }
    // The document's subject (metadata.component) is kept apart; components nested in it are components.
    if (!subject) {
      if (this.sink === undefined) this.components.push(component)
      else this.sink(component)
    }
    if (parent !== undefined) this.edge(parent, ref, CONTAINED, at, this.known(parent) && this.known(ref))
    const nestedKey = kind === "service" ? "services" : "components"
    const nested = value[nestedKey]
    if (Array.isArray(nested)) {
      for (let i = 0; i < nested.length; i++) this.readComponent(nested[i], new ElementAt(at.line, at.column, nestedKey, i, at), kind, ref)
    } else if (nested !== undefined) this.error(at, `${at.path}.${nestedKey}`, `\`${nestedKey}\` must be a list, found ${typeName(nested)} in ${at.path}`)
    return component
  }

  readDependency(value: unknown, at: SourceLocation) {
    if (!isObject(value) || typeof value["ref"] !== "string") {
      this.error(at, at.path, `a dependency needs a string \`ref\`, found ${isObject(value) ? typeName(value["ref"]) : typeName(value)} at ${at.path}`)
      return
    }
    // When streaming, the bom-ref's own string if it is known already: a large SBOM has about as many edges
    // as components, and each would otherwise keep a copy.
    const from = this.located ? this.sharedRef(value["ref"]) : value["ref"]
    if (this.dependencyRefs.has(from)) this.repeatedRefs.add(from)
    else this.dependencyRefs.add(from)
    // This entry's edges start here among the edges; a target already among them is not repeated.
    const first = this.edges.length
    const fromKnown = this.known(from)
    for (let f = 0; f < DEPENDENCY_FIELDS.length; f++) {
      const field = DEPENDENCY_FIELDS[f]!
      const list = value[field]
      if (list === undefined) continue
      if (!Array.isArray(list)) {
        this.error(at, `${at.path}.${field}`, `\`${field}\` must be a list of refs, found ${typeName(list)} at ${at.path}`)
        continue
      }
      for (let i = 0; i < list.length; i++) {
        const to: unknown = list[i]
        // CycloneDX 1.2–1.3 wrote dependsOn entries as refs; some tools emit { ref } objects.
        const given = typeof to === "string" ? to : isObject(to) && typeof to["ref"] === "string" ? to["ref"] : undefined
        const target = given === undefined || !this.located ? given : this.sharedRef(given)
        if (target === undefined) this.error(at, `${at.path}.${field}[${i}]`, `\`${field}[${i}]\` must be a ref string, found ${typeName(to)} at ${at.path}`)
        else if (!this.hasTarget(first, target)) this.edge(from, target, f + i * DEPENDENCY_FIELDS.length, at, fromKnown && this.known(target))
      }
    }
  }

  // Whether the edges from `first` on already lead to `target`: a linear scan while an entry is short (the
  // usual case), a set of its targets once it is long.
  private longEntry: { first: number; targets: Set<string> } | undefined
  private hasTarget(first: number, target: string): boolean {
    const edges = this.edges
    if (edges.length - first < 16) {
      for (let k = first; k < edges.length; k++) if (edges[k]!.to === target) return true
      return false
    }
    if (this.longEntry?.first !== first) {
      const targets = new Set<string>()
      for (let k = first; k < edges.length; k++) targets.add(edges[k]!.to)
      this.longEntry = { first, targets }
    }
    if (this.longEntry.targets.has(target)) return true
    this.longEntry.targets.add(target)
    return false
  }

  readMetadata(value: unknown, at: Position) {
    if (!isObject(value)) {
      this.error(at, "metadata", `\`metadata\` must be an object, found ${typeName(value)}`)
      return
    }
    const component = value["component"]
    if (component === undefined) return
    const subject = this.readComponent(component, { ...at, path: "metadata.component" }, "component", undefined, true)
    if (subject !== undefined) {
      const declared = [...subject.declared]
      const party = (role: DeclaredParty["role"], field: string) => {
        const list: Array<DeclaredParty> = []
        this.party(role, value[field], { ...at, path: "metadata" }, field, list)
        declared.push(...list)
      }
      party("supplier", "supplier")
      party("manufacturer", "manufacture")
      party("manufacturer", "manufacturer")
      this.subject = { ...subject, declared }
    }
  }

  checkHeader(format: SbomFormat) {
    if (format === "cyclonedx-json" && this.bomFormat !== "CycloneDX") {
      throw new UnsupportedSbomError([
        { file: this.file, line: 1, column: 1, message: this.bomFormat === undefined ? "not a CycloneDX document: no `bomFormat`" : `\`bomFormat\` is ${JSON.stringify(this.bomFormat)}, expected "CycloneDX"`, hint: "sovmap reads CycloneDX (JSON or XML) and SPDX 2.2/2.3 (JSON or tag-value)" }
      ])
    }
    const at = this.specVersionAt ?? { line: 1, column: 1 }
    if (this.specVersion === undefined) {
      throw new UnsupportedSbomError([{ file: this.file, ...at, message: "no `specVersion`", expected: `one of ${CYCLONEDX_VERSIONS.join(", ")}`, hint: "add the CycloneDX specification version the document follows" }])
    }
    if (!CYCLONEDX_VERSIONS.includes(this.specVersion)) {
      throw new UnsupportedSbomError([
        { file: this.file, ...at, message: `CycloneDX specVersion ${JSON.stringify(this.specVersion)} is not supported`, expected: `one of ${CYCLONEDX_VERSIONS.join(", ")}`, hint: "convert the SBOM with the CycloneDX CLI (`cyclonedx convert --output-version`) to a supported version" }
      ])
    }
  }

  finish(format: SbomFormat): SbomDocument {
    this.checkHeader(format)
    if (this.errors.length > 0) throw new SbomValidationError(this.errors)
    const edges = this.edges
    // Edges to or from a ref that is still unknown are left out, each reported where it was written.
    let dangling: Set<number> | undefined
    for (const { index, at, origin } of this.pending) {
      const { from, to } = edges[index]!
      const missing = !this.known(from) ? from : !this.known(to) ? to : undefined
      if (missing === undefined) continue
      const n = DEPENDENCY_FIELDS.length
      const path = origin === CONTAINED ? at.path : `${at.path}.${DEPENDENCY_FIELDS[origin % n]}[${Math.floor(origin / n)}]`
      this.problems.push({ file: this.file, line: at.line, column: at.column, path, message: `dependency refers to unknown bom-ref \`${missing}\`; edge ${from} → ${to} left out`, hint: "every ref in `dependencies` must be the bom-ref of a component, a service or metadata.component" })
      ;(dangling ??= new Set()).add(index)
    }
    // Only a ref with two dependency entries can produce the same edge twice. The list is compacted in
    // place, in order.
    if (dangling !== undefined || this.repeatedRefs.size > 0) {
      const seen = new Map<string, Set<string>>()
      let kept = 0
      for (let k = 0; k < edges.length; k++) {
        const e = edges[k]!
        if (dangling?.has(k)) continue
        if (e.kind === "depends-on" && this.repeatedRefs.has(e.from)) {
          const targets = seen.get(e.from) ?? new Set<string>()
          seen.set(e.from, targets)
          if (targets.has(e.to)) continue
          targets.add(e.to)
        }
        edges[kept++] = e
      }
      edges.length = kept
    }
    return { file: this.file, format, specVersion: this.specVersion!, serialNumber: this.serialNumber, subject: this.subject, components: this.components, edges, problems: this.problems }
  }
}

/**
 * A CycloneDX JSON document being read in chunks of text.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs"
 * import { createCycloneDxJsonReader } from "@sovmap/core"
 *
 * const reader = createCycloneDxJsonReader("bom.json")
 * for await (const chunk of createReadStream("bom.json", { encoding: "utf8" })) reader.push(chunk)
 * const doc = reader.end()
 * console.log(`${doc.components.length} components, ${doc.problems.length} problems`)
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface CycloneDxJsonReader {
  /** Feeds the next chunk of text (any size; chunks may split tokens). */
  readonly push: (text: string) => void
  /** Ends the input and returns the document. Throws the errors collected on the way. */
  readonly end: () => SbomDocument
}

/**
 * Creates a streaming reader of CycloneDX JSON: the top-level object is split member by member and the
 * `components`, `services` and `dependencies` arrays element by element, so memory stays proportional to
 * the model built, not to the text. Throws {@link SbomParseError} (file:line:column) for text that is not
 * JSON or is cut off, {@link UnsupportedSbomError} for another `bomFormat` or a `specVersion` outside
 * {@link CYCLONEDX_VERSIONS}, and {@link SbomValidationError} for wrong types and duplicate bom-refs.
 * Dependencies on unknown refs are reported in `problems` and their edges left out. With `onComponent`,
 * each component goes there as soon as it is read and the document's `components` stays empty (see
 * {@link SbomAttributor}), so that nothing proportional to the component count need be kept.
 *
 * @example
 * ```ts
 * import { createCycloneDxJsonReader } from "@sovmap/core"
 *
 * const reader = createCycloneDxJsonReader("bom.json")
 * reader.push('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a"}]}')
 * reader.end().components.length // 1
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const createCycloneDxJsonReader = (file: string, onComponent?: (component: SbomComponent) => void, maxComponents?: number): CycloneDxJsonReader => {
  const builder = new CycloneDxBuilder(file, true, onComponent, maxComponents)
  const splitter = new JsonTopLevelSplitter(file, new Set(["components", "services", "dependencies"]), {
    member: (key, value, at) => {
      switch (key) {
        case "bomFormat":
          builder.bomFormat = value
          break
        case "specVersion":
          builder.specVersion = typeof value === "string" ? value : String(value)
          builder.specVersionAt = at
          // Fail early: a 2 GB file of an unknown version need not be read to its end.
          if (builder.bomFormat === "CycloneDX") builder.checkHeader("cyclonedx-json")
          break
        case "serialNumber":
          if (typeof value === "string") builder.serialNumber = value
          break
        case "metadata":
          builder.readMetadata(value, at)
          break
        case "components":
        case "services":
        case "dependencies":
          if (value !== null) builder.error(at, key, `\`${key}\` must be a list, found ${typeName(value)}`)
          break
        default:
          break
      }
    },
    element: (key, index, value, at) => {
      const loc = new ElementAt(at.line, at.column, key, index)
      if (key === "dependencies") builder.readDependency(value, loc)
      else builder.readComponent(value, loc, key === "services" ? "service" : "component")
    }
  })
  return {
    push: (text) => splitter.push(text),
    end: () => {
      splitter.end()
      return builder.finish("cyclonedx-json")
    }
  }
}

/**
 * Reads a CycloneDX JSON document held in memory: one JSON.parse of the whole text when the document is
 * sound (its components then carry no line numbers), the streaming reader's located diagnostics when it is
 * not. See {@link createCycloneDxJsonReader} for the errors.
 *
 * @example
 * ```ts
 * import { decodeCycloneDxJson } from "@sovmap/core"
 *
 * decodeCycloneDxJson('{"bomFormat":"CycloneDX","specVersion":"1.5","components":[]}', "bom.json").specVersion // "1.5"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const decodeCycloneDxJson = (text: string, file: string, maxComponents?: number): SbomDocument => {
  // Fast path for a text already in memory: one JSON.parse of the whole document. Any problem at all
  // sends the text through the streaming reader, which knows the line and column of every element.
  const doc = readCycloneDxJsonWhole(text, file, undefined, maxComponents)
  if (doc !== undefined) return doc
  const reader = createCycloneDxJsonReader(file, undefined, maxComponents)
  reader.push(text)
  return reader.end()
}

/**
 * The one-parse reading of a CycloneDX JSON text: the document, or `undefined` when anything is wrong with
 * it (not JSON, not CycloneDX, an unsupported version, a wrong type, a duplicate bom-ref, a dangling ref) —
 * then the caller reads it again with the located streaming reader, for messages with lines. With `sink`,
 * components go there as they are read (and may have gone there before `undefined` is returned).
 *
 * @internal
 */
export const readCycloneDxJsonWhole = (text: string, file: string, sink?: (component: SbomComponent) => void, maxComponents?: number): SbomDocument | undefined => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!(isObject(value) && value["bomFormat"] === "CycloneDX" && typeof value["specVersion"] === "string" && CYCLONEDX_VERSIONS.includes(value["specVersion"]))) return undefined
  const builder = new CycloneDxBuilder(file, false, sink, maxComponents)
  builder.bomFormat = "CycloneDX"
  builder.specVersion = value["specVersion"]
  if (typeof value["serialNumber"] === "string") builder.serialNumber = value["serialNumber"]
  if (value["metadata"] !== undefined) builder.readMetadata(value["metadata"], NOWHERE)
  for (const key of ["components", "services", "dependencies"] as const) {
    const list = value[key]
    if (list === undefined) continue
    if (!Array.isArray(list)) return undefined
    for (let i = 0; i < list.length; i++) {
      // A dependency entry's location serves only messages, and any message sends the text to the located
      // reader; a component's also names it when it has no bom-ref.
      if (key === "dependencies") builder.readDependency(list[i], NOWHERE)
      else builder.readComponent(list[i], new ElementAt(0, 0, key, i), key === "services" ? "service" : "component")
      // What was read is not needed again: let the collector have it while the rest is read.
      list[i] = undefined
    }
  }
  if (builder.errors.length > 0) return undefined
  const doc = builder.finish("cyclonedx-json")
  return doc.problems.length === 0 ? doc : undefined
}

/**
 * Builds the model from a CycloneDX document already converted to the JSON shape (used by the XML reader).
 *
 * @internal
 */
export const cycloneDxFromObject = (
  doc: { readonly specVersion: string; readonly serialNumber?: string | undefined; readonly metadata?: unknown; readonly components?: ReadonlyArray<{ value: unknown; line: number; column: number }>; readonly services?: ReadonlyArray<{ value: unknown; line: number; column: number }>; readonly dependencies?: ReadonlyArray<{ value: unknown; line: number; column: number }> },
  file: string,
  format: SbomFormat,
  maxComponents?: number
): SbomDocument => {
  const builder = new CycloneDxBuilder(file, true, undefined, maxComponents)
  builder.bomFormat = "CycloneDX"
  builder.specVersion = doc.specVersion
  builder.serialNumber = doc.serialNumber
  if (doc.metadata !== undefined) builder.readMetadata(doc.metadata, { line: 1, column: 1 })
  doc.components?.forEach((c, i) => builder.readComponent(c.value, { line: c.line, column: c.column, path: `components[${i}]` }, "component"))
  doc.services?.forEach((c, i) => builder.readComponent(c.value, { line: c.line, column: c.column, path: `services[${i}]` }, "service"))
  doc.dependencies?.forEach((c, i) => builder.readDependency(c.value, { line: c.line, column: c.column, path: `dependencies[${i}]` }))
  return builder.finish(format)
}

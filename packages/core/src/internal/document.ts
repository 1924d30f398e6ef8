/**
 * Decoding of YAML/JSON documents through a zod schema, with every problem located at file:line:column.
 * The one helper every boundary uses (manifest, policy, answers files).
 */
import { Composer, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type Document, type Node } from "yaml"
import type * as z from "zod"
import type { Diagnostic } from "../errors.js"
import type { Progress } from "../progress.js"
import { didYouMean } from "./suggest.js"

/**
 * One step of a path into a decoded document: an object key or an array index.
 *
 * @example
 * ```ts
 * import { decodeManifest, type PathSegment } from "@sovmap/core"
 *
 * const m = decodeManifest("sovmap: 1\norganisation: { name: Example, country: FR }\nsystems:\n  - { id: web, name: Website, criticality: high, dependencies: [{ offering: ovhcloud-public-cloud }] }\n", "sovmap.yaml")
 * const path: ReadonlyArray<PathSegment> = ["systems", 0, "dependencies", 0, "offering"]
 * m.locate(path) // { line: 4, column: 77 }
 * ```
 * @category manifest
 * @since 0.1.0
 */
export type PathSegment = string | number

/**
 * A decoded document that can still say where any of its values came from.
 *
 * @example
 * ```ts
 * import { decodePolicy, type LocatedDocument, type Policy } from "@sovmap/core"
 *
 * const doc: LocatedDocument<Policy> = decodePolicy("sovmapPolicy: 1\nid: strict\nversion: '1'\ncomposite: { weights: { legalExposure: 3 } }\n", "policy.yaml")
 * doc.value.composite?.weights.legalExposure // 3
 * doc.locate(["composite", "weights", "legalExposure"]) // { line: 4, column: 40 }: the value
 * doc.locate(["composite", "weights", "legalExposure"], true) // { line: 4, column: 25 }: its key
 * ```
 * @category manifest
 * @since 0.1.0
 */
export interface LocatedDocument<A> {
  readonly value: A
  readonly file: string
  readonly locate: (path: ReadonlyArray<PathSegment>, key?: boolean) => { line: number; column: number } | undefined
}

export const formatPath = (path: ReadonlyArray<PathSegment>): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("")

const describeValue = (value: unknown): string => {
  if (value === null) return "null"
  if (Array.isArray(value)) return "a list"
  if (typeof value === "object") return "a mapping"
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  return `${typeof value} ${String(value)}`
}

const valueAt = (root: unknown, path: ReadonlyArray<PathSegment>): unknown => {
  let current = root
  for (const p of path) {
    if (current === null || typeof current !== "object") return undefined
    current = (current as Record<string | number, unknown>)[p]
  }
  return current
}

// Walks a zod schema along a document path, so that an unknown key can be compared with the known ones.
const schemaAt = (schema: z.ZodType, path: ReadonlyArray<PathSegment>): z.ZodType | undefined => {
  let current: z.ZodType | undefined = schema
  const unwrap = (s: z.ZodType): z.ZodType => {
    const def = (s as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def
    return (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "prefault") && def.innerType !== undefined ? unwrap(def.innerType) : s
  }
  for (const p of path) {
    if (current === undefined) return undefined
    const def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } = (
      unwrap(current) as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } }
    )._zod.def
    current = typeof p === "number" ? def.element : def.shape?.[p]
  }
  return current === undefined ? undefined : unwrap(current)
}

const knownKeys = (schema: z.ZodType, path: ReadonlyArray<PathSegment>): Array<string> => {
  const s = schemaAt(schema, path)
  const def = (s as unknown as { _zod?: { def: { shape?: Record<string, unknown>; options?: ReadonlyArray<z.ZodType> } } } | undefined)?._zod?.def
  // A union of objects (the rules of a policy): any option's field is a known field.
  if (def?.shape === undefined && def?.options !== undefined) return [...new Set(def.options.flatMap((o) => knownKeys(o, [])))]
  return def?.shape === undefined ? [] : Object.keys(def.shape)
}

const nodeAt = (doc: Document, path: ReadonlyArray<PathSegment>, key: boolean): Node | undefined => {
  let node: unknown = doc.contents
  for (let i = 0; i < path.length; i++) {
    const p = path[i]!
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(p))
      if (pair === undefined) return node as Node
      node = key && i === path.length - 1 ? pair.key : (pair.value ?? pair.key)
    } else if (isSeq(node) && typeof p === "number") {
      const item = node.items[p]
      if (item === undefined) return node as Node
      node = item
    } else {
      return (node ?? undefined) as Node | undefined
    }
  }
  return node as Node | undefined
}

export type DecodeResult<A> =
  | { readonly ok: true; readonly located: LocatedDocument<A> }
  | { readonly ok: false; readonly stage: "parse" | "validate"; readonly diagnostics: ReadonlyArray<Diagnostic> }

/**
 * Limits that keep a hostile document from exhausting memory or the stack; each unset field takes its value
 * from {@link DEFAULT_DECODE_LIMITS}. An input past a limit is refused with a located parse error.
 *
 * @example
 * ```ts
 * import { decodeManifest } from "@sovmap/core"
 *
 * decodeManifest("[[[]]]", "deep.yaml", undefined, { maxDepth: 2 }) // throws ManifestParseError: nested more than 2 levels deep
 * ```
 * @category manifest
 * @since 0.2.0
 */
export interface DecodeLimits {
  /** Alias dereferences allowed while expanding the document (YAML alias bombs). Default 100. */
  readonly maxAliasCount?: number | undefined
  /** Characters of input accepted at all. Default 64 Mi (67 108 864). */
  readonly maxInputChars?: number | undefined
  /** Nesting depth of mappings and lists (block or flow). Default 128. */
  readonly maxDepth?: number | undefined
  /** Characters in one scalar (a key or value). Default 1 Mi (1 048 576). */
  readonly maxStringChars?: number | undefined
}

/**
 * The limits every YAML/JSON decoder applies when none are given: far above any real manifest, policy or
 * answers file (the largest example is 7 kB), far below what exhausts memory or the stack (yaml's composer
 * overflows the stack at about 750 nested flow collections).
 *
 * @example
 * ```ts
 * import { DEFAULT_DECODE_LIMITS, decodePolicy } from "@sovmap/core"
 *
 * DEFAULT_DECODE_LIMITS.maxDepth // 128
 * decodePolicy('sovmapPolicy: 1\nid: mine\nversion: "1"\n', "policy.yaml", { ...DEFAULT_DECODE_LIMITS, maxInputChars: 1_000_000 }).value.id // "mine"
 * ```
 * @category manifest
 * @since 0.2.0
 */
export const DEFAULT_DECODE_LIMITS: Readonly<Record<keyof DecodeLimits, number>> = {
  maxAliasCount: 100,
  maxInputChars: 64 * 1024 * 1024,
  maxDepth: 128,
  maxStringChars: 1024 * 1024
}

/** Thrown inside the lexing loop when a limit is crossed; turned into a located diagnostic. */
class LimitExceeded {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly hint: string
  ) {}
}

// Lexemes between two progress reports while parsing: frequent enough for a smooth bar, rare enough to cost
// nothing (a 12 MB manifest has about 4 million lexemes).
const LEXEMES_PER_REPORT = 1 << 16

// The same steps as yaml's `parseDocument` (lexer → parser → composer, first document only), driven
// lexeme by lexeme as yaml's documentation of `Parser` shows, so that parsing can report how many
// characters it has consumed.
const parseYaml = (text: string, lineCounter: LineCounter, onProgress: Progress | undefined, maxDepth: number, maxStringChars: number): Document.Parsed => {
  const parser = new Parser(lineCounter.addNewLine)
  const report = (done: number) => onProgress?.({ stage: "parsing", done, total: text.length, unit: "characters" })
  function* tokens() {
    // As Parser#parse does: the first line starts at offset 0.
    lineCounter.addNewLine(0)
    let count = 0
    for (const lexeme of new Lexer().lex(text)) {
      if (lexeme.length > maxStringChars) {
        throw new LimitExceeded(parser.offset, `a value of ${lexeme.length} characters is longer than the limit of ${maxStringChars}`, "shorten the value, or raise maxStringChars")
      }
      yield* parser.next(lexeme)
      // Each open mapping, list or flow collection is one entry of the parser's stack.
      if (parser.stack.length > maxDepth) {
        throw new LimitExceeded(parser.offset, `the document is nested more than ${maxDepth} levels deep`, "flatten the document, or raise maxDepth")
      }
      if (++count % LEXEMES_PER_REPORT === 0) report(parser.offset)
    }
    // The parser hands over the finished document token only at the end; composing it into a Document
    // is one more step of unknown length.
    const last = [...parser.end()]
    report(text.length)
    onProgress?.({ stage: "composing", done: 0, unit: "nodes" })
    yield* last
  }
  report(0)
  let doc: Document.Parsed | undefined
  for (const next of new Composer({ prettyErrors: false, uniqueKeys: true, strict: true }).compose(tokens(), true, text.length)) {
    if (doc === undefined) {
      doc = next
      onProgress?.({ stage: "checking", done: 0, unit: "values" })
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"))
      break
    }
  }
  // compose(…, forceDoc = true) always yields a document, even for empty text.
  return doc!
}

/**
 * Parses YAML (JSON is a subset) and validates it against a schema. Returns every problem with its
 * position; never throws for bad input. `onProgress` hears `parsing` (characters consumed of the text), then
 * `composing` and `checking` (building the document and validating it, both of unknown size).
 */
export const decodeDocument = <S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  limits: DecodeLimits = {},
  onProgress?: Progress
): DecodeResult<z.output<S>> => {
  const max = { ...DEFAULT_DECODE_LIMITS, ...Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)) }
  if (text.length > max.maxInputChars) {
    return {
      ok: false,
      stage: "parse",
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          message: `the input has ${text.length} characters, more than the limit of ${max.maxInputChars}`,
          hint: "check that this is the right file, or raise maxInputChars"
        }
      ]
    }
  }
  const lineCounter = new LineCounter()
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  let doc: Document.Parsed
  try {
    doc = parseYaml(text, lineCounter, onProgress, max.maxDepth, max.maxStringChars)
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error
    return { ok: false, stage: "parse", diagnostics: [{ file, ...position(error.offset), message: error.message, hint: error.hint }] }
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      stage: "parse",
      diagnostics: doc.errors.map((e) => ({
        file,
        ...position(e.pos[0]),
        message: `not valid YAML: ${e.message.split("\n")[0]}`,
        hint: e.code === "DUPLICATE_KEY" ? "each key may appear once in a mapping" : "check indentation, quotes and colons on this line"
      }))
    }
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: max.maxAliasCount })
  } catch (error) {
    return { ok: false, stage: "parse", diagnostics: [{ file, line: 1, column: 1, message: `document cannot be expanded: ${(error as Error).message}`, hint: "remove excessive YAML aliases" }] }
  }
  const locate = (path: ReadonlyArray<PathSegment>, key = false) => {
    const node = nodeAt(doc, path, key)
    return node?.range === undefined || node.range === null ? undefined : position(node.range[0])
  }
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, located: { value: parsed.data, file, locate } }
  const diagnostics: Array<Diagnostic> = []
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p === "string" || typeof p === "number")
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const keyPath = [...path, key]
        diagnostics.push({
          file,
          ...(locate(keyPath, true) ?? { line: 1, column: 1 }),
          path: formatPath(keyPath),
          message: `unknown field \`${key}\``,
          expected: `one of ${knownKeys(schema, path).map((k) => `\`${k}\``).join(", ")}`,
          hint: didYouMean(key, knownKeys(schema, path)) ?? "remove it, or check the field names in `sovmap schema manifest`"
        })
      }
      continue
    }
    const actual = valueAt(data, path)
    const missing = actual === undefined && issue.code === "invalid_type"
    diagnostics.push({
      file,
      ...(locate(path) ?? { line: 1, column: 1 }),
      path: formatPath(path),
      message: missing ? `missing field \`${String(path.at(-1) ?? "")}\`` : `invalid value ${describeValue(actual)} at \`${formatPath(path) || "(document)"}\``,
      expected: issue.code === "invalid_type" ? `${issue.expected}` : issue.message,
      hint: missing ? `add \`${String(path.at(-1) ?? "")}:\` here` : undefined
    })
  }
  return { ok: false, stage: "validate", diagnostics }
}

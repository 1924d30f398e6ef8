/**
 * The knowledge base: countries, blocs, entities and offerings, indexed by id, with the provenance of
 * every record (shipped dataset or a manifest overlay).
 *
 * @module
 */
import type * as z from "zod"
import builtinData from "../generated/knowledge-base.json"
import { KnowledgeBaseError, type Diagnostic } from "../errors.js"
import { AdequacyDecision, Bloc, Entity, Law, Offering, type Country, type Source } from "./schema.js"
import { PackageRule } from "./package-rule.js"

/**
 * Where a record came from: the shipped dataset, or an overlay in a manifest.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type RecordOrigin } from "@sovmap/core"
 *
 * const where = (origin: RecordOrigin): string => (origin.kind === "overlay" ? `${origin.file} (${origin.path})` : origin.file)
 * where(builtinKnowledgeBase().entities.get("aws")!.origin) // "data/entities/aws.yaml"
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type RecordOrigin = { readonly kind: "dataset"; readonly file: string } | { readonly kind: "overlay"; readonly file: string; readonly path: string }

/**
 * A record with its origin.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type Located, type Offering } from "@sovmap/core"
 *
 * const s3: Located<Offering> | undefined = builtinKnowledgeBase().offerings.get("aws-s3")
 * s3?.operator // "aws"
 * s3?.origin // { kind: "dataset", file: "data/offerings/aws-s3.yaml" }
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export type Located<A> = A & { readonly origin: RecordOrigin }

/**
 * An indexed, validated knowledge base.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, type KnowledgeBase } from "@sovmap/core"
 *
 * const kb: KnowledgeBase = builtinKnowledgeBase()
 * kb.countries.get("DE")?.name // "Germany"
 * kb.offerings.get("hetzner-cloud")?.operator // "hetzner"
 * kb.laws.get("us-cloud-act")?.shortName // "CLOUD Act"
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export interface KnowledgeBase {
  readonly version: string
  /** Date the dataset describes (`YYYY-MM-DD`): the default `asOf` of assessments. */
  readonly date?: string | undefined
  readonly countries: ReadonlyMap<string, Country>
  readonly countriesSource: Source
  readonly entities: ReadonlyMap<string, Located<Entity>>
  readonly offerings: ReadonlyMap<string, Located<Offering>>
  readonly blocs: ReadonlyMap<string, Located<Bloc>>
  readonly laws: ReadonlyMap<string, Located<Law>>
  readonly adequacy: ReadonlyMap<string, Located<AdequacyDecision>>
  /** Package-namespace rules that attribute software packages to their maintainers, by id. */
  readonly packageRules: ReadonlyMap<string, Located<PackageRule>>
  /** Ids of records that an overlay added or replaced, by kind. */
  readonly overlaid: {
    readonly entities: ReadonlyArray<string>
    readonly offerings: ReadonlyArray<string>
    readonly blocs: ReadonlyArray<string>
    readonly laws: ReadonlyArray<string>
  }
}

/**
 * Records a caller supplies to add to or replace parts of a knowledge base.
 *
 * @example
 * ```ts
 * import { applyOverlay, blocMembers, builtinKnowledgeBase, type KnowledgeBaseOverlay } from "@sovmap/core"
 *
 * const partners = { id: "our-partners", name: "Our partners", members: [{ country: "CH" }, { country: "NO" }] }
 * const overlay: KnowledgeBaseOverlay = {
 *   file: "sovmap.yaml",
 *   blocs: [{ path: "blocs[0]", record: { ...partners, sources: [{ url: "https://example.org/procurement-policy", retrieved: "2026-11-23", evidence: "S1" }] } }]
 * }
 * const kb = applyOverlay(builtinKnowledgeBase(), overlay)
 * blocMembers(kb.blocs.get("our-partners")!) // Set {"CH", "NO"}
 * kb.overlaid.blocs // ["our-partners"]
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export interface KnowledgeBaseOverlay {
  readonly file: string
  readonly entities?: ReadonlyArray<{ readonly path: string; readonly record: Entity }>
  readonly offerings?: ReadonlyArray<{ readonly path: string; readonly record: Offering }>
  readonly blocs?: ReadonlyArray<{ readonly path: string; readonly record: Bloc }>
  readonly laws?: ReadonlyArray<{ readonly path: string; readonly record: Law }>
}

interface RawRecord {
  readonly $file: string
  readonly [key: string]: unknown
}

const decodeRecords = <S extends z.ZodType>(
  schema: S,
  raw: ReadonlyArray<RawRecord>,
  problems: Array<Diagnostic>
): Array<Located<z.output<S>>> => {
  const out: Array<Located<z.output<S>>> = []
  for (const { $file, ...fields } of raw) {
    const parsed = schema.safeParse(fields)
    if (parsed.success) {
      out.push({ ...(parsed.data as object), origin: { kind: "dataset", file: $file } } as Located<z.output<S>>)
    } else {
      for (const issue of parsed.error.issues) {
        problems.push({
          file: $file,
          path: `${String(fields["id"] ?? "?")}${issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`,
          message: issue.message
        })
      }
    }
  }
  return out
}

const indexById = <A extends { readonly id: string; readonly origin: RecordOrigin }>(
  records: ReadonlyArray<A>,
  problems: Array<Diagnostic>
): Map<string, A> => {
  const map = new Map<string, A>()
  for (const record of records) {
    const previous = map.get(record.id)
    if (previous !== undefined && previous.origin.kind === "dataset" && record.origin.kind === "dataset") {
      problems.push({ file: record.origin.file, path: record.id, message: `duplicate id \`${record.id}\`, also defined in ${previous.origin.file}` })
    }
    map.set(record.id, record)
  }
  return map
}

/**
 * Checks the references inside a knowledge base: country codes exist in ISO 3166-1, parents, brands,
 * operators resolve, and ownership chains have no cycle. Returns the problems found (empty when sound).
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, checkReferences } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * checkReferences(kb) // []: the shipped dataset is sound
 * const entities = new Map(kb.entities).set("aws", { ...kb.entities.get("aws")!, hq: "UK" })
 * checkReferences({ ...kb, entities })
 * // [{ file: "data/entities/aws.yaml", path: "aws.hq", message: "`UK` is not an ISO 3166-1 alpha-2 code", hint: "the United Kingdom is `GB`" }]
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const checkReferences = (kb: Omit<KnowledgeBase, "overlaid">): ReadonlyArray<Diagnostic> => {
  const problems: Array<Diagnostic> = []
  const at = (origin: RecordOrigin, id: string, field: string, message: string, hint?: string) =>
    problems.push({ file: origin.file, path: origin.kind === "overlay" ? `${origin.path}.${field}` : `${id}.${field}`, message, hint })
  const country = (origin: RecordOrigin, id: string, field: string, code: string | undefined) => {
    if (code !== undefined && !kb.countries.has(code)) {
      at(origin, id, field, `\`${code}\` is not an ISO 3166-1 alpha-2 code`, code === "UK" ? "the United Kingdom is `GB`" : code === "EL" ? "Greece is `GR` in ISO 3166-1" : undefined)
    }
  }
  for (const entity of kb.entities.values()) {
    country(entity.origin, entity.id, "hq", entity.hq)
    country(entity.origin, entity.id, "incorporated", entity.incorporated)
    if (entity.parent !== undefined && !kb.entities.has(entity.parent.id)) {
      at(entity.origin, entity.id, "parent.id", `parent \`${entity.parent.id}\` is not a known entity`, "add the parent as an entity record, or remove the link")
    }
  }
  for (const offering of kb.offerings.values()) {
    for (const field of ["brand", "operator"] as const) {
      if (!kb.entities.has(offering[field])) {
        at(offering.origin, offering.id, field, `${field} \`${offering[field]}\` is not a known entity`)
      }
    }
    offering.runsOn?.forEach((id, i) => {
      if (!kb.offerings.has(id)) at(offering.origin, offering.id, `runsOn[${i}]`, `\`${id}\` is not a known offering`)
      if (id === offering.id) at(offering.origin, offering.id, `runsOn[${i}]`, "an offering cannot run on itself")
    })
    offering.dataLocations?.forEach((code, i) => country(offering.origin, offering.id, `dataLocations[${i}]`, code))
  }
  for (const law of kb.laws.values()) country(law.origin, law.id, "jurisdiction", law.jurisdiction)
  for (const decision of kb.adequacy.values()) country(decision.origin, decision.id, "country", decision.country)
  for (const rule of kb.packageRules.values()) {
    if (!kb.entities.has(rule.entity)) at(rule.origin, rule.id, "entity", `entity \`${rule.entity}\` is not a known entity`, "add the entity record, or point the rule at an existing one")
  }
  for (const bloc of kb.blocs.values()) {
    bloc.members.forEach((m, i) => country(bloc.origin, bloc.id, `members[${i}].country`, m.country))
  }
  // Ownership cycles: walk each chain once with a visited set per walk.
  for (const entity of kb.entities.values()) {
    const seen: Array<string> = [entity.id]
    let current = entity.parent?.id
    while (current !== undefined) {
      if (seen.includes(current)) {
        if (current === entity.id) {
          at(entity.origin, entity.id, "parent", `ownership cycle: ${[...seen, current].join(" → ")}`, "one of these parent links is wrong; an entity cannot own itself through others")
        }
        break
      }
      seen.push(current)
      current = kb.entities.get(current)?.parent?.id
    }
  }
  return problems
}

// The built-in records as they are: no schema check. Used only for the data compiled into this package, which
// the test suite decodes through the schemas and compares with this result (knowledge-base.test.ts), so
// that a start-up does not spend its time re-validating what the build already proved valid.
const trustRecords = <A>(raw: ReadonlyArray<RawRecord>): Array<Located<A>> =>
  raw.map(({ $file, ...fields }) => ({ ...fields, origin: { kind: "dataset", file: $file } }) as Located<A>)

const fromRaw = (data: typeof builtinData, trusted = false): KnowledgeBase => {
  const problems: Array<Diagnostic> = []
  const records = <S extends z.ZodType>(schema: S, raw: unknown): Array<Located<z.output<S>>> =>
    trusted ? trustRecords<z.output<S>>((raw ?? []) as ReadonlyArray<RawRecord>) : decodeRecords(schema, (raw ?? []) as ReadonlyArray<RawRecord>, problems)
  const entities = indexById(records(Entity, data.entities), problems)
  const offerings = indexById(records(Offering, data.offerings), problems)
  const blocs = indexById(records(Bloc, data.blocs), problems)
  const laws = indexById(records(Law, data.laws), problems)
  const adequacy = indexById(records(AdequacyDecision, data.adequacy), problems)
  const packageRules = indexById(records(PackageRule, (data as { packageRules?: unknown }).packageRules), problems)
  const countries = new Map(data.countries.list.map((c) => [c.alpha2, c] as const))
  const kb: KnowledgeBase = {
    version: data.version,
    date: (data as { date?: string }).date,
    countries,
    countriesSource: data.countries.source as Source,
    entities,
    offerings,
    blocs,
    laws,
    adequacy,
    packageRules,
    overlaid: { entities: [], offerings: [], blocs: [], laws: [] }
  }
  problems.push(...checkReferences(kb))
  if (problems.length > 0) throw new KnowledgeBaseError(problems)
  return kb
}

/**
 * Decodes and validates a knowledge base from its compiled form. Throws {@link KnowledgeBaseError}
 * naming each bad file and record.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, decodeKnowledgeBase } from "@sovmap/core"
 *
 * const { countries, countriesSource } = builtinKnowledgeBase()
 * const source = { url: "https://example.org/nordlys-it", retrieved: "2026-11-23" }
 * const kb = decodeKnowledgeBase({
 *   version: "local-1",
 *   countries: { source: countriesSource, list: [...countries.values()] },
 *   entities: [{ $file: "data/entities/nordlys-it.yaml", id: "nordlys-it", name: "Région Nordlys IT", kind: "public-body", hq: "FR", sources: [source] }],
 *   offerings: [],
 *   blocs: []
 * })
 * kb.entities.get("nordlys-it")?.origin // { kind: "dataset", file: "data/entities/nordlys-it.yaml" }
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const decodeKnowledgeBase = (data: unknown): KnowledgeBase => fromRaw(data as typeof builtinData)

let builtin: KnowledgeBase | undefined

/**
 * The knowledge base shipped with this version of sovmap, decoded and validated once on first use.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase } from "@sovmap/core"
 *
 * const kb = builtinKnowledgeBase()
 * kb.entities.get("aws")?.hq // "US"
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const builtinKnowledgeBase = (): KnowledgeBase => (builtin ??= fromRaw(builtinData, true))

/**
 * Applies an overlay: its records add to or replace records of the base. The result lists every id the
 * overlay touched, so that reports can flag local assumptions. Throws {@link KnowledgeBaseError} when the
 * merged knowledge base has dangling references or cycles.
 *
 * @example
 * ```ts
 * import { applyOverlay, builtinKnowledgeBase } from "@sovmap/core"
 *
 * const source = { url: "https://example.org/nordlys-it", retrieved: "2026-11-23", evidence: "S1" as const }
 * const kb = applyOverlay(builtinKnowledgeBase(), {
 *   file: "sovmap.yaml",
 *   entities: [{ path: "entities[0]", record: { id: "nordlys-it", name: "Région Nordlys IT", kind: "public-body", hq: "FR", sources: [source] } }],
 *   offerings: [{ path: "offerings[0]", record: { id: "nordlys-dc", name: "In-house data centre", category: "cloud", brand: "nordlys-it", operator: "nordlys-it", sources: [source] } }]
 * })
 * kb.offerings.get("nordlys-dc")?.origin // { kind: "overlay", file: "sovmap.yaml", path: "offerings[0]" }
 * kb.overlaid.offerings // ["nordlys-dc"]
 * ```
 * @category knowledge base
 * @since 0.1.0
 */
export const applyOverlay = (base: KnowledgeBase, overlay: KnowledgeBaseOverlay): KnowledgeBase => {
  const merge = <A extends { readonly id: string }>(
    map: ReadonlyMap<string, Located<A>>,
    items: ReadonlyArray<{ readonly path: string; readonly record: A }> | undefined
  ) => {
    const next = new Map(map)
    for (const { path, record } of items ?? []) next.set(record.id, { ...record, origin: { kind: "overlay", file: overlay.file, path } })
    return next
  }
  const merged = {
    version: base.version,
    date: base.date,
    countries: base.countries,
    countriesSource: base.countriesSource,
    entities: merge(base.entities, overlay.entities),
    offerings: merge(base.offerings, overlay.offerings),
    blocs: merge(base.blocs, overlay.blocs),
    laws: merge(base.laws, overlay.laws),
    adequacy: base.adequacy,
    packageRules: base.packageRules
  }
  const problems = checkReferences(merged)
  if (problems.length > 0) throw new KnowledgeBaseError(problems)
  return {
    ...merged,
    overlaid: {
      entities: [...base.overlaid.entities, ...(overlay.entities ?? []).map((e) => e.record.id)],
      offerings: [...base.overlaid.offerings, ...(overlay.offerings ?? []).map((e) => e.record.id)],
      blocs: [...base.overlaid.blocs, ...(overlay.blocs ?? []).map((e) => e.record.id)],
      laws: [...base.overlaid.laws, ...(overlay.laws ?? []).map((e) => e.record.id)]
    }
  }
}

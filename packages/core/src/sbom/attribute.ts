/**
 * Attribution: for every SBOM component, the organisation that maintains it and the jurisdiction that
 * controls that organisation, with how it was found and how sure that is.
 *
 * @module
 */
import type { Diagnostic } from "../errors.js"
import { UnknownReferenceError } from "../errors.js"
import { blocMembers } from "../kb/bloc.js"
import { DEFAULT_CONTROL_THRESHOLD, resolveControl } from "../kb/control.js"
import type { KnowledgeBase } from "../kb/knowledge-base.js"
import type { AttributionConfidence, PackageRule } from "../kb/package-rule.js"
import type { SbomComponent, SbomDocument, SbomEdge, SbomFormat } from "./model.js"
import { findPackageRule, findPackageRuleForPurl, indexPackageRules, type PackageRuleIndex } from "./package-rule-index.js"
import { packageCoordinate, parsePurl, repositoryPath } from "./purl.js"

/**
 * How a component was attributed, in order of precedence: explicit supplier data in the SBOM, a
 * package-namespace rule of the knowledge base, the organisation of the source repository, or not at all.
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom, type AttributionMethod } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"},{"name":"left-pad"}]}', "bom.json")
 * const methods: Array<AttributionMethod> = attributeSbom(sbom, builtinKnowledgeBase()).components.map((c) => c.method)
 * // ["package-rule", "unattributed"]
 * ```
 * @category sbom
 * @since 0.2.0
 */
export type AttributionMethod = "sbom-supplier" | "package-rule" | "repository-host" | "unattributed"

/**
 * The attribution of one component.
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"}]}', "bom.json")
 * const [angular] = attributeSbom(sbom, builtinKnowledgeBase()).components
 * angular?.entity // "google"
 * angular?.controller // "alphabet"
 * angular?.jurisdiction // "US"
 * angular?.evidence // "package rule npm-angular (npm @angular/*)"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface ComponentAttribution {
  readonly ref: string
  readonly name: string
  readonly version?: string | undefined
  readonly purl?: string | undefined
  readonly method: AttributionMethod
  readonly confidence: AttributionConfidence | "none"
  /** Knowledge-base id of the maintaining entity, when known to the knowledge base. */
  readonly entity?: string | undefined
  /** Name of the maintaining organisation (the knowledge-base name, or the name the SBOM declares). */
  readonly entityName?: string | undefined
  /** Knowledge-base id of the ultimate controller of the entity (DESIGN.md, control resolution). */
  readonly controller?: string | undefined
  /** Control jurisdiction (ISO 3166-1 alpha-2). */
  readonly jurisdiction?: string | undefined
  /** Id of the package rule that matched. */
  readonly rule?: string | undefined
  /** Human-readable provenance of the attribution. */
  readonly evidence: string
  /** First party the SBOM names for the component, whether or not it could be resolved. */
  readonly declaredSupplier?: string | undefined
  /** Source-repository path, a lead for attributing what stayed unattributed. */
  readonly repository?: string | undefined
}

/**
 * Count and share of components per group.
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"},{"name":"left-pad"}]}', "bom.json")
 * for (const row of attributeSbom(sbom, builtinKnowledgeBase()).summary.byJurisdiction) console.log(row.jurisdiction, row.count, row.share)
 * // US 1 0.5
 * // unattributed 1 0.5
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface CountShare {
  readonly count: number
  /** count / number of components, in 0..1. */
  readonly share: number
}

/**
 * Aggregates over an attributed SBOM, all by component count: the jurisdiction breakdown (with
 * `unattributed` as its own row, so the shares add up to 1), the controllers, and the shares of the home
 * bloc, of foreign jurisdictions and of unattributed components.
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"},{"name":"left-pad"}]}', "bom.json")
 * const { summary } = attributeSbom(sbom, builtinKnowledgeBase())
 * summary.foreignShare // 0.5 (the Angular package, controlled from the US)
 * summary.unattributedShare // 0.5
 * summary.byController[0]?.name // "Alphabet Inc."
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface SbomSummary {
  readonly components: number
  readonly home: string
  readonly byMethod: Readonly<Record<AttributionMethod, number>>
  readonly byConfidence: Readonly<Record<AttributionConfidence | "none", number>>
  /** Largest count first; `jurisdiction` is `unattributed` for components without one. */
  readonly byJurisdiction: ReadonlyArray<CountShare & { readonly jurisdiction: string; readonly home: boolean }>
  /** Largest count first; only components with a known controller or declared organisation. */
  readonly byController: ReadonlyArray<CountShare & { readonly controller: string; readonly name: string; readonly jurisdiction: string | undefined }>
  readonly homeShare: number
  readonly foreignShare: number
  readonly unattributedShare: number
}

/**
 * An SBOM with every component attributed: plain data, ready for reports and for the dependency graph
 * (`edges` are between component refs).
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom, type SbomAttribution } from "@sovmap/core"
 *
 * const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"bom-ref":"app","name":"app"},{"bom-ref":"lang3","name":"commons-lang3","supplier":{"name":"The Apache Software Foundation"}}],"dependencies":[{"ref":"app","dependsOn":["lang3"]}]}'
 * const result: SbomAttribution = attributeSbom(decodeSbom(text, "bom.json"), builtinKnowledgeBase())
 * result.components[1]?.method // "sbom-supplier"
 * result.edges // [{ from: "app", to: "lang3", kind: "depends-on" }]
 * result.knowledgeBaseVersion // version of the knowledge base used, for the report
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface SbomAttribution {
  readonly file: string
  readonly format: SbomFormat
  readonly specVersion: string
  readonly knowledgeBaseVersion: string
  readonly subject?: ComponentAttribution | undefined
  readonly components: ReadonlyArray<ComponentAttribution>
  readonly edges: ReadonlyArray<SbomEdge>
  readonly problems: ReadonlyArray<Diagnostic>
  readonly summary: SbomSummary
}

/**
 * Options of {@link attributeSbom}.
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom, type AttributeOptions } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"}]}', "bom.json")
 * const options: AttributeOptions = { home: "g7" }
 * attributeSbom(sbom, builtinKnowledgeBase(), options).summary.homeShare // 1 (the US is a G7 member)
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface AttributeOptions {
  /** Id of the home bloc (default `eu27`). */
  readonly home?: string | undefined
  readonly controlThreshold?: number | undefined
}

const LEGAL_SUFFIXES = new Set(["inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "sas", "sarl", "sàrl", "bv", "nv", "plc", "aisbl", "ev", "foundation inc"])

/**
 * Normalises an organisation name for matching: accents and punctuation dropped, lower case, a leading
 * "the" and trailing legal forms (Inc., LLC, GmbH, S.A. …) removed.
 *
 * @example
 * ```ts
 * import { normaliseOrganisationName } from "@sovmap/core"
 *
 * normaliseOrganisationName("The Apache Software Foundation") === normaliseOrganisationName("Apache Software Foundation, Inc.") // true
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const normaliseOrganisationName = (name: string): string => {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, "$1")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "")
  if (words[0] === "the") words.shift()
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop()
  return words.join(" ")
}

const PURL_TYPES = new Set(["npm", "maven", "pypi", "golang", "nuget", "cargo", "composer", "gem"])

interface Context {
  readonly kb: KnowledgeBase
  readonly rules: PackageRuleIndex
  readonly names: ReadonlyMap<string, string>
  readonly threshold: number
  readonly control: Map<string, { controller: string; jurisdiction: string }>
  readonly problems: Array<Diagnostic>
  readonly file: string
  readonly normalised: Map<string, string>
  readonly ruleHits: Map<PackageRule, RuleHit>
  // A declared supplier's evidence text, one string per distinct text: a large SBOM repeats the same
  // supplier in hundreds of thousands of components, and each would otherwise keep its own copy. Keyed by
  // `h`/`m` (the kind of text), the role, the name and for `m` the two-letter country, joined by NUL.
  readonly supplierEvidence: Map<string, string>
}

// What a package or repository rule gives every component it matches, worked out once per rule.
interface RuleHit {
  readonly entityName: string | undefined
  readonly controller: string
  readonly jurisdiction: string
  readonly evidence: string
}

const controlOf = (ctx: Context, entity: string) => {
  let hit = ctx.control.get(entity)
  if (hit === undefined) {
    const r = resolveControl(ctx.kb, entity, ctx.threshold)
    hit = { controller: r.controller, jurisdiction: r.jurisdiction }
    ctx.control.set(entity, hit)
  }
  return hit
}

const UNATTRIBUTED = [0, 1, 2, 3, 4, 5, 6, 7].map((k) =>
  [
    k & 4 ? "declared supplier is not in the knowledge base and has no country" : "no supplier in the SBOM",
    k & 2 ? "no package rule matches the purl" : "no purl",
    k & 1 ? "the source repository matches no rule" : "no known source repository"
  ].join("; ")
)

const supplierEvidence = (ctx: Context, key: string, text: () => string): string => {
  let e = ctx.supplierEvidence.get(key)
  if (e === undefined) ctx.supplierEvidence.set(key, (e = text()))
  return e
}

const ruleHit = (ctx: Context, rule: PackageRule): RuleHit => {
  let hit = ctx.ruleHits.get(rule)
  if (hit === undefined) {
    const { controller, jurisdiction } = controlOf(ctx, rule.entity)
    // A repository rule's text names the rule, as a package rule's does; the repository is in its own field.
    const evidence = rule.type === "repository" ? `source repository matches rule ${rule.id} (${rule.type} ${rule.match})` : `package rule ${rule.id} (${rule.type} ${rule.match})`
    hit = { entityName: ctx.kb.entities.get(rule.entity)?.name, controller, jurisdiction, evidence }
    ctx.ruleHits.set(rule, hit)
  }
  return hit
}

// One shape for every result (all fields, in one order), built without intermediate objects: an SBOM
// import builds one per component.
const attribution = (
  c: SbomComponent,
  method: AttributionMethod,
  confidence: AttributionConfidence | "none",
  evidence: string,
  declaredSupplier: string | undefined,
  entity?: string,
  entityName?: string,
  controller?: string,
  jurisdiction?: string,
  rule?: string,
  repository?: string
): ComponentAttribution => ({ ref: c.ref, name: c.name, version: c.version, purl: c.purl, method, confidence, entity, entityName, controller, jurisdiction, rule, evidence, declaredSupplier, repository })

const attributeOne = (ctx: Context, c: SbomComponent): ComponentAttribution => {
  const declaredSupplier = c.declared[0]?.name
  for (const party of c.declared) {
    let key = ctx.normalised.get(party.name)
    if (key === undefined) ctx.normalised.set(party.name, (key = normaliseOrganisationName(party.name)))
    const id = ctx.names.get(key)
    if (id !== undefined) {
      const { controller, jurisdiction } = controlOf(ctx, id)
      const evidence = supplierEvidence(ctx, `h${party.role}\0${party.name}`, () => `${party.role} "${party.name}" in the SBOM is knowledge-base entity ${id}`)
      return attribution(c, "sbom-supplier", "high", evidence, declaredSupplier, id, ctx.kb.entities.get(id)?.name, controller, jurisdiction)
    }
  }
  for (const party of c.declared) {
    if (party.country !== undefined && ctx.kb.countries.has(party.country)) {
      const evidence = supplierEvidence(ctx, `m${party.role}\0${party.name}\0${party.country}`, () => `${party.role} "${party.name}" in the SBOM, address country ${party.country}`)
      return attribution(c, "sbom-supplier", "medium", evidence, declaredSupplier, undefined, party.name, undefined, party.country)
    }
  }
  const purl = c.purl === undefined ? undefined : parsePurl(c.purl)
  if (c.purl !== undefined && purl === undefined) {
    ctx.problems.push({ file: ctx.file, line: c.location?.line, column: c.location?.column, path: c.location?.path, message: `purl ${JSON.stringify(c.purl)} of ${c.name} cannot be parsed`, hint: "a package URL looks like pkg:type/namespace/name@version" })
  }
  if (purl !== undefined && PURL_TYPES.has(purl.type)) {
    const rule = findPackageRuleForPurl(ctx.rules, purl)
    if (rule !== undefined) {
      const hit = ruleHit(ctx, rule)
      return attribution(c, "package-rule", rule.confidence, hit.evidence, declaredSupplier, rule.entity, hit.entityName, hit.controller, hit.jurisdiction, rule.id)
    }
  }
  const repository = repositoryPath(purl, c.vcs)
  if (repository !== undefined) {
    const rule = findPackageRule(ctx.rules, "repository", repository)
    if (rule !== undefined) {
      const hit = ruleHit(ctx, rule)
      // A repository organisation says less than a registry namespace: one level lower at most medium.
      const confidence: AttributionConfidence = rule.confidence === "high" ? "medium" : "low"
      return attribution(c, "repository-host", confidence, hit.evidence, declaredSupplier, rule.entity, hit.entityName, hit.controller, hit.jurisdiction, rule.id, repository)
    }
  }
  // Eight possible texts; the supplier and repository themselves are in their own fields.
  const evidence = UNATTRIBUTED[(declaredSupplier === undefined ? 0 : 4) + (c.purl === undefined ? 0 : 2) + (repository === undefined ? 0 : 1)]!
  return attribution(c, "unattributed", "none", evidence, declaredSupplier, undefined, undefined, undefined, undefined, undefined, repository)
}

/**
 * Attributes components one at a time, as a reader produces them, so that the components themselves need
 * not be kept: {@link attributeSbom} over a whole document, or a streaming reader's `onComponent` for an
 * SBOM too large to hold (`createSbomReader(file, head, format, { onComponent: attributor.add })`).
 * `finish` takes the document the reader returns (its subject, edges, problems, and whatever components it
 * still lists — none when they went to `onComponent`) and gives the result `attributeSbom` gives for the
 * whole document.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, createSbomAttributor, createSbomReader } from "@sovmap/core"
 *
 * const text = '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"}]}'
 * const attributor = createSbomAttributor("bom.json", builtinKnowledgeBase())
 * const reader = createSbomReader("bom.json", text, undefined, { onComponent: attributor.add })
 * reader.push(text)
 * attributor.finish(reader.end()).summary.byJurisdiction[0]?.jurisdiction // "US"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface SbomAttributor {
  /**
   * Attributes one component and keeps only its attribution. Returns false when a problem was recorded for
   * it (its purl cannot be read): the problem names the component's location, which a reader that keeps
   * none can only give by reading again.
   */
  readonly add: (component: SbomComponent) => boolean
  /** The attribution of every component added, with the document's subject, edges and problems. */
  readonly finish: (doc: SbomDocument) => SbomAttribution
}

/**
 * Starts an attribution of components that arrive one at a time: see {@link SbomAttributor}. Throws
 * {@link UnknownReferenceError} when the home bloc is unknown.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, createSbomAttributor, decodeSbom } from "@sovmap/core"
 *
 * const doc = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"x"}]}', "bom.json")
 * // The components are still in the document: finish attributes them (as attributeSbom does).
 * createSbomAttributor(doc.file, builtinKnowledgeBase(), { home: "eu27" }).finish(doc).summary.byMethod.unattributed // 1
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const createSbomAttributor = (file: string, kb: KnowledgeBase, options: AttributeOptions = {}): SbomAttributor => {
  const home = options.home ?? "eu27"
  const bloc = kb.blocs.get(home)
  if (bloc === undefined) throw new UnknownReferenceError([{ file, message: `unknown home bloc \`${home}\``, hint: `known blocs: ${[...kb.blocs.keys()].join(", ")}` }])
  const members = blocMembers(bloc)
  const names = new Map<string, string>()
  for (const entity of kb.entities.values()) names.set(normaliseOrganisationName(entity.name), entity.id)
  const ctx: Context = {
    kb,
    rules: indexPackageRules(kb.packageRules.values()),
    names,
    threshold: options.controlThreshold ?? DEFAULT_CONTROL_THRESHOLD,
    control: new Map(),
    problems: [],
    file,
    normalised: new Map(),
    ruleHits: new Map(),
    supplierEvidence: new Map()
  }
  const components: Array<ComponentAttribution> = []
  return {
    add: (component) => {
      const problems = ctx.problems.length
      components.push(attributeOne(ctx, component))
      return ctx.problems.length === problems
    },
    finish: (doc) => {
      for (const c of doc.components) components.push(attributeOne(ctx, c))
      const subject = doc.subject === undefined ? undefined : attributeOne(ctx, doc.subject)
      return {
        file: doc.file,
        format: doc.format,
        specVersion: doc.specVersion,
        knowledgeBaseVersion: kb.version,
        subject,
        components,
        edges: doc.edges,
        // The reader's problems first, then those of attribution, as for a document read whole.
        problems: [...doc.problems, ...ctx.problems],
        summary: summarise(components, home, members, kb)
      }
    }
  }
}

/**
 * Attributes every component of an SBOM, by precedence: (1) a party the SBOM declares (supplier,
 * manufacturer, provider, publisher, originator, author) whose name matches a knowledge-base entity
 * (`high`), or that carries an address country (`medium`); (2) the most specific package-namespace rule
 * for the purl (the rule's confidence); (3) a rule for the source-repository organisation from the purl or
 * VCS URL (one level lower); (4) otherwise `unattributed`, kept and listed with the reasons. The entity's
 * jurisdiction is that of its ultimate controller ({@link resolveControl}).
 *
 * Shares in the summary are counts over all components (DESIGN.md "foreign share", with each component
 * weighing 1 and unattributed components as their own group).
 *
 * @example
 * ```ts
 * import { attributeSbom, builtinKnowledgeBase, decodeSbom } from "@sovmap/core"
 *
 * const sbom = decodeSbom('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"core","purl":"pkg:npm/%40angular/core@17.0.0"}]}', "bom.json")
 * attributeSbom(sbom, builtinKnowledgeBase()).components[0]?.jurisdiction // "US"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const attributeSbom = (doc: SbomDocument, kb: KnowledgeBase, options: AttributeOptions = {}): SbomAttribution => {
  return createSbomAttributor(doc.file, kb, options).finish(doc)
}

const summarise = (components: ReadonlyArray<ComponentAttribution>, home: string, members: ReadonlySet<string>, kb: KnowledgeBase): SbomSummary => {
  const n = components.length
  const share = (count: number) => (n === 0 ? 0 : count / n)
  const byMethod: Record<AttributionMethod, number> = { "sbom-supplier": 0, "package-rule": 0, "repository-host": 0, unattributed: 0 }
  const byConfidence: Record<AttributionConfidence | "none", number> = { high: 0, medium: 0, low: 0, none: 0 }
  const jurisdictions = new Map<string, number>()
  const controllers = new Map<string, { name: string; jurisdiction: string | undefined; count: number }>()
  for (const c of components) {
    byMethod[c.method]++
    byConfidence[c.confidence]++
    const j = c.jurisdiction ?? "unattributed"
    jurisdictions.set(j, (jurisdictions.get(j) ?? 0) + 1)
    const key = c.controller ?? (c.entityName === undefined ? undefined : `declared:${c.entityName}`)
    if (key !== undefined) {
      let row = controllers.get(key)
      if (row === undefined) controllers.set(key, (row = { name: c.controller === undefined ? c.entityName! : (kb.entities.get(c.controller)?.name ?? c.controller), jurisdiction: c.jurisdiction, count: 0 }))
      row.count++
    }
  }
  const byJurisdiction = [...jurisdictions]
    .map(([jurisdiction, count]) => ({ jurisdiction, count, share: share(count), home: members.has(jurisdiction) }))
    .sort((a, b) => b.count - a.count || (a.jurisdiction < b.jurisdiction ? -1 : 1))
  const byController = [...controllers]
    .map(([controller, r]) => ({ controller, name: r.name, jurisdiction: r.jurisdiction, count: r.count, share: share(r.count) }))
    .sort((a, b) => b.count - a.count || (a.controller < b.controller ? -1 : 1))
  const homeCount = byJurisdiction.filter((r) => r.home).reduce((s, r) => s + r.count, 0)
  const unattributed = jurisdictions.get("unattributed") ?? 0
  return {
    components: n,
    home,
    byMethod,
    byConfidence,
    byJurisdiction,
    byController,
    homeShare: share(homeCount),
    foreignShare: share(n - homeCount - unattributed),
    unattributedShare: share(unattributed)
  }
}

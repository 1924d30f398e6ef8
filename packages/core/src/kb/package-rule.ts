/**
 * Package-namespace rules: which organisation maintains the software packages whose coordinates match a
 * pattern (a Maven groupId, an npm scope, a Go module path, a GitHub organisation …).
 *
 * @module
 */
import * as z from "zod"
import { RecordId, Source } from "./schema.js"

/**
 * Ecosystems a package rule can match: package-url types, plus `repository` for source-repository paths
 * such as `github.com/<organisation>/<repository>` taken from a purl or a VCS URL.
 *
 * @example
 * ```ts
 * import { PackageRuleType } from "@sovmap/core"
 *
 * PackageRuleType.parse("maven") // "maven"
 * PackageRuleType.safeParse("deb").success // false: not an ecosystem a rule can match
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const PackageRuleType = z.enum(["npm", "maven", "pypi", "golang", "nuget", "cargo", "composer", "gem", "repository"])

/**
 * A PackageRuleType as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, findPackageRule, indexPackageRules, type PackageRuleType } from "@sovmap/core"
 *
 * const index = indexPackageRules(builtinKnowledgeBase().packageRules.values())
 * const maintainer = (type: PackageRuleType, coordinate: string) => findPackageRule(index, type, coordinate)?.entity
 * maintainer("golang", "golang.org/x/net") // "google"
 * maintainer("cargo", "windows-sys") // "microsoft"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type PackageRuleType = z.output<typeof PackageRuleType>

/**
 * How sure a rule is that a matching package is maintained by its entity: `high` when the namespace is
 * reserved for the entity (a verified Maven groupId, an npm scope, a domain-based Go path), `medium` for
 * project names and prefixes a third party could also register, `low` for umbrella or fiscal-sponsor
 * relations.
 *
 * @example
 * ```ts
 * import { AttributionConfidence } from "@sovmap/core"
 *
 * AttributionConfidence.options // ["high", "medium", "low"]
 * AttributionConfidence.safeParse("certain").success // false
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const AttributionConfidence = z.enum(["high", "medium", "low"])

/**
 * An AttributionConfidence as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, findPackageRule, indexPackageRules, type AttributionConfidence } from "@sovmap/core"
 *
 * const index = indexPackageRules(builtinKnowledgeBase().packageRules.values())
 * const confidence = (type: string, coordinate: string): AttributionConfidence | undefined => findPackageRule(index, type, coordinate)?.confidence
 * confidence("npm", "@angular/core") // "high": an npm scope
 * confidence("pypi", "numpy") // "low": a fiscal-sponsor relation (NumFOCUS)
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type AttributionConfidence = z.output<typeof AttributionConfidence>

/**
 * A pattern over package coordinates, compared case-insensitively:
 * - `name` — the coordinate equals it;
 * - `stem.*` or `stem/*` — the coordinate is `stem` or continues it after `.` or `/`
 *   (`org.apache.*` matches `org.apache.commons/commons-lang3`, not `org.apachex/y`);
 * - `prefix*` — the coordinate starts with `prefix` (`google-*` matches `google-cloud-storage`).
 *
 * @example
 * ```ts
 * import { PackagePattern } from "@sovmap/core"
 *
 * PackagePattern.safeParse("org.apache.*").success // true
 * PackagePattern.safeParse("google-*").success // true
 * PackagePattern.safeParse("org.*.commons").success // false: `*` may only end the pattern
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const PackagePattern = z
  .string()
  .min(1)
  .regex(/^[^*]+\*?$/, "a coordinate, optionally ending in `*` (`org.apache.*`, `@angular/*`, `google-*`)")

/**
 * A package-namespace rule: packages of `type` whose coordinate matches `match` are maintained by `entity`.
 * Coordinates are `namespace/name` as in the package URL (`org.apache.commons/commons-lang3`,
 * `@angular/core`, `golang.org/x/net`), the bare name where the ecosystem has no namespace (PyPI, NuGet,
 * Cargo, RubyGems), and `host/organisation/repository` for `repository` rules.
 *
 * @example
 * ```ts
 * import { PackageRule } from "@sovmap/core"
 *
 * PackageRule.parse({
 *   id: "npm-angular", type: "npm", match: "@angular/*", entity: "google", confidence: "high",
 *   sources: [{ url: "https://angular.dev/", retrieved: "2026-11-23", evidence: "S1" }]
 * }).entity // "google"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export const PackageRule = z.strictObject({
  id: RecordId,
  type: PackageRuleType,
  match: PackagePattern,
  /** Id of the maintaining entity. */
  entity: RecordId,
  confidence: AttributionConfidence,
  note: z.string().min(1).optional(),
  sources: z.array(Source).min(1, "at least one source (url + retrieved date) for every record")
})

/**
 * A PackageRule as decoded: the value its schema produces.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, findPackageRule, indexPackageRules, type PackageRule } from "@sovmap/core"
 *
 * const index = indexPackageRules(builtinKnowledgeBase().packageRules.values())
 * const rule: PackageRule | undefined = findPackageRule(index, "maven", "org.apache.commons/commons-lang3")
 * rule?.match // "org.apache.*"
 * rule?.entity // "apache-software-foundation"
 * rule?.confidence // "high"
 * ```
 * @category knowledge base
 * @since 0.2.0
 */
export type PackageRule = z.output<typeof PackageRule>

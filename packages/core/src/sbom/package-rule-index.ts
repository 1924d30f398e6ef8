/**
 * Fast lookup of package-namespace rules by ecosystem and coordinate.
 *
 * @module
 */
import type { PackageRule, PackageRuleType } from "../kb/package-rule.js"
import { packageCoordinate, type PackageUrl } from "./purl.js"

/**
 * Package rules indexed for lookup: exact coordinates in a map, patterns by decreasing specificity.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, findPackageRule, indexPackageRules, type PackageRuleIndex } from "@sovmap/core"
 *
 * // Build the index once, then look up every component of an SBOM in it.
 * const index: PackageRuleIndex = indexPackageRules(builtinKnowledgeBase().packageRules.values())
 * for (const [type, coordinate] of [["maven", "org.apache.commons/commons-lang3"], ["npm", "@angular/core"]] as const) {
 *   console.log(coordinate, findPackageRule(index, type, coordinate)?.id)
 * }
 * // org.apache.commons/commons-lang3 maven-org-apache
 * // @angular/core npm-angular
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface PackageRuleIndex {
  readonly exact: ReadonlyMap<string, PackageRule>
  /** `stem.*` / `stem/*` patterns by `type stem`. */
  readonly stems: ReadonlyMap<string, PackageRule>
  /** `prefix*` patterns by type, longest first. */
  readonly prefixes: ReadonlyMap<string, ReadonlyArray<{ readonly stem: string; readonly rule: PackageRule }>>
}

/**
 * Builds the index of a set of rules. Patterns follow {@link PackagePattern}: exact, `stem.*`/`stem/*`
 * (the stem or anything continuing it after `.` or `/`), `prefix*`.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, indexPackageRules, findPackageRule } from "@sovmap/core"
 *
 * const index = indexPackageRules(builtinKnowledgeBase().packageRules.values())
 * findPackageRule(index, "maven", "org.apache.commons/commons-lang3")?.entity // "apache-software-foundation"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const indexPackageRules = (rules: Iterable<PackageRule>): PackageRuleIndex => {
  const exact = new Map<string, PackageRule>()
  const stems = new Map<string, PackageRule>()
  const prefixes = new Map<string, Array<{ stem: string; rule: PackageRule }>>()
  for (const rule of rules) {
    const pattern = rule.match.toLowerCase()
    if (!pattern.endsWith("*")) exact.set(`${rule.type} ${pattern}`, rule)
    else if (pattern.endsWith(".*") || pattern.endsWith("/*")) stems.set(`${rule.type} ${pattern.slice(0, -2)}`, rule)
    else {
      const list = prefixes.get(rule.type) ?? []
      list.push({ stem: pattern.slice(0, -1), rule })
      prefixes.set(rule.type, list)
    }
  }
  for (const list of prefixes.values()) list.sort((a, b) => b.stem.length - a.stem.length || (a.rule.id < b.rule.id ? -1 : 1))
  return { exact, stems, prefixes }
}

/**
 * The most specific rule of an ecosystem matching a coordinate (lower case, see {@link packageCoordinate}):
 * an exact rule first, then the pattern with the longest stem.
 *
 * @example
 * ```ts
 * import { builtinKnowledgeBase, indexPackageRules, findPackageRule } from "@sovmap/core"
 *
 * const index = indexPackageRules(builtinKnowledgeBase().packageRules.values())
 * findPackageRule(index, "npm", "@angular/core")?.entity // "google"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const findPackageRule = (index: PackageRuleIndex, type: PackageRuleType | string, coordinate: string): PackageRule | undefined => {
  const byType = lookupsOf(index).get(type)
  if (byType !== undefined) {
    if (byType.exact.size > 0) {
      const hit = byType.exact.get(coordinate)
      if (hit !== undefined) return hit
    }
    // Separated patterns: try the coordinate itself, then each prefix ending before a `.` or `/`, longest
    // first, so that org.eclipse.jetty.* wins over org.eclipse.*. The prefixes inside the namespace (before
    // the last `/`) are the same for every package of that namespace: their answer is remembered.
    const { stems } = byType
    if (stems.size > 0) {
      const namespaceEnd = coordinate.lastIndexOf("/")
      // A prefix that ends after the last `/` contains it: no stem can be one unless some stem has a `/`.
      if (namespaceEnd < 0 || byType.slashInStems)
        for (let end = coordinate.length; end > 0 && end > namespaceEnd; end--) {
          const c = end === coordinate.length ? 0 : coordinate.charCodeAt(end)
          if (end !== coordinate.length && c !== 46 && c !== 47) continue
          const rule = stems.get(end === coordinate.length ? coordinate : coordinate.slice(0, end))
          if (rule !== undefined) return rule
        }
      if (namespaceEnd > 0) {
        const rule = namespaceRule(byType, coordinate.slice(0, namespaceEnd))
        if (rule !== undefined) return rule
      }
    }
  }
  const list = index.prefixes.get(type)
  if (list !== undefined) for (const { stem, rule } of list) if (coordinate.startsWith(stem)) return rule
  return undefined
}

// The stem rule matching a namespace itself or a prefix of it ending before a `.` or `/`, longest first;
// remembered per namespace.
const namespaceRule = (byType: TypeLookups, namespace: string): PackageRule | undefined => {
  let rule = byType.namespaces.get(namespace)
  if (rule === undefined) {
    rule = null
    for (let end = namespace.length; end > 0; end--) {
      const c = end === namespace.length ? 47 : namespace.charCodeAt(end)
      if (c !== 46 && c !== 47) continue
      const found = byType.stems.get(end === namespace.length ? namespace : namespace.slice(0, end))
      if (found !== undefined) {
        rule = found
        break
      }
    }
    byType.namespaces.set(namespace, rule)
  }
  return rule ?? undefined
}

// The index's exact and stem patterns split by type (so that a lookup hashes the coordinate alone), and the
// stem match of each namespace met so far; derived once per index (an index is built per attribution run).
interface TypeLookups {
  readonly exact: Map<string, PackageRule>
  readonly stems: Map<string, PackageRule>
  slashInStems: boolean
  readonly namespaces: Map<string, PackageRule | null>
}
const lookups = new WeakMap<PackageRuleIndex, Map<string, TypeLookups>>()
const lookupsOf = (index: PackageRuleIndex): Map<string, TypeLookups> => {
  let byType = lookups.get(index)
  if (byType === undefined) {
    byType = new Map()
    const of = (type: string) => {
      let l = byType!.get(type)
      if (l === undefined) byType!.set(type, (l = { exact: new Map(), stems: new Map(), slashInStems: false, namespaces: new Map() }))
      return l
    }
    // Keys are `type pattern`; a type has no space.
    for (const [key, rule] of index.exact) of(key.slice(0, key.indexOf(" "))).exact.set(key.slice(key.indexOf(" ") + 1), rule)
    for (const [key, rule] of index.stems) {
      const l = of(key.slice(0, key.indexOf(" ")))
      const stem = key.slice(key.indexOf(" ") + 1)
      l.stems.set(stem, rule)
      if (stem.includes("/")) l.slashInStems = true
    }
    lookups.set(index, byType)
  }
  return byType
}

/**
 * The package rule for a parsed purl: {@link findPackageRule} on its {@link packageCoordinate}, answered from
 * the namespace alone when the purl's type has only separated patterns without a `/` (Maven, Go modules):
 * then only the namespace can match, and its answer is remembered. Internal.
 *
 * @internal
 */
export const findPackageRuleForPurl = (index: PackageRuleIndex, purl: PackageUrl): PackageRule | undefined => {
  if (purl.namespace !== undefined && purl.namespace !== "" && purl.type !== "pypi" && !index.prefixes.has(purl.type)) {
    const byType = lookupsOf(index).get(purl.type)
    if (byType === undefined) return undefined
    if (byType.exact.size === 0 && !byType.slashInStems) return namespaceRule(byType, purl.namespace.toLowerCase())
  }
  return findPackageRule(index, purl.type, packageCoordinate(purl))
}

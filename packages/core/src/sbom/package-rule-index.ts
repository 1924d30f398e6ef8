/**
 * Fast lookup of package-namespace rules by ecosystem and coordinate.
 *
 * @module
 */
import type { PackageRule, PackageRuleType } from "../kb/package-rule.js"

/**
 * Package rules indexed for lookup: exact coordinates in a map, patterns by decreasing specificity.
 *
 * @category sbom
 * @since 0.2.0
 */
export interface PackageRuleIndex {
  readonly exact: ReadonlyMap<string, PackageRule>
  readonly prefixes: ReadonlyMap<string, ReadonlyArray<{ readonly stem: string; readonly separated: boolean; readonly rule: PackageRule }>>
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
  const prefixes = new Map<string, Array<{ stem: string; separated: boolean; rule: PackageRule }>>()
  for (const rule of rules) {
    const pattern = rule.match.toLowerCase()
    if (!pattern.endsWith("*")) {
      exact.set(`${rule.type} ${pattern}`, rule)
      continue
    }
    const separated = pattern.endsWith(".*") || pattern.endsWith("/*")
    const stem = separated ? pattern.slice(0, -2) : pattern.slice(0, -1)
    const list = prefixes.get(rule.type) ?? []
    list.push({ stem, separated, rule })
    prefixes.set(rule.type, list)
  }
  // Longest stem first: the most specific pattern wins (org.eclipse.jetty.* before org.eclipse.*).
  for (const list of prefixes.values()) list.sort((a, b) => b.stem.length - a.stem.length || (a.rule.id < b.rule.id ? -1 : 1))
  return { exact, prefixes }
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
  const hit = index.exact.get(`${type} ${coordinate}`)
  if (hit !== undefined) return hit
  const list = index.prefixes.get(type)
  if (list === undefined) return undefined
  for (const { stem, separated, rule } of list) {
    if (!coordinate.startsWith(stem)) continue
    if (!separated) return rule
    const next = coordinate.charCodeAt(stem.length)
    // NaN: the coordinate is the stem itself; 46 `.`, 47 `/`.
    if (Number.isNaN(next) || next === 46 || next === 47) return rule
  }
  return undefined
}

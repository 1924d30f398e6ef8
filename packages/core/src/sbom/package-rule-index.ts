/**
 * Fast lookup of package-namespace rules by ecosystem and coordinate.
 *
 * @module
 */
import type { PackageRule, PackageRuleType } from "../kb/package-rule.js"

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
  const key = `${type} ${coordinate}`
  const hit = index.exact.get(key)
  if (hit !== undefined) return hit
  // Separated patterns: try the coordinate itself, then each prefix ending before a `.` or `/`, longest
  // first, so that org.eclipse.jetty.* wins over org.eclipse.*. The prefixes inside the namespace (before
  // the last `/`) are the same for every package of that namespace: their answer is remembered.
  if (index.stems.size > 0) {
    const offset = type.length + 1
    const namespaceEnd = offset + coordinate.lastIndexOf("/")
    for (let end = key.length; end > offset && end > namespaceEnd; end--) {
      const c = end === key.length ? 0 : key.charCodeAt(end)
      if (end !== key.length && c !== 46 && c !== 47) continue
      const rule = index.stems.get(end === key.length ? key : key.slice(0, end))
      if (rule !== undefined) return rule
    }
    if (namespaceEnd > offset) {
      const namespaceKey = key.slice(0, namespaceEnd)
      const memo = namespaceMemo(index)
      let rule = memo.get(namespaceKey)
      if (rule === undefined) {
        rule = null
        for (let end = namespaceEnd; end > offset; end--) {
          const c = end === namespaceEnd ? 47 : key.charCodeAt(end)
          if (c !== 46 && c !== 47) continue
          const found = index.stems.get(key.slice(0, end))
          if (found !== undefined) {
            rule = found
            break
          }
        }
        memo.set(namespaceKey, rule)
      }
      if (rule !== null) return rule
    }
  }
  const list = index.prefixes.get(type)
  if (list !== undefined) for (const { stem, rule } of list) if (coordinate.startsWith(stem)) return rule
  return undefined
}

// Stem matches by `type namespace`, per index (an index is built per attribution run).
const namespaceMemos = new WeakMap<PackageRuleIndex, Map<string, PackageRule | null>>()
const namespaceMemo = (index: PackageRuleIndex): Map<string, PackageRule | null> => {
  let memo = namespaceMemos.get(index)
  if (memo === undefined) namespaceMemos.set(index, (memo = new Map()))
  return memo
}

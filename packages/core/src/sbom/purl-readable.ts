/**
 * Whether {@link parsePurl} would read a string, answered without building its result: the one-parse
 * import path asks this of the purls of the components it keeps, and of the subject, before it decides that
 * none needs its line number (an attributor that takes the components says so itself). Kept
 * beside parsePurl's rules and checked against parsePurl itself by a property test (purl.test.ts).
 *
 * @module
 */

const SLASH = 47
const AT = 64

/**
 * Whether a purl starts with the `pkg:` scheme, in any case — as `toLowerCase` reads it, so that the Kelvin
 * sign counts as a `k`, as it always has. The one test of parsePurl and of purlIsReadable.
 */
export const hasPkgScheme = (purl: string): boolean => purl.length >= 4 && purl.slice(0, 4).toLowerCase() === "pkg:"

/** `parsePurl(purl) !== undefined`, without allocating. */
export const purlIsReadable = (purl: string): boolean => {
  if (!hasPkgScheme(purl)) return false
  let start = 4
  while (purl.charCodeAt(start) === SLASH) start++
  // The part before `#subpath`, then before `?qualifiers`.
  let end = purl.indexOf("#", start)
  if (end < 0) end = purl.length
  const question = purl.indexOf("?", start)
  if (question >= 0 && question < end) end = question
  // `type/`: the type must not be empty.
  const slash = purl.indexOf("/", start)
  if (slash < 0 || slash >= end || slash === start) return false
  // The last path segment (trailing slashes dropped) is `name[@version]`; the name must not be empty.
  while (end > slash + 1 && purl.charCodeAt(end - 1) === SLASH) end--
  const lastSlash = purl.lastIndexOf("/", end - 1)
  const segment = lastSlash >= slash ? lastSlash + 1 : slash + 1
  if (segment >= end) return false
  for (let i = end - 1; i >= segment; i--) if (purl.charCodeAt(i) === AT) return i > segment
  return true
}

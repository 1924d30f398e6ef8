/**
 * Package URLs (purl): the identifier most SBOMs give each component.
 *
 * @module
 */
import { hasPkgScheme } from "./purl-readable.js"

/**
 * The parts of a package URL, decoded.
 *
 * @example
 * ```ts
 * import { packageCoordinate, parsePurl, type PackageUrl } from "@sovmap/core"
 *
 * const purl: PackageUrl | undefined = parsePurl("pkg:npm/%40angular/core@17.0.0")
 * purl?.namespace // "@angular" (percent-decoded)
 * purl?.version // "17.0.0"
 * packageCoordinate({ type: "maven", namespace: "org.apache.commons", name: "commons-lang3" }) // "org.apache.commons/commons-lang3"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export interface PackageUrl {
  readonly type: string
  readonly namespace?: string | undefined
  readonly name: string
  readonly version?: string | undefined
  readonly qualifiers?: Readonly<Record<string, string>> | undefined
  readonly subpath?: string | undefined
}

const SLASH = 47

const decode = (part: string): string => {
  if (!part.includes("%")) return part
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/**
 * Parses a package URL `pkg:type/namespace/name@version?qualifiers#subpath` following the purl
 * specification (github.com/package-url/purl-spec, "purl-specification.md"): the scheme is `pkg`, the type
 * is lower-cased, segments are percent-decoded, the version follows the last `@` of the name segment.
 * Returns `undefined` for a string that is not a purl, so that callers can report it.
 *
 * @example
 * ```ts
 * import { parsePurl } from "@sovmap/core"
 *
 * parsePurl("pkg:maven/org.apache.commons/commons-lang3@3.9")
 * // { type: "maven", namespace: "org.apache.commons", name: "commons-lang3", version: "3.9" }
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const parsePurl = (purl: string): PackageUrl | undefined => {
  // Indices into the string rather than successive slices: an SBOM import parses every component's purl.
  if (!hasPkgScheme(purl)) return undefined
  let start = 4
  while (purl.charCodeAt(start) === SLASH) start++
  let end = purl.length
  let subpath: string | undefined
  const hash = purl.indexOf("#", start)
  if (hash >= 0) {
    subpath = purl.slice(hash + 1).split("/").filter((s) => s !== "" && s !== "." && s !== "..").map(decode).join("/") || undefined
    end = hash
  }
  let qualifiers: Record<string, string> | undefined
  const question = purl.indexOf("?", start)
  if (question >= 0 && question < end) {
    qualifiers = {}
    for (const pair of purl.slice(question + 1, end).split("&")) {
      const eq = pair.indexOf("=")
      if (eq > 0 && eq < pair.length - 1) qualifiers[pair.slice(0, eq).toLowerCase()] = decode(pair.slice(eq + 1))
    }
    end = question
  }
  const slash = purl.indexOf("/", start)
  if (slash < 0 || slash >= end || slash === start) return undefined
  const type = purl.slice(start, slash).toLowerCase()
  // The path after `type/`, without trailing slashes; its last segment is `name[@version]`.
  while (end > slash + 1 && purl.charCodeAt(end - 1) === SLASH) end--
  const lastSlash = purl.lastIndexOf("/", end - 1)
  const nameStart = lastSlash + 1
  let nameEnd = end
  let version: string | undefined
  const at = purl.lastIndexOf("@", end - 1)
  if (at >= nameStart) {
    if (at === nameStart) return undefined
    version = decode(purl.slice(at + 1, end))
    nameEnd = at
  }
  if (nameEnd <= nameStart) return undefined
  const name = decode(purl.slice(nameStart, nameEnd))
  let namespace: string | undefined
  if (lastSlash > slash + 1) {
    const part = purl.slice(slash + 1, lastSlash)
    // Empty segments are dropped and each segment is decoded; most namespaces have neither.
    namespace = part.includes("%") || part.includes("//") || part.startsWith("/") || part.endsWith("/") ? part.split("/").filter((s) => s !== "").map(decode).join("/") : part
  }
  return { type, namespace, name, version, qualifiers, subpath }
}

/**
 * The coordinate of a package that package rules match against: `namespace/name` as in the purl
 * (`org.apache.commons/commons-lang3`, `@angular/core`, `golang.org/x/net`), the bare name where the
 * ecosystem has none; PyPI names normalised as PEP 503 prescribes (lower case, runs of `-_.` → `-`); all
 * lower case, because rules match case-insensitively.
 *
 * @example
 * ```ts
 * import { packageCoordinate, parsePurl } from "@sovmap/core"
 *
 * packageCoordinate(parsePurl("pkg:pypi/Google_Cloud.Storage@2.0")!) // "google-cloud-storage"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const packageCoordinate = (purl: PackageUrl): string => {
  const name = purl.type === "pypi" ? purl.name.replace(/[-_.]+/g, "-") : purl.name
  return (purl.namespace === undefined ? name : `${purl.namespace}/${name}`).toLowerCase()
}

/**
 * The source-repository path `host/organisation/repository` of a package, when its purl or VCS URL names
 * one on a public forge (GitHub, GitLab, Bitbucket): from `pkg:github/…`, `pkg:bitbucket/…`,
 * `pkg:gitlab/…`, a Go module path on such a host, or a VCS URL such as `git+https://github.com/o/r.git`.
 *
 * @example
 * ```ts
 * import { repositoryPath } from "@sovmap/core"
 *
 * repositoryPath(undefined, "git+https://github.com/Google/uuid.git") // "github.com/google/uuid"
 * ```
 * @category sbom
 * @since 0.2.0
 */
export const repositoryPath = (purl: PackageUrl | undefined, vcsUrl?: string): string | undefined => {
  if (purl !== undefined) {
    const host = purl.type === "github" ? "github.com" : purl.type === "gitlab" ? "gitlab.com" : purl.type === "bitbucket" ? "bitbucket.org" : undefined
    if (host !== undefined && purl.namespace !== undefined) return [host, purl.namespace, purl.name].join("/").toLowerCase()
    if (purl.type === "golang") {
      const full = packageCoordinate(purl)
      const m = /^(github\.com|gitlab\.com|bitbucket\.org)\/([^/]+)\/([^/]+)/.exec(full)
      if (m !== null) return [m[1], m[2], m[3]].join("/")
    }
  }
  return vcsUrl === undefined ? undefined : vcsRepositoryPath(vcsUrl.trim())
}

const FORGES = ["github.com", "gitlab.com", "bitbucket.org"]
const SCHEMES = ["https://", "http://", "ssh://", "git://"]

// Whether `text` has `word` (lowercase ASCII) at `at`, letters in either case.
const hasAt = (text: string, at: number, word: string): boolean => {
  if (text.length - at < word.length) return false
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k)
    const w = word.charCodeAt(k)
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false
  }
  return true
}

// The forge named at `at` and followed by `:` or `/`, or undefined.
const forgeAt = (text: string, at: number): string | undefined => {
  for (const forge of FORGES) {
    if (hasAt(text, at, forge)) {
      const c = text.charCodeAt(at + forge.length)
      return c === 58 || c === 47 ? forge : undefined
    }
  }
  return undefined
}

const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029

/**
 * `host/owner/repository` from a VCS URL: `[git+](https|http|ssh|git)://[user@]host(:|/)owner/repo[.git][(/|#|?)…]`
 * or `git@host:owner/repo[.git]`, with host one of the three forges, in any case. Read by index rather than
 * by regular expression (every component of an SBOM may carry one); a property test holds it to the
 * expressions it replaced.
 */
const vcsRepositoryPath = (url: string): string | undefined => {
  const start = hasAt(url, 0, "git+") ? 4 : 0
  const scheme = SCHEMES.find((s) => hasAt(url, start, s))
  if (scheme === undefined) {
    // `git@host:owner/repo`: a `:` after the host, and nothing after the repository.
    const forge = hasAt(url, 0, "git@") ? forgeAt(url, 4) : undefined
    return forge !== undefined && url.charCodeAt(4 + forge.length) === 58 ? fromForge(url, 4, true) : undefined
  }
  const at = start + scheme.length
  // With a user part (`[^@/]+@`) when an `@` comes before any `/`, and failing that without one.
  let q = at
  while (q < url.length && url.charCodeAt(q) !== 64 && url.charCodeAt(q) !== 47) q++
  return (q > at && url.charCodeAt(q) === 64 ? fromForge(url, q + 1, false) : undefined) ?? fromForge(url, at, false)
}

// The rest of a VCS URL from the forge's name at `host`: `(:|/)owner/repo[.git]`, then `(/|#|?)…` on one
// line unless `whole`.
const fromForge = (url: string, host: number, whole: boolean): string | undefined => {
  const forge = forgeAt(url, host)
  if (forge === undefined) return undefined
  const owner = host + forge.length + 1
  const slash = url.indexOf("/", owner)
  if (slash <= owner) return undefined
  const repo = slash + 1
  let end = repo
  while (end < url.length) {
    const c = url.charCodeAt(end)
    if (c === 47 || c === 35 || c === 63) break
    end++
  }
  if (end === repo) return undefined
  if (end < url.length) {
    if (whole) return undefined
    for (let k = end + 1; k < url.length; k++) if (isLineTerminator(url.charCodeAt(k))) return undefined
  }
  // One `.git` suffix is dropped, unless it is the whole name.
  const name = end - repo > 4 && hasAt(url, end - 4, ".git") ? end - 4 : end
  // join gives one flat string: a template would keep a rope of the parts alive in every attribution that
  // stores the path (hundreds of thousands in a large SBOM).
  return [forge, url.slice(owner, slash), url.slice(repo, name)].join("/").toLowerCase()
}

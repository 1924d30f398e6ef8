/**
 * Package URLs (purl): the identifier most SBOMs give each component.
 *
 * @module
 */

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
  // `pkg:` in any case, without building a string for it.
  if (purl.length < 4 || (purl.charCodeAt(0) | 32) !== 112 || (purl.charCodeAt(1) | 32) !== 107 || (purl.charCodeAt(2) | 32) !== 103 || purl.charCodeAt(3) !== 58) return undefined
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
  if (vcsUrl !== undefined) {
    const m = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?(github\.com|gitlab\.com|bitbucket\.org)[:/]([^/]+)\/([^/#?]+?)(?:\.git)?(?:[/#?].*)?$/i.exec(vcsUrl.trim()) ??
      /^git@(github\.com|gitlab\.com|bitbucket\.org):([^/]+)\/([^/#?]+?)(?:\.git)?$/i.exec(vcsUrl.trim())
    // join gives one flat string: a template would keep a rope of the parts alive in every attribution
    // that stores the path (hundreds of thousands in a large SBOM).
    if (m !== null) return [m[1], m[2], m[3]].join("/").toLowerCase()
  }
  return undefined
}

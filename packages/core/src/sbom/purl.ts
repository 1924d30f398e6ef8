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
  if (!purl.toLowerCase().startsWith("pkg:")) return undefined
  let rest = purl.slice(4).replace(/^\/+/, "")
  let subpath: string | undefined
  const hash = rest.indexOf("#")
  if (hash >= 0) {
    subpath = rest.slice(hash + 1).split("/").filter((s) => s !== "" && s !== "." && s !== "..").map(decode).join("/") || undefined
    rest = rest.slice(0, hash)
  }
  let qualifiers: Record<string, string> | undefined
  const question = rest.indexOf("?")
  if (question >= 0) {
    qualifiers = {}
    for (const pair of rest.slice(question + 1).split("&")) {
      const eq = pair.indexOf("=")
      if (eq > 0 && eq < pair.length - 1) qualifiers[pair.slice(0, eq).toLowerCase()] = decode(pair.slice(eq + 1))
    }
    rest = rest.slice(0, question)
  }
  const slash = rest.indexOf("/")
  if (slash <= 0) return undefined
  const type = rest.slice(0, slash).toLowerCase()
  const path = rest.slice(slash + 1).replace(/\/+$/, "")
  const lastSlash = path.lastIndexOf("/")
  let nameAndVersion = lastSlash >= 0 ? path.slice(lastSlash + 1) : path
  const namespacePart = lastSlash >= 0 ? path.slice(0, lastSlash) : ""
  let version: string | undefined
  const at = nameAndVersion.lastIndexOf("@")
  if (at > 0) {
    version = decode(nameAndVersion.slice(at + 1))
    nameAndVersion = nameAndVersion.slice(0, at)
  } else if (at === 0) {
    return undefined
  }
  const name = decode(nameAndVersion)
  if (name === "") return undefined
  const namespace = namespacePart === "" ? undefined : namespacePart.split("/").filter((s) => s !== "").map(decode).join("/")
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
    if (host !== undefined && purl.namespace !== undefined) return `${host}/${purl.namespace}/${purl.name}`.toLowerCase()
    if (purl.type === "golang") {
      const full = packageCoordinate(purl)
      const m = /^(github\.com|gitlab\.com|bitbucket\.org)\/([^/]+)\/([^/]+)/.exec(full)
      if (m !== null) return `${m[1]}/${m[2]}/${m[3]}`
    }
  }
  if (vcsUrl !== undefined) {
    const m = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?(github\.com|gitlab\.com|bitbucket\.org)[:/]([^/]+)\/([^/#?]+?)(?:\.git)?(?:[/#?].*)?$/i.exec(vcsUrl.trim()) ??
      /^git@(github\.com|gitlab\.com|bitbucket\.org):([^/]+)\/([^/#?]+?)(?:\.git)?$/i.exec(vcsUrl.trim())
    if (m !== null) return `${m[1]}/${m[2]}/${m[3]}`.toLowerCase()
  }
  return undefined
}

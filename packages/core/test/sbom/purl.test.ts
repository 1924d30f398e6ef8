import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { packageCoordinate, parsePurl, repositoryPath } from "../../src/index.js"
import { purlIsReadable } from "../../src/sbom/purl-readable.js"

// Expected parts from the examples in the purl specification (github.com/package-url/purl-spec, README
// "Some purl examples" and test-suite-data.json), decoded as the spec describes.
describe("parsePurl", () => {
  it.each([
    ["pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?packaging=sources", { type: "maven", namespace: "org.apache.xmlgraphics", name: "batik-anim", version: "1.9.1", qualifiers: { packaging: "sources" } }],
    ["pkg:npm/%40angular/animation@12.3.1", { type: "npm", namespace: "@angular", name: "animation", version: "12.3.1" }],
    ["pkg:npm/foobar@12.3.1", { type: "npm", namespace: undefined, name: "foobar", version: "12.3.1" }],
    ["pkg:golang/google.golang.org/genproto#googleapis/api/annotations", { type: "golang", namespace: "google.golang.org", name: "genproto", version: undefined, subpath: "googleapis/api/annotations" }],
    ["pkg:pypi/django@1.11.1", { type: "pypi", name: "django", version: "1.11.1" }],
    ["pkg:github/package-url/purl-spec@244fd47e07d1004", { type: "github", namespace: "package-url", name: "purl-spec", version: "244fd47e07d1004" }],
    ["pkg:nuget/EnterpriseLibrary.Common@6.0.1304", { type: "nuget", name: "EnterpriseLibrary.Common", version: "6.0.1304" }],
    ["pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie", { type: "deb", namespace: "debian", name: "curl", version: "7.50.3-1", qualifiers: { arch: "i386", distro: "jessie" } }],
    ["PKG:Maven/org.apache/x@1", { type: "maven", namespace: "org.apache", name: "x", version: "1" }]
  ])("parses %s", (purl, expected) => {
    expect(parsePurl(purl)).toMatchObject(expected)
  })

  it.each(["", "maven/org.apache/x@1", "pkg:", "pkg:npm", "pkg:npm/@1.0"])("rejects %j", (text) => {
    expect(parsePurl(text)).toBeUndefined()
  })

  it("reads a literal @ in an npm scope as the namespace, as many SBOM tools write it", () => {
    expect(parsePurl("pkg:npm/@angular/core@17.0.0")).toMatchObject({ namespace: "@angular", name: "core", version: "17.0.0" })
  })
})

describe("packageCoordinate", () => {
  it("joins namespace and name in lower case and normalises PyPI names as PEP 503 says", () => {
    expect(packageCoordinate(parsePurl("pkg:maven/org.Apache.commons/commons-lang3@3.9")!)).toBe("org.apache.commons/commons-lang3")
    // PEP 503: re.sub(r"[-_.]+", "-", name).lower()
    expect(packageCoordinate(parsePurl("pkg:pypi/Friendly__Bard.Py@1")!)).toBe("friendly-bard-py")
  })
})

describe("repositoryPath", () => {
  it("finds the forge organisation from purls and VCS URLs", () => {
    expect(repositoryPath(parsePurl("pkg:golang/github.com/Google/uuid@v1.1.1"))).toBe("github.com/google/uuid")
    expect(repositoryPath(parsePurl("pkg:golang/github.com/ProtonMail/go-crypto/openpgp@v1"))).toBe("github.com/protonmail/go-crypto")
    expect(repositoryPath(parsePurl("pkg:github/package-url/purl-spec@1"))).toBe("github.com/package-url/purl-spec")
    expect(repositoryPath(undefined, "git+https://github.com/swinslow/spdx-examples.git#example1/content")).toBe("github.com/swinslow/spdx-examples")
    expect(repositoryPath(undefined, "git@gitlab.com:group/project.git")).toBe("gitlab.com/group/project")
    expect(repositoryPath(parsePurl("pkg:npm/left-pad@1"), "https://example.org/x")).toBeUndefined()
  })

  // VCS URLs are read by index; the two regular expressions they were first read with are kept here as
  // the reference, and both must give the same path for URL-like strings built from the pieces where the
  // cases differ (schemes in any case, user parts, `:` or `/` after the host, `.git`, `#`/`?`, line breaks)
  // and for arbitrary text.
  const reference = (url: string): string | undefined => {
    const m =
      /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?(github\.com|gitlab\.com|bitbucket\.org)[:/]([^/]+)\/([^/#?]+?)(?:\.git)?(?:[/#?].*)?$/i.exec(url.trim()) ??
      /^git@(github\.com|gitlab\.com|bitbucket\.org):([^/]+)\/([^/#?]+?)(?:\.git)?$/i.exec(url.trim())
    return m === null ? undefined : [m[1], m[2], m[3]].join("/").toLowerCase()
  }
  const piece = fc.constantFrom("git+", "GIT+", "https://", "HTTP://", "ssh://", "git://", "git@", "Git@", "x@", "@", "github.com", "GitHub.com", "gitlab.com", "bitbucket.org", "example.org", ":", "/", "//", "o", "Org", "r", ".git", ".GIT", "#", "?", "\n", "\u2028", " ", "a.b", "")
  const urlLike = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(""))
  // And URLs built part by part, each part right or wrong in one of the ways that matter.
  const part = (...variants: Array<string>) => fc.constantFrom(...variants)
  const built = fc
    .tuple(
      part("", " ", "\t"),
      part("", "git+", "GIT+", "x"),
      part("https://", "HTTP://", "ssh://", "git://", "ftp://", "git@", "GIT@", ""),
      part("", "git@", "a:b@", "@", "x/y@", "github.com:a@"),
      part("github.com", "GitLab.COM", "bitbucket.org", "example.org", ""),
      part(":", "/", "", "@"),
      part("o", "Org", "a@gitlab.com", "", "o#x", "o\n"),
      part("/", "", "//"),
      part("r", "R", ".git", "r.git", "r.GIT.git", "", "r?", ".GIT"),
      part("", "/", "#frag", "?q=1", "#a\nb", "\u2028", "/x\ry", "\n")
    )
    .map((parts) => parts.join(""))
  it("reads VCS URLs as the regular expressions did", () => {
    fc.assert(
      fc.property(fc.oneof(built, urlLike, fc.string()), (url) => {
        expect(repositoryPath(undefined, url)).toBe(reference(url))
      }),
      { numRuns: 20000 }
    )
  })
  it.each([
    ["https://github.com:a@gitlab.com/o", "github.com/a@gitlab.com/o"],
    ["ssh://git@GitHub.com:Owner/Repo.git", "github.com/owner/repo"],
    ["https://github.com/o/.git", "github.com/o/.git"],
    ["https://github.com/o/r.git.git", "github.com/o/r.git"],
    ["git@gitlab.com:group/project#x", undefined],
    ["https://github.com/o/r#a\nb", undefined]
  ])("reads %j as %j", (url, expected) => {
    expect(repositoryPath(undefined, url)).toBe(expected)
    expect(reference(url)).toBe(expected)
  })
})

describe("purlIsReadable", () => {
  // The one-parse import asks purlIsReadable instead of parsing every purl twice; it must agree with
  // parsePurl on every string. Strings are drawn from purl-like pieces (so that the edge cases — empty
  // type, empty name, `@` first, `?`/`#` before the first `/`, runs of slashes, case of the scheme — come
  // up often) and from arbitrary text.
  // `p\u212Ag:` has the Kelvin sign, which toLowerCase reads as `k`.
  const piece = fc.constantFrom("pkg:", "PKG:", "pKg:", "p\u212Ag:", "pkg", "/", "//", "@", "?", "#", "=", "&", "%40", "%", "npm", "maven", "a", "b.c", "1.0", "İ", "K", " ", "")
  const purlLike = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""))
  it("agrees with parsePurl on purl-like and arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(purlLike, fc.string(), fc.string({ unit: "grapheme" })), (s) => {
        expect(purlIsReadable(s), JSON.stringify(s)).toBe(parsePurl(s) !== undefined)
      }),
      { numRuns: 20_000 }
    )
  })
  it.each([
    ["pkg:npm/left-pad@1.3.0", true],
    ["pkg:npm/@1.0", false],
    ["pkg:/npm", false],
    ["pkg:npm/", false],
    ["pkg:npm//", false],
    ["pkg:npm?a=b/c", false],
    ["PKG:///maven/org.apache/commons@1", true],
    ["pkg:golang/x#sub/path", true],
    ["npm/left-pad", false],
    // The Kelvin sign lower-cases to `k` (Unicode's case mapping, as String.prototype.toLowerCase applies it).
    ["p\u212Ag:npm/x@1", true]
  ])("%s → %s (hand-checked against the purl rules)", (s, readable) => {
    expect(purlIsReadable(s)).toBe(readable)
    expect(parsePurl(s) !== undefined).toBe(readable)
  })
})

// parsePurl as it was written first, from successive slices (sovmap 0.2.0), kept here as a second
// implementation: the index-based parsePurl must give the same result for every string.
const decodePart = (part: string): string => {
  if (!part.includes("%")) return part
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
const referenceParsePurl = (purl: string) => {
  if (!purl.toLowerCase().startsWith("pkg:")) return undefined
  let rest = purl.slice(4).replace(/^\/+/, "")
  let subpath: string | undefined
  const hash = rest.indexOf("#")
  if (hash >= 0) {
    subpath = rest.slice(hash + 1).split("/").filter((s) => s !== "" && s !== "." && s !== "..").map(decodePart).join("/") || undefined
    rest = rest.slice(0, hash)
  }
  let qualifiers: Record<string, string> | undefined
  const question = rest.indexOf("?")
  if (question >= 0) {
    qualifiers = {}
    for (const pair of rest.slice(question + 1).split("&")) {
      const eq = pair.indexOf("=")
      if (eq > 0 && eq < pair.length - 1) qualifiers[pair.slice(0, eq).toLowerCase()] = decodePart(pair.slice(eq + 1))
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
    version = decodePart(nameAndVersion.slice(at + 1))
    nameAndVersion = nameAndVersion.slice(0, at)
  } else if (at === 0) {
    return undefined
  }
  const name = decodePart(nameAndVersion)
  if (name === "") return undefined
  const namespace = namespacePart === "" ? undefined : namespacePart.split("/").filter((s) => s !== "").map(decodePart).join("/")
  return { type, namespace, name, version, qualifiers, subpath }
}

describe("parsePurl against its first implementation", () => {
  const piece = fc.constantFrom("pkg:", "PKG:", "p\u212Ag:", "pkg", "/", "//", "@", "?", "#", "=", "&", "%40", "%2F", "%", ".", "..", "npm", "Maven", "a", "b.c", "1.0", "x=y", "İ", "K", "")
  it("gives the same parts for purl-like and arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 14 }).map((p) => p.join("")), fc.string(), fc.string({ unit: "grapheme" })), (s) => {
        expect(parsePurl(s), JSON.stringify(s)).toStrictEqual(referenceParsePurl(s))
      }),
      { numRuns: 20_000 }
    )
  })
})

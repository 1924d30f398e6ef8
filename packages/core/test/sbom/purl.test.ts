import { describe, expect, it } from "vitest"
import { packageCoordinate, parsePurl, repositoryPath } from "../../src/index.js"

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
})

import { createHash } from "node:crypto"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { sha256Base64, sha256Bytes, utf8 } from "../../src/internal/sha256.js"

// Any code points, lone surrogates included (fast-check's "binary" unit covers the same but is slow).
const anyCodePoints = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 50 }).map((cps) => cps.map((cp) => String.fromCodePoint(cp)).join(""))

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex")

describe("sha256", () => {
  it("matches the FIPS 180-4 examples (NIST CSRC, SHA256.pdf)", () => {
    // One-block and two-block messages from the NIST "Examples with intermediate values" document.
    expect(hex(sha256Bytes(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(hex(sha256Bytes(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    )
    expect(hex(sha256Bytes(new Uint8Array(0)))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  })

  it("agrees with node:crypto on arbitrary strings, including astral characters and block boundaries", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(sha256Base64(text)).toBe(createHash("sha256").update(text, "utf8").digest("base64"))
      }),
      { numRuns: 300 }
    )
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = "x".repeat(n)
      expect(sha256Base64(text)).toBe(createHash("sha256").update(text).digest("base64"))
    }
  })

  it("encodes UTF-8 like Buffer", () => {
    fc.assert(fc.property(anyCodePoints, (text) => {
        expect(Buffer.from(utf8(text)).toString("hex")).toBe(Buffer.from(text, "utf8").toString("hex"))
      })
    )
  })
})

import { describe, expect, it } from "vitest"
import { blocMembers, builtinKnowledgeBase } from "../../src/index.js"

// Expected counts are published membership figures, not read back from the data files.
const count = (bloc: string, asOf?: string) => blocMembers(builtinKnowledgeBase().blocs.get(bloc)!, asOf).size

describe("bloc membership at a date", () => {
  it("NATO: 12 founders in 1949, 30 before Finland, 31 from 4 April 2023, 32 since Sweden on 7 March 2024", () => {
    // JURISDICTIONS.md §3: "`nato` (32) … FI 4 Apr 2023, SE 7 Mar 2024".
    expect(count("nato", "1949-12-31")).toBe(12)
    expect(count("nato", "2023-04-03")).toBe(30)
    expect(count("nato", "2023-04-04")).toBe(31)
    expect(count("nato", "2024-03-06")).toBe(31)
    expect(count("nato", "2024-03-07")).toBe(32)
    expect(count("nato")).toBe(32)
  })

  it("EU: 6 founders, 15 before and 25 after the 2004 enlargement, 28 on 31 January 2020, 27 from 1 February 2020", () => {
    expect(count("eu27", "1958-01-01")).toBe(6)
    expect(count("eu27", "2004-04-30")).toBe(15)
    expect(count("eu27", "2004-05-01")).toBe(25)
    expect(count("eu27", "2013-07-01")).toBe(28)
    expect(count("eu27", "2019-12-31")).toBe(28)
    expect(count("eu27", "2020-01-31")).toBe(28)
    expect(count("eu27", "2020-02-01")).toBe(27)
    expect(count("eu27")).toBe(27)
  })

  it("OECD: 38 members after Costa Rica (May 2021), 37 before", () => {
    // JURISDICTIONS.md §3: "`oecd` (38) … last accession CR (May 2021)".
    expect(count("oecd")).toBe(38)
    expect(count("oecd", "2021-06-01")).toBe(38)
    expect(count("oecd", "2021-05-01")).toBe(37)
  })

  it("has the published sizes of the other blocs", () => {
    expect(count("g7")).toBe(7)
    expect(count("five-eyes")).toBe(5)
    expect(count("quad")).toBe(4)
    expect(count("efta")).toBe(4)
    expect(count("eea")).toBe(30) // EU27 + IS, LI, NO
  })

  it("partners: EEA-EFTA states plus the 16 adequacy countries; Brazil only from 26 January 2026", () => {
    const partners = builtinKnowledgeBase().blocs.get("partners")!
    expect(blocMembers(partners).size).toBe(3 + 16)
    expect(blocMembers(partners, "2026-01-25").has("BR")).toBe(false)
    expect(blocMembers(partners, "2026-01-26").has("BR")).toBe(true)
    expect(blocMembers(partners).has("CN")).toBe(false)
  })
})

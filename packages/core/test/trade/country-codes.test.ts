import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, countryCodeKey, parseCountryCodeFile, resolveImporterGroup, TradeInputError } from "../../src/index.js"

const kb = builtinKnowledgeBase()

describe("parseCountryCodeFile", () => {
  it("maps BACI codes through the release's file, keeping territories without ISO2 apart", () => {
    // BACI codes differ from ISO numeric: France is 251 in BACI (ISO 250); 490 "Other Asia, nes" has no ISO2.
    const csv = 'country_code,country_name,country_iso2,country_iso3\n251,France,FR,FRA\n490,"Other Asia, nes",,S19\n699,India,IN,IND\n'
    const table = parseCountryCodeFile(new TextEncoder().encode(csv), "country_codes_V202501.csv", kb)
    expect(table.byKey.get(251)).toEqual({ code: "251", name: "France", id: "FR", mapped: true })
    expect(table.byKey.get(490)).toEqual({ code: "490", name: "Other Asia, nes", id: "code:490", mapped: false })
    expect(table.byKey.get(699)?.id).toBe("IN")
    expect(table.encoding).toBe("utf-8")
  })

  it("reads the older header and Windows-1252 bytes", () => {
    // "Côte d'Ivoire" with ô as the single byte 0xF4 (Windows-1252), invalid as UTF-8.
    const head = new TextEncoder().encode("country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha\n384,C")
    const tail = new TextEncoder().encode("te d'Ivoire,Republic,CI,CIV\n")
    const bytes = new Uint8Array([...head, 0xf4, ...tail])
    const table = parseCountryCodeFile(bytes, "country_codes_V202201.csv", kb)
    expect(table.encoding).toBe("windows-1252")
    expect(table.byKey.get(384)).toEqual({ code: "384", name: "Côte d'Ivoire", id: "CI", mapped: true })
  })

  it("refuses a file that is not a code file", () => {
    expect(() => parseCountryCodeFile(new TextEncoder().encode("t,i,j,k,v,q\n"), "x.csv", kb)).toThrow(TradeInputError)
    expect(() => parseCountryCodeFile(new Uint8Array(), "x.csv", kb)).toThrow(/empty/)
  })

  it("keys numeric and alpha codes the way the scanner does", () => {
    expect(countryCodeKey("0251")).toBe(251)
    expect(countryCodeKey("fr")).toBe(countryCodeKey("FR"))
    expect(countryCodeKey("FRA")).toBeUndefined()
  })
})

describe("resolveImporterGroup", () => {
  it("takes bloc membership on 31 December of the data year", () => {
    const eu = resolveImporterGroup("EU27", kb)
    expect(eu.membersIn(2019).size).toBe(28)
    expect(eu.membersIn(2020).size).toBe(27)
  })

  it("accepts a list of alpha-2 codes and refuses unknown ones with a hint", () => {
    expect([...resolveImporterGroup("de, fr", kb).membersIn(2022)]).toEqual(["DE", "FR"])
    expect(() => resolveImporterGroup("DE,UK", kb)).toThrow(TradeInputError)
    expect(() => resolveImporterGroup("nowhere", kb)).toThrow(/neither a bloc/)
  })
})

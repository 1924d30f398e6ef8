// Spot checks against /work/shared/reference/JURISDICTIONS.md: each test quotes the reference line it
// checks. The expected values come from the reference document, not from the data files.
import { describe, expect, it } from "vitest"
import { builtinKnowledgeBase, resolveControl } from "../../src/index.js"

const kb = builtinKnowledgeBase()

describe("ownership chains from JURISDICTIONS.md §4", () => {
  it("Arm is controlled from Japan", () => {
    // "`arm` | Arm Holdings plc | GB | **SoftBank Group Corp. (JP) ≈90.6%** after Nasdaq IPO 14 Sep 2023 | control jurisdiction JP"
    expect(resolveControl(kb, "arm")).toMatchObject({ controller: "softbank-group", jurisdiction: "JP" })
    expect(kb.entities.get("arm")?.parent?.share).toBe(0.906)
  })

  it("Exoscale's ultimate controller is Mexican", () => {
    // "`exoscale` | … | CH | A1 Digital → A1 Telekom Austria AG (AT) → **América Móvil (MX) ≈56.6%** | ultimate controller Mexican, not EU/CH"
    expect(resolveControl(kb, "exoscale")).toMatchObject({ controller: "america-movil", jurisdiction: "MX" })
  })

  it("the AWS European Sovereign Cloud operator is German but controlled from the US", () => {
    // "`aws` | … | **AWS European Sovereign Cloud** … EU parent + German GmbHs (Potsdam) … still wholly Amazon-owned → US reach via parent"
    expect(kb.entities.get("aws-european-sovereign-cloud")?.hq).toBe("DE")
    expect(resolveControl(kb, "aws-european-sovereign-cloud")).toMatchObject({ controller: "amazon", jurisdiction: "US" })
  })

  it("Bleu and S3NS are French-controlled", () => {
    // "`bleu` | Bleu (French company) | FR | JV Orange + Capgemini (100% FR)"; "`s3ns` | … | FR | Thales SA (FR) controls"
    expect(resolveControl(kb, "bleu").jurisdiction).toBe("FR")
    expect(resolveControl(kb, "s3ns")).toMatchObject({ controller: "thales", jurisdiction: "FR" })
  })

  it("IONOS is controlled by United Internet; T-Systems by Deutsche Telekom", () => {
    // "`ionos` | IONOS SE | DE | United Internet AG (DE), majority"; "`t-systems` | … | DE | Deutsche Telekom AG (DE)"
    expect(resolveControl(kb, "ionos")).toMatchObject({ controller: "united-internet", jurisdiction: "DE" })
    expect(resolveControl(kb, "t-systems")).toMatchObject({ controller: "deutsche-telekom", jurisdiction: "DE" })
  })

  it("STMicroelectronics keeps incorporation (NL) and headquarters (CH) apart", () => {
    // "`stmicro` | STMicroelectronics N.V. (Dutch law; HQ Plan-les-Ouates) | NL inc. / CH HQ | … | store both countries"
    expect(kb.entities.get("stmicroelectronics")).toMatchObject({ hq: "CH", incorporated: "NL" })
  })

  it("a minority state stake does not make Intel or Deutsche Telekom state-controlled", () => {
    // "`intel` | … | US | self; **US Government ≈9.9%**"; "`deutsche-telekom` | … | DE | self; Federal Republic + KfW ≈27.8%"
    expect(resolveControl(kb, "intel").controller).toBe("intel")
    expect(resolveControl(kb, "deutsche-telekom").controller).toBe("deutsche-telekom")
  })

  it("Chinese cloud providers resolve to China", () => {
    // "`huawei-cloud` | … | CN | Huawei Investment & Holding (CN)"; "`tencent-cloud` | … | CN | Tencent Holdings Ltd (inc. KY, HQ CN)"
    expect(resolveControl(kb, "huawei-cloud").jurisdiction).toBe("CN")
    expect(resolveControl(kb, "tencent-cloud").jurisdiction).toBe("CN")
    expect(kb.entities.get("tencent-holdings")).toMatchObject({ hq: "CN", incorporated: "KY" })
  })
})

describe("laws and adequacy from JURISDICTIONS.md §1-2", () => {
  it("the CLOUD Act reaches data in a provider's possession, custody or control", () => {
    // "`us-cloud-act` | 18 U.S.C. §2713 (CLOUD Act, Pub. L. 115-141 div. V, 23 Mar 2018) | data-access | … "possession, custody, or control" wherever stored"
    expect(kb.laws.get("us-cloud-act")).toMatchObject({ jurisdiction: "US", kind: "data-access", inForce: { from: "2018-03-23" } })
    expect(kb.laws.get("us-cloud-act")?.reach).toContain("possession-custody-control")
  })

  it("the PRC Data Security Law applies from 1 September 2021", () => {
    // "`cn-dsl-35-36` | Data Security Law (from 1 Sep 2021) Arts. 35–36"
    expect(kb.laws.get("cn-dsl-35-36")).toMatchObject({ jurisdiction: "CN", inForce: { from: "2021-09-01" } })
  })

  it("the EAR are an export restriction", () => {
    // "`us-ear` | Export Administration Regulations, 15 CFR 730–774 … | export-restriction → supply cut-off"
    expect(kb.laws.get("us-ear")?.kind).toBe("export-restriction")
  })

  it("the EU-US Data Privacy Framework is a partial decision of 10 July 2023 with a pending appeal", () => {
    // "US United States | (EU) 2023/1795 (EU–US DPF) | 10 Jul 2023 | only DPF-certified organisations … appeal **C-703/25 P** lodged 31 Oct 2025"
    const dpf = kb.adequacy.get("adequacy-us-dpf")
    expect(dpf).toMatchObject({ country: "US", scope: "partial", adopted: "2023-07-10" })
    expect(dpf?.status).toContain("C-703/25 P")
  })

  it("has the 16 country decisions of the reference list", () => {
    // §2 rows AD AR CA FO GG IM IL JE NZ CH UY JP KR GB US BR (the European Patent Organisation is not a country).
    expect([...kb.adequacy.values()].map((d) => d.country).sort()).toEqual(["AD", "AR", "BR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY"])
  })
})

// Control chains shown on concepts/model.md, resolved from the shipped knowledge base at build time.
import { builtinKnowledgeBase, resolveControl } from "@sovmap/core"
import { defineLoader } from "vitepress"

export interface Chain {
  readonly offering: string
  readonly brand: string
  readonly operator: string
  readonly dataLocations: string
  readonly steps: ReadonlyArray<string>
  readonly jurisdiction: string
}

export interface Data {
  readonly chains: ReadonlyArray<Chain>
}

declare const data: Data
export { data }

const EXAMPLES = ["github-com", "s3ns-premi3ns", "aws-european-sovereign-cloud"]

export default defineLoader({
  load(): Data {
    const kb = builtinKnowledgeBase()
    const name = (id: string) => kb.entities.get(id)?.name ?? id
    return {
      chains: EXAMPLES.flatMap((id) => {
        const offering = kb.offerings.get(id)
        if (offering === undefined) return []
        const control = resolveControl(kb, offering.operator)
        return [
          {
            offering: offering.name,
            brand: name(offering.brand),
            operator: name(offering.operator),
            dataLocations: offering.dataLocations?.join(", ") ?? "not recorded",
            steps: control.chain.map((l) => `${name(l.entity)} (${l.jurisdiction}${l.parentShare === undefined ? "" : `, parent holds ${Math.round(l.parentShare * 100)} %`})`),
            jurisdiction: control.jurisdiction
          }
        ]
      })
    }
  }
})

// Worked example of methodology/foreign-share.md, computed from the bundled example at build time.
import { defineLoader } from "vitepress"
import { assessExample, EXAMPLE_MANIFEST, grouped, percent, repoFile } from "../.vitepress/worked-examples"

export interface Data {
  readonly total: string
  readonly foreignWeight: string
  readonly foreignShare: string
  readonly home: string
  readonly rows: ReadonlyArray<{ readonly jurisdiction: string; readonly weight: string; readonly share: string; readonly home: boolean }>
}

declare const data: Data
export { data }

export default defineLoader({
  watch: [repoFile(EXAMPLE_MANIFEST)],
  async load(): Promise<Data> {
    const { home, metrics } = await assessExample()
    const fs = metrics.foreignShare
    return {
      total: grouped(fs.totalWeight),
      foreignWeight: grouped(fs.foreignWeight),
      foreignShare: percent(fs.foreignShare),
      home: home.name,
      rows: fs.byJurisdiction.map((r) => ({ jurisdiction: r.jurisdiction, weight: grouped(r.weight), share: percent(r.share), home: r.home }))
    }
  }
})

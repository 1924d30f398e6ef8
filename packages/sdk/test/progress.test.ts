import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import * as Sdk from "../src/index.js"

const example = join(import.meta.dirname, "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")

describe("onProgress", () => {
  it("hears every stage of an assessment in order, ending with every dependency assessed", async () => {
    const updates: Array<Sdk.ProgressUpdate> = []
    await Sdk.assess(example, { onProgress: (u) => updates.push(u) })
    const stages = updates.map((u) => u.stage).filter((s, i, all) => s !== all[i - 1])
    expect(stages).toEqual(["reading", "parsing", "composing", "checking", "resolving", "assessing"])
    // the parsing total is the text's length; the example has 11 dependencies (6 systems, counted by hand)
    const text = readFileSync(example, "utf8")
    expect(updates.filter((u) => u.stage === "parsing").at(-1)).toEqual({ stage: "parsing", done: text.length, total: text.length, unit: "characters" })
    expect(updates.at(-1)).toEqual({ stage: "assessing", done: 11, total: 11, unit: "dependencies" })
  })

  it("is optional: the result is the same without a listener", async () => {
    const loaded = await Sdk.loadManifest(example)
    expect(await Sdk.assess(loaded, { onProgress: () => {} })).toEqual(await Sdk.assess(loaded))
  })
})

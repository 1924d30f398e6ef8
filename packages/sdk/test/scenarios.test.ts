import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import * as Sdk from "../src/index.js"
import * as Programs from "../src/effect.js"

const example = join(import.meta.dirname, "..", "..", "..", "examples", "region-nordlys", "sovmap.yaml")

// Expected values: hand calculation in packages/core/test/graph/scenario.test.ts.
describe("scenarios through the SDK", () => {
  it("Promise: scenario, sweep and single points of failure", async () => {
    expect((await Sdk.scenario(example, { kind: "jurisdiction", id: "US" })).loss).toBe(9)
    // G7 (CA, DE, FR, GB, IT, JP, US) holds every controller of the example (US, FR, DE): all 18 lost.
    const { rows } = await Sdk.sweep(example)
    expect(rows[0]).toMatchObject({ cut: { kind: "bloc", id: "g7" }, loss: 18 })
    expect(rows.find((r) => r.cut.kind === "bloc" && r.cut.id === "eu27")).toMatchObject({ loss: 15 })
    expect((await Sdk.singlePointsOfFailure(example))[0]).toMatchObject({ node: "jurisdiction:FR", weight: 8 })
  })

  it("Promise: an unknown vendor rejects with UnknownCutTargetError", async () => {
    await expect(Sdk.scenario(example, { kind: "vendor", id: "amazn" })).rejects.toBeInstanceOf(Sdk.UnknownCutTargetError)
  })

  it("Effect: the error is in the typed channel", async () => {
    const exit = await Effect.runPromiseExit(
      Effect.flatMap(Programs.loadManifest(example), (m) => Programs.scenario(m, { kind: "law", id: "nope" })).pipe(Effect.provide(NodeServices.layer))
    )
    expect(Exit.isFailure(exit)).toBe(true)
  })
})

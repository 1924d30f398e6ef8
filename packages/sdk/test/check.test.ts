import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { createReadStream, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { check, FileReadError, PolicyValidationError, renderCheck } from "../src/index.js"
import * as Programs from "../src/effect.js"
import { decodePolicy } from "@sovmap/core"

const root = join(import.meta.dirname, "..", "..", "..")
const manifest = join(root, "examples", "region-nordlys", "sovmap.yaml")
const policy = join(root, "examples", "region-nordlys", "policy.yaml")

describe("check (Promise API)", () => {
  it("holds the example to the example policy", async () => {
    const { check: result, assessment } = await check(manifest, policy)
    expect(assessment.inputs.policy.id).toBe("nordlys-ci-gate")
    const byId = new Map(result.rules.map((r) => [r.ruleId, r]))
    // Critical dependencies: OVHcloud and S3NS, both controlled from the EU → share 0.
    expect(byId.get("critical-foreign-share")?.passed).toBe(true)
    // Restricted data: AWS EC2 (US-controlled), STACKIT (DE), S3NS (FR, Thales controls) → only EC2.
    expect(byId.get("restricted-data-access")?.breaches.map((b) => b.subject)).toEqual(["data-platform/aws-ec2"])
    // Located at the rule in the policy file: `- rule: no-law-exposure` is line 19, its mapping starts at column 5.
    expect(byId.get("restricted-data-access")?.breaches[0]).toMatchObject({ file: policy, line: 19, column: 5 })
    // Each critical system has one dependency without fallback (citizen-portal: OVHcloud; case-management: S3NS).
    expect(byId.get("critical-spof")?.breaches.map((b) => b.subject)).toEqual(expect.arrayContaining(["offering:ovhcloud-public-cloud", "offering:s3ns-premi3ns"]))
    expect(result.passed).toBe(false)
    expect(renderCheck(result, "md")).toContain("✗ `restricted-data-access` (no-law-exposure)")
  })

  it("takes the manifest and the policy as text and as streams, with the same verdict", async () => {
    const fromPaths = await check(manifest, policy)
    const fromSources = await check({ text: readFileSync(manifest, "utf8"), file: manifest }, { stream: createReadStream(policy, { highWaterMark: 128 }), file: policy })
    expect(fromSources.check).toStrictEqual(fromPaths.check)
  })

  it("rejects an unreadable policy and a bad rule with typed, located errors", async () => {
    await expect(check(manifest, join(root, "no-such-policy.yaml"))).rejects.toBeInstanceOf(FileReadError)
    const loaded = await Effect.runPromise(Effect.provide(Programs.loadManifest(manifest), NodeServices.layer))
    // The Effect form: a broken rule is a result, not a failure.
    const exit = await Effect.runPromiseExit(Programs.check(loaded, decodePolicy("sovmapPolicy: 1\nid: p\nversion: '1'\nrules:\n  - { rule: min-score, min: 100 }\n", "p.yaml")))
    expect(Exit.isSuccess(exit) && exit.value.check.breaches.map((b) => [b.rule, b.line, b.column])).toEqual([["min-score", 5, 29]])
    // A manifest given as a policy: unknown fields, located.
    await expect(check(loaded, join(root, "examples", "region-nordlys", "sovmap.yaml"))).rejects.toBeInstanceOf(PolicyValidationError)
  })
})

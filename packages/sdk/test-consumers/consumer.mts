// TypeScript consumer, type-checked under moduleResolution nodenext and bundler, then run.
import assert from "node:assert/strict"
import { assess, parseManifest, type Assessment } from "@sovmap/sdk"
import { loadManifest } from "@sovmap/sdk/effect"
import { hhi } from "@sovmap/core"
import { manifestText, expectedForeignShare } from "./manifest.mjs"

const result: Assessment = await assess(await parseManifest(manifestText, "sovmap.yaml"))
const share: number = result.metrics.foreignShare.foreignShare
assert.equal(Math.round(share * 1e4) / 1e4, expectedForeignShare)
assert.equal(typeof loadManifest, "function")
// HHI of two equal shares: 0.5² + 0.5² = 0.5.
assert.equal(hhi([50, 50]), 0.5)
console.log("ts ok", share)

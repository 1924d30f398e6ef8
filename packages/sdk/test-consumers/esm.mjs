// ES module consumer: `import` from the packed @sovmap/sdk, as the README shows.
import assert from "node:assert/strict"
import { assess, parseManifest, ManifestValidationError } from "@sovmap/sdk"
import { manifestText, expectedForeignShare } from "./manifest.mjs"

const result = await assess(await parseManifest(manifestText, "sovmap.yaml"))
assert.equal(Math.round(result.metrics.foreignShare.foreignShare * 1e4) / 1e4, expectedForeignShare)
await assert.rejects(parseManifest("sovmap: 1\n", "bad.yaml"), (e) => e instanceof ManifestValidationError && e._tag === "ManifestValidationError")
console.log("esm ok", result.metrics.foreignShare.foreignShare)

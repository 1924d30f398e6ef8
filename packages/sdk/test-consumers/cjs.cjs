// CommonJS consumer: `require` of the packed @sovmap/sdk and @sovmap/core.
const assert = require("node:assert/strict")
const { assess, parseManifest } = require("@sovmap/sdk")
const core = require("@sovmap/core")

const main = async () => {
  const { manifestText, expectedForeignShare } = await import("./manifest.mjs")
  const result = await assess(await parseManifest(manifestText, "sovmap.yaml"))
  assert.equal(Math.round(result.metrics.foreignShare.foreignShare * 1e4) / 1e4, expectedForeignShare)
  // core alone, synchronously, and its HTML renderer (which uses the bundled d3 modules).
  const located = core.decodeManifest(manifestText, "sovmap.yaml")
  const direct = core.assess(located.value, core.resolveManifest(located, core.builtinKnowledgeBase()))
  assert.equal(Math.round(direct.metrics.foreignShare.foreignShare * 1e4) / 1e4, expectedForeignShare)
  assert.match(core.renderHtml(direct), /<svg/)
  console.log("cjs ok", result.metrics.foreignShare.foreignShare)
}
main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})

// Consumer tests of the published packages: packs @sovmap/core and @sovmap/sdk with pnpm (so publishConfig
// applies, as on publish), installs the tarballs with npm in a scratch project outside the workspace, and
// runs the consumers in packages/sdk/test-consumers: Node ESM import, CommonJS require, and a TypeScript
// consumer type-checked under moduleResolution nodenext and bundler (then run). Each one assesses an inline
// manifest and checks a foreign share worked out by hand.
// Usage: node scripts/consumer-test.mjs   (needs the packages built; npm may use the registry for deps)
import { execFileSync } from "node:child_process"
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const consumers = join(root, "packages", "sdk", "test-consumers")
const tsc = join(root, "node_modules", "typescript", "bin", "tsc")
const esbuild = join(root, "node_modules", "esbuild", "bin", "esbuild")
const scratch = mkdtempSync(join(tmpdir(), "sovmap-consumer-"))
const run = (cmd, args, cwd = scratch) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] })

try {
  const packs = join(scratch, "packs")
  for (const name of ["core", "sdk"]) run("pnpm", ["pack", "--pack-destination", packs], join(root, "packages", name))
  const tarballs = readdirSync(packs).map((f) => join(packs, f))
  const app = join(scratch, "app")
  writeFileSync(join(scratch, "package.json"), "{}\n")
  execFileSync("mkdir", ["-p", app])
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "sovmap-consumer", private: true, version: "0.0.0" }, null, 2))
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs, "@types/node@24.19.2"], app)
  for (const f of readdirSync(consumers)) copyFileSync(join(consumers, f), join(app, f))

  // The READMEs' snippets, verbatim, as a new user would paste them: each prints the foreign share of its
  // manifest (sdk: 2 US-controlled of 3 equal dependencies = 2/3; core: 1 of 2 = 0.5, then HHI 0.26).
  const snippets = (pkg) => [...readFileSync(join(root, "packages", pkg, "README.md"), "utf8").matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1])
  const [sdkEsm, sdkCjs] = snippets("sdk")
  const [coreEsm] = snippets("core")
  const expectOutput = (file, code, expected) => {
    writeFileSync(join(app, file), code)
    const lines = execFileSync("node", [file], { cwd: app, encoding: "utf8" }).trim().split("\n").map(Number)
    if (lines.length !== expected.length || lines.some((v, i) => Math.abs(v - expected[i]) > 1e-9)) throw new Error(`${file} printed ${lines.join(", ")}, expected ${expected.join(", ")}`)
    console.log(`${file}: ok (${lines.join(", ")})`)
  }
  expectOutput("readme-sdk.mjs", sdkEsm, [2 / 3])
  expectOutput("readme-sdk.cjs", sdkCjs, [2 / 3])
  expectOutput("readme-core.mjs", coreEsm, [0.5, 0.26])

  run("node", ["esm.mjs"], app)
  run("node", ["cjs.cjs"], app)

  const common = { strict: true, target: "es2022", skipLibCheck: false, types: ["node"], noEmit: true, allowJs: false }
  const tsconfigs = {
    nodenext: { ...common, module: "nodenext", moduleResolution: "nodenext" },
    bundler: { ...common, module: "esnext", moduleResolution: "bundler" }
  }
  for (const [mode, compilerOptions] of Object.entries(tsconfigs)) {
    writeFileSync(join(app, `tsconfig.${mode}.json`), JSON.stringify({ compilerOptions, files: ["consumer.mts"] }, null, 2))
    run("node", [tsc, "-p", `tsconfig.${mode}.json`], app)
    console.log(`ts ${mode}: type-check ok`)
  }
  // Run it as Node would (type stripping) and as a bundler would (esbuild, node platform).
  run("node", ["consumer.mts"], app)
  run(esbuild, ["consumer.mts", "--bundle", "--platform=node", "--format=esm", "--outfile=bundled.mjs", "--log-level=warning",
    // yaml's CommonJS build requires Node built-ins; an ES module bundle needs a `require` for them.
    "--banner:js=import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"], app)
  run("node", ["bundled.mjs"], app)
  console.log("consumer tests: all passed")
} catch (error) {
  console.error(`consumer tests failed: ${error.message}`)
  process.exitCode = 1
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

import { defineConfig, type Options } from "tsup"

// One output file per source module (code shared between them in chunks), so that a consumer's bundler
// drops every module it does not import (`sideEffects: false`): `import { hhi }` stays free of zod and the
// knowledge base. Types are bundled from the public entry only.
const common: Options = {
  entry: ["src/**/*.ts"],
  splitting: true,
  target: "node22"
}

// The d3 packages and topojson-client are published as ES modules only; a CommonJS `require()` of them
// works only from Node 22.12 (require(esm)). The CommonJS build therefore carries its own copy of them,
// so `require("@sovmap/core")` works on every Node the `engines` field admits. The ES build keeps them
// external, for consumers' bundlers to deduplicate. (The two builds run in parallel, so `dist` is
// emptied by the build script beforehand rather than by tsup's `clean`.)
const esmOnlyDependencies = [/^d3-/, /^topojson-client$/, /^internmap$/]

export default defineConfig([
  { ...common, format: "esm", dts: { entry: "src/index.ts" } },
  { ...common, format: "cjs", dts: { entry: "src/index.ts" }, noExternal: esmOnlyDependencies }
])

import { defineConfig } from "tsup"

// One output file per source module (code shared between them in chunks), so that a consumer's bundler
// drops every module it does not import (`sideEffects: false`): `import { hhi }` stays free of zod and the
// knowledge base. Types are bundled from the public entry only.
export default defineConfig({
  entry: ["src/**/*.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "node22"
})

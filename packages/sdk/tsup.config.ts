import { defineConfig } from "tsup"

// One output file per source module (shared code in chunks), as in core: with `sideEffects: false` a
// consumer's bundler then drops the modules it does not reach, so `import { assess }` does not carry the
// trade reader and its zip library. Types are bundled from the two public entries.
export default defineConfig({
  entry: ["src/**/*.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: { entry: ["src/index.ts", "src/effect.ts"] },
  clean: true,
  target: "node22"
})

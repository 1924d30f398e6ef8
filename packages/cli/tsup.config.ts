import { readFileSync } from "node:fs"
import { defineConfig } from "tsup"

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string }

// A tiny launcher (dist/sovmap.cjs) and the whole program bundled into one file (dist/main.cjs):
// nothing to resolve at run time, and the launcher can enable the compile cache before the bundle loads.
// Heavy verbs are bundles of their own (dist/trade-run.cjs), required by their handler only when they run.
export default defineConfig({
  entry: { sovmap: "src/bin.ts", main: "src/main.ts", "trade-run": "src/commands/trade-run.ts" },
  format: ["cjs"],
  platform: "node",
  target: "node22",
  noExternal: [/.*/],
  minify: true,
  clean: true,
  define: { __SOVMAP_VERSION__: JSON.stringify(version) }
})

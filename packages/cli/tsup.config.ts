import { readFileSync } from "node:fs"
import { defineConfig } from "tsup"

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string }

// A tiny launcher (dist/sovmap.cjs) and the whole program bundled into one file (dist/main.cjs):
// nothing to resolve at run time, and the launcher can enable the compile cache before the bundle loads.
export default defineConfig({
  entry: { sovmap: "src/bin.ts", main: "src/main.ts" },
  format: ["cjs"],
  platform: "node",
  target: "node22",
  noExternal: [/.*/],
  minify: true,
  clean: true,
  define: { __SOVMAP_VERSION__: JSON.stringify(version) }
})

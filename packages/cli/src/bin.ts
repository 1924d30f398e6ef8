#!/usr/bin/env node
// Launcher of the bundled CLI. It answers `--version` before anything else loads, then turns on Node's
// compile cache before loading the bundle (dist/main.cjs), so that later runs skip compiling it: the
// cache only helps modules loaded after it is enabled, hence this separate small file.
import { enableCompileCache } from "node:module"
import { join } from "node:path"

declare const __SOVMAP_VERSION__: string

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${__SOVMAP_VERSION__}\n`)
} else {
  enableCompileCache?.()
  // A computed path keeps the bundler from inlining the program into the launcher.
  const bundle = join(__dirname, "main.cjs")
  ;(require(bundle) as typeof import("./main.js")).main(argv, __SOVMAP_VERSION__)
}

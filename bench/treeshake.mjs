// Tree-shaking: what a consumer's bundle pays for an import, minified and gzipped, bundled by esbuild from
// the built packages exactly as an application would (platform browser for core, node for the SDK). The
// peer is the same bundle of zod alone (`import { z } from "zod"`, a schema and a parse), the library core
// builds on, so the ratio says how much of a schema library a metric-only import costs.
import { gzipSync } from "node:zlib"
import { join } from "node:path"
import { build } from "esbuild"

const root = join(import.meta.dirname, "..")

const size = async (contents, resolveDir, platform) => {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform,
    logLevel: "silent"
  })
  const bytes = result.outputFiles[0].contents
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length }
}

const kb = (n) => `${(n / 1024).toFixed(2)} kB`

export const treeshake = async () => {
  const sdkDir = join(root, "packages", "sdk")
  const coreDir = join(root, "packages", "core")
  const hhi = await size('import { hhi } from "@sovmap/core"\nconsole.log(hhi([30, 30, 20, 20]))\n', sdkDir, "browser")
  const peer = await size('import { z } from "zod"\nconsole.log(z.array(z.number().min(0)).parse([30, 30, 20, 20]))\n', coreDir, "browser")
  const assess = await size('import { assess } from "@sovmap/sdk"\nconsole.log(await assess(process.argv[2]))\n', join(root, "packages", "cli"), "node")
  return [
    { name: "import { hhi } from @sovmap/core (min+gz)", value: kb(hhi.gz), peer: `zod alone ${kb(peer.gz)}`, ratio: hhi.gz / peer.gz, target: "≤ 1 kB", pass: hhi.gz <= 1024 },
    { name: "import { assess } from @sovmap/sdk (min+gz)", value: kb(assess.gz), peer: `zod alone ${kb(peer.gz)}`, ratio: assess.gz / peer.gz, target: "≤ 60 kB", pass: assess.gz <= 60 * 1024 }
  ]
}

if (import.meta.main) console.log(await treeshake())

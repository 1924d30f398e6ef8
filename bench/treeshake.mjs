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
    metafile: true,
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform,
    logLevel: "silent"
  })
  const bytes = result.outputFiles[0].contents
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length, metafile: result.metafile }
}

// Minified bytes of a bundle by package (node_modules) or by file of ours, largest first.
const breakdown = (metafile) => {
  const by = new Map()
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    const pkg = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1]
    const key = pkg ?? (file.includes("core/dist") ? "@sovmap/core (code + knowledge base)" : file.includes("sdk/dist") ? "@sovmap/sdk" : file)
    by.set(key, (by.get(key) ?? 0) + bytesInOutput)
  }
  return [...by].sort((a, b) => b[1] - a[1])
}

const kb = (n) => `${(n / 1024).toFixed(2)} kB`

export const treeshake = async () => {
  const sdkDir = join(root, "packages", "sdk")
  const coreDir = join(root, "packages", "core")
  const hhi = await size('import { hhi } from "@sovmap/core"\nconsole.log(hhi([30, 30, 20, 20]))\n', sdkDir, "browser")
  const peer = await size('import { z } from "zod"\nconsole.log(z.array(z.number().min(0)).parse([30, 30, 20, 20]))\n', coreDir, "browser")
  const assess = await size('import { assess } from "@sovmap/sdk"\nconsole.log(await assess(process.argv[2]))\n', join(root, "packages", "cli"), "node")
  // What the 60 kB budget is spent on: the same bundle by package, and the floor set by core alone (the
  // knowledge base is data shipped in the package; decoding needs yaml and zod).
  const coreAssess = await size(
    'import { assess, builtinKnowledgeBase, decodeManifest, resolveManifest } from "@sovmap/core"\nconst m = decodeManifest(process.argv[2], "m.yaml")\nconsole.log(assess(m.value, resolveManifest(m, builtinKnowledgeBase())))\n',
    sdkDir,
    "browser"
  )
  console.log(`assess from @sovmap/sdk: ${kb(assess.min)} min, ${kb(assess.gz)} min+gz; by package (min):`)
  for (const [name, bytes] of breakdown(assess.metafile).slice(0, 8)) console.log(`  ${name.padEnd(40)} ${kb(bytes)}`)
  console.log(`assess from @sovmap/core alone (decode + resolve + assess, browser): ${kb(coreAssess.gz)} min+gz`)
  return [
    { name: "import { hhi } from @sovmap/core (min+gz)", value: kb(hhi.gz), peer: `zod alone ${kb(peer.gz)}`, ratio: hhi.gz / peer.gz, target: "≤ 1 kB", pass: hhi.gz <= 1024 },
    { name: "import { assess } from @sovmap/sdk (min+gz)", value: kb(assess.gz), peer: `zod alone ${kb(peer.gz)}`, ratio: assess.gz / peer.gz, target: "≤ 60 kB", pass: assess.gz <= 60 * 1024 }
  ]
}

if (import.meta.main) console.log(await treeshake())

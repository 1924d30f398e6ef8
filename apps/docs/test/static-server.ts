// A tiny static server over the built site, with VitePress's clean URLs (`/guide/cli` → `guide/cli.html`)
// and a real 404 status for missing files, so the crawler sees broken links as failed responses.
import { readFile, stat } from "node:fs/promises"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { extname, join, normalize, sep } from "node:path"

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8"
}

const isFile = async (path: string) => (await stat(path).catch(() => undefined))?.isFile() === true

/** Resolves a URL path to a file of `root`, or undefined when none exists (no escape above root). */
export const resolveFile = async (root: string, urlPath: string): Promise<string | undefined> => {
  const decoded = decodeURIComponent(urlPath)
  const base = normalize(join(root, decoded))
  if (base !== root && !base.startsWith(root + sep)) return undefined
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) if (await isFile(candidate)) return candidate
  return undefined
}

/** Starts the server on a free port of 127.0.0.1 and returns its origin and a stop function. */
export const serve = async (root: string): Promise<{ origin: string; close: () => Promise<void> }> => {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    void resolveFile(root, url.pathname).then(async (file) => {
      if (file === undefined) {
        res.writeHead(404, { "content-type": TYPES[".html"] })
        res.end(await readFile(join(root, "404.html")).catch(() => "not found"))
        return
      }
      // Hashed assets are immutable, as VitePress's deployment guide has hosts serve them; pages are not cached.
      const cache = url.pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": cache })
      res.end(await readFile(file))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

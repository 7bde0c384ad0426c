// Serves dist/ under a sub-path (default /sub/path/) and nothing else, so the browser tests prove that the
// static build works from any sub-path of a static host. Usage: node scripts/serve-dist.mjs [port] [prefix]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const port = Number(process.argv[2] ?? 4173);
const prefix = process.argv[3] ?? "/sub/path/";
const root = resolve("dist");
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain", ".webmanifest": "application/manifest+json",
};

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404).end("not under the sub-path");
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const s = await stat(file);
    const path = s.isDirectory() ? join(file, "index.html") : file;
    const body = await readFile(path);
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving dist/ at http://127.0.0.1:${port}${prefix}`));

// A tiny static file server for the page (build-scripts/run), its browser
// tests and build-scripts/measure-page.mjs.
//
//   node build-scripts/serve.mjs [--port N] [--root DIR]
//
// Serves DIR (default: web/ of this repository) on 127.0.0.1:N (default 8080;
// 0 picks a free port). The first line on stdout is the page's address,
// "http://127.0.0.1:PORT/". Every response carries the page's strict
// Content-Security-Policy, so what works here works under it.
//
// Also importable: `startServer({port, root})` resolves to {server, url}.

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(here, "..", "web");

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

// Sent with every answer: the strict CSP the page and embed must work under.
const BASE_HEADERS = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-cache",
};

function send(res, status, headers, body) {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end(body);
}

function handler(root) {
  const rootReal = fs.realpathSync(root);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, { "Content-Type": "text/plain; charset=utf-8", Allow: "GET, HEAD" }, "Method Not Allowed\n");
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    } catch {
      send(res, 400, { "Content-Type": "text/plain; charset=utf-8" }, "Bad Request\n");
      return;
    }
    if (pathname.includes("\0")) {
      send(res, 400, { "Content-Type": "text/plain; charset=utf-8" }, "Bad Request\n");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(rootReal, "." + pathname);
    if (file !== rootReal && !file.startsWith(rootReal + path.sep)) {
      send(res, 403, { "Content-Type": "text/plain; charset=utf-8" }, "Forbidden\n");
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        send(res, 404, { "Content-Type": "text/plain; charset=utf-8" }, "Not Found\n");
        return;
      }
      const type = MIME[path.extname(file).toLowerCase()] || "application/octet-stream";
      // "no-cache" with a validator: the browser asks each time and gets a 304
      // while the file is unchanged, so it keeps its copy of annotator.wasm and
      // the code it compiled from it (static hosts do the same with ETag or
      // Last-Modified).
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      if (req.headers["if-none-match"] === etag) {
        send(res, 304, { ETag: etag });
        return;
      }
      const headers = { "Content-Type": type, "Content-Length": stat.size, ETag: etag };
      if (req.method === "HEAD") {
        send(res, 200, headers);
        return;
      }
      res.writeHead(200, { ...BASE_HEADERS, ...headers });
      const stream = fs.createReadStream(file);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
    });
  };
}

/** Starts the server; resolves to {server, url, port} once it listens. */
export function startServer({ port = 0, root = DEFAULT_ROOT, host = "127.0.0.1" } = {}) {
  return new Promise((resolve, reject) => {
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
      reject(new Error(`serve.mjs: root ${root} is not a directory`));
      return;
    }
    const server = http.createServer(handler(root));
    server.on("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://${host}:${actual}/` });
    });
  });
}

function parseArgs(argv) {
  const opts = { port: 8080, root: DEFAULT_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    if (name === "--port") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`bad --port`);
      opts.port = n;
    } else if (name === "--root") {
      opts.root = path.resolve(value());
    } else if (name === "--help" || name === "-h") {
      opts.help = true;
    } else {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  return opts;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href;
if (isMain) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`serve.mjs: ${e.message}\nusage: node build-scripts/serve.mjs [--port N] [--root DIR]\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write("usage: node build-scripts/serve.mjs [--port N] [--root DIR]\n");
    process.exit(0);
  }
  startServer(opts).then(
    ({ url }) => {
      process.stdout.write(url + "\n");
      process.stderr.write(`serving ${opts.root}\n`);
    },
    (e) => {
      process.stderr.write(`serve.mjs: ${e.message}\n`);
      process.exit(1);
    },
  );
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
}

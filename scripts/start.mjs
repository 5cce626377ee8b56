#!/usr/bin/env node
/**
 * `npm start` (after `npm run build:dev`): serves dist/ on port 3000 — over https with the Office
 * add-in developer certificates when they can be obtained, otherwise over http (and says so) —
 * sideloads into Excel desktop when the Office debugging tool is available, and prints how to
 * open the add-in otherwise. Stop with Ctrl+C.
 */
import { spawn } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const PORT = Number(process.env.PORT ?? 3000);
const CERT_TIMEOUT_MS = 30_000;

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8", ".png": "image/png", ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml",
};

function handler(req, res) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = path.join(DIST, pathname === "/" ? "taskpane.html" : pathname);
  if (!file.startsWith(DIST + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    return;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
    "Cache-Control": "no-store",
    "Access-Control-Allow-Origin": "*", // Excel on the web fetches functions.json cross-origin
  });
  createReadStream(file).pipe(res);
}

/** The developer certificates, or the reason they could not be had (e.g. no trust store access). */
async function certificates() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), CERT_TIMEOUT_MS).unref());
    return { options: await Promise.race([devCerts.getHttpsServerOptions(), timeout]) };
  } catch (e) {
    return { reason: String(e?.message ?? e).split("\n")[0] };
  }
}

function canResolve(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Excel desktop sideloading needs office-addin-debugging (not a dependency: it builds native
 * code). Run asynchronously: it checks that this very server answers before opening Excel.
 */
async function sideload() {
  if (process.platform !== "win32" && process.platform !== "darwin") return "Excel desktop is not available on this system.";
  if (!canResolve("office-addin-debugging")) return "office-addin-debugging is not installed, so Excel desktop is not opened automatically.";
  const args = ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--no-debug", "--dev-server-port", String(PORT)];
  const child = spawn("npx", args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  const status = await new Promise((resolve) => {
    child.on("error", () => resolve(-1));
    child.on("close", resolve);
  });
  return status === 0 ? undefined : "Sideloading into Excel desktop failed (see above).";
}

async function main() {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    console.error("dist/ has no build. Run `npm start` (it builds first) or `npm run build:dev`.");
    process.exit(1);
  }
  const certs = await certificates();
  const server = certs.options ? https.createServer(certs.options, handler) : http.createServer(handler);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(PORT, resolve);
  });
  const scheme = certs.options ? "https" : "http";
  const base = `${scheme}://localhost:${PORT}/`;
  const lines = ["", `Huikuan is being served from dist/ at ${base}`];
  if (!certs.options) {
    lines.push(
      `  ! No trusted developer certificate (${certs.reason}), so this is plain http.`,
      "    Excel loads add-ins only over https: install the certificate with",
      "    `npx office-addin-dev-certs install` (needs admin rights) and run `npm start` again.",
    );
  }
  console.log(lines.join("\n"));
  const skipped = await sideload();
  console.log([
    skipped ? `\n${skipped}` : "\nSideloaded into Excel desktop.",
    "",
    "Next steps:",
    `  * In a plain browser: open ${base}taskpane.html (the pane runs; workbook actions need Excel).`,
    "  * Excel on the web: open a workbook, Home > Add-ins > More Add-ins (or Insert > Add-ins) >",
    `    Upload My Add-in, and choose ${path.join(ROOT, "manifest.xml")}.`,
    "  * Excel desktop (Windows/macOS): install office-addin-debugging, or follow Microsoft's",
    "    \"Sideload Office Add-ins for testing\" guide with manifest.xml.",
    "  * Stop: Ctrl+C.",
    "",
  ].join("\n"));

  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e) => {
  console.error(e?.code === "EADDRINUSE" ? `Port ${PORT} is in use: another server (npm start?) is running.` : e);
  process.exit(1);
});

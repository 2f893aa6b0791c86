// Helpers of the browser tests and bench/app.ts: Debian's Chromium through playwright-core, a static server for the
// built app (with its runtime config pointing at the fixture), the production build, axe-core and screenshots.
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, relative, sep } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import type { AerieAddresses } from "../../src/sdk";
import { ROOT } from "../../scripts/network/devnet";
import type { AppConfig } from "../../app/src/lib/configType";

/** Debian's Chromium (`.ci/run` installs it with apt; `npx playwright install` cannot reach its CDN here). */
export const CHROMIUM = process.env.AERIE_CHROMIUM ?? "/usr/bin/chromium";
/** Flags for a headless Chromium in a container (`--headless` is added by playwright). */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/** The app's sources and the directory `npm run app:build` writes. */
export const APP_DIR = join(ROOT, "app");
export const APP_DIST = join(ROOT, "dist-app");
/** The runtime config the built app fetches from its own origin at start-up. */
export const APP_CONFIG_FILE = "aerie-config.json";
/** Where the page screenshots go (the README shows them). */
export const SCREENSHOT_DIR = join(ROOT, "docs", "app");

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set AERIE_CHROMIUM`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** True once the app exists in the tree (its build script is in package.json). */
export function appExists(): boolean {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  return existsSync(APP_DIR) && pkg.scripts?.["app:build"] !== undefined;
}

const builds = new Map<string, Promise<string>>();

/**
 * Runs `npm run app:build` once per process and output directory, and resolves with that directory (`dist-app/`
 * unless `outDir` is given: the bench builds elsewhere so that it never empties the directory a test run serves).
 * @throws with the build's output when it fails.
 */
export function buildApp(outDir: string = APP_DIST): Promise<string> {
  const known = builds.get(outDir);
  if (known) return known;
  const build = new Promise<string>((resolve, reject) => {
    const extra = outDir === APP_DIST ? [] : ["--", "--outDir", outDir, "--emptyOutDir"];
    const child = spawn("npm", ["run", "--silent", "app:build", ...extra], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code) => (code === 0 && existsSync(join(outDir, "index.html")) ? resolve(outDir) : reject(new Error(`npm run app:build failed (${code}):\n${out.slice(-4000)}`))));
  });
  builds.set(outDir, build);
  return build;
}

/** Every file under `dir`, recursively (absolute paths, sorted). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** One forbidden string found in a built file. */
export type Leak = { file: string; needle: string };

/**
 * The forbidden strings (case-insensitive) found in the files under `dir`: the test wallet's markers and dev keys.
 * @returns one entry per file and string (empty when the build is clean).
 */
export function findLeaks(dir: string, needles: readonly string[]): Leak[] {
  const leaks: Leak[] = [];
  const lower = needles.map((n) => n.toLowerCase());
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file).toString("latin1").toLowerCase();
    for (const [i, n] of lower.entries()) if (text.includes(n)) leaks.push({ file: relative(dir, file), needle: needles[i]! });
  }
  return leaks;
}

/** The runtime config the built app reads from `./aerie-config.json` (docs/APP.md): the app's own type. */
export type AppRuntimeConfig = AppConfig;

/** The runtime config of a chain at `rpcUrl` with Aerie at `addresses` (the node URL is set by {@link serveApp}). */
export function runtimeConfig(p: { chainId: number; rpcUrl: string; addresses: AerieAddresses; fromBlock: bigint }): Omit<AppRuntimeConfig, "nodeUrl"> {
  return { chainId: p.chainId, chainName: "Localhost", rpcUrl: p.rpcUrl, explorerUrl: null, fromBlock: p.fromBlock.toString(), addresses: p.addresses, error: null };
}

/** A static server of the built app. */
export type AppServer = { url: string; root: string; config: AppRuntimeConfig; close(): Promise<void> };

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** The path under which {@link serveApp} forwards GETs to the Aerie node (same origin: the node sends no CORS headers). */
export const NODE_PROXY_PATH = "/__node";

/**
 * Serves `dir` on a free port like any static host (unknown paths without an extension get index.html), answers
 * `/aerie-config.json` with `config`, and forwards `/__node/*` GETs to `nodeUrl` (the app's `nodeUrl` is set to that
 * path: the Aerie node has no CORS option yet, so a browser on another origin could not read its claims).
 */
export async function serveApp(dir: string, base: Omit<AppRuntimeConfig, "nodeUrl">, nodeUrl: string): Promise<AppServer> {
  let config: AppRuntimeConfig | undefined;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = decodeURIComponent(url.pathname);
    if (path === `/${APP_CONFIG_FILE}`) {
      res.writeHead(200, { "content-type": MIME[".json"]!, "cache-control": "no-store" }).end(JSON.stringify(config));
      return;
    }
    if (path.startsWith(NODE_PROXY_PATH + "/")) {
      fetch(nodeUrl + url.pathname.slice(NODE_PROXY_PATH.length) + url.search, { signal: AbortSignal.timeout(10_000) })
        .then(async (r) => res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" }).end(Buffer.from(await r.arrayBuffer())))
        .catch(() => res.writeHead(502, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "node_unreachable", message: `the Aerie node at ${nodeUrl} did not answer` } })));
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path) !== "") return void res.writeHead(404).end("not found");
      file = join(dir, "index.html");
    }
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  config = { ...base, nodeUrl: origin + NODE_PROXY_PATH };
  return {
    url: origin,
    root: dir,
    config,
    close: async () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** The axe-core violations of impact serious or critical on the page as it is now (WCAG 2.x A/AA rules). */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** Saves a full-page screenshot as docs/app/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

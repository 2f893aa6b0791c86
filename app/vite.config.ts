// Vite config of the staker's wallet app: app/ is the root, the SDK comes from src/sdk (browser-safe modules only).
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { resolveAppConfig } from "./appConfig";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");

/** Node-only modules that must never reach the browser bundle (the SDK's file I/O, the node service). */
const FORBIDDEN = /^(node:|fs$|path$|fastify|@fastify\/|better-sqlite3|pino|prom-client|commander|ethers$|hardhat|secp256k1)/;

/** Serves `/aerie-config.json` (rebuilt on every request in dev) and writes it into the build. */
function aerieConfig(): Plugin {
  return {
    name: "aerie-config",
    configureServer(server) {
      server.middlewares.use("/aerie-config.json", (_req, res) => {
        res.setHeader("content-type", "application/json");
        res.setHeader("cache-control", "no-store");
        res.end(JSON.stringify(resolveAppConfig(repoRoot), null, 2));
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use("/aerie-config.json", (_req, res) => {
        res.setHeader("content-type", "application/json");
        res.setHeader("cache-control", "no-store");
        res.end(JSON.stringify(resolveAppConfig(repoRoot), null, 2));
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "aerie-config.json", source: JSON.stringify(resolveAppConfig(repoRoot), null, 2) + "\n" });
    },
  };
}

/** Fails the build when a browser module imports a node-only module. */
function browserOnly(): Plugin {
  return {
    name: "aerie-browser-only",
    enforce: "pre",
    resolveId(source, importer) {
      if (importer !== undefined && !importer.includes("node_modules") && FORBIDDEN.test(source)) {
        throw new Error(`${importer} imports the node-only module "${source}": the app may import only the SDK's browser-safe modules (app/src/sdk.ts)`);
      }
      return null;
    },
  };
}

export default defineConfig({
  root: here,
  base: "./",
  plugins: [browserOnly(), react(), aerieConfig()],
  server: { port: Number(process.env.AERIE_APP_PORT ?? 5173), strictPort: true, fs: { allow: [repoRoot] } },
  preview: { port: Number(process.env.AERIE_APP_PORT ?? 4173) },
  build: {
    outDir: resolve(repoRoot, "dist-app"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: process.env.AERIE_APP_SOURCEMAP === "1",
    chunkSizeWarningLimit: 700,
  },
});

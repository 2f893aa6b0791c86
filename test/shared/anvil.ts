// A local anvil node on a free port, for tests and benchmarks that need JSON-RPC from other processes.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

/** The native anvil binary (the npm wrapper always exits 0). */
export const ANVIL = join(__dirname, "..", "..", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");

/** A free TCP port on 127.0.0.1 (listen on 0, read the port, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const a = server.address();
      server.close(() => (typeof a === "object" && a ? resolve(a.port) : reject(new Error("no free port"))));
    });
  });
}

/** One JSON-RPC call; returns `result`. */
export async function rpc(url: string, method: string, params: unknown[]): Promise<unknown> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  return ((await res.json()) as { result: unknown }).result;
}

/**
 * Starts anvil (Hardhat's test mnemonic, 30 accounts) on a free port and waits until it answers.
 * Stop it with `proc.kill("SIGKILL")`.
 */
export async function startAnvil(chainId = 31337): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(ANVIL, ["--port", String(port), "--chain-id", String(chainId), "--accounts", "30", "--silent"], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      await rpc(url, "eth_chainId", []);
      return { url, proc };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  proc.kill("SIGKILL");
  throw new Error(`anvil (${ANVIL}) did not answer on ${url} within 20 s`);
}
